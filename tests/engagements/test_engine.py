"""The progress engine on the database: snapshots, idempotence, dirty claims, explanation."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from engagements import actions, engine
from engagements.models import Engagement, Indicator, IndicatorValue, ProgressSnapshot
from francetravail.lib.public_cache import public_data_version
from reseau.models import Organisation, Territory, User


def snapshot_state():
    return {
        (s.scope, s.engagement_id, s.theme_id, s.territory_id, s.as_of): (
            s.percent,
            s.weather_declared,
            s.weather_computed,
            s.coverage,
            s.flags,
            s.inputs,
            s.computed_at,
        )
        for s in ProgressSnapshot.objects.all()
    }


def last_month() -> datetime.date:
    return (timezone.localdate().replace(day=1) - datetime.timedelta(days=1)).replace(day=1)


@pytest.fixture
def pilot():
    return Organisation.objects.get(slug="demo-france-travail-hdf")


@pytest.fixture
def pilot_user():
    return User.objects.get(email="partenaire@demo.test")


def test_the_demo_gets_snapshots_for_every_engagement_theme_and_territory(demo):
    territories = Territory.objects.count()
    assert ProgressSnapshot.objects.filter(scope="engagement").count() == 23 * territories
    assert ProgressSnapshot.objects.filter(scope="theme").count() == 4 * territories
    assert ProgressSnapshot.objects.filter(scope="overall").count() == territories
    assert not Engagement.objects.filter(recompute_requested__gt=0).exclude(recompute_done=0).exists()


def test_recomputing_twice_changes_nothing(demo):
    before = snapshot_state()
    assert actions.recompute_all() == 23
    assert snapshot_state() == before  # not even computed_at: unchanged rows are not written


def test_incremental_recomputes_then_recompute_all_change_nothing(
    demo, pilot, pilot_user, django_capture_on_commit_callbacks
):
    indicator = Indicator.objects.get(code="IND-APPR-ENTREES")
    lille = Territory.objects.get(code="CLPE59004")
    with django_capture_on_commit_callbacks(execute=False):
        actions.record_value(
            indicator=indicator,
            territory=lille,
            period=last_month(),
            value=Decimal(5000),
            organisation=pilot,
            author=pilot_user,
        )
    assert actions.recompute_engagement(engagement_id=indicator.engagement_id) is actions.Outcome.COMPUTED
    after_incremental = snapshot_state()
    actions.recompute_all()
    assert snapshot_state() == after_incremental


def test_a_new_value_moves_the_snapshots_of_its_territory_and_ancestors(
    demo, pilot, pilot_user, django_capture_on_commit_callbacks
):
    indicator = Indicator.objects.get(code="IND-APPR-ENTREES")
    period = last_month()
    lille = Territory.objects.get(code="CLPE59004")

    def value_at(code):
        snapshot = ProgressSnapshot.objects.get(scope="engagement", engagement__code="E02", territory__code=code)
        return snapshot.inputs["indicateurs"][0]["valeur"]["valeur"]

    before = {code: value_at(code) for code in ("CLPE59004", "59", "32", "CLPE59003", "62")}
    current = IndicatorValue.objects.get(indicator=indicator, territory=lille, period=period).value
    with django_capture_on_commit_callbacks() as callbacks:
        actions.record_value(
            indicator=indicator,
            territory=lille,
            period=period,
            value=current + 1000,
            organisation=pilot,
            author=pilot_user,
        )
    # The recompute is enqueued on commit (and cached public pages invalidated); run it as the worker would.
    assert [c.__name__ for c in callbacks] == ["enqueue_recompute", "bump_public_data_version"]
    assert actions.recompute_engagement(engagement_id=indicator.engagement_id) is actions.Outcome.COMPUTED
    after = {code: value_at(code) for code in before}
    for code in ("CLPE59004", "59", "32"):
        assert after[code] == pytest.approx(before[code] + 1000)
    for code in ("CLPE59003", "62"):
        assert after[code] == before[code]


def test_only_accepted_values_count(demo):
    contributor = Organisation.objects.get(slug="demo-mission-locale-lille")
    indicator = Indicator.objects.get(code="IND-TAE6")
    lille = Territory.objects.get(code="CLPE59004")
    before = snapshot_state()
    value = actions.record_value(
        indicator=indicator,
        territory=lille,
        period=last_month(),
        value=Decimal(99),
        organisation=contributor,
        author=User.objects.get(email="mission-locale@demo.test"),
    )
    assert value.status == IndicatorValue.Status.PROPOSED
    after = snapshot_state()
    changed = {key for key in after if after[key][:6] != before.get(key, (None,) * 7)[:6]}
    assert changed == set()


def test_a_burst_of_writes_leads_to_one_recompute(demo, pilot, pilot_user, django_capture_on_commit_callbacks):
    indicator = Indicator.objects.get(code="IND-APPR-ENTREES")
    lille = Territory.objects.get(code="CLPE59004")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        for bump in range(5):
            actions.record_value(
                indicator=indicator,
                territory=lille,
                period=last_month(),
                value=Decimal(4000 + bump),
                organisation=pilot,
                author=pilot_user,
            )
    enqueued = [c for c in callbacks if c.__name__ == "enqueue_recompute"]
    assert len(enqueued) == 5  # one enqueue per write…
    engagement = Engagement.objects.get(pk=indicator.engagement_id)
    assert engagement.is_dirty
    outcomes = [actions.recompute_engagement(engagement_id=engagement.pk) for _ in enqueued]
    assert outcomes == [actions.Outcome.COMPUTED] + [actions.Outcome.CLEAN] * 4  # …one recompute
    engagement.refresh_from_db()
    assert not engagement.is_dirty


def test_the_sweep_recomputes_what_is_still_dirty(demo):
    Engagement.objects.filter(code__in=["E02", "E16"]).update(recompute_requested=99)
    assert actions.sweep_dirty() == 2
    assert actions.sweep_dirty() == 0


def test_a_recompute_bumps_the_public_data_version(demo):
    version = public_data_version()
    actions.recompute_all()
    assert public_data_version() != version


def test_a_territory_far_below_its_siblings_is_flagged(demo, pilot, pilot_user, django_capture_on_commit_callbacks):
    indicator = Indicator.objects.get(code="IND-APPR-ENTREES")
    cambrai = Territory.objects.get(code="CLPE59001")
    with django_capture_on_commit_callbacks():
        actions.record_value(
            indicator=indicator,
            territory=cambrai,
            period=last_month(),
            value=Decimal(0),
            organisation=pilot,
            author=pilot_user,
        )
    actions.sweep_dirty()
    snapshot = ProgressSnapshot.objects.get(scope="engagement", engagement__code="E02", territory=cambrai)
    assert "sous_la_mediane_des_territoires_voisins" in snapshot.flags
    assert snapshot.inputs["indicateurs"][0]["atteinte"] == 0.0


@pytest.mark.parametrize("scope", ["engagement", "theme", "overall"])
def test_every_snapshot_can_say_how_it_was_computed(demo, scope):
    snapshot = (
        ProgressSnapshot.objects.filter(scope=scope, territory__code="32").exclude(engagement__code="E01").first()
    )
    lines = engine.explain(snapshot)
    assert lines[0].startswith("Règles de calcul version")
    assert any("Formule" in line for line in lines)
    if scope == "engagement":
        assert any(line.startswith(f"{snapshot.engagement.indicators.first().code} (") for line in lines[2:])


def test_the_engagement_page_shows_progress_weather_and_explanation(demo, client):
    snapshot = ProgressSnapshot.objects.get(scope="engagement", engagement__code="E16", territory__code="32")
    html = client.get("/engagements/E16/").content.decode()
    assert f"<strong>{snapshot.percent:.0f} %</strong>" in html
    assert f"Météo calculée : {snapshot.get_weather_computed_display()}" in html
    assert "Comment ce chiffre est calculé" in html
    assert "IND-OFFRES-POURVOI" in html and "couverture 4/5" in html


def test_computing_an_engagement_runs_a_constant_number_of_queries(demo, django_assert_num_queries, pilot):
    engagement = Engagement.objects.get(code="E16")
    tree = engine.TerritoryTree.load()
    with django_assert_num_queries(8):
        engine.compute_engagement(engagement.pk, timezone.localdate(), tree)
    # Ten times more values on the same engagement: same number of queries.
    indicator = Indicator.objects.get(code="IND-OFFRES-POURVOI")
    territories = list(Territory.objects.filter(level="local").exclude(code__startswith="CLPE59"))
    IndicatorValue.objects.bulk_create(
        IndicatorValue(
            indicator=indicator,
            territory=territory,
            period=datetime.date(2020 + year, month, 1),
            value=50,
            organisation=pilot,
            status="accepted",
        )
        for territory in territories
        for year in range(3)
        for month in range(1, 13)
    )
    with django_assert_num_queries(8):
        engine.compute_engagement(engagement.pk, timezone.localdate(), tree)
