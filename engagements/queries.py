"""Read helpers of the public pages, the CSV files and the API. They never roll anything up themselves: figures come
from the engine (``engine.indicator_figures``) and from the snapshots it stored (typed, ``engagements.outcomes``).

Every helper runs a fixed number of queries whatever the amount of data, so that the pages built on them do too.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet

from engagements import engine, explain, outcomes, progress
from engagements.models import Indicator, IndicatorTarget, ProgressSnapshot


def indicators_with_targets() -> QuerySet[Indicator]:
    return Indicator.objects.select_related("engagement", "theme").prefetch_related(
        Prefetch(
            "targets",
            IndicatorTarget.objects.select_related("territory").prefetch_related("intermediates"),
        )
    )


def indicator_figures(indicators: list[Indicator]) -> dict[int, engine.IndicatorFigures]:
    return engine.indicator_figures(indicators) if indicators else {}


def latest(scope: str, **filters) -> QuerySet[ProgressSnapshot]:
    """The latest snapshots (never dated after today) of ``scope``."""
    return ProgressSnapshot.objects.latest_per_object(scope).filter(**filters)


def indicator_outcomes(territory_id: int, **filters) -> dict[int, outcomes.IndicatorOutcome]:
    """The latest stored result of each indicator on a territory, by indicator pk."""
    found = {}
    for snapshot in latest(ProgressSnapshot.Scope.INDICATOR, territory=territory_id, **filters):
        outcome = snapshot.outcome
        if outcome is not None:
            found[snapshot.indicator_id] = outcome
    return found


@dataclass
class ChartPoint:
    period: datetime.date
    value: float
    computed: bool
    coverage: str | None
    status: str | None
    missing: tuple[str, ...]
    carried: tuple[tuple[str, datetime.date], ...]
    expected: float | None
    target: float | None
    provisional: bool


def chart(figures: engine.IndicatorFigures, territory_id: int, territory_names: dict[str, str]) -> dict:
    """What an indicator's line chart and its data table show on one territory: the engine's figures, the
    trajectory expected on the same territories at each period, and the target drawn across the whole period."""
    series = figures.for_territory(territory_id)
    points = [
        ChartPoint(
            period=f.period,
            value=f.value,
            computed=f.computed,
            coverage=f.coverage,
            status=f.status,
            missing=f.missing,
            carried=f.carried,
            expected=f.trajectory.expected_at(progress.period_end(f.period)) if f.trajectory else None,
            target=f.trajectory.target if f.trajectory else None,
            provisional=f.provisional,
        )
        for f in series
    ]
    current = figures.headline(territory_id)
    trajectory = current.trajectory if current else None
    return {
        "indicator": figures.indicator,
        "points": points,
        "trajectory": trajectory,
        "headline": current,
        "provisional": [p for p in points if current and p.period > current.period],
        "territory_names": territory_names,
        **line_chart(points, trajectory, territory_names),
    }


MONTHS_SHORT_FR = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")


def short_month_fr(period: datetime.date) -> str:
    """« nov. 2024 »: a month as French abbreviates it on a chart's axis."""
    return f"{MONTHS_SHORT_FR[period.month - 1]} {period.year}"


def line_chart(
    points: list[ChartPoint], trajectory: progress.Trajectory | None, territory_names: dict[str, str]
) -> dict:
    """The attributes of DSFR Chart's ``<line-chart>``: one label per month from the first of the reference period
    and the data to the last, the values (complete periods, then partial ones as their own series, joined to the
    last complete one), the expected trajectory and the target across the whole period; how many decimals each
    series shows (as in the table beside it) and the coverage note of each partial period, for the tooltip."""
    if not points:
        return {"x": "[]", "y": "[]", "names": "[]", "decimals": "[]", "styles": "[]", "notes": "{}"}
    start, end = points[0].period.replace(day=1), points[-1].period.replace(day=1)
    if trajectory is not None:
        start = min(start, trajectory.baseline_on.replace(day=1))
        end = max(end, trajectory.target_on.replace(day=1))
    months = [progress.add_months(start, n) for n in range(progress.months_between(start, end) + 1)]
    labels = [short_month_fr(month) for month in months]
    index = {month: n for n, month in enumerate(months)}
    complete: list[float | None] = [None] * len(months)
    partial: list[float | None] = [None] * len(months)
    notes = {}
    for point in points:
        n = index[point.period.replace(day=1)]
        value = round(point.value, 4)
        if point.provisional:
            partial[n] = value
            notes[labels[n]] = explain.coverage_label(point, territory_names)
        else:
            complete[n] = value
    # (name, values, decimals shown, how it is drawn: "" a value, "provisional", "reference" a line without points)
    series: list[tuple[str, list[float | None], int | None, str]] = [("Valeur", complete, None, "")]
    if any(v is not None for v in partial):
        first = next(n for n, v in enumerate(partial) if v is not None)
        last_complete = max((n for n, v in enumerate(complete) if v is not None and n < first), default=None)
        if last_complete is not None:
            partial[last_complete] = complete[last_complete]
        series.append(("Valeur provisoire", partial, None, "provisional"))
    if trajectory is not None:
        expected = [round(trajectory.expected_at(progress.period_end(month)), 4) for month in months]
        series.append(("Trajectoire attendue", expected, 1, "reference"))
        series.append(("Cible", [round(trajectory.target, 4)] * len(months), 1, "reference"))
    return {
        "x": json.dumps([labels] * len(series), ensure_ascii=False),
        "y": json.dumps([values for _, values, _, _ in series]),
        "names": json.dumps([name for name, _, _, _ in series], ensure_ascii=False),
        "decimals": json.dumps([decimals for _, _, decimals, _ in series]),
        "styles": json.dumps([style for _, _, _, style in series]),
        "notes": json.dumps(notes, ensure_ascii=False),
    }
