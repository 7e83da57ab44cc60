from django.utils import timezone

from comites.models import Meeting
from comites.tasks import snapshot_for_meeting
from engagements.models import ProgressSnapshot


def test_snapshot_for_meeting_freezes_the_figures_at_the_meeting_day(demo):
    meeting = Meeting.objects.filter(committee__code="CDE-59", status="held").earliest("starts_at")
    day = timezone.localdate(meeting.starts_at)
    assert not ProgressSnapshot.objects.filter(as_of=day).exists()
    assert snapshot_for_meeting(meeting.pk) == 23
    frozen = ProgressSnapshot.objects.filter(as_of=day)
    assert (
        frozen.filter(scope="engagement").count()
        == ProgressSnapshot.objects.filter(scope="engagement", as_of=timezone.localdate()).count()
    )
    # Nothing after the meeting day counts: no value of a later period in any figure.
    for snapshot in frozen.filter(scope="indicator"):
        periods = [snapshot.outcome.period, *(f.period for f in snapshot.outcome.provisional)]
        assert all(period is None or period <= day for period in periods)
    before = list(frozen.values_list("pk", "digest", "computed_at"))
    snapshot_for_meeting(meeting.pk)  # idempotent
    assert list(frozen.values_list("pk", "digest", "computed_at")) == before


def test_no_snapshot_is_frozen_for_a_meeting_that_has_not_taken_place(demo):
    meeting = Meeting.objects.filter(starts_at__gt=timezone.now()).earliest("starts_at")
    assert snapshot_for_meeting(meeting.pk) == 0
    assert not ProgressSnapshot.objects.filter(as_of__gt=timezone.localdate()).exists()


def test_snapshot_for_an_unknown_meeting_does_nothing(db):
    assert snapshot_for_meeting(123456) == 0
