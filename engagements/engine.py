"""The progress engine: loads what partners published, applies the rules of ``progress.py`` over the territory tree,
and returns typed results. Reads only; ``actions.py`` stores them as snapshots.

There is one roll-up, here: the snapshots, the charts, the map, the CSV files and the API all read what
:func:`indicator_figures` and :func:`compute_engagement` return (DESIGN §4 « One route for each figure »).

Each public entry point runs a constant number of queries whatever the amount of data: load → compute (pure) →
return. :func:`compute_engagement` can also recompute a single indicator and evaluate only some territories (the
ancestor chain of a changed value), taking the other indicators' results from the stored snapshots.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection
from django.db.models import FloatField, Max
from django.db.models.functions import Cast

from engagements import freshness, outcomes, progress
from engagements.models import (
    Engagement,
    EngagementPartner,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    IntermediateTarget,
    Milestone,
    ProgressReport,
    Weather,
)
from reseau.models import Territory


@dataclass(frozen=True)
class TerritoryTree:
    parent: dict[int, int | None]
    children: dict[int, list[int]]
    code: dict[int, str]
    level: dict[int, str]
    post_order: list[int]  # children before their parent
    name: dict[int, str]

    @classmethod
    def load(cls) -> TerritoryTree:
        named = list(Territory.objects.order_by("code").values_list("pk", "parent_id", "code", "level", "name"))
        rows = [row[:4] for row in named]
        parent = {pk: parent_id for pk, parent_id, _, _ in rows}
        code = {pk: c for pk, _, c, _ in rows}
        level = {pk: lv for pk, _, _, lv in rows}
        name = {row[0]: row[4] for row in named}
        children: dict[int, list[int]] = defaultdict(list)
        for pk, parent_id, _, _ in rows:
            if parent_id is not None:
                children[parent_id].append(pk)
        order: list[int] = []
        stack = [(pk, False) for pk, parent_id, _, _ in reversed(rows) if parent_id is None]
        while stack:
            pk, expanded = stack.pop()
            if expanded:
                order.append(pk)
                continue
            stack.append((pk, True))
            stack.extend((child, False) for child in reversed(children.get(pk, [])))
        return cls(parent=parent, children=dict(children), code=code, level=level, post_order=order, name=name)

    def by_code(self) -> dict[str, int]:
        return {c: pk for pk, c in self.code.items()}

    def ancestors(self, pk: int) -> list[int]:
        """``pk`` and its ancestors, bottom-up."""
        chain = []
        current: int | None = pk
        while current is not None:
            chain.append(current)
            current = self.parent.get(current)
        return chain

    def rolls_up_to(self, pk: int) -> bool:
        """Whether children's values are rolled up to this territory. The national level gets figures only from
        national data, unless the tree holds the whole country (``ROLL_UP_TO_NATIONAL``): a regional portal's FR
        node has one region under it, and its roll-up would publish the region's figures as the nation's."""
        return self.level[pk] != Territory.Level.NATIONAL or settings.ROLL_UP_TO_NATIONAL

    def steering_territory(self) -> int | None:
        """Where engagements are steered, milestones set and progress reports expected: the region by default."""
        return self.by_code().get(settings.HOME_TERRITORY_CODE)


# --- Loading --------------------------------------------------------------------------------------------------


# Published values by indicator and territory: (period, value, base, demonstration, pk), in no particular order.
Raw = dict[int, dict[int, list[tuple[datetime.date, float, float | None, bool, int]]]]


def _load_values(indicator_ids: Iterable[int], today: datetime.date | None) -> Raw:
    """Published values by indicator and territory, in one query."""
    raw: Raw = defaultdict(lambda: defaultdict(list))
    indicator_ids = list(indicator_ids)
    if not indicator_ids:
        return raw
    # No ORDER BY: the model's default ordering joins the indicator and territory tables to sort by code, which
    # costs more than the read itself; the caller groups the rows and sorts each series.
    rows = IndicatorValue.objects.published().filter(indicator__in=indicator_ids).order_by()
    if today is not None:
        # Periods after the snapshot's day are not known yet on that day (a snapshot frozen for a past meeting).
        rows = rows.filter(period__lte=today)
    # Cast in SQL: the driver then hands floats over, much faster than decimals converted in Python.
    rows = rows.annotate(value_f=Cast("value", FloatField()), base_f=Cast("base", FloatField())).values_list(
        "indicator_id", "territory_id", "period", "value_f", "base_f", "organisation__is_demo", "pk"
    )
    if connection.vendor == "postgresql":
        # psycopg already returns dates, floats and booleans: skip the ORM's per-row converters, which cost more
        # than the whole roll-up at national scale (260 000 rows).
        sql, params = rows.query.get_compiler(rows.db).as_sql()
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            found = cursor.fetchall()
    else:
        found = rows
    for indicator_id, territory_id, period, value, base, demo, pk in found:
        raw[indicator_id][territory_id].append((period, value, base, demo, pk))
    return raw


def _load_targets(indicator_ids: Iterable[int]) -> dict[int, dict[int, tuple[progress.Trajectory, datetime.date]]]:
    """Own targets by indicator and territory: the trajectory and the baseline period (two queries)."""
    indicator_ids = list(indicator_ids)
    targets: dict[int, dict[int, tuple[progress.Trajectory, datetime.date]]] = defaultdict(dict)
    if not indicator_ids:
        return targets
    intermediates: dict[int, list[tuple[datetime.date, float]]] = defaultdict(list)
    for target_id, on, value in (
        IntermediateTarget.objects.filter(target__indicator__in=indicator_ids)
        .order_by()
        .values_list("target_id", "on", "value")
    ):
        intermediates[target_id].append((on, float(value)))
    for pk, indicator_id, territory_id, baseline_on, baseline, target_on, target in (
        IndicatorTarget.objects.filter(indicator__in=indicator_ids)
        .order_by()
        .values_list("pk", "indicator_id", "territory_id", "baseline_on", "baseline_value", "target_on", "target_value")
    ):
        trajectory = progress.Trajectory.build(
            baseline_on, float(baseline), target_on, float(target), intermediates.get(pk, ())
        )
        targets[indicator_id][territory_id] = (trajectory, baseline_on.replace(day=1))
    return targets


def rules_of(indicator: Indicator) -> progress.IndicatorRules:
    return progress.IndicatorRules(
        aggregation=indicator.aggregation,
        measure=indicator.measure,
        frequency=indicator.frequency,
        delay_days=indicator.publication_delay_days,
        direction=indicator.direction,
        parent_source=indicator.parent_source,
    )


# --- Figures of one indicator over the tree ----------------------------------------------------------------------


@dataclass
class IndicatorFigures:
    """Every territory's figures of one indicator, reported or rolled up, with their like-for-like references."""

    indicator: Indicator
    tree: TerritoryTree
    series: dict[int, progress.Series]  # territory pk → figures by period
    reported: dict[str, progress.Series]  # territory code → its own figures (the trend's like-for-like sources)
    reporting: set[int]  # territories that report the indicator: a target or a value of their own
    value_ids: dict[tuple[int, datetime.date], int]  # (territory, period) → pk of the published value

    def for_territory(self, territory_id: int) -> list[progress.Figure]:
        series = self.series.get(territory_id, {})
        return [series[p] for p in sorted(series)]

    def headline(self, territory_id: int) -> progress.Figure | None:
        return progress.headline(self.series.get(territory_id, {}))

    def evaluate(self, territory_id: int) -> progress.IndicatorResult:
        return progress.evaluate_indicator(
            code=self.indicator.code,
            weight=float(self.indicator.weight),
            direction=self.indicator.direction,
            aggregation=self.indicator.aggregation,
            series=self.series.get(territory_id, {}),
            source_series=self.reported,
        )


def roll_up_indicator(
    indicator: Indicator,
    tree: TerritoryTree,
    values: dict[int, list[tuple[datetime.date, float, float | None, bool, int]]],
    targets: dict[int, tuple[progress.Trajectory, datetime.date]],
) -> IndicatorFigures:
    """The one roll-up (DESIGN §4): bottom-up over the tree, each territory's own values and its children's."""
    rules = rules_of(indicator)
    series: dict[int, progress.Series] = {}
    reported_by_code: dict[str, progress.Series] = {}
    reports: dict[int, bool] = {}
    value_ids: dict[tuple[int, datetime.date], int] = {}
    for territory_id in tree.post_order:
        own = values.get(territory_id)
        target = targets.get(territory_id)
        trajectory = target[0] if target else None
        reported: progress.Series = {}
        if own:
            code = tree.code[territory_id]
            reported = progress.reported_series(code, (row[:4] for row in own), rules, trajectory)
            reported_by_code[code] = reported
            for period, _, _, _, pk in own:
                value_ids[(territory_id, period)] = pk
        kids = [c for c in tree.children.get(territory_id, ()) if reports.get(c)]
        computed: progress.Series = {}
        if kids and tree.rolls_up_to(territory_id):
            computed = progress.roll_up({tree.code[c]: series[c] for c in kids}, rules, own_trajectory=trajectory)
        chosen = progress.choose_source(computed, reported, indicator.parent_source)
        series[territory_id] = chosen
        reports[territory_id] = bool(chosen) or trajectory is not None or bool(kids)
    reporting = {t for t in tree.post_order if values.get(t) or t in targets}
    return IndicatorFigures(indicator, tree, series, reported_by_code, reporting, value_ids)


def indicator_figures(indicators: list[Indicator], tree: TerritoryTree | None = None) -> dict[int, IndicatorFigures]:
    """Figures of ``indicators`` on every territory, in three queries (tree, values, targets)."""
    tree = tree or TerritoryTree.load()
    ids = [i.pk for i in indicators]
    raw = _load_values(ids, None)
    targets = _load_targets(ids)
    return {i.pk: roll_up_indicator(i, tree, raw.get(i.pk, {}), targets.get(i.pk, {})) for i in indicators}


# --- One engagement over the tree ---------------------------------------------------------------------------------


@dataclass
class EngagementComputation:
    """What :func:`compute_engagement` returns: typed results, ready to be stored or shown."""

    engagement: Engagement
    today: datetime.date
    indicators: dict[int, outcomes.IndicatorOutcome] = field(default_factory=dict)  # keyed by (indicator, territory)
    indicator_rows: list[outcomes.IndicatorOutcome] = field(default_factory=list)
    engagement_rows: list[outcomes.EngagementOutcome] = field(default_factory=list)
    evaluated: set[int] = field(default_factory=set)  # territories whose rows are here


def _declared_weather(engagement_id: int, today: datetime.date) -> dict[int, tuple[str, datetime.date, int]]:
    """Latest declared weather per territory (any partner): one query, newest first."""
    declared: dict[int, tuple[str, datetime.date, int]] = {}
    for territory_id, weather, created_at, pk in (
        ProgressReport.objects.filter(engagement_id=engagement_id, created_at__date__lte=today)
        .order_by("-created_at", "-pk")
        .values_list("territory_id", "weather", "created_at", "pk")
    ):
        declared.setdefault(territory_id, (weather, created_at.date(), pk))
    return declared


def _milestones(engagement: Engagement, steering: int | None, today: datetime.date):
    """Milestone states by the territory where each is set (the steering territory by default)."""
    by_territory: dict[int | None, list[progress.MilestoneState]] = defaultdict(list)
    for m in Milestone.objects.filter(engagement=engagement).order_by("due_on", "pk"):
        by_territory[m.territory_id or steering].append(
            progress.MilestoneState(
                title=m.title,
                weight=float(m.weight),
                done=m.done_on is not None and m.done_on <= today,
                overdue=(m.done_on is None or m.done_on > today) and m.due_on < today,
                due_on=m.due_on,
                demonstration=m.is_demo,
            )
        )
    return by_territory


@dataclass
class EngagementInputs:
    """What the rules need to compute one engagement, loaded in a fixed number of queries."""

    engagement: Engagement
    indicators: list[Indicator]
    computed_ids: list[int]  # the indicators whose figures are rolled up again (all, or ``only_indicator``)
    raw: Raw
    targets: dict[int, dict[int, tuple[progress.Trajectory, datetime.date]]]
    declared: dict[int, tuple[str, datetime.date, int]]
    milestones: dict[int | None, list[progress.MilestoneState]]
    late_at: dict


def load_engagement_inputs(
    engagement_id: int, today: datetime.date, tree: TerritoryTree, only_indicator: int | None = None
) -> EngagementInputs:
    engagement = Engagement.objects.get(pk=engagement_id)
    indicators = list(Indicator.objects.filter(engagement=engagement).order_by("code"))
    computed_ids = [i.pk for i in indicators if only_indicator is None or i.pk == only_indicator]
    raw = _load_values(computed_ids, today)
    targets = _load_targets(computed_ids)
    declared = _declared_weather(engagement_id, today)
    milestones = _milestones(engagement, tree.steering_territory(), today)
    # Every indicator's values up to today are loaded already when all are computed: the freshness rule reads
    # their last periods from them instead of querying again.
    last = (
        {
            (indicator_id, territory_id): max(row[0] for row in rows)
            for indicator_id, by_territory in raw.items()
            for territory_id, rows in by_territory.items()
        }
        if only_indicator is None
        else None
    )
    # What the freshness rule would read again is passed on: the indicators, the targets' baselines, the tree.
    preloaded = (
        freshness.Preloaded(
            indicators=indicators,
            baselines={
                (indicator_id, territory_id): baseline
                for indicator_id, by_territory in targets.items()
                for territory_id, (_, baseline) in by_territory.items()
            },
            territories={pk: (code, tree.name[pk]) for pk, code in tree.code.items()},
        )
        if only_indicator is None
        else None
    )
    due = freshness.engagement_items(engagement, today, last=last, preloaded=preloaded)
    late_at = freshness.late_territories(due, tree, today)
    return EngagementInputs(engagement, indicators, computed_ids, raw, targets, declared, milestones, late_at)


def _indicator_outcomes(
    inputs: EngagementInputs,
    tree: TerritoryTree,
    evaluated: set[int],
    stored: dict[tuple[int, int], outcomes.IndicatorOutcome] | None,
):
    """Each computed indicator rolled up and evaluated on every evaluated territory (no query). Returns the new
    rows, every territory's indicator results (new or ``stored``), and the published values the new rows cite."""
    rows: list[outcomes.IndicatorOutcome] = []
    value_refs: list[tuple[outcomes.IndicatorOutcome, int]] = []
    per_territory: dict[int, list[outcomes.IndicatorOutcome]] = defaultdict(list)
    for indicator in inputs.indicators:
        if indicator.pk in inputs.computed_ids:
            figures = roll_up_indicator(
                indicator, tree, inputs.raw.get(indicator.pk, {}), inputs.targets.get(indicator.pk, {})
            )
            for territory_id in tree.post_order:
                if territory_id not in evaluated:
                    continue
                series = figures.series.get(territory_id)
                if not series and territory_id not in figures.reporting:
                    continue
                outcome = outcomes.IndicatorOutcome.from_result(
                    figures.evaluate(territory_id), indicator, tree, territory_id, figures
                )
                if outcome.period is not None and not outcome.computed:
                    pk = figures.value_ids.get((territory_id, outcome.period))
                    if pk is not None:
                        value_refs.append((outcome, pk))
                per_territory[territory_id].append(outcome)
                rows.append(outcome)
        else:
            for territory_id in evaluated:
                stored_outcome = (stored or {}).get((indicator.pk, territory_id))
                if stored_outcome is not None:
                    per_territory[territory_id].append(stored_outcome)
    return rows, per_territory, value_refs


def _stamp_values(value_refs: list[tuple[outcomes.IndicatorOutcome, int]]) -> None:
    """Give each result the id and last change of the published value it stands on (one query)."""
    if not value_refs:
        return
    stamps = dict(IndicatorValue.objects.filter(pk__in={pk for _, pk in value_refs}).values_list("pk", "updated_at"))
    for outcome, pk in value_refs:
        outcome.value_id, outcome.value_updated_at = pk, stamps[pk]


def _engagement_outcomes(
    inputs: EngagementInputs,
    tree: TerritoryTree,
    evaluated: set[int],
    per_territory: dict[int, list[outcomes.IndicatorOutcome]],
    today: datetime.date,
) -> list[outcomes.EngagementOutcome]:
    """The engagement's figure on every evaluated territory, from its indicators' results (no query)."""
    engagement = inputs.engagement
    rows = []
    for territory_id in tree.post_order:
        if territory_id not in evaluated:
            continue
        items = sorted(per_territory.get(territory_id, []), key=lambda o: o.indicator)
        weather, declared_on, report_id = inputs.declared.get(territory_id, (Weather.NON_RENSEIGNEE, None, None))
        states = inputs.milestones.get(territory_id, [])
        evaluation = progress.evaluate_engagement(
            [o.as_result() for o in items],
            states,
            declared_weather=weather,
            declared_on=declared_on,
            update_frequency=engagement.update_frequency,
            late=territory_id in inputs.late_at,
            today=today,
        )
        rows.append(
            outcomes.EngagementOutcome.from_evaluation(
                evaluation,
                engagement=engagement,
                territory_id=territory_id,
                territory=tree.code[territory_id],
                indicators=items,
                milestones=states,
                declared=(weather, declared_on, report_id),
                late=inputs.late_at.get(territory_id),
            )
        )
    return rows


def compute_engagement(
    engagement_id: int,
    today: datetime.date,
    tree: TerritoryTree | None = None,
    *,
    only_indicator: int | None = None,
    territories: set[int] | None = None,
    stored: dict[tuple[int, int], outcomes.IndicatorOutcome] | None = None,
) -> EngagementComputation:
    """Results of one engagement, as of ``today``: load its inputs, compute with the rules, return typed results
    (``engagements.recompute`` stores them).

    By default every indicator on every territory. With ``only_indicator``, only that indicator's figures are
    rolled up again; the other indicators' results come from ``stored`` (their latest snapshots, keyed by
    (indicator pk, territory pk)). With ``territories``, only those territories are evaluated (and their rows
    returned): the ancestor chain of a changed value and the siblings whose median flag it moves.
    """
    tree = tree or TerritoryTree.load()
    inputs = load_engagement_inputs(engagement_id, today, tree, only_indicator)
    evaluated = set(tree.post_order) if territories is None else set(territories)
    indicator_rows, per_territory, value_refs = _indicator_outcomes(inputs, tree, evaluated, stored)
    _stamp_values(value_refs)
    return EngagementComputation(
        engagement=inputs.engagement,
        today=today,
        indicator_rows=indicator_rows,
        engagement_rows=_engagement_outcomes(inputs, tree, evaluated, per_territory, today),
        evaluated=evaluated,
    )


def sibling_flags(rows: list[outcomes.EngagementOutcome], tree: TerritoryTree, percents: dict[int, float | None]):
    """Flag the rows more than 10 points below their siblings' median; ``percents`` knows every territory's
    percent (the rows' and, for a partial recompute, the stored ones)."""
    for row in rows:
        parent_id = tree.parent.get(row.territory_id)
        siblings = (
            [
                percents[s]
                for s in tree.children.get(parent_id, [])
                if s != row.territory_id and percents.get(s) is not None
            ]
            if parent_id is not None
            else []
        )
        flag = "sous_la_mediane_des_territoires_voisins"
        if progress.below_sibling_median(row.percent, siblings):  # type: ignore[arg-type]
            if flag not in row.flags:
                row.flags.append(flag)
        elif flag in row.flags:
            row.flags.remove(flag)


def last_periods(engagement_ids: list[int] | None = None):
    """Last published period of every indicator × territory (the input of the freshness rule), one query."""
    rows = IndicatorValue.objects.published()
    if engagement_ids is not None:
        rows = rows.filter(indicator__engagement__in=engagement_ids)
    return rows.values("indicator_id", "territory_id").annotate(last=Max("period"))


def pilots() -> dict[int, int]:
    return dict(
        EngagementPartner.objects.filter(role=EngagementPartner.Role.PILOT).values_list(
            "engagement_id", "organisation_id"
        )
    )
