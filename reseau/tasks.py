import smtplib

from celery import shared_task
from django.core.management import call_command

from reseau.models import Invitation


@shared_task(acks_late=True, autoretry_for=(smtplib.SMTPException, ConnectionError), retry_backoff=True, max_retries=5)
def send_invitation(invitation_id: int, link: str) -> bool:
    """E-mail an open invitation's link; an invitation answered or cancelled meanwhile is not sent."""
    from reseau import actions

    invitation = Invitation.objects.open().filter(pk=invitation_id).first()
    if invitation is None:
        return False
    actions.send_invitation(invitation=invitation, link=link)
    return True


@shared_task(acks_late=True)
def clear_expired_sessions() -> None:
    """Nightly housekeeping: drop expired sessions (idempotent)."""
    call_command("clearsessions")
