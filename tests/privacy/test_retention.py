"""Retention (issue #11, item 12): the nightly purge drops login records after 6 months, the content of imported
files after 3 months (the import and its result stay), and unanswered invitations 6 months after they closed."""

import datetime

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.utils import timezone

from engagements.models import ValueImport
from francetravail import retention
from francetravail.tasks import purge_expired_personal_data
from reseau.models import Invitation, User
from tests.factories import EngagementFactory, MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

NOW = timezone.now()


def ago(*, months: int, days: int = 0) -> datetime.datetime:
    return retention.months_before(NOW, months) - datetime.timedelta(days=days)


def login_record(model, username: str, when: datetime.datetime):
    extra = {"get_data": "", "post_data": "", "failures_since_start": 1} if model is AccessAttempt else {}
    row = model.objects.create(
        user_agent="navigateur", ip_address="192.0.2.1", username=username, http_accept="*/*", path_info="/", **extra
    )
    model.objects.filter(pk=row.pk).update(attempt_time=when)
    return row


def value_import(state: str, created_at: datetime.datetime) -> ValueImport:
    author = MembershipFactory().user
    row = ValueImport.objects.create(
        engagement=EngagementFactory(),
        organisation=author.memberships.get().organisation,
        author=author,
        filename="valeurs.csv",
        content="indicateur;territoire;periode;valeur;note\nIND;59;2026-01;12;appel de Mme Dupont\n",
        state=state,
        total=1,
        imported=1 if state == "done" else 0,
        errors=[{"ligne": 2, "colonne": "valeur", "message": "x"}] if state == "failed" else [],
    )
    ValueImport.objects.filter(pk=row.pk).update(created_at=created_at)
    return row


def invitation(status: str, expires_at: datetime.datetime) -> Invitation:
    row = Invitation(
        organisation=OrganisationFactory(),
        email=f"{status}-{expires_at:%Y%m%d}@exemple.test",
        role="contributor",
        token_hash=f"{status}{expires_at.timestamp()}".ljust(64, "0")[:64],
        status=status,
        expires_at=expires_at,
    )
    row.save()
    return row


def test_login_records_go_after_six_months():
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        login_record(model, "ancien@exemple.test", ago(months=6, days=1))
        login_record(model, "recent@exemple.test", ago(months=5, days=27))

    purged = purge_expired_personal_data()

    assert purged["login_records"] == 3
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        assert list(model.objects.values_list("username", flat=True)) == ["recent@exemple.test"]
    assert purge_expired_personal_data()["login_records"] == 0


def test_the_content_of_finished_imports_goes_after_three_months_and_their_result_stays():
    old_done = value_import("done", ago(months=3, days=1))
    old_failed = value_import("failed", ago(months=4))
    old_pending = value_import("pending", ago(months=4))
    recent = value_import("done", ago(months=2, days=27))

    assert purge_expired_personal_data()["import_contents"] == 2

    for row in (old_done, old_failed):
        purged = ValueImport.objects.get(pk=row.pk)
        assert purged.content == "" and purged.content_purged_at is not None
        assert (purged.state, purged.total, purged.imported, purged.errors, purged.filename, purged.author_id) == (
            row.state,
            row.total,
            row.imported,
            row.errors,
            row.filename,
            row.author_id,
        )
    # A pending import still needs its file; a recent one keeps it.
    for row in (old_pending, recent):
        kept = ValueImport.objects.get(pk=row.pk)
        assert kept.content == row.content and kept.content_purged_at is None
    first_purge = ValueImport.objects.get(pk=old_done.pk).content_purged_at
    assert purge_expired_personal_data()["import_contents"] == 0
    assert ValueImport.objects.get(pk=old_done.pk).content_purged_at == first_purge


def test_unanswered_invitations_go_six_months_after_they_closed_with_their_audit_rows():
    stale = [invitation(status, ago(months=6, days=1)) for status in ("pending", "declined", "cancelled")]
    accepted = invitation("accepted", ago(months=12))
    recent = invitation("declined", ago(months=5))

    assert purge_expired_personal_data()["invitations"] == 3

    assert set(Invitation.objects.all()) == {accepted, recent}
    history = Invitation.history.model.objects
    assert not history.filter(id__in=[row.pk for row in stale]).exists()
    assert not history.filter(email__in=[row.email for row in stale]).exists()
    assert history.filter(id=recent.pk).exists()


def test_the_purge_runs_every_night():
    entries = [e for e in settings.CELERY_BEAT_SCHEDULE.values() if e["task"].endswith("purge_expired_personal_data")]
    assert len(entries) == 1
    assert entries[0]["task"] == "francetravail.tasks.purge_expired_personal_data"


@pytest.mark.parametrize(
    ("moment", "months", "expected"),
    [
        ("2026-08-31T10:00", 6, "2026-02-28T10:00"),
        ("2026-05-31T10:00", 3, "2026-02-28T10:00"),
        ("2026-03-15T10:00", 3, "2025-12-15T10:00"),
        ("2028-08-30T10:00", 6, "2028-02-29T10:00"),
    ],
)
def test_months_before_keeps_the_day_or_takes_the_last_one(moment, months, expected):
    parse = datetime.datetime.fromisoformat
    assert retention.months_before(parse(moment), months) == parse(expected)


def test_accounts_unused_for_three_years_are_anonymised_staff_excepted():
    dormant = UserFactory(full_name="Ancien Partenaire")
    never_logged = UserFactory()
    active = UserFactory()
    staff = UserFactory(is_staff=True)
    MembershipFactory(user=dormant)
    User.objects.filter(pk__in=[dormant.pk, staff.pk]).update(last_login=ago(months=36, days=1))
    User.objects.filter(pk=never_logged.pk).update(date_joined=ago(months=37))
    User.objects.filter(pk=active.pk).update(last_login=ago(months=35), date_joined=ago(months=48))

    assert purge_expired_personal_data()["accounts"] == 2

    for user in (dormant, never_logged):
        user.refresh_from_db()
        assert user.anonymised_at and not user.is_active and user.full_name == ""
        assert not user.memberships.exists()
    for user in (active, staff):
        user.refresh_from_db()
        assert user.anonymised_at is None and user.is_active
    assert purge_expired_personal_data()["accounts"] == 0
