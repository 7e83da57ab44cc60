"""Committee tasks. ``snapshot_for_meeting`` lives here rather than in ``engagements.tasks`` because it loads a
meeting, and ``engagements`` may not import ``comites`` (apps depend one way)."""

import logging
import smtplib

from celery import shared_task
from django.conf import settings
from django.core.mail import get_connection, send_mass_mail
from django.db import InterfaceError, OperationalError, transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone

from comites import invitations
from comites.models import Convocation, Meeting, Minutes
from comites.rendering import excerpt
from engagements import recompute
from reseau.models import User

logger = logging.getLogger(__name__)


@shared_task(acks_late=True, autoretry_for=(OperationalError, InterfaceError), retry_backoff=True, max_retries=8)
def snapshot_for_meeting(meeting_id: int) -> int:
    """Freeze every engagement's figures as of the meeting's day (idempotent: a rerun rewrites nothing).

    Never for a meeting that has not taken place yet: a snapshot dated in the future would read as current.
    """
    meeting = Meeting.objects.filter(pk=meeting_id).only("starts_at").first()
    if meeting is None:
        return 0
    day = timezone.localdate(meeting.starts_at)
    if day > timezone.localdate():
        logger.warning("snapshot_for_meeting: meeting %s is on %s, not yet held: nothing frozen", meeting_id, day)
        return 0
    return recompute.recompute_all(today=day)


def minutes_recipients(minutes: Minutes) -> list[str]:
    """The active members (any role) of the committee's member organisations."""
    return list(
        User.objects.filter(is_active=True, memberships__organisation__committees=minutes.meeting.committee_id)
        .distinct()
        .order_by("email")
        .values_list("email", flat=True)
    )


@shared_task(
    acks_late=True,
    autoretry_for=(OperationalError, InterfaceError, smtplib.SMTPException, ConnectionError),
    retry_backoff=True,
    max_retries=5,
)
def notify_minutes_published(minutes_id: int) -> int:
    """E-mails the member organisations' contributors once per published version; returns how many were sent."""
    minutes = Minutes.objects.select_related("meeting__committee").filter(pk=minutes_id).first()
    if minutes is None or not minutes.is_published:
        return 0
    version = minutes.versions.aggregate(last=Max("number"))["last"] or 0
    recipients = minutes_recipients(minutes)
    if not recipients:
        return 0
    meeting = minutes.meeting
    committee = meeting.committee
    subject = f"{committee.code} — compte rendu de la réunion du {timezone.localtime(meeting.starts_at):%d/%m/%Y}"
    if version > 1:
        subject += f" (version {version})"
    url = settings.SITE_URL + reverse("meeting", args=[committee.code, meeting.pk])
    body = (
        f"Le compte rendu de la réunion du {committee.name} du {timezone.localtime(meeting.starts_at):%d/%m/%Y} "
        f"est publié.\n\n{excerpt(minutes.body, 600)}\n\nLire le compte rendu : {url}\n"
    )
    sender = getattr(settings, "DEFAULT_FROM_EMAIL", None) or "ne-pas-repondre@localhost"
    # Claim the version and send inside one transaction: a rerun (acks_late) never sends it twice, and a failed
    # send releases the claim so that the retry sends it.
    with transaction.atomic():
        claimed = Minutes.objects.filter(pk=minutes.pk, notified_version__lt=version).update(notified_version=version)
        if not claimed:
            return 0
        # One message per recipient: member organisations must not see each other's addresses.
        return send_mass_mail([(subject, body, sender, [email]) for email in recipients])


@shared_task(
    acks_late=True,
    autoretry_for=(OperationalError, InterfaceError, smtplib.SMTPException, ConnectionError),
    retry_backoff=True,
    max_retries=5,
)
def send_convocation(convocation_id: int) -> int:
    """E-mails a convocation to every member with an address, one message each with its invitation; returns how
    many went out. Claimed in the same transaction as the sending: a rerun never sends it twice, a failure releases
    the claim for the retry."""
    convocation = Convocation.objects.select_related("meeting__committee").filter(pk=convocation_id).first()
    if convocation is None:
        return 0
    with transaction.atomic():
        claimed = Convocation.objects.filter(pk=convocation.pk, delivered_at__isnull=True).update(
            delivered_at=timezone.now()
        )
        if not claimed:
            return 0
        emails = [invitations.message(convocation, member) for member in invitations.recipients(convocation)]
        sent = get_connection().send_messages(emails) if emails else 0
        Convocation.objects.filter(pk=convocation.pk).update(recipients=sent or 0)
    return sent or 0
