"""A real SMTP server on this machine (aiosmtpd) that keeps what it receives, and the portal sending through it."""

import asyncio
import email
import email.policy
import re
import socket

import pytest
from aiosmtpd.controller import Controller


class Inbox:
    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []
        self.delay = 0.0  # seconds the server takes to accept a message (the crash drill)
        self.receiving = 0  # messages being received now

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's handler name)
        self.receiving += 1
        try:
            if self.delay:
                # A client that disconnects meanwhile cancels this handler: as a real server, nothing is delivered
                # without its « 250 » reaching the client.
                await asyncio.sleep(self.delay)
            self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        finally:
            self.receiving -= 1
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[email.message.EmailMessage]:
        return [m for m in self.messages if address in m["To"]]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def text_of(message: email.message.EmailMessage) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def html_of(message: email.message.EmailMessage) -> str:
    return message.get_body(preferencelist=("html",)).get_content()


def links_of(message: email.message.EmailMessage) -> list[str]:
    return re.findall(r"https?://\S+", text_of(message))


@pytest.fixture
def smtp(settings):
    """A real SMTP server on this machine, and the portal configured to send through it."""
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.SITE_URL = "https://emploi.exemple.gouv.fr"
    inbox.port = controller.port
    yield inbox
    controller.stop()
