"""Read helpers of the public pages, the CSV files and the API: latest snapshots and indicator series.

Every helper runs a fixed number of queries whatever the amount of data, so that the pages built on them do too.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import FloatField, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Cast

from engagements import progress
from engagements.engine import TerritoryTree
from engagements.models import Indicator, IndicatorTarget, IndicatorValue, ProgressSnapshot

ON_TRACK = {"soleil", "couvert"}


def latest_snapshots(scope: str) -> QuerySet[ProgressSnapshot]:
    """The latest snapshot of each object × territory of ``scope`` (one query, portable to SQLite)."""
    newer = ProgressSnapshot.objects.filter(scope=scope, territory=OuterRef("territory"))
    if scope == ProgressSnapshot.Scope.ENGAGEMENT:
        newer = newer.filter(engagement=OuterRef("engagement"))
    elif scope == ProgressSnapshot.Scope.THEME:
        newer = newer.filter(theme=OuterRef("theme"))
    latest_day = newer.order_by("-as_of").values("as_of")[:1]
    return ProgressSnapshot.objects.filter(scope=scope, as_of=Subquery(latest_day))


@dataclass
class SeriesPoint:
    period: datetime.date
    value: float
    computed: bool
    coverage: str | None
    expected: float | None


@dataclass
class IndicatorSeries:
    """Every territory's series of one indicator: reported values and roll-ups, as the engine computes them."""

    indicator: Indicator
    tree: TerritoryTree
    points: dict[int, list[SeriesPoint]]  # territory pk → points by period
    trajectories: dict[int, progress.Trajectory | None]

    def for_territory(self, territory_id: int) -> list[SeriesPoint]:
        return self.points.get(territory_id, [])

    def latest(self, territory_id: int) -> SeriesPoint | None:
        points = self.points.get(territory_id)
        return points[-1] if points else None


def indicators_with_targets() -> QuerySet[Indicator]:
    return Indicator.objects.select_related("engagement", "theme").prefetch_related(
        Prefetch(
            "targets",
            IndicatorTarget.objects.select_related("territory").prefetch_related("intermediates"),
        )
    )


def indicator_series(indicators: list[Indicator], tree: TerritoryTree | None = None) -> dict[int, IndicatorSeries]:
    """Series of ``indicators`` (loaded with ``indicators_with_targets``) on every territory, from one query.

    Accepted values only, rolled up from the leaves with the engine's rules (progress.roll_up, choose_source), so
    the charts show the figures the snapshots were computed from.
    """
    tree = tree or TerritoryTree.load()
    raw: dict[int, dict[int, dict[datetime.date, progress.Cell]]] = defaultdict(lambda: defaultdict(dict))
    rows = (
        IndicatorValue.objects.filter(indicator__in=[i.pk for i in indicators], status=IndicatorValue.Status.ACCEPTED)
        .annotate(value_f=Cast("value", FloatField()), base_f=Cast("base", FloatField()))
        .values_list("indicator_id", "territory_id", "period", "value_f", "base_f")
    )
    for indicator_id, territory_id, period, value, base in rows:
        raw[indicator_id][territory_id][period] = progress.Cell(value=value, base=base)

    result = {}
    for indicator in indicators:
        leaf = raw.get(indicator.pk, {})
        own_targets = {t.territory_id: t for t in indicator.targets.all()}
        series: dict[int, progress.Series] = {}
        trajectories: dict[int, progress.Trajectory | None] = {}
        for territory_id in tree.post_order:
            reported = leaf.get(territory_id, {})
            children = [c for c in tree.children.get(territory_id, []) if series.get(c)]
            computed = progress.roll_up(
                {tree.code[c]: series[c] for c in tree.children.get(territory_id, [])},
                aggregation=indicator.aggregation,
                measure=indicator.measure,
                frequency=indicator.frequency,
                delay_days=indicator.publication_delay_days,
            )
            if computed and reported:
                series[territory_id] = progress.choose_source(computed, reported, indicator.parent_source)
            else:
                series[territory_id] = computed or dict(reported)
            target = own_targets.get(territory_id)
            if target is not None:
                trajectories[territory_id] = progress.Trajectory.build(
                    target.baseline_on,
                    float(target.baseline_value),
                    target.target_on,
                    float(target.target_value),
                    [(i.on, float(i.value)) for i in target.intermediates.all()],
                )
            elif children and all(trajectories.get(c) for c in children):
                trajectories[territory_id] = progress.roll_up_trajectories(
                    [(trajectories[c], series[c][max(series[c])].base) for c in children], indicator.aggregation
                )
            else:
                trajectories[territory_id] = None
        points = {}
        for territory_id, cells in series.items():
            trajectory = trajectories.get(territory_id)
            points[territory_id] = [
                SeriesPoint(
                    period=period,
                    value=cell.value,
                    computed=cell.computed,
                    coverage=cell.coverage if cell.computed else None,
                    expected=trajectory.expected_at(progress.period_end(period)) if trajectory else None,
                )
                for period, cell in sorted(cells.items())
            ]
        result[indicator.pk] = IndicatorSeries(indicator, tree, points, trajectories)
    return result
