"""Governance models: every database constraint, the committee tree, overdue and public decisions."""

import datetime
from contextlib import contextmanager

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from comites.models import ATTACHMENT_MAX_BYTES, Attachment, Committee, Decision, Meeting, Minutes
from tests.factories import (
    CommitteeFactory,
    DecisionFactory,
    MeetingFactory,
    MinutesFactory,
    TerritoryFactory,
)

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2025, 6, 15)


@contextmanager
def violates(constraint: str):
    """The block must fail on the check constraint `constraint` (both databases name it in their message)."""
    with pytest.raises(IntegrityError) as excinfo, transaction.atomic():
        yield
    assert constraint in str(excinfo.value)


def national_committee() -> Committee:
    return Committee.objects.create(
        code="CNE", name="Comité national pour l'emploi", level="national", territory=TerritoryFactory()
    )


# --- Committee ---------------------------------------------------------------------------------------------


def test_a_national_committee_without_parent_saves():
    national_committee()

    assert Committee.objects.get(code="CNE").parent is None


@pytest.mark.parametrize("level", ["regional", "departmental", "local"])
def test_a_non_national_committee_under_a_parent_saves(level):
    parent = national_committee()

    Committee.objects.create(code="C1", name="Comité", level=level, territory=TerritoryFactory(), parent=parent)

    assert Committee.objects.get(code="C1").parent == parent


def test_it_refuses_a_national_committee_with_a_parent():
    parent = national_committee()

    with violates("committee_root_iff_national"):
        Committee.objects.create(
            code="CNE2", name="Second comité national", level="national", territory=parent.territory, parent=parent
        )
    assert not Committee.objects.filter(code="CNE2").exists()


@pytest.mark.parametrize("level", ["regional", "departmental", "local"])
def test_it_refuses_a_non_national_committee_without_a_parent(level):
    territory = TerritoryFactory()

    with violates("committee_root_iff_national"):
        Committee.objects.bulk_create([Committee(code="C1", name="Comité orphelin", level=level, territory=territory)])
    assert not Committee.objects.filter(code="C1").exists()


def test_a_committee_may_move_under_another_parent():
    committee = CommitteeFactory()
    other = CommitteeFactory()

    Committee.objects.filter(pk=committee.pk).update(parent=other)

    committee.refresh_from_db()
    assert committee.parent == other


def test_it_refuses_a_committee_that_is_its_own_parent():
    committee = CommitteeFactory()
    parent = committee.parent

    with violates("committee_not_own_parent"):
        Committee.objects.filter(pk=committee.pk).update(parent=committee.pk)
    committee.refresh_from_db()
    assert committee.parent == parent


# --- Meeting -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("duration", [None, datetime.timedelta(minutes=1), datetime.timedelta(hours=3)])
def test_a_meeting_without_end_or_ending_after_its_start_saves(duration):
    starts_at = timezone.now()
    ends_at = starts_at + duration if duration else None

    Meeting.objects.create(committee=CommitteeFactory(), starts_at=starts_at, ends_at=ends_at)

    assert Meeting.objects.get().ends_at == ends_at


@pytest.mark.parametrize("duration", [datetime.timedelta(0), datetime.timedelta(hours=-1)])
def test_it_refuses_a_meeting_ending_when_or_before_it_starts(duration):
    committee = CommitteeFactory()
    starts_at = timezone.now()

    with violates("meeting_ends_after_start"):
        Meeting.objects.create(committee=committee, starts_at=starts_at, ends_at=starts_at + duration)
    assert not Meeting.objects.exists()


# --- Minutes -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "state, published", [("draft", False), ("draft", True), ("published", True)], ids=["draft", "unpublished", "pub"]
)
def test_minutes_saves_when_published_with_a_date_or_not_published(state, published):
    published_at = timezone.now() if published else None

    Minutes.objects.create(meeting=MeetingFactory(), state=state, published_at=published_at)

    assert Minutes.objects.get().state == state


def test_it_refuses_published_minutes_without_a_publication_date():
    meeting = MeetingFactory()

    with violates("minutes_published_has_date"):
        Minutes.objects.create(meeting=meeting, body="Compte rendu.", state="published", published_at=None)
    assert not Minutes.objects.exists()


# --- Attachment --------------------------------------------------------------------------------------------


def attachment(minutes: Minutes, size: int) -> Attachment:
    return Attachment.objects.create(
        minutes=minutes, file="pieces-jointes/2025/01/x.pdf", title="Diaporama", size=size, sha256="0" * 64
    )


@pytest.mark.parametrize("size", [1, 250_000, ATTACHMENT_MAX_BYTES])
def test_an_attachment_of_at_most_the_limit_saves(size):
    attachment(MinutesFactory(), size)

    assert Attachment.objects.get().size == size


@pytest.mark.parametrize("size", [0, ATTACHMENT_MAX_BYTES + 1])
def test_it_refuses_an_empty_attachment_or_one_over_the_limit(size):
    minutes = MinutesFactory()

    with violates("attachment_size_within_limit"):
        attachment(minutes, size)
    assert not Attachment.objects.exists()


# --- Decision ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status, closed", [("open", False), ("done", True), ("dropped", True)])
def test_a_decision_closed_with_a_date_or_open_without_saves(status, closed):
    closed_at = timezone.now() if closed else None

    Decision.objects.create(meeting=MeetingFactory(), text="Décision", status=status, closed_at=closed_at)

    assert Decision.objects.get().status == status


@pytest.mark.parametrize("status, closed", [("open", True), ("done", False), ("dropped", False)])
def test_it_refuses_a_decision_open_with_a_closing_date_or_closed_without(status, closed):
    meeting = MeetingFactory()
    closed_at = timezone.now() if closed else None

    with violates("decision_closed_iff_closed_at"):
        Decision.objects.create(meeting=meeting, text="Décision", status=status, closed_at=closed_at)
    assert not Decision.objects.exists()


# --- The committee tree ------------------------------------------------------------------------------------


def test_tree_returns_the_roots_with_their_descendants_in_one_query(protocol, django_assert_num_queries):
    with django_assert_num_queries(1):
        roots = Committee.objects.tree()
        by_code = {}
        stack = list(roots)
        while stack:
            node = stack.pop()
            by_code[node.code] = node
            stack.extend(node.tree_children)

    assert [root.code for root in roots] == ["CNE"]
    assert len(by_code) == 33
    assert [child.code for child in by_code["CNE"].tree_children] == ["CRE-32"]
    assert [child.code for child in by_code["CRE-32"].tree_children] == [
        "CDE-02",
        "CDE-59",
        "CDE-60",
        "CDE-62",
        "CDE-80",
    ]
    assert [child.code for child in by_code["CDE-59"].tree_children] == [f"CLPE5900{n}" for n in range(1, 7)]
    assert by_code["CLPE59004"].tree_children == []
    assert by_code["CLPE59004"].territory.code == "CLPE59004"


def test_tree_of_a_filtered_queryset_makes_roots_of_committees_whose_parent_is_left_out():
    departmental = CommitteeFactory(code="CDE-01")
    local = CommitteeFactory(code="CLPE01001", level="local", parent=departmental)

    roots = Committee.objects.exclude(code="CNE").tree()

    assert roots == [departmental]
    assert roots[0].tree_children == [local]


# --- Overdue decisions -------------------------------------------------------------------------------------


@pytest.fixture
def decisions():
    closed = {"closed_at": timezone.now()}
    return {
        "late": DecisionFactory(due_on=TODAY - datetime.timedelta(days=1)),
        "due_today": DecisionFactory(due_on=TODAY),
        "due_later": DecisionFactory(due_on=TODAY + datetime.timedelta(days=1)),
        "no_due_date": DecisionFactory(due_on=None),
        "done_late": DecisionFactory(due_on=TODAY - datetime.timedelta(days=30), status="done", **closed),
        "dropped_late": DecisionFactory(due_on=TODAY - datetime.timedelta(days=30), status="dropped", **closed),
    }


def test_overdue_returns_the_open_decisions_past_their_due_date(decisions):
    assert list(Decision.objects.overdue(today=TODAY)) == [decisions["late"]]


def test_overdue_moves_with_the_day(decisions):
    tomorrow = TODAY + datetime.timedelta(days=1)

    assert set(Decision.objects.overdue(today=tomorrow)) == {decisions["late"], decisions["due_today"]}


def test_overdue_defaults_to_the_local_date():
    late = DecisionFactory(due_on=timezone.localdate() - datetime.timedelta(days=1))
    DecisionFactory(due_on=timezone.localdate())

    assert list(Decision.objects.overdue()) == [late]


def test_is_overdue_agrees_with_the_queryset(decisions):
    overdue = {name for name, decision in decisions.items() if decision.is_overdue(today=TODAY)}

    assert overdue == {"late"}
    assert decisions["due_today"].is_overdue(today=TODAY + datetime.timedelta(days=1))
    assert not decisions["late"].is_overdue(today=TODAY - datetime.timedelta(days=1))


def test_is_overdue_defaults_to_the_local_date():
    assert DecisionFactory(due_on=timezone.localdate() - datetime.timedelta(days=1)).is_overdue()
    assert not DecisionFactory(due_on=timezone.localdate()).is_overdue()


# --- Public decisions and published minutes ----------------------------------------------------------------


def test_public_returns_only_decisions_of_meetings_whose_minutes_are_published():
    published = MinutesFactory(published=True)
    draft = MinutesFactory()
    without_minutes = MeetingFactory()
    public = [DecisionFactory(meeting=published.meeting), DecisionFactory(meeting=published.meeting)]
    DecisionFactory(meeting=draft.meeting)
    DecisionFactory(meeting=without_minutes)

    assert set(Decision.objects.public()) == set(public)
    assert Decision.objects.public().count() == 2


def test_a_decision_becomes_public_when_its_minutes_are_published():
    minutes = MinutesFactory()
    decision = DecisionFactory(meeting=minutes.meeting)
    assert not Decision.objects.public().exists()

    minutes.state = Minutes.State.PUBLISHED
    minutes.published_at = timezone.now()
    minutes.save()

    assert list(Decision.objects.public()) == [decision]


def test_published_minutes_is_none_for_a_meeting_without_minutes():
    assert MeetingFactory().published_minutes is None


def test_published_minutes_is_none_for_a_meeting_with_draft_minutes():
    minutes = MinutesFactory()

    assert Meeting.objects.get(pk=minutes.meeting_id).published_minutes is None


def test_published_minutes_are_the_minutes_once_published():
    minutes = MinutesFactory(published=True)

    assert Meeting.objects.get(pk=minutes.meeting_id).published_minutes == minutes
