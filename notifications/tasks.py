"""Thin Celery tasks: the daily batches (Celery beat) and the sending of one recorded e-mail."""

from __future__ import annotations

import datetime
import logging
import smtplib

from celery import shared_task
from django.db import InterfaceError, OperationalError
from django.utils import timezone

from notifications import actions, mail
from notifications.models import Outgoing

logger = logging.getLogger(__name__)
RETRIED = (OperationalError, InterfaceError, smtplib.SMTPException, ConnectionError, TimeoutError)


def _day(value: str | None) -> datetime.date:
    return datetime.date.fromisoformat(value) if value else timezone.localdate()


@shared_task(bind=True, acks_late=True, autoretry_for=RETRIED, retry_backoff=True, max_retries=8)
def send_outgoing(self, outgoing_id: int) -> bool:
    """Sends one recorded e-mail, once (``notifications.mail.deliver``)."""
    return mail.deliver(outgoing_id, self.request.id or f"direct-{outgoing_id}")


@shared_task(acks_late=True, autoretry_for=(OperationalError, InterfaceError), retry_backoff=True, max_retries=5)
def send_reminders(day: str | None = None) -> int:
    return actions.send_reminders(_day(day))


@shared_task(acks_late=True, autoretry_for=(OperationalError, InterfaceError), retry_backoff=True, max_retries=5)
def send_digests(day: str | None = None) -> int:
    return actions.send_digests(_day(day))


@shared_task(acks_late=True, autoretry_for=(OperationalError, InterfaceError), retry_backoff=True, max_retries=5)
def notify_subscribers(day: str | None = None) -> int:
    """Yesterday's events by default: the beat runs it in the morning, once the day is over."""
    return actions.notify_subscribers(_day(day) if day else timezone.localdate() - datetime.timedelta(days=1))


@shared_task(acks_late=True)
def purge_unconfirmed() -> int:
    return actions.purge_unconfirmed()


@shared_task(acks_late=True)
def resend_unsent() -> int:
    """Sends again what a broker outage kept from being sent: recorded more than 10 minutes ago and not sent, with
    no live claim (a claim older than twice the task time limit is dead)."""
    now = timezone.now()
    pending = list(
        Outgoing.objects.to_resend(now, mail.MAX_ATTEMPTS)
        .filter(created_at__lt=now - datetime.timedelta(minutes=10))
        .values_list("pk", flat=True)[:500]
    )
    for pk in pending:
        send_outgoing.delay(pk)
    if pending:
        logger.warning("resend_unsent: %s recorded e-mails were not sent; sent again", len(pending))
    return len(pending)
