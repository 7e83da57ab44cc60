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
    # Nothing after the meeting day counts: no value of a later period in any input.
    for snapshot in frozen.filter(scope="engagement", territory__code="32"):
        for item in snapshot.inputs["indicateurs"]:
            assert item["période"] is None or item["période"] <= day.strftime("%Y-%m")
    before = list(frozen.values_list("pk", "digest", "computed_at"))
    snapshot_for_meeting(meeting.pk)  # idempotent
    assert list(frozen.values_list("pk", "digest", "computed_at")) == before


def test_snapshot_for_an_unknown_meeting_does_nothing(db):
    assert snapshot_for_meeting(123456) == 0
