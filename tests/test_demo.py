import datetime
import io

import pytest
from django.contrib.auth import authenticate
from django.core.management import CommandError, call_command
from django.db.models import Count
from django.test import RequestFactory
from django.utils import timezone

from comites.models import Committee, Decision, Meeting, Minutes
from engagements.models import (
    EngagementPartner,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Milestone,
    ProgressReport,
)
from francetravail import demo as demo_module
from reseau.models import Membership, Organisation, User

# The demo is dated relative to today: the same day every run.
pytestmark = pytest.mark.usefixtures("frozen_clock")


def test_it_refuses_to_run_when_debug_is_off(protocol, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("load_demo", stdout=io.StringIO())
    assert not Organisation.objects.exists()
    assert not User.objects.exists()


def test_it_asks_for_the_protocol_first(db, settings):
    settings.DEBUG = True
    with pytest.raises(CommandError, match="load_protocol"):
        call_command("load_demo", stdout=io.StringIO())
    assert not Organisation.objects.exists()


def test_running_it_twice_changes_nothing(demo, settings):
    settings.DEBUG = True
    before = (IndicatorValue.objects.count(), Meeting.objects.count(), User.objects.count())
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert "déjà chargées" in out.getvalue()
    assert (IndicatorValue.objects.count(), Meeting.objects.count(), User.objects.count()) == before


@pytest.mark.parametrize(
    "email", ["admin@demo.test", "partenaire@demo.test", "mission-locale@demo.test", "secretaire@demo.test"]
)
def test_each_demo_account_logs_in_with_password_demo(demo, email):
    assert authenticate(RequestFactory().post("/comptes/connexion/"), username=email, password="demo") is not None


def test_the_demo_accounts_have_the_roles_design_promises(demo):
    assert User.objects.get(email="admin@demo.test").is_staff
    partner = User.objects.get(email="partenaire@demo.test")
    france_travail = Organisation.objects.get(name="France Travail Hauts-de-France")
    assert partner.memberships.get().organisation == france_travail
    piloted = EngagementPartner.objects.filter(organisation=france_travail, role="pilot").count()
    assert piloted >= 3

    mission_locale = User.objects.get(email="mission-locale@demo.test").memberships.get().organisation
    assert mission_locale.kind == Organisation.Kind.MISSION_LOCALE
    contributions = EngagementPartner.objects.filter(organisation=mission_locale, role="contributor")
    assert contributions.exists()
    for contribution in contributions:
        assert [t.code for t in contribution.territories.all()] == ["CLPE59004"]
        pilot = EngagementPartner.objects.get(engagement=contribution.engagement, role="pilot")
        assert pilot.organisation == france_travail

    secretary = User.objects.get(email="secretaire@demo.test")
    assert sorted(secretary.secretary_of.values_list("code", flat=True)) == ["CDE-59", "CLPE59004"]
    assert not Membership.objects.filter(user=secretary).exists()


def test_every_demo_record_is_recognisable(demo):
    assert not Organisation.objects.filter(is_demo=False).exists()
    assert not User.objects.exclude(email__endswith="@demo.test").exists()
    assert not IndicatorValue.objects.exclude(note=demo_module.DEMO_NOTE).exists()
    assert not ProgressReport.objects.exclude(narrative__startswith="Données de démonstration").exists()
    assert not Minutes.objects.exclude(body__contains="données de démonstration").exists()
    assert not Decision.objects.exclude(text__contains="démonstration").exists()
    assert not Milestone.objects.exclude(title__contains="démonstration").exists()
    assert not Meeting.objects.exclude(place__contains="démonstration").exists()


def test_every_indicator_has_24_months_of_values_local_in_the_nord_departmental_elsewhere(demo):
    today = timezone.localdate()
    last_month = (today.replace(day=1) - datetime.timedelta(days=1)).replace(day=1)
    for indicator in Indicator.objects.all():
        values = IndicatorValue.objects.filter(indicator=indicator)
        territories = set(values.values_list("territory__code", flat=True))
        assert territories == set(demo_module.NORD_LOCALS + demo_module.OTHER_DEPARTEMENTS), indicator.code
        periods = sorted(set(values.values_list("period", flat=True)))
        assert periods[-1] <= last_month
        expected = 24 if indicator.frequency == 1 else 24 // indicator.frequency
        assert len(periods) == expected, indicator.code
        assert (periods[-1] - periods[0]).days > 600


def test_some_territories_have_gaps_so_roll_ups_show_partial_coverage(demo):
    indicator = Indicator.objects.get(code="IND-APPR-ENTREES")
    per_territory = dict(
        IndicatorValue.objects.filter(indicator=indicator)
        .values_list("territory__code")
        .annotate(n=Count("pk"))
        .values_list("territory__code", "n")
    )
    assert per_territory["CLPE59004"] == 24
    assert per_territory["CLPE59005"] == 21
    assert per_territory["80"] == 22


def test_contributor_values_go_through_review(demo):
    statuses = set(IndicatorValue.objects.filter(organisation__kind="mission_locale").values_list("status", flat=True))
    assert statuses == {"proposed", "accepted", "rejected"}
    assert not IndicatorValue.objects.filter(status="rejected", review_note="").exists()


def test_targets_with_baselines_and_intermediate_targets_exist_except_for_context_series(demo):
    assert not IndicatorTarget.objects.filter(indicator__code="IND-DEFM-ABC").exists()
    target = IndicatorTarget.objects.get(indicator__code="IND-OFFRES-DELAI", territory__code="62")
    assert target.target_value < target.baseline_value  # "lower is better"
    assert target.intermediates.count() == 1
    counted = Indicator.objects.exclude(weight=0).count()
    assert IndicatorTarget.objects.count() == counted * 10


def test_milestones_include_overdue_ones_and_reports_come_from_several_partners(demo):
    today = timezone.localdate()
    assert Milestone.objects.filter(done_on__isnull=True, due_on__lt=today).exists()
    assert Milestone.objects.filter(done_on__isnull=False).exists()
    assert ProgressReport.objects.values("organisation").distinct().count() >= 3


def test_committees_have_meetings_minutes_and_decisions_as_described(demo):
    now = timezone.now()
    for committee in Committee.objects.all():
        assert committee.meetings.filter(starts_at__gt=now, status="planned").count() == 1, committee.code
    for code in ["CDE-02", "CDE-59", "CDE-60", "CDE-62", "CDE-80"]:
        assert Meeting.objects.filter(committee__code=code, starts_at__lt=now).count() >= 2
    assert Minutes.objects.filter(meeting__committee__code="CLPE59004", state="published").count() == 1
    assert Minutes.objects.filter(state="draft").count() == 1
    today = timezone.localdate()
    assert Decision.objects.filter(status="done").exists()
    assert Decision.objects.filter(status="open", due_on__gte=today).exists()
    assert Decision.objects.overdue().exists()
    assert Decision.objects.public().overdue().exists()


def test_the_partner_account_logs_in_and_reaches_the_workspace(demo, client):
    response = client.post("/comptes/connexion/", {"username": "partenaire@demo.test", "password": "demo"})
    assert response.status_code == 302
    assert response["Location"] == "/espace/"
    page = client.get("/espace/")
    assert page.status_code == 200
    assert "France Travail Hauts-de-France" in page.content.decode()


def test_pages_say_that_demo_data_is_shown(demo, client):
    assert "données de démonstration" in client.get("/").content.decode()


def test_the_demo_shows_proposals_beside_published_values_and_public_revisions(demo):
    from django.db.models import Exists, OuterRef

    from engagements.models import ValueRevision

    published = IndicatorValue.objects.published().filter(
        indicator=OuterRef("indicator"), territory=OuterRef("territory"), period=OuterRef("period")
    )
    beside = IndicatorValue.objects.filter(status__in=["proposed", "rejected"]).filter(Exists(published))
    assert set(beside.values_list("status", flat=True)) == {"proposed", "rejected"}
    revisions = ValueRevision.objects.all()
    assert revisions.exists()
    for revision in revisions:
        current = IndicatorValue.objects.published().get(
            indicator=revision.indicator, territory=revision.territory, period=revision.period
        )
        assert current.value == revision.new_value != revision.old_value
        assert revision.revised_at <= timezone.now() and "démonstration" in revision.reason
