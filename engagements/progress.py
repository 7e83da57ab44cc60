"""The rules of DESIGN §4 (version 2) as plain functions: no database, no Django models, only numbers and dates
(and the weather scale, an enum that the models reuse as their choices).

Every function here is deterministic, so that a figure recomputed from the same inputs is the same figure, and so
that each rule can be tested with hand-computed expectations. The engine (``engagements/engine.py``) loads the rows,
calls these functions and stores what they return; every public surface reads the engine's output.

Conventions: a *period* is the first day of the month it covers; values are floats (converted from the database's
decimals once, on the way in); attainment and gaps are in points (0–100).
"""

from __future__ import annotations

import bisect
import calendar
import datetime
import math
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from django.db.models import TextChoices

RULES_VERSION = "2026.12-2"

# Thresholds of the computed weather, in points of gap to the trajectory (DESIGN §4).
ORAGE_BELOW = -20.0
NUAGE_BELOW = -10.0
COUVERT_BELOW = 0.0
SIBLING_GAP_POINTS = 10.0
DISCREPANCY_RATIO = 0.05
MIN_TREND_PERIODS = 3
TREND_PERIODS = 6

LEVELS = {"stock", "ratio"}  # a level stays true until the next one is due: it may be carried forward


class Weather(TextChoices):
    """The State's four-level steering scale (PILOTE), plus the two states without a judgement (DESIGN §4).

    The one definition of the scale: the models' choices, the rules below, the pages' badges
    (``engagements.templatetags.figures``) and the explanations all read it.
    """

    SOLEIL = "soleil", "Objectifs sécurisés"
    COUVERT = "couvert", "Objectifs atteignables"
    NUAGE = "nuage", "Appuis nécessaires"
    ORAGE = "orage", "Objectifs compromis"
    NON_RENSEIGNEE = "non_renseignee", "Non renseignée"
    NON_NECESSAIRE = "non_necessaire", "Non nécessaire"


# Plain strings (the values), so that what the rules return is stored and serialised exactly as before.
JUDGEMENTS = tuple(w.value for w in (Weather.SOLEIL, Weather.COUVERT, Weather.NUAGE, Weather.ORAGE))  # best first
SEVERITY = {weather: rank for rank, weather in enumerate(JUDGEMENTS)}
ON_TRACK = frozenset({Weather.SOLEIL.value, Weather.COUVERT.value})  # « objectifs sécurisés ou atteignables »

# Coverage of a value at a parent territory.
COMPLETE, CARRIED, PARTIAL = "complete", "carried", "partial"
HEADLINE_STATUSES = {None, COMPLETE, CARRIED}  # None: a value reported as such, not rolled up

MONTHS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def fr(number: float, decimals: int | None = None) -> str:
    """A number as French readers write it: decimal comma, narrow no-break space between thousands, at most four
    significant decimals."""
    if decimals is not None:
        text = f"{number:,.{decimals}f}"
    else:
        text = f"{number:,.4f}".rstrip("0").rstrip(".")
    return text.replace(",", "\u202f").replace(".", ",").replace("-", "−")


def month_fr(period: datetime.date) -> str:
    """« octobre 2026 »."""
    return f"{MONTHS_FR[period.month - 1]} {period.year}"


def of_month_fr(period: datetime.date) -> str:
    """« d'octobre 2026 », « de mars 2026 »: the French elision before a vowel."""
    name = month_fr(period)
    return f"d'{name}" if name[0] in "aeiouyéè" else f"de {name}"


# --- Dates -----------------------------------------------------------------------------------------------------


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The first day of the month ``months`` after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def months_between(start: datetime.date, end: datetime.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month


def period_end(period: datetime.date) -> datetime.date:
    """Last day of the month ``period`` starts."""
    return period.replace(day=calendar.monthrange(period.year, period.month)[1])


def next_due(last_period: datetime.date, frequency: int, delay_days: int) -> datetime.date:
    """When the value after ``last_period`` is due: end of the last period + the frequency + the publication delay
    (DESIGN §4 « Freshness »)."""
    return period_end(add_months(last_period, frequency)) + datetime.timedelta(days=delay_days)


# --- Measures --------------------------------------------------------------------------------------------------


def ytd_to_flows(series: Mapping[datetime.date, float], frequency: int = 1) -> dict[datetime.date, float]:
    """Turn one territory's year-to-date series into per-period flows.

    The first period of a year is its own flow; any other period is the difference with the previous period of the
    same year, when that one is known (otherwise the flow of that period cannot be told, and is left out).
    """
    flows: dict[datetime.date, float] = {}
    for period, value in sorted(series.items()):
        previous = add_months(period, -frequency)
        if period.month <= frequency:
            flows[period] = value
        elif previous.year == period.year and previous in series:
            flows[period] = value - series[previous]
    return flows


# --- Aggregation -----------------------------------------------------------------------------------------------

SUM = "somme"
WEIGHTED = "moyenne pondérée par les bases"
PLAIN = "moyenne simple"


@dataclass(frozen=True, slots=True)
class Aggregate:
    value: float
    base: float | None
    method: str  # SUM, WEIGHTED or PLAIN


def aggregate(items: Sequence[tuple[float, float | None]], aggregation: str) -> Aggregate | None:
    """Combine children's (value, base) pairs.

    ``sum`` adds values (and bases when every child has one). ``mean`` is the mean weighted by the bases when every
    child has a base: a child whose base is 0 weighs 0 (it had no case); without every base, or when no base is
    above 0, it is a plain mean, and says so. When every base is 0 the base of the result stays 0 (known, not
    absent), so that one level up this territory weighs 0 instead of turning its parent's mean plain.
    ``none`` never combines.
    """
    if not items or aggregation == "none":
        return None
    values = sum(v for v, _ in items)
    every_base = all(base is not None for _, base in items)
    if aggregation == "sum":
        return Aggregate(values, sum(b for _, b in items) if every_base else None, SUM)  # type: ignore[misc]
    if every_base:
        total = sum(base for _, base in items)  # type: ignore[misc]
        if total > 0:
            return Aggregate(sum(v * b for v, b in items if b) / total, total, WEIGHTED)  # type: ignore[operator]
        return Aggregate(values / len(items), total, PLAIN)
    return Aggregate(values / len(items), None, PLAIN)


# --- Targets ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Trajectory:
    """Baseline, intermediate targets and final target: the expected value lies on the line through them."""

    points: tuple[tuple[datetime.date, float], ...]  # sorted by date; first = baseline, last = final target
    weighting: str = ""  # how a rolled-up reference combines its children (SUM, WEIGHTED, PLAIN), "" for own

    @property
    def baseline_on(self) -> datetime.date:
        return self.points[0][0]

    @property
    def baseline(self) -> float:
        return self.points[0][1]

    @property
    def target_on(self) -> datetime.date:
        return self.points[-1][0]

    @property
    def target(self) -> float:
        return self.points[-1][1]

    def expected_at(self, day: datetime.date) -> float:
        points = self.points
        if day <= points[0][0]:
            return points[0][1]
        for (d0, v0), (d1, v1) in zip(points, points[1:], strict=False):
            if day <= d1:
                span = (d1 - d0).days
                return v1 if span == 0 else v0 + (v1 - v0) * (day - d0).days / span
        return points[-1][1]

    @classmethod
    def build(
        cls,
        baseline_on: datetime.date,
        baseline: float,
        target_on: datetime.date,
        target: float,
        intermediates: Iterable[tuple[datetime.date, float]] = (),
    ) -> Trajectory:
        middle = sorted((d, v) for d, v in intermediates if baseline_on < d < target_on)
        return cls(((baseline_on, baseline), *middle, (target_on, target)))


def roll_up_trajectories(children: Sequence[tuple[Trajectory, float | None]], aggregation: str) -> Trajectory | None:
    """The reference of a set of children: at every date any child's trajectory has a point, the aggregate of
    every child's expected value.

    For a mean, each child weighs its *base at its baseline period* (fixed weights, given with the trajectory), so
    that the reference does not drift from month to month; without every such base, a plain mean (stated).
    """
    if not children or aggregation == "none":
        return None
    dates = sorted({d for trajectory, _ in children for d, _ in trajectory.points})
    points = []
    method = SUM
    for day in dates:
        combined = aggregate([(t.expected_at(day), weight) for t, weight in children], aggregation)
        points.append((day, combined.value))  # type: ignore[union-attr]
        method = combined.method  # type: ignore[union-attr]
    return Trajectory(tuple(points), weighting=method)


def attainment(current: float, baseline: float, target: float, direction: str) -> float:
    """(current − baseline) / (target − baseline), in points, clamped to 0–100.

    Works whichever way the target lies; when the target equals the baseline, it is 100 once reached (at or beyond
    the target in the indicator's direction) and 0 otherwise.
    """
    if target == baseline:
        reached = current >= target if direction == "up" else current <= target
        return 100.0 if reached else 0.0
    share = (current - baseline) / (target - baseline) * 100
    return max(0.0, min(100.0, share))


# --- Figures: values at every territory, rolled up like for like -------------------------------------------------


@dataclass(slots=True)  # not frozen: a frozen dataclass is several times slower to build, and we build many
class Figure:
    """The value of an indicator on a territory for a period: reported as such, or rolled up from the children.

    ``status`` is None for a reported value; for a rolled-up one, ``complete`` (every child that reports the
    indicator has a value for this very period and is itself complete), ``carried`` (complete only thanks to levels
    carried forward, listed in ``carried``) or ``partial`` (``missing`` names the absent territories). ``trajectory``
    is the reference of exactly the territories present in the value (like for like). ``sources`` are the
    territories whose own values of this very period the figure rests on (carried values excluded).
    """

    period: datetime.date
    value: float
    base: float | None = None
    computed: bool = False
    status: str | None = None
    covered: int = 1
    total: int = 1
    missing: tuple[str, ...] = ()
    carried: tuple[tuple[str, datetime.date], ...] = ()
    method: str = "valeur déclarée"
    trajectory: Trajectory | None = None
    other: float | None = None  # the value of the source that does not count at this level, shown beside
    other_complete: bool = False
    discrepancy: bool = False
    sources: frozenset[str] = frozenset()
    demonstration: bool = False
    provisional: bool = False  # partial and later than the series' headline: set by mark_provisional()

    @property
    def coverage(self) -> str | None:
        return f"{self.covered}/{self.total}" if self.computed else None

    @property
    def headline_eligible(self) -> bool:
        return self.status in HEADLINE_STATUSES


# A territory's figures by period, always in ascending order of period (dicts keep their insertion order): every
# function that builds a series inserts in that order, so that readers never sort.
Series = dict[datetime.date, Figure]


@dataclass(frozen=True, slots=True)
class IndicatorRules:
    """What the roll-up needs to know of an indicator."""

    aggregation: str
    measure: str
    frequency: int
    delay_days: int
    direction: str = "up"
    parent_source: str = "computed"


def reported_series(
    code: str,
    values: Iterable[tuple[datetime.date, float, float | None, bool]],
    rules: IndicatorRules,
    trajectory: Trajectory | None,
) -> Series:
    """A territory's own values, (period, value, base, demonstration) in any order, as figures; a year-to-date
    series becomes per-period flows first (child by child, before any roll-up: a month whose previous month is
    missing gives no flow)."""
    rows = sorted(values)  # by period: a territory has one value per period, so later items never decide
    if rules.measure == "ytd":
        flows = ytd_to_flows({p: v for p, v, _, _ in rows}, rules.frequency)
        rows = [(p, flows[p], b, d) for p, _, b, d in rows if p in flows]
    sources = frozenset((code,))
    label = "valeur déclarée"
    # Positional: this builds one object per published value (260 000 at national scale).
    return {
        period: Figure(
            period, value, base, False, None, 1, 1, (), (), label, trajectory, None, False, False, sources, demo
        )
        for period, value, base, demo in rows
    }


_MISSING = object()


def roll_up(children: Mapping[str, Series], rules: IndicatorRules, own_trajectory: Trajectory | None = None) -> Series:
    """Roll the series of the children that report the indicator up to their parent, period by period.

    ``children`` holds every child that reports the indicator (one with a target or any value), even with an empty
    series: it then counts as missing. A child without a value for a period contributes its latest earlier value
    when that value is a level (stock, ratio) whose successor is not yet due at the end of the period: it is
    *carried forward*. The reference (baseline, intermediate targets, target) is rolled up over exactly the children
    present in the value. ``own_trajectory`` is the parent's own target, used for complete and carried periods.

    This loop runs for every child of every parent at every period, hundreds of thousands of times at national
    scale: the aggregation of :func:`aggregate` is inlined, and references and source sets are memoised by the
    identity of their parts (the complete periods of a territory share one of each).
    """
    if rules.aggregation == "none" or not children:
        return {}
    total = len(children)
    codes = sorted(children)
    carry = rules.measure in LEVELS
    members = [(code, children[code], list(children[code]) if carry else None) for code in codes]
    periods = sorted({period for code in codes for period in children[code]})
    is_sum = rules.aggregation == "sum"
    references: dict[tuple, Trajectory | None] = {}
    source_unions: dict[tuple, frozenset[str]] = {}
    result: Series = {}
    for period in periods:
        count = 0
        sum_values = sum_bases = sum_products = 0.0
        every_base = has_trajectories = True
        trajectories: list[Trajectory] = []
        present: list[tuple[str, Series]] = []
        source_sets: list[frozenset[str]] = []
        missing: list[str] = []
        carried: list[tuple[str, datetime.date]] = []
        partial = demo = False
        period_close = None
        for code, series, earlier in members:
            figure = series.get(period)
            if figure is None:
                if earlier:
                    index = bisect.bisect_left(earlier, period)
                    if index:
                        candidate = series[earlier[index - 1]]
                        period_close = period_close or period_end(period)
                        if period_close < next_due(candidate.period, rules.frequency, rules.delay_days):
                            figure = candidate
                            carried.append((code, candidate.period))
                if figure is None:
                    missing.append(code)
                    continue
            else:
                source_sets.append(figure.sources)
            count += 1
            value = figure.value
            sum_values += value
            base = figure.base
            if base is None:
                every_base = False
            else:
                sum_bases += base
                if base:
                    sum_products += value * base
            if figure.demonstration:
                demo = True
            if figure.status == PARTIAL:
                partial = True
                missing.extend(figure.missing)
            if figure.carried:
                carried.extend(figure.carried)
            if has_trajectories:
                trajectory = figure.trajectory
                if trajectory is None:
                    has_trajectories = False
                else:
                    trajectories.append(trajectory)
                    present.append((code, series))
        if not count:
            continue
        if is_sum:
            value, base, method = sum_values, (sum_bases if every_base else None), SUM
        elif every_base and sum_bases > 0:
            value, base, method = sum_products / sum_bases, sum_bases, WEIGHTED
        else:  # every base 0 (no case at all): the base stays 0, so that one level up this territory weighs 0
            value, base, method = sum_values / count, (sum_bases if every_base else None), PLAIN
        state = PARTIAL if missing or partial else CARRIED if carried else COMPLETE
        if own_trajectory is not None and state != PARTIAL:
            reference = own_trajectory
        elif has_trajectories:
            key = tuple(map(id, trajectories))
            reference = references.get(key, _MISSING)  # type: ignore[arg-type]
            if reference is _MISSING:
                parts = [
                    (trajectory, None if is_sum else _baseline_base(series, trajectory))
                    for trajectory, (_, series) in zip(trajectories, present, strict=True)
                ]
                reference = references[key] = roll_up_trajectories(parts, rules.aggregation)
        else:
            reference = None
        source_key = tuple(map(id, source_sets))
        sources = source_unions.get(source_key)
        if sources is None:
            sources = source_unions[source_key] = frozenset().union(*source_sets)
        result[period] = Figure(
            period,
            value,
            base,
            True,
            state,
            count,
            total,
            tuple(sorted(set(missing))) if missing else (),
            tuple(sorted(set(carried))) if carried else (),
            method,
            reference,
            None,
            False,
            False,
            sources,
            demo,
        )
    mark_provisional(result)
    return result


def _baseline_base(series: Series, trajectory: Trajectory) -> float | None:
    """A child's weight in a rolled-up ratio reference: its base at the period of its baseline (fixed weights)."""
    figure = series.get(trajectory.baseline_on.replace(day=1))
    return None if figure is None else figure.base


def choose_source(computed: Series, reported: Series, parent_source: str) -> Series:
    """At a parent level, keep the source the indicator says counts, show the other beside it, and flag a gap of
    more than 5 % between them — compared only on a period where the roll-up is complete.

    The kept figures are completed in place: both series were built for this territory alone.
    """
    if not computed:
        return dict(reported)
    if not reported:
        return computed
    result: Series = {}
    keep_reported = parent_source == "reported"
    for period in sorted(set(computed) | set(reported)):
        c, r = computed.get(period), reported.get(period)
        if c is not None and r is not None:
            kept, other = (r, c) if keep_reported else (c, r)
            comparable = c.status == COMPLETE
            kept.other = other.value
            kept.other_complete = comparable
            kept.discrepancy = comparable and (
                abs(r.value - c.value) > DISCREPANCY_RATIO * abs(c.value) if c.value else r.value != 0
            )
            kept.demonstration = c.demonstration or r.demonstration
            result[period] = kept
        else:
            result[period] = c if c is not None else r  # type: ignore[assignment]
    mark_provisional(result)
    return result


def headline(series: Series) -> Figure | None:
    """The latest period that is complete, carried, or reported as such: later partial periods are *provisoire*."""
    for figure in reversed(series.values()):
        if figure.headline_eligible:
            return figure
    return None


def mark_provisional(series: Series) -> None:
    """Label *provisoire* the partial periods later than the headline (all of them when there is none). An earlier
    partial period is history, not a figure waiting for late values: it is not provisional."""
    current = headline(series)
    for period, figure in series.items():
        figure.provisional = figure.status == PARTIAL and (current is None or period > current.period)


# --- Trend and projection ------------------------------------------------------------------------------------


def slope(points: Sequence[tuple[int, float]]) -> float | None:
    """Least-squares slope of (month index, value) points, per month; None under three points."""
    n = len(points)
    if n < MIN_TREND_PERIODS:
        return None
    mean_x = math.fsum(x for x, _ in points) / n
    mean_y = math.fsum(y for _, y in points) / n
    denominator = math.fsum((x - mean_x) ** 2 for x, _ in points)
    if not denominator:
        return None
    return math.fsum((x - mean_x) * (y - mean_y) for x, y in points) / denominator


@dataclass(frozen=True, slots=True)
class Trend:
    slope: float  # per month
    periods: tuple[datetime.date, ...]
    territories: tuple[str, ...]  # the reporting territories present in every period (like for like)
    values: tuple[float, ...]  # the series the slope is fitted on


def trend(
    series: Series,
    at: Figure,
    *,
    aggregation: str,
    source_series: Mapping[str, Series],
) -> Trend | None:
    """The slope over the last periods up to ``at`` (at most six, at least three), computed on the reporting
    territories present in all of them, so that a period with fewer reporters does not read as a fall.

    ``source_series`` gives each reporting territory's own figures (for the restriction to the common ones).
    """
    window = [p for p in series if p <= at.period][-TREND_PERIODS:]
    if len(window) < MIN_TREND_PERIODS:
        return None
    figures = [series[p] for p in window]
    first = figures[0].sources
    if all(f.sources is first for f in figures):
        # The usual case: the same reporters throughout (memoised, so the very same set).
        common, same = first, True
    else:
        common = frozenset.intersection(*(f.sources for f in figures))
        same = all(f.sources == common for f in figures)
    if not common:
        return None
    if same and not any(f.carried for f in figures):
        # The published values rest on exactly these territories' own values: they are the series. A carried
        # level is not a value of that period: with one, the series is rebuilt from the common territories.
        values = [f.value for f in figures]
    else:
        values = []
        for period in window:
            combined = aggregate(
                [(source_series[c][period].value, source_series[c][period].base) for c in sorted(common)],
                aggregation if aggregation != "none" else "sum",
            )
            values.append(combined.value)  # type: ignore[union-attr]
    origin = window[0]
    fitted = slope([(months_between(origin, p), v) for p, v in zip(window, values, strict=True)])
    if fitted is None:
        return None
    return Trend(fitted, tuple(window), tuple(sorted(common)), tuple(values))


def projected_period(
    current: float, at: datetime.date, per_month: float, trajectory: Trajectory, direction: str
) -> datetime.date | None:
    """Where the trend, continued from the current value, meets the target: the first period it is reached, or
    None (« pas avant l'échéance ») when it does not get there by the target's date."""
    target = trajectory.target
    reached = current >= target if direction == "up" else current <= target
    if reached:
        return at
    if per_month == 0 or (per_month > 0) != (direction == "up"):
        return None
    # Less a hair: a quotient that is a whole number of months up to float noise (2.1 / 0.3 = 7.000000000000001)
    # must not be pushed to the next month.
    months = math.ceil(abs(target - current) / abs(per_month) - 1e-9)
    if months > months_between(at, trajectory.target_on):
        return None
    return add_months(at, months)


# --- Weather -------------------------------------------------------------------------------------------------


def weather_from_gap(gap: float | None) -> str:
    """The State's four levels from a gap to trajectory, in points."""
    if gap is None:
        return Weather.NON_RENSEIGNEE.value
    if gap < ORAGE_BELOW:
        return Weather.ORAGE.value
    if gap < NUAGE_BELOW:
        return Weather.NUAGE.value
    if gap < COUVERT_BELOW:
        return Weather.COUVERT.value
    return Weather.SOLEIL.value


# --- Indicator and engagement results --------------------------------------------------------------------------


@dataclass
class IndicatorResult:
    """One indicator on one territory, at its headline period."""

    code: str
    weight: float
    counted: bool  # weight > 0
    current: Figure | None = None  # the headline figure
    provisional: tuple[Figure, ...] = ()  # later partial periods, shown but never driving anything
    attainment: float | None = None
    expected: float | None = None
    gap: float | None = None
    weather: str = Weather.NON_RENSEIGNEE.value
    trend: Trend | None = None
    falling: bool = False
    projected: datetime.date | None = None
    reason: str = ""  # why there is no attainment, in French

    @property
    def computable(self) -> bool:
        return self.attainment is not None

    @property
    def period(self) -> datetime.date | None:
        return self.current.period if self.current else None


def evaluate_indicator(
    *,
    code: str,
    weight: float,
    direction: str,
    aggregation: str,
    series: Series,
    source_series: Mapping[str, Series],
) -> IndicatorResult:
    """Attainment, gap to trajectory, weather, trend and projection of one indicator on one territory, all taken at
    its headline period (DESIGN §4)."""
    result = IndicatorResult(code=code, weight=weight, counted=weight > 0)
    if not series:
        result.reason = "aucune valeur"
        return result
    current = headline(series)
    if current is None:
        result.provisional = tuple(series.values())
        result.reason = "aucune période complète"
        return result
    result.current = current
    result.provisional = tuple(f for p, f in series.items() if p > current.period)
    result.trend = trend(series, current, aggregation=aggregation, source_series=source_series)
    if result.trend is not None:
        result.falling = result.trend.slope < 0 if direction == "up" else result.trend.slope > 0
    trajectory = current.trajectory
    if trajectory is None:
        result.reason = "pas de cible"
        return result
    day = period_end(current.period)
    result.attainment = attainment(current.value, trajectory.baseline, trajectory.target, direction)
    result.expected = attainment(trajectory.expected_at(day), trajectory.baseline, trajectory.target, direction)
    result.gap = result.attainment - result.expected
    result.weather = weather_from_gap(result.gap)
    if result.trend is not None:
        result.projected = projected_period(current.value, current.period, result.trend.slope, trajectory, direction)
    return result


@dataclass(frozen=True, slots=True)
class MilestoneState:
    title: str
    weight: float
    done: bool
    overdue: bool
    due_on: datetime.date | None = None
    demonstration: bool = False


def milestone_completion(milestones: Sequence[MilestoneState]) -> float | None:
    total = math.fsum(m.weight for m in milestones)
    if not total:
        return None
    return math.fsum(m.weight for m in milestones if m.done) / total * 100


def weighted_mean(pairs: Iterable[tuple[float, float]]) -> float | None:
    pairs = [(value, weight) for value, weight in pairs if weight > 0]
    total = math.fsum(weight for _, weight in pairs)
    if not total:
        return None
    return math.fsum(value * weight for value, weight in pairs) / total


MILESTONES_WEIGHT = 1.0  # the milestones, together, weigh as much as one indicator of weight 1


@dataclass
class EngagementResult:
    percent: float | None
    counted: int  # indicators with a weight
    computable: int  # of which with an attainment
    milestone_percent: float | None
    gap: float | None
    weather_computed: str
    alerts: list[str] = field(default_factory=list)  # codes of indicators in orage inside an engagement that is not
    flags: list[str] = field(default_factory=list)
    data_period: datetime.date | None = None  # latest headline period of the indicators it rests on
    data_period_start: datetime.date | None = None  # earliest


def evaluate_engagement(
    indicators: Sequence[IndicatorResult],
    milestones: Sequence[MilestoneState],
    *,
    declared_weather: str,
    declared_on: datetime.date | None,
    update_frequency: int,
    late: bool,
    today: datetime.date,
) -> EngagementResult:
    """Engagement progress on a territory: the weighted mean of its counted indicators' attainment and of the
    completion of the milestones set on this territory; the computed weather from the weighted mean gap; flags.

    ``milestones`` are only those that belong to this territory (they count nowhere else). With no indicator value
    and no milestone of its own, a territory has no computed progress.
    """
    counted = [i for i in indicators if i.counted]
    computable = [i for i in counted if i.computable]
    milestone_percent = milestone_completion(milestones)
    inputs = [(i.attainment, i.weight) for i in computable]
    if milestone_percent is not None:
        inputs.append((milestone_percent, MILESTONES_WEIGHT))
    percent = weighted_mean(inputs)  # type: ignore[arg-type]
    gap = weighted_mean((i.gap, i.weight) for i in computable)  # type: ignore[misc]
    overdue_milestone = any(m.overdue for m in milestones)
    weather = Weather.ORAGE.value if overdue_milestone else weather_from_gap(gap)
    if percent is None and not overdue_milestone:
        weather = Weather.NON_RENSEIGNEE.value
    alerts = [i.code for i in computable if i.weather == Weather.ORAGE and weather != Weather.ORAGE]
    periods = [i.period for i in computable if i.period is not None]
    flags = []
    if overdue_milestone:
        flags.append("jalon_en_retard")
    if alerts:
        flags.append("indicateur_en_alerte")
    if declared_weather in JUDGEMENTS and weather in JUDGEMENTS and declared_weather != weather:
        flags.append("meteo_divergente")
    if declared_on is not None and today > period_end(add_months(declared_on, update_frequency)):
        flags.append("meteo_perimee")
    if any(i.falling for i in computable):
        flags.append("tendance_defavorable")
    if late:
        flags.append("mise_a_jour_en_retard")
    if any(i.current is not None and i.current.discrepancy for i in counted):
        flags.append("ecart_entre_sources")
    return EngagementResult(
        percent=percent,
        counted=len(counted),
        computable=len(computable),
        milestone_percent=milestone_percent,
        gap=gap,
        weather_computed=weather,
        alerts=alerts,
        flags=flags,
        data_period=max(periods, default=None),
        data_period_start=min(periods, default=None),
    )


def below_sibling_median(value: float | None, siblings: Sequence[float]) -> bool:
    """More than 10 points below the median of the sibling territories (the territory itself excluded)."""
    if value is None or not siblings:
        return False
    return value < statistics.median(siblings) - SIBLING_GAP_POINTS


def median_weather(weathers: Iterable[str]) -> str:
    """The median of judged weathers (the more favourable of the two middle ones), « non renseignée » if none."""
    judged = sorted(SEVERITY[w] for w in weathers if w in SEVERITY)
    if not judged:
        return Weather.NON_RENSEIGNEE.value
    return JUDGEMENTS[judged[(len(judged) - 1) // 2]]


@dataclass
class Summary:
    """Theme or overall progress: the mean of the engagements' computed progress (equal weights), with the median,
    the spread and the distribution of the computed weather beside it."""

    percent: float | None
    median: float | None
    minimum: float | None
    maximum: float | None
    counted: int
    total: int
    distribution: dict[str, int]
    weather_computed: str
    data_period: datetime.date | None
    data_period_start: datetime.date | None


def summarise(items: Sequence[tuple[float | None, str, datetime.date | None, datetime.date | None]]) -> Summary:
    """``items``: (percent, computed weather, data period start, data period) of each engagement."""
    known = [p for p, _, _, _ in items if p is not None]
    distribution: dict[str, int] = {}
    for percent, weather, _, _ in items:
        if percent is not None or weather in SEVERITY:
            distribution[weather] = distribution.get(weather, 0) + 1
    starts = [s for p, _, s, _ in items if p is not None and s is not None]
    ends = [e for p, _, _, e in items if p is not None and e is not None]
    return Summary(
        percent=statistics.fmean(known) if known else None,
        median=statistics.median(known) if known else None,
        minimum=min(known) if known else None,
        maximum=max(known) if known else None,
        counted=len(known),
        total=len(items),
        distribution=dict(sorted(distribution.items(), key=lambda kv: SEVERITY.get(kv[0], 9))),
        weather_computed=median_weather(w for p, w, _, _ in items if p is not None),
        data_period=max(ends, default=None),
        data_period_start=min(starts, default=None),
    )
