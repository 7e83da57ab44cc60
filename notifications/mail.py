"""The outbox: every e-mail of this app is recorded before it goes out, then sent by a worker that claims it.

Recorded once per kind, address and key (``Outgoing``'s unique constraint): planning the same batch twice records
nothing more. Sending claims the row first (``Outgoing.objects.claimable``): a duplicated task finds it taken or
sent and does nothing; a task redelivered after its worker died holds its own claim under the same id and sends
what its first run could not. The row is marked sent as soon as the server has accepted the message.
"""

from __future__ import annotations

import logging
import time

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import DatabaseError
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone

from common.enqueue import enqueue_on_commit
from notifications.models import Outgoing, Subscriber

TEMPLATES = "notifications/emails"
# An e-mail the server keeps refusing (an unknown recipient, a relay down for days) is given up after that many
# attempts, each of them retried by its task: the outbox then shows it unsent, and the log says so.
MAX_ATTEMPTS = 5
logger = logging.getLogger(__name__)


def render(template: str, context: dict) -> tuple[str, str, str]:
    """Subject, plain text and HTML of ``template`` (the text part is written without HTML escapes)."""
    context = {"site_url": settings.SITE_URL, **context}
    subject = " ".join(render_to_string(f"{TEMPLATES}/{template}_subject.txt", context).split())
    text = render_to_string(f"{TEMPLATES}/{template}.txt", context)
    html = render_to_string(f"{TEMPLATES}/{template}.html", {**context, "subject": subject})
    return subject, text, html


def queue(
    kind: str, recipient: str, key: str, template: str, context: dict, headers: dict | None = None
) -> Outgoing | None:
    """Records an e-mail and has a worker send it after the commit; None when the same one was recorded already."""
    subject, text, html = render(template, context)
    outgoing, created = Outgoing.objects.get_or_create(
        kind=kind,
        recipient=recipient,
        key=key,
        defaults={"subject": subject[:300], "text": text, "html": html, "headers": headers or {}},
    )
    if not created:
        return None
    from notifications import tasks

    enqueue_on_commit(tasks.send_outgoing, outgoing.pk)
    return outgoing


def unsubscribe_headers(unsubscribe_url: str) -> dict:
    """RFC 8058 one-click unsubscription: mail clients POST ``List-Unsubscribe=One-Click`` to the link."""
    return {"List-Unsubscribe": f"<{unsubscribe_url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def deliver(pk: int, attempt: str) -> bool:
    """Sends the recorded e-mail ``pk`` if this attempt (a task id) can claim it; True when it went out now."""
    now = timezone.now()
    claimed = (
        Outgoing.objects.claimable(attempt, now)
        .filter(pk=pk)
        .update(claimed_by=attempt, claimed_at=now, attempts=F("attempts") + 1)
    )
    if not claimed:
        return False
    outgoing = Outgoing.objects.get(pk=pk)
    if outgoing.attempts > MAX_ATTEMPTS:
        logger.error("outgoing e-mail %s (%s) given up after %s attempts", pk, outgoing.kind, MAX_ATTEMPTS)
        return False
    message = EmailMultiAlternatives(
        outgoing.subject, outgoing.text, settings.DEFAULT_FROM_EMAIL, [outgoing.recipient], headers=outgoing.headers
    )
    message.attach_alternative(outgoing.html, "text/html")
    try:
        message.send()
    except Exception:
        # Released for the retry (the task retries on SMTP and connection errors).
        Outgoing.objects.filter(pk=pk, claimed_by=attempt).update(claimed_by="", claimed_at=None)
        raise
    sent_at = timezone.now()
    # The server has the message: a database error now must not make the task retry (it would send it again).
    for pause in (0, 0.5, 2):
        time.sleep(pause)
        try:
            Outgoing.objects.filter(pk=pk).update(sent_at=sent_at)
            break
        except DatabaseError:
            logger.exception("outgoing e-mail %s was sent but could not be marked sent", pk)
    else:
        return True
    if outgoing.kind in (Outgoing.Kind.NOTIFICATION, Outgoing.Kind.CONFIRMATION):
        Subscriber.objects.filter(email=outgoing.recipient).update(last_sent_at=sent_at)
    return True
