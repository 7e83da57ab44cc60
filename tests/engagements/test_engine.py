"""The progress engine on the database: snapshots, idempotence, partial recompute, dirty claims, explanation."""

import datetime
import gc
from decimal import Decimal

import pytest
from django.db import connection, transaction
from django.db.models import Count, F
from django.utils import timezone

from common.public_cache import public_data_version
from engagements import actions, engine, explain, recompute
from engagements.models import Engagement, Indicator, IndicatorValue, Milestone, ProgressSnapshot
from engagements.progress import add_months
from reseau.models import Organisation, Territory, User
from tests.helpers.data import load_demo

Scope = ProgressSnapshot.Scope


def snapshot_state():
    return {
        (s.scope, s.indicator_id, s.engagement_id, s.theme_id, s.territory_id, s.as_of): (s.digest, s.computed_at)
        for s in ProgressSnapshot.objects.all()
    }


def last_month() -> datetime.date:
    return add_months(timezone.localdate(), -1)


def complete_month() -> datetime.date:
    """A month every reporting territory of the demo has published (Sambre-Avesnois stopped 3 months ago)."""
    return add_months(timezone.localdate(), -4)


def figure(indicator: str, territory: str):
    return ProgressSnapshot.objects.latest_per_object(Scope.INDICATOR).get(
        indicator__code=indicator, territory__code=territory
    )


@pytest.fixture
def pilot():
    return Organisation.objects.get(slug="demo-france-travail-hdf")


@pytest.fixture
def pilot_user():
    return User.objects.get(email="partenaire@demo.test")


def test_the_demo_gets_snapshots_for_every_engagement_theme_indicator_and_territory(demo):
    territories = Territory.objects.count()
    assert ProgressSnapshot.objects.filter(scope="engagement").count() == 23 * territories
    assert ProgressSnapshot.objects.filter(scope="theme").count() == 4 * territories
    assert ProgressSnapshot.objects.filter(scope="overall").count() == territories
    # One per indicator of an engagement on every territory that reports it or rolls it up.
    assert ProgressSnapshot.objects.filter(scope="indicator", territory__code="32").count() == 14
    assert not ProgressSnapshot.objects.filter(scope="indicator", territory__code="CLPE02001").exists()
    assert not Engagement.objects.filter(recompute_requested__gt=0).exclude(recompute_done=0).exists()


def test_recomputing_twice_changes_nothing(demo):
    before = snapshot_state()
    assert recompute.recompute_all() == 23
    assert snapshot_state() == before  # not even computed_at: unchanged rows are not written


def test_a_territory_without_data_of_its_own_has_no_figure_never_the_regions(demo):
    # Defect 5: Château-Thierry has no value and no milestone of its own; the national node has no national data.
    for code in ("CLPE02001", "FR"):
        snapshot = ProgressSnapshot.objects.get(scope="engagement", engagement__code="E02", territory__code=code)
        assert snapshot.percent is None
        assert snapshot.weather_computed == "non_renseignee"
        overall = ProgressSnapshot.objects.get(scope="overall", territory__code=code)
        assert overall.percent is None
    # The milestones are set on the region and count only there.
    region = ProgressSnapshot.objects.get(scope="engagement", engagement__code="E04", territory__code="32")
    assert region.percent is not None and region.outcome.milestones
    nord = ProgressSnapshot.objects.get(scope="engagement", engagement__code="E04", territory__code="59")
    assert nord.percent is None and not nord.outcome.milestones


def test_a_milestone_set_on_a_departement_counts_there_only(demo):
    engagement = Engagement.objects.get(code="E04")
    Milestone.objects.create(
        engagement=engagement,
        title="Forum départemental",
        due_on=timezone.localdate() - datetime.timedelta(days=10),
        done_on=timezone.localdate() - datetime.timedelta(days=12),
        territory=Territory.objects.get(code="59"),
    )
    recompute.recompute_all()
    nord = ProgressSnapshot.objects.get(scope="engagement", engagement=engagement, territory__code="59")
    assert float(nord.percent) == 100.0
    assert [m.title for m in nord.outcome.milestones] == ["Forum départemental"]
    region = ProgressSnapshot.objects.get(scope="engagement", engagement=engagement, territory__code="32")
    assert "Forum départemental" not in [m.title for m in region.outcome.milestones]


def test_the_headline_is_the_latest_complete_period_and_later_ones_are_provisional(demo):
    region = figure("IND-APPR-ENTREES", "32").outcome
    assert region.period == complete_month()
    assert region.figure.status == "complete" and region.figure.coverage == "5/5"
    provisional = [(f.period, f.status) for f in region.provisional]
    assert provisional == [(add_months(complete_month(), i), "partial") for i in (1, 2, 3)]
    # The Somme stopped two months ago, Sambre-Avesnois three: both are named where missing.
    assert region.provisional[-1].missing == ["80", "CLPE59005"]


def _save(indicator, territory, period, value, pilot, pilot_user, callbacks):
    with callbacks() as done:
        actions.record_value(
            indicator=indicator, territory=territory, period=period, value=value, organisation=pilot, author=pilot_user
        )
    return done


def test_a_new_value_moves_its_territory_and_ancestors_only(
    demo, pilot, pilot_user, django_capture_on_commit_callbacks
):
    indicator = Indicator.objects.get(code="IND-APPR-ENTREES")
    lille = Territory.objects.get(code="CLPE59004")
    period = complete_month()
    codes = ("CLPE59004", "59", "32", "CLPE59003", "62")

    def values():
        figures = engine.indicator_figures([indicator])[indicator.pk]
        by_code = figures.tree.by_code()
        return {code: figures.series[by_code[code]][period].value for code in codes}

    before, headline = values(), {code: figure(indicator.code, code).outcome.figure.value for code in ("59", "32")}
    current = IndicatorValue.objects.get(indicator=indicator, territory=lille, period=period).value
    callbacks = _save(indicator, lille, period, current + 1000, pilot, pilot_user, django_capture_on_commit_callbacks)
    # The recompute is enqueued on commit (and cached public pages invalidated).
    assert [c.__name__ for c in callbacks] == ["enqueue_recompute", "bump_public_data_version"]
    recompute.sweep_dirty()  # with a broker, the worker would have done it
    after = values()
    for code in ("CLPE59004", "59", "32"):
        assert after[code] == pytest.approx(before[code] + 1000)
    for code in ("CLPE59003", "62"):
        assert after[code] == before[code]
    # The stored headline figures of the ancestors moved too (their latest complete period is this one).
    for code in ("59", "32"):
        assert figure(indicator.code, code).outcome.figure.value == pytest.approx(headline[code] + 1000)


def test_the_recompute_of_one_value_writes_what_a_full_recompute_would(
    demo, pilot, pilot_user, django_capture_on_commit_callbacks
):
    indicator = Indicator.objects.get(code="IND-OFFRES-DELAI")
    lille = Territory.objects.get(code="CLPE59004")
    with django_capture_on_commit_callbacks(execute=False):
        actions.record_value(
            indicator=indicator,
            territory=lille,
            period=complete_month(),
            value=Decimal(5),
            organisation=pilot,
            author=pilot_user,
        )
    engagement = Engagement.objects.get(pk=indicator.engagement_id)
    outcome = recompute.recompute_engagement(
        engagement_id=engagement.pk,
        request=engagement.recompute_requested,
        indicator_id=indicator.pk,
        territory_id=lille.pk,
    )
    assert outcome is recompute.Outcome.COMPUTED
    partial = snapshot_state()
    changed = {key for key, value in partial.items() if value[1] is not None}
    assert changed
    recompute.recompute_all()
    assert snapshot_state() == partial  # the full recompute finds nothing to rewrite


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
    outcomes = [recompute.recompute_engagement(engagement_id=engagement.pk) for _ in enqueued]
    assert outcomes == [recompute.Outcome.COMPUTED] + [recompute.Outcome.CLEAN] * 4  # …one recompute
    engagement.refresh_from_db()
    assert not engagement.is_dirty


def test_the_sweep_recomputes_what_is_still_dirty(demo):
    Engagement.objects.filter(code__in=["E02", "E16"]).update(recompute_requested=99)
    assert recompute.sweep_dirty() == 2
    assert recompute.sweep_dirty() == 0


def test_a_recompute_bumps_the_public_data_version(demo):
    version = public_data_version()
    recompute.recompute_all()
    assert public_data_version() != version


def test_no_snapshot_is_dated_in_the_future(demo):
    with pytest.raises(ValueError):
        recompute.recompute_all(today=timezone.localdate() + datetime.timedelta(days=1))
    assert not ProgressSnapshot.objects.filter(as_of__gt=timezone.localdate()).exists()


def test_a_territory_far_below_its_siblings_is_flagged(demo, pilot, pilot_user, django_capture_on_commit_callbacks):
    indicator = Indicator.objects.get(code="IND-APPR-ENTREES")
    cambrai = Territory.objects.get(code="CLPE59001")
    # This month, the other local territories of the Nord reach far beyond their trajectory and Cambrai has none:
    # the same headline month for all, whatever the demo's seasonality on the day the test runs.
    month = timezone.localdate().replace(day=1)
    for sibling in Territory.objects.filter(parent=cambrai.parent).exclude(pk=cambrai.pk):
        _save(indicator, sibling, month, Decimal(5000), pilot, pilot_user, django_capture_on_commit_callbacks)
    _save(indicator, cambrai, month, Decimal(0), pilot, pilot_user, django_capture_on_commit_callbacks)
    recompute.sweep_dirty()
    snapshot = ProgressSnapshot.objects.get(scope="engagement", engagement__code="E02", territory=cambrai)
    assert "sous_la_mediane_des_territoires_voisins" in snapshot.flags
    assert figure(indicator.code, "CLPE59001").outcome.attainment == 0.0


def test_every_snapshot_can_say_how_it_was_computed(demo):
    names = dict(Territory.objects.values_list("code", "name"))
    indicator = figure("IND-APPR-ENTREES", "32")
    lines = explain.explain_indicator(indicator.outcome, unit="nombre", direction="up", territory_names=names)
    assert lines[0].startswith("Valeur retenue : ") and "5/5, complète" in lines[0]
    assert any(line.startswith("Atteinte (à la hausse)") for line in lines)
    assert any("(provisoire)" in line and "Somme" in line for line in lines)
    engagement = ProgressSnapshot.objects.get(scope="engagement", engagement__code="E02", territory__code="32")
    lines = explain.explain_engagement(
        engagement.outcome, as_of=engagement.as_of, indicator_names={}, territory_names=names
    )
    assert lines[0].startswith(f"Calculé le {engagement.as_of:%d/%m/%Y}, données ")
    assert any("Jalons fixés sur ce territoire" in line and "poids 2" in line for line in lines)
    for scope in ("theme", "overall"):
        snapshot = ProgressSnapshot.objects.filter(scope=scope, territory__code="32").first()
        lines = explain.explain_summary(snapshot.outcome, as_of=snapshot.as_of, what="du protocole")
        assert any("à poids égaux" in line and "médiane" in line for line in lines)


def test_computing_an_engagement_runs_a_constant_number_of_queries(demo, django_assert_num_queries, pilot):
    engagement = Engagement.objects.get(code="E16")
    tree = engine.TerritoryTree.load()
    today = timezone.localdate()
    # The freshness rule reads the last periods, the indicators, the baselines and the territories from what the
    # engine has loaded already: no query of its own for them.
    with django_assert_num_queries(10) as first:
        engine.compute_engagement(engagement.pk, today, tree)
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
    with django_assert_num_queries(len(first.captured_queries)):
        engine.compute_engagement(engagement.pk, today, tree)


def test_the_cyclic_collector_is_paused_while_computing_and_restored_after_even_on_error(demo, monkeypatch):
    compute = engine.compute_engagement
    seen = []

    def watched(*args, **kwargs):
        seen.append(gc.isenabled())
        return compute(*args, **kwargs)

    monkeypatch.setattr(engine, "compute_engagement", watched)
    assert gc.isenabled()
    recompute.recompute_all()
    assert len(seen) == 23 and not any(seen)
    assert gc.isenabled()

    def broken(*args, **kwargs):
        raise RuntimeError("rules failed")

    monkeypatch.setattr(engine, "compute_engagement", broken)
    with pytest.raises(RuntimeError):
        recompute.recompute_all()
    assert gc.isenabled()
    # A caller that paused it itself finds it paused still.
    gc.disable()
    try:
        monkeypatch.setattr(engine, "compute_engagement", compute)
        recompute.recompute_all()
        assert not gc.isenabled()
    finally:
        gc.enable()


def _synchronous_commit() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SHOW synchronous_commit")
        return cursor.fetchone()[0]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's synchronous_commit")
def test_a_recompute_commits_without_waiting_for_the_disk_unless_inside_a_callers_transaction(
    transactional_db, settings, monkeypatch
):
    load_demo(settings)
    compute = engine.compute_engagement
    seen = []

    def watched(*args, **kwargs):
        seen.append(_synchronous_commit())
        return compute(*args, **kwargs)

    monkeypatch.setattr(engine, "compute_engagement", watched)
    recompute.recompute_all()
    Engagement.objects.filter(code="E02").update(recompute_requested=F("recompute_done") + 1)
    assert recompute.sweep_dirty() == 1
    assert seen == ["off"] * 24
    assert _synchronous_commit() == "on"
    # Inside a caller's transaction, the caller's writes stay durable: the setting is left alone.
    seen.clear()
    with transaction.atomic():
        Engagement.objects.filter(code="E02").update(recompute_requested=F("recompute_done") + 1)
        assert recompute.sweep_dirty() == 1
        assert _synchronous_commit() == "on"
    assert seen == ["on"]


def test_a_full_recompute_takes_the_engagements_with_most_indicators_first(demo):
    counts = dict(Engagement.objects.annotate(n=Count("indicators")).values_list("pk", "n"))
    order = [counts[pk] for pk in recompute.engagement_ids()]
    assert order == sorted(order, reverse=True) and order[0] > order[-1]
    assert sorted(recompute.engagement_ids()) == sorted(counts)


def test_the_freshness_rule_gives_the_engine_what_it_gives_everyone(demo):
    """The engine passes what it has read already (indicators, baselines, territories) to the freshness rule: the
    late territories it computes are those the rule finds reading everything itself."""
    from engagements import freshness

    today = timezone.localdate()
    tree = engine.TerritoryTree.load()
    for engagement in Engagement.objects.order_by("pk"):
        inputs = engine.load_engagement_inputs(engagement.pk, today, tree)
        alone = freshness.late_territories(freshness.engagement_items(engagement, today), tree, today)
        assert inputs.late_at == alone, engagement.code
    assert any(engine.load_engagement_inputs(e.pk, today, tree).late_at for e in Engagement.objects.all())
