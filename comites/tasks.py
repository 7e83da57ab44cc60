"""Committee tasks. ``snapshot_for_meeting`` lives here rather than in ``engagements.tasks`` because it loads a
meeting, and ``engagements`` may not import ``comites`` (apps depend one way)."""

from celery import shared_task
from django.db import InterfaceError, OperationalError
from django.utils import timezone

from comites.models import Meeting
from engagements import actions


@shared_task(acks_late=True, autoretry_for=(OperationalError, InterfaceError), retry_backoff=True, max_retries=8)
def snapshot_for_meeting(meeting_id: int) -> int:
    """Freeze every engagement's figures as of the meeting's day (idempotent: a rerun rewrites nothing)."""
    meeting = Meeting.objects.filter(pk=meeting_id).only("starts_at").first()
    if meeting is None:
        return 0
    return actions.recompute_all(today=timezone.localdate(meeting.starts_at))
