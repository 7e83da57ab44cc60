"""The rules of DESIGN §4 as plain functions: no database, no Django models, only numbers and dates.

Every function here is deterministic, so that a figure recomputed from the same inputs is the same figure, and
so that each rule can be tested with hand-computed expectations. The engine (``engagements/engine.py``) loads the
rows, calls these functions and stores what they return, with the inputs, in snapshots.

Conventions: a *period* is the first day of the month it covers; values are floats (converted from the
database's decimals once, on the way in); attainment and gaps are in points (0–100).
"""

from __future__ import annotations

import calendar
import datetime
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

RULES_VERSION = "2026.11-1"

# Thresholds of the computed weather, in points of gap to the trajectory (DESIGN §4).
ORAGE_BELOW = -20.0
NUAGE_BELOW = -10.0
COUVERT_BELOW = 0.0
SIBLING_GAP_POINTS = 10.0
DISCREPANCY_RATIO = 0.05
MIN_TREND_PERIODS = 3
TREND_PERIODS = 6

LEVELS = {"stock", "ratio"}  # a level stays true until the next one: it may be carried forward
JUDGEMENTS = ("soleil", "couvert", "nuage", "orage")


def fr(number: float, decimals: int | None = None) -> str:
    """A number as French readers write it: decimal comma, at most four significant decimals."""
    text = f"{number:.{decimals}f}" if decimals is not None else f"{number:.4f}".rstrip("0").rstrip(".")
    return text.replace("-", "−").replace(".", ",")


# --- Dates -----------------------------------------------------------------------------------------------------


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The first day of the month ``months`` after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def months_between(start: datetime.date, end: datetime.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month


def period_end(period: datetime.date) -> datetime.date:
    """Last day of the month ``period`` starts."""
    return add_months(period, 1) - datetime.timedelta(days=1)


def next_due(last_period: datetime.date, frequency: int, delay_days: int) -> datetime.date:
    """When the value after ``last_period`` is due: end of the last period + the frequency + the publication delay."""
    end = period_end(last_period)
    shifted = add_months(end.replace(day=1), frequency)
    shifted_end = shifted.replace(day=calendar.monthrange(shifted.year, shifted.month)[1])
    return shifted_end + datetime.timedelta(days=delay_days)


# --- Measures --------------------------------------------------------------------------------------------------


def ytd_to_flows(series: Mapping[datetime.date, float], frequency: int = 1) -> dict[datetime.date, float]:
    """Turn a year-to-date series into per-period flows.

    The first period of a year is its own flow; any other period is the difference with the previous period of
    the same year, when that one is known (otherwise the flow of that period cannot be told, and is left out).
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


@dataclass(frozen=True)
class Aggregate:
    value: float
    base: float | None
    method: str  # "somme", "moyenne pondérée par les bases", "moyenne simple"


def aggregate(items: Sequence[tuple[float, float | None]], aggregation: str) -> Aggregate | None:
    """Combine children's (value, base) pairs. ``none`` never combines; a ratio without every base falls back
    to a plain mean, and says so."""
    if not items or aggregation == "none":
        return None
    values = [v for v, _ in items]
    bases = [b for _, b in items if b is not None and b > 0]
    if aggregation == "sum":
        return Aggregate(sum(values), sum(bases) if len(bases) == len(items) else None, "somme")
    if len(bases) == len(items):
        total = sum(bases)
        return Aggregate(sum(v * b for v, b in items) / total, total, "moyenne pondérée par les bases")
    return Aggregate(sum(values) / len(values), None, "moyenne simple")


@dataclass(slots=True)  # not frozen: a frozen dataclass is several times slower to build, and we build many
class Cell:
    """A value of an indicator on a territory for a period, reported or rolled up."""

    value: float
    base: float | None = None
    computed: bool = False
    covered: int = 1
    total: int = 1
    method: str = "valeur déclarée"
    carried: tuple[str, ...] = ()  # children whose earlier value was carried forward
    other: float | None = None  # the value of the source that does not count, shown beside
    discrepancy: bool = False

    @property
    def complete(self) -> bool:
        return self.covered == self.total

    @property
    def coverage(self) -> str:
        return f"{self.covered}/{self.total}"


Series = dict[datetime.date, Cell]


def roll_up(
    children: Mapping[str, Series],
    *,
    aggregation: str,
    measure: str,
    frequency: int,
    delay_days: int,
) -> Series:
    """Roll children's series up to their parent, period by period, aligned on the same period.

    A child without a value for a period contributes its latest earlier value when that value is a level
    (stock, ratio) whose successor is not yet due at the end of the period: it is *carried forward*, and the cell
    says so. Coverage is the number of children that contribute over the number of children.
    """
    if aggregation == "none" or not children:
        return {}
    total = len(children)
    periods = sorted({period for series in children.values() for period in series})
    ordered = {code: sorted(series) for code, series in children.items()}
    result: Series = {}
    for period in periods:
        items: list[tuple[float, float | None]] = []
        carried: list[str] = []
        for code, series in children.items():
            cell = series.get(period)
            if cell is None and measure in LEVELS:
                earlier = [p for p in ordered[code] if p < period]
                if earlier and period_end(period) < next_due(earlier[-1], frequency, delay_days):
                    cell = series[earlier[-1]]
                    carried.append(code)
            if cell is not None:
                items.append((cell.value, cell.base))
        combined = aggregate(items, aggregation)
        if combined is None:
            continue
        result[period] = Cell(
            value=combined.value,
            base=combined.base,
            computed=True,
            covered=len(items),
            total=total,
            method=combined.method,
            carried=tuple(sorted(carried)),
        )
    return result


def choose_source(computed: Series, reported: Series, parent_source: str) -> Series:
    """At a parent level, keep the source the indicator says counts, show the other beside it, and flag a gap of
    more than 5 % between them."""
    result: Series = {}
    for period in sorted(set(computed) | set(reported)):
        c, r = computed.get(period), reported.get(period)
        if c is not None and r is not None:
            gap = abs(r.value - c.value) > DISCREPANCY_RATIO * abs(c.value) if c.value else r.value != 0
            kept, other = (r, c) if parent_source == "reported" else (c, r)
            result[period] = Cell(
                value=kept.value,
                base=kept.base,
                computed=kept.computed,
                covered=kept.covered,
                total=kept.total,
                method=kept.method,
                carried=kept.carried,
                other=other.value,
                discrepancy=gap,
            )
        else:
            result[period] = c if c is not None else r  # type: ignore[assignment]
    return result


# --- Targets ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Trajectory:
    """Baseline, intermediate targets and final target: the expected value lies on the line through them."""

    points: tuple[tuple[datetime.date, float], ...]  # sorted by date; first = baseline, last = final target

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
        if day <= self.points[0][0]:
            return self.points[0][1]
        for (d0, v0), (d1, v1) in zip(self.points, self.points[1:], strict=False):
            if day <= d1:
                span = (d1 - d0).days
                return v1 if span == 0 else v0 + (v1 - v0) * (day - d0).days / span
        return self.points[-1][1]

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
    """The parent's trajectory: at every date any child's trajectory has a point, the aggregate of every child's
    expected value (bases, when all are given, weight a mean). None unless every child has a trajectory."""
    if not children or aggregation == "none":
        return None
    dates = sorted({d for trajectory, _ in children for d, _ in trajectory.points})
    points = []
    for day in dates:
        combined = aggregate([(t.expected_at(day), base) for t, base in children], aggregation)
        points.append((day, combined.value))  # type: ignore[union-attr]
    return Trajectory(tuple(points))


def attainment(current: float, baseline: float, target: float, direction: str) -> float:
    """(current − baseline) / (target − baseline), in points, clamped to 0–100.

    Works whichever way the target lies; when the target equals the baseline, it is 100 once reached (at or
    beyond the target in the indicator's direction) and 0 otherwise.
    """
    if target == baseline:
        reached = current >= target if direction == "up" else current <= target
        return 100.0 if reached else 0.0
    share = (current - baseline) / (target - baseline) * 100
    return max(0.0, min(100.0, share))


def trend_slope(values: Sequence[float]) -> float | None:
    """Least-squares slope per period of the last values (at least three), or None."""
    values = list(values)[-TREND_PERIODS:]
    n = len(values)
    if n < MIN_TREND_PERIODS:
        return None
    mean_x = (n - 1) / 2
    mean_y = sum(values) / n
    denominator = sum((x - mean_x) ** 2 for x in range(n))
    return sum((x - mean_x) * (y - mean_y) for x, y in enumerate(values)) / denominator


def projected_period(
    series: Mapping[datetime.date, float], target: float, target_on: datetime.date, direction: str
) -> datetime.date | None:
    """The first period where the trend of the last periods reaches the target, or None ("pas avant l'échéance")
    when the trend does not get there by the target date."""
    periods = sorted(series)[-TREND_PERIODS:]
    slope = trend_slope([series[p] for p in periods])
    if slope is None:
        return None
    n = len(periods)
    intercept = sum(series[p] for p in periods) / n - slope * (n - 1) / 2
    last_fit = intercept + slope * (n - 1)
    reached = (lambda v: v >= target) if direction == "up" else (lambda v: v <= target)
    if reached(last_fit):
        return periods[-1]
    if slope == 0 or (slope > 0) != (direction == "up"):
        return None
    steps = int(-(-(target - last_fit) // slope)) if direction == "up" else int(-(-(last_fit - target) // -slope))
    if steps > months_between(periods[-1], target_on):
        return None
    return add_months(periods[-1], steps)


# --- Indicator and engagement results ------------------------------------------------------------------------------


@dataclass
class IndicatorResult:
    code: str
    weight: float
    counted: bool  # weight > 0
    current: Cell | None = None
    period: datetime.date | None = None
    attainment: float | None = None
    expected: float | None = None
    gap: float | None = None
    slope: float | None = None
    falling: bool = False
    projected: datetime.date | None = None
    due_on: datetime.date | None = None
    overdue: bool = False
    explanation: str = ""

    @property
    def computable(self) -> bool:
        return self.attainment is not None


def evaluate_indicator(
    *,
    code: str,
    weight: float,
    measure: str,
    direction: str,
    frequency: int,
    delay_days: int,
    series: Series,
    trajectory: Trajectory | None,
    today: datetime.date,
) -> IndicatorResult:
    """Attainment, gap to trajectory, trend and freshness of one indicator on one territory."""
    result = IndicatorResult(code=code, weight=weight, counted=weight > 0)
    values = {period: cell.value for period, cell in series.items()}
    if measure == "ytd":
        values = ytd_to_flows(values, frequency)
    if not values:
        result.explanation = "aucune valeur"
        return result
    last = max(values)
    result.period, result.current = last, series[last]
    result.due_on = next_due(max(series), frequency, delay_days)
    result.overdue = today > result.due_on
    result.slope = trend_slope([values[p] for p in sorted(values)])
    if result.slope is not None:
        result.falling = result.slope < 0 if direction == "up" else result.slope > 0
    if trajectory is None:
        result.explanation = "pas de cible"
        return result
    current = values[last]
    day = period_end(last)
    result.attainment = attainment(current, trajectory.baseline, trajectory.target, direction)
    result.expected = attainment(trajectory.expected_at(day), trajectory.baseline, trajectory.target, direction)
    result.gap = result.attainment - result.expected
    result.projected = projected_period(values, trajectory.target, trajectory.target_on, direction)
    result.explanation = (
        f"({fr(current)} − {fr(trajectory.baseline)}) / ({fr(trajectory.target)} − {fr(trajectory.baseline)}) "
        f"= {fr(result.attainment, 1)} points ; attendu {fr(result.expected, 1)}"
    )
    return result


@dataclass(frozen=True)
class MilestoneState:
    weight: float
    done: bool
    overdue: bool


def milestone_completion(milestones: Sequence[MilestoneState]) -> float | None:
    total = sum(m.weight for m in milestones)
    if not total:
        return None
    return sum(m.weight for m in milestones if m.done) / total * 100


def weighted_mean(pairs: Iterable[tuple[float, float]]) -> float | None:
    pairs = [(value, weight) for value, weight in pairs if weight > 0]
    total = sum(weight for _, weight in pairs)
    if not total:
        return None
    return sum(value * weight for value, weight in pairs) / total


def computed_weather(gap: float | None, milestone_overdue: bool) -> str:
    """The State's four levels from the gap to trajectory (points) and overdue milestones."""
    if milestone_overdue:
        return "orage"
    if gap is None:
        return "non_renseignee"
    if gap < ORAGE_BELOW:
        return "orage"
    if gap < NUAGE_BELOW:
        return "nuage"
    if gap < COUVERT_BELOW:
        return "couvert"
    return "soleil"


@dataclass
class EngagementResult:
    percent: float | None
    counted: int  # indicators with a weight
    computable: int  # of which with an attainment
    milestone_percent: float | None
    gap: float | None
    weather_computed: str
    flags: list[str] = field(default_factory=list)


def evaluate_engagement(
    indicators: Sequence[IndicatorResult],
    milestones: Sequence[MilestoneState],
    *,
    declared_weather: str,
    declared_on: datetime.date | None,
    update_frequency: int,
    today: datetime.date,
) -> EngagementResult:
    """Engagement progress on a territory: the weighted mean of its counted indicators' attainment and of its
    milestone completion (one more input of weight 1); the computed weather and the flags."""
    counted = [i for i in indicators if i.counted]
    computable = [i for i in counted if i.computable]
    milestone_percent = milestone_completion(milestones)
    inputs = [(i.attainment, i.weight) for i in computable]
    if milestone_percent is not None:
        inputs.append((milestone_percent, 1.0))
    percent = weighted_mean(inputs)  # type: ignore[arg-type]
    gap = weighted_mean((i.gap, i.weight) for i in computable)  # type: ignore[misc]
    overdue_milestone = any(m.overdue for m in milestones)
    weather = computed_weather(gap, overdue_milestone)
    flags = []
    if overdue_milestone:
        flags.append("jalon_en_retard")
    if declared_weather in JUDGEMENTS and weather in JUDGEMENTS and declared_weather != weather:
        flags.append("meteo_divergente")
    if declared_on is not None and today >= add_months(declared_on.replace(day=1), update_frequency + 1):
        flags.append("meteo_perimee")
    if any(i.falling for i in computable):
        flags.append("tendance_defavorable")
    if any(i.overdue for i in counted):
        flags.append("mise_a_jour_en_retard")
    if any(i.current is not None and i.current.discrepancy for i in computable):
        flags.append("ecart_entre_sources")
    return EngagementResult(
        percent=percent,
        counted=len(counted),
        computable=len(computable),
        milestone_percent=milestone_percent,
        gap=gap,
        weather_computed=weather,
        flags=flags,
    )


def below_sibling_median(value: float | None, siblings: Sequence[float]) -> bool:
    """More than 10 points below the median of the sibling territories (the territory itself excluded)."""
    if value is None or not siblings:
        return False
    return value < statistics.median(siblings) - SIBLING_GAP_POINTS


def summarise(percents: Sequence[float | None]) -> dict:
    """Theme and overall progress: the mean of the engagements' computed progress, with median and spread."""
    known = [p for p in percents if p is not None]
    if not known:
        return {"percent": None, "median": None, "counted": 0, "total": len(percents)}
    return {
        "percent": statistics.fmean(known),
        "median": statistics.median(known),
        "min": min(known),
        "max": max(known),
        "counted": len(known),
        "total": len(percents),
    }
