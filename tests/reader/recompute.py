"""An outside reader's recomputation of the portal's published figures.

This module plays the part of an independent statistician: it knows the portal only through its public outputs
(the API under ``/api/v1/`` and the CSV files under ``/donnees/``) and its public rules (the methodology page
``/donnees/methode/`` and DESIGN §4 version 2). It recomputes every figure with its own code and lists where the
portal publishes something else. It must never import the portal's engine (``engagements.progress``,
``engine``, ``outcomes``, ``explain``, ``recompute``, ``queries``): a check that reads a figure through the code that
computed it proves nothing. A test inspects this module's imports to keep it so.

The rules, as a reader applies them (§ are the sections of the methodology page):

§1. Published values are the rows of ``valeurs.csv``. A ``ytd`` series becomes flows territory by territory: the
    difference with the previous period of the same year (month, or quarter for a quarterly indicator); the
    year's first period is its own flow; without the previous period, no flow.
§2. A territory *declares* an indicator when it has a target, any value (its own or consolidated), or a territory
    under it that declares it. At a parent, for each period where a declaring child has a value: the sum of
    stocks and flows; for ratios, the mean weighted by the bases (a base of 0 weighs 0; the base of the result is
    the sum of the bases), a plain mean when a base is absent or all are 0. A level (stock, ratio) of a child
    without a value is carried from its last value while the next one is not due (end of its period + frequency +
    publication delay) at the end of the period; flows never are. Coverage k/n: children in the value (own or
    carried) out of the declaring children; ``complete`` when each has a value of its own for the period and is
    itself complete, ``carried`` when complete only thanks to carried levels, ``partial`` otherwise; an absent
    child is named as missing, a present but partial one passes on its own missing (and carried) territories. A
    territory with a declared value and a consolidated one keeps the source the indicator names, the other one
    where it alone exists. The national level gets no consolidated value.
§3. The headline period of a territory is its latest complete, carried or declared period; partial periods later
    than it are provisional (all of them when there is no headline).
§4. Baseline, target and expected values of a consolidated value are consolidated over exactly the children in
    the value: sums, or for ratios means weighted by each child's base at the period of its baseline (a plain mean
    without those bases). A territory with its own target keeps it for its complete and carried periods. The
    expected value at a date lies on the line through baseline, intermediate targets (those dated between the two)
    and final target. Attainment = (value − baseline) / (target − baseline) in points, clamped to 0–100 (target =
    baseline: 100 once reached in the indicator's direction, else 0); gap = attainment − the attainment of the
    expected value at the end of the headline period. Trend: least-squares slope per month over the last six
    periods (at least three) up to the headline, on the territories present with their own value in each; the
    projected month continues it from the headline value (the headline period when the target is reached; none
    without a trend, against the target, or after the target's date).
§5. Weather from the gap: orage below −20, nuage below −10, couvert below 0, soleil otherwise. An engagement: the
    weighted mean of the attainments and gaps of its weighted indicators that have one; themes and the whole
    protocol: the plain mean of their engagements' progress and the median of their weathers.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import math
import statistics
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

PAGE = 1000  # the API's largest page (limit)

# --- Downloading the public outputs ---------------------------------------------------------------------------


def _json(client, url: str):
    response = client.get(url)
    assert response.status_code == 200, f"{url}: {response.status_code}"
    return json.loads(response.content)


def api_items(client, url: str) -> list[dict]:
    """Every item of a paginated API list, page by page (``limit``/``offset``)."""
    items: list[dict] = []
    sep = "&" if "?" in url else "?"
    while True:
        page = _json(client, f"{url}{sep}limit={PAGE}&offset={len(items)}")
        items += page["items"]
        if len(items) >= page["count"] or not page["items"]:
            assert len(items) == page["count"], url
            return items


def csv_rows(client, url: str) -> list[dict]:
    response = client.get(url)
    assert response.status_code == 200, f"{url}: {response.status_code}"
    text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@dataclass(frozen=True)
class Target:
    baseline: float
    baseline_on: datetime.date
    target: float
    target_on: datetime.date
    intermediates: tuple[tuple[datetime.date, float], ...]


@dataclass(frozen=True)
class IndicatorInfo:
    code: str
    engagement: str | None
    weight: float
    direction: str
    aggregation: str
    measure: str
    frequency: int
    delay_days: int
    parent_source: str
    targets: dict[str, Target]


@dataclass
class Public:
    """Everything the portal publishes that a recomputation needs, as downloaded."""

    parent: dict[str, str | None]
    level: dict[str, str]
    indicators: dict[str, IndicatorInfo]
    declared: dict[str, dict[str, dict[int, tuple[float, float | None]]]]  # indicator → territory → month → (v, b)
    demonstration: dict[tuple[str, str, int], bool]  # (indicator, territory, month) → a demonstration value
    declared_rows: list[dict]
    values: dict[str, list[dict]]  # indicator → the API's values items
    consolidated_rows: list[dict]
    indicator_snapshots: list[dict]
    engagement_snapshots: list[dict]
    summary_snapshots: list[dict]  # themes and the whole protocol
    progress_rows: list[dict]
    theme_of: dict[str, str]  # engagement → theme


def download(client) -> Public:
    """Read the portal as anyone can: the territories, the indicators and their targets, the declared values, and
    every published figure (API values, ``valeurs-consolidees.csv``, progress API and ``avancement.csv``)."""
    territories = api_items(client, "/api/v1/territories")
    indicators = {}
    for item in api_items(client, "/api/v1/indicators"):
        method = item["methodology"]
        indicators[item["code"]] = IndicatorInfo(
            code=item["code"],
            engagement=item["engagement"],
            weight=float(item["weight"]),
            direction=item["direction"],
            aggregation=item["aggregation"],
            measure=method["measure"],
            frequency=int(method["frequency_months"]),
            delay_days=int(method["publication_delay_days"]),
            parent_source=method["parent_source"],
            targets={
                t["territory"]: Target(
                    baseline=float(t["baseline"]),
                    baseline_on=datetime.date.fromisoformat(t["baseline_on"]),
                    target=float(t["target"]),
                    target_on=datetime.date.fromisoformat(t["target_on"]),
                    intermediates=tuple(
                        sorted((datetime.date.fromisoformat(i["on"]), float(i["value"])) for i in t["intermediates"])
                    ),
                )
                for t in item["targets"]
            },
        )
    declared_rows = csv_rows(client, "/donnees/valeurs.csv")
    declared: dict = defaultdict(lambda: defaultdict(dict))
    demonstration = {}
    for row in declared_rows:
        base = float(row["base"]) if row["base"] != "" else None
        key = (row["indicateur"], row["territoire"], month(row["periode"]))
        assert key not in demonstration, f"{key}: two published values for one cell"
        declared[key[0]][key[1]][key[2]] = (float(row["valeur"]), base)
        demonstration[key] = _bool(row["demonstration"])
    return Public(
        parent={t["code"]: t["parent"] for t in territories},
        level={t["code"]: t["level"] for t in territories},
        indicators=indicators,
        declared=declared,
        demonstration=demonstration,
        declared_rows=declared_rows,
        values={code: api_items(client, f"/api/v1/indicators/{code}/values") for code in indicators},
        consolidated_rows=csv_rows(client, "/donnees/valeurs-consolidees.csv"),
        indicator_snapshots=api_items(client, "/api/v1/progress?scope=indicator"),
        engagement_snapshots=api_items(client, "/api/v1/progress?scope=engagement"),
        summary_snapshots=api_items(client, "/api/v1/progress?scope=theme")
        + api_items(client, "/api/v1/progress?scope=overall"),
        progress_rows=csv_rows(client, "/donnees/avancement.csv"),
        theme_of={e["code"]: e["theme"] for e in api_items(client, "/api/v1/engagements")},
    )


# --- Months and dates -----------------------------------------------------------------------------------------


def month(text: str) -> int:
    """'2026-10' → a month number (12 × year + month − 1), so that month arithmetic is integer arithmetic."""
    year, mon = text.split("-")[:2]
    return int(year) * 12 + int(mon) - 1


def month_text(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def first_day(index: int) -> datetime.date:
    return datetime.date(index // 12, index % 12 + 1, 1)


def last_day(index: int) -> datetime.date:
    return first_day(index + 1) - datetime.timedelta(days=1)


def month_of(day: datetime.date) -> int:
    return day.year * 12 + day.month - 1


def next_due(last: int, frequency: int, delay_days: int) -> datetime.date:
    """§6: the next value is due at the end of the period of the last one, plus the frequency, plus the delay."""
    return last_day(last + frequency) + datetime.timedelta(days=delay_days)


# --- Trajectories ---------------------------------------------------------------------------------------------


class Trajectory:
    """Baseline, target and the expected value at any date."""

    baseline: float
    target: float
    baseline_on: datetime.date
    target_on: datetime.date

    def expected(self, day: datetime.date) -> float:
        raise NotImplementedError


class OwnTrajectory(Trajectory):
    """A territory's own target: the line through baseline, intermediate targets and final target."""

    def __init__(self, target: Target) -> None:
        self.baseline = target.baseline
        self.target = target.target
        self.baseline_on = target.baseline_on
        self.target_on = target.target_on
        # An « intermediate » target dated outside the baseline-to-target span is not on the way: it is left out.
        middle = [(d, v) for d, v in target.intermediates if target.baseline_on < d < target.target_on]
        self.points = [(target.baseline_on, target.baseline), *middle, (target.target_on, target.target)]

    def expected(self, day: datetime.date) -> float:
        points = self.points
        if day <= points[0][0]:
            return points[0][1]
        for (d0, v0), (d1, v1) in zip(points, points[1:], strict=False):
            if day <= d1:
                return v0 + (v1 - v0) * (day - d0).days / (d1 - d0).days
        return points[-1][1]


class RolledTrajectory(Trajectory):
    """Baseline, targets and expected values consolidated over some children: a sum, or a weighted mean."""

    def __init__(self, parts: list[tuple[Trajectory, float]], mean: bool) -> None:
        self.parts = parts
        self.mean = mean
        self.baseline_on = min(t.baseline_on for t, _ in parts)
        self.target_on = max(t.target_on for t, _ in parts)
        self.baseline = self._combine(lambda t: t.baseline)
        self.target = self._combine(lambda t: t.target)

    def _combine(self, read: Callable[[Trajectory], float]) -> float:
        if not self.mean:
            return sum(read(t) for t, _ in self.parts)
        total = sum(w for _, w in self.parts)
        return sum(read(t) * w for t, w in self.parts) / total

    def expected(self, day: datetime.date) -> float:
        return self._combine(lambda t: t.expected(day))


def attainment(value: float, baseline: float, target: float, direction: str) -> float:
    """§4: points from 0 to 100, clamped; target = baseline gives 100 once reached, 0 otherwise."""
    if target == baseline:
        reached = value >= target if direction == "up" else value <= target
        return 100.0 if reached else 0.0
    return max(0.0, min(100.0, 100.0 * (value - baseline) / (target - baseline)))


def weather_of(gap: float) -> str:
    """§5: orage below −20 points, nuage below −10, couvert below 0, soleil otherwise."""
    if gap < -20:
        return "orage"
    if gap < -10:
        return "nuage"
    if gap < 0:
        return "couvert"
    return "soleil"


WEATHER_THRESHOLDS = (-20.0, -10.0, 0.0)
JUDGED = ["soleil", "couvert", "nuage", "orage"]  # from the most favourable


def median_weather(weathers: list[str]) -> str:
    """§5: the median of the judged weathers, the more favourable of the two middle ones for an even count."""
    judged = sorted(JUDGED.index(w) for w in weathers if w in JUDGED)
    return JUDGED[judged[(len(judged) - 1) // 2]] if judged else "non_renseignee"


# --- The recomputation ----------------------------------------------------------------------------------------


@dataclass
class Figure:
    """One value of one territory for one period, as the reader recomputes it."""

    value: float
    base: float | None
    computed: bool
    coverage: tuple[int, int] | None = None
    status: str | None = None  # complete, carried, partial; None for a declared value
    missing: frozenset[str] = frozenset()
    carried: frozenset[str] = frozenset()
    trajectory: Trajectory | None = None
    provisional: bool = False
    sources: frozenset[str] = frozenset()  # territories whose own values of this very period the value rests on
    demonstration: bool = False  # rests on a value of the demonstration data (its own, carried or the other source)


@dataclass
class Headline:
    period: int
    figure: Figure
    percent: float | None
    gap: float | None
    weather: str | None
    slope: float | None
    projected: int | None


@dataclass
class IndicatorResult:
    series: dict[str, dict[int, Figure]]  # territory → month → figure
    headlines: dict[str, Headline]
    declaring: set[str]


def to_flows(series: dict[int, tuple[float, float | None]], frequency: int) -> dict[int, tuple[float, float | None]]:
    """§1: a year-to-date series becomes flows: the difference with the previous period of the same year (the
    previous month for a monthly series, quarter for a quarterly one); the year's first period is its own flow;
    no previous period, no flow."""
    flows = {}
    for index, (value, base) in series.items():
        if index % 12 < frequency:
            flows[index] = (value, base)
        elif index - frequency in series:
            flows[index] = (value - series[index - frequency][0], base)
    return flows


def _aggregate(items: list[tuple[float, float | None]], aggregation: str) -> tuple[float, float | None]:
    """§2: sum, or the base-weighted mean of ratios (a base of 0 weighs 0); a plain mean when a base is absent."""
    if aggregation == "sum":
        return sum(v for v, _ in items), None
    if all(b is not None for _, b in items):
        total = sum(b for _, b in items)
        if total > 0:
            return sum(v * b for v, b in items) / total, total
        return sum(v for v, _ in items) / len(items), total
    return sum(v for v, _ in items) / len(items), None


def recompute_indicator(public: Public, info: IndicatorInfo) -> IndicatorResult:
    children: dict[str, list[str]] = defaultdict(list)
    for code, parent in public.parent.items():
        if parent is not None:
            children[parent].append(code)
    roots = [code for code, parent in public.parent.items() if parent is None]
    order: list[str] = []  # children before their parent

    def visit(code: str) -> None:
        for child in sorted(children[code]):
            visit(child)
        order.append(code)

    for root in roots:
        visit(root)

    own = public.declared.get(info.code, {})
    if info.measure == "ytd":
        own = {code: to_flows(series, info.frequency) for code, series in own.items()}
    levels = info.measure in ("stock", "ratio")
    mean = info.aggregation == "mean"
    series: dict[str, dict[int, Figure]] = {}
    declaring: set[str] = set()

    def own_trajectory(code: str) -> Trajectory | None:
        target = info.targets.get(code)
        return OwnTrajectory(target) if target is not None else None

    def weight(code: str, trajectory: Trajectory) -> float | None:
        figure = series.get(code, {}).get(month_of(trajectory.baseline_on))
        return None if figure is None else figure.base

    def rolled(parts: list[tuple[str, Trajectory | None]]) -> Trajectory | None:
        if not parts or any(t is None for _, t in parts):
            return None
        if not mean:
            return RolledTrajectory([(t, 1.0) for _, t in parts], mean=False)
        weights = [weight(code, t) for code, t in parts]
        if any(w is None for w in weights) or sum(weights) <= 0:
            weights = [1.0] * len(parts)
        return RolledTrajectory([(t, w) for (_, t), w in zip(parts, weights, strict=True)], mean=True)

    for code in order:
        reported = {
            index: Figure(
                value=v,
                base=b,
                computed=False,
                trajectory=own_trajectory(code),
                sources=frozenset([code]),
                demonstration=public.demonstration[(info.code, code, index)],
            )
            for index, (v, b) in own.get(code, {}).items()
        }
        computed: dict[int, Figure] = {}
        members = [c for c in sorted(children[code]) if c in declaring]
        if info.aggregation != "none" and public.level[code] != "national" and members:
            periods = sorted({p for c in members for p in series[c]})
            for index in periods:
                present, carried, missing = [], [], []
                for child in members:
                    figure = series[child].get(index)
                    if figure is not None:
                        present.append((child, figure))
                        continue
                    earlier = [p for p in series[child] if p < index]
                    if levels and earlier:
                        last = max(earlier)
                        if next_due(last, info.frequency, info.delay_days) > last_day(index):
                            carried.append((child, series[child][last]))
                            continue
                    missing.append(child)
                used = present + carried
                value, base = _aggregate([(f.value, f.base) for _, f in used], info.aggregation)
                statuses = {f.status for _, f in used}
                if missing or "partial" in statuses:
                    status = "partial"
                elif carried or "carried" in statuses:
                    status = "carried"
                else:
                    status = "complete"
                missing_codes = set(missing)
                carried_codes = {c for c, _ in carried}
                for _, f in used:
                    missing_codes |= f.missing
                    carried_codes |= f.carried
                figure = Figure(
                    value=value,
                    base=base,
                    computed=True,
                    coverage=(len(used), len(members)),
                    status=status,
                    missing=frozenset(missing_codes),
                    carried=frozenset(carried_codes),
                    sources=frozenset().union(*(f.sources for _, f in present)),
                    demonstration=any(f.demonstration for _, f in used),
                )
                mine = own_trajectory(code)
                if mine is not None and status != "partial":
                    figure.trajectory = mine
                else:
                    figure.trajectory = rolled([(c, f.trajectory) for c, f in used])
                computed[index] = figure
        if info.parent_source == "reported":
            chosen = {**computed, **reported}
        else:
            chosen = {**reported, **computed}
        for index in computed.keys() & reported.keys():  # the other source is shown beside: it is published too
            chosen[index].demonstration = computed[index].demonstration or reported[index].demonstration
        series[code] = dict(sorted(chosen.items()))
        if series[code] or code in info.targets or members:
            declaring.add(code)

    headlines = {}
    for code, figures in series.items():
        good = [p for p, f in figures.items() if f.status in (None, "complete", "carried")]
        if not good:
            for figure in figures.values():
                figure.provisional = figure.status == "partial"
            continue
        period = max(good)
        for p, figure in figures.items():
            figure.provisional = p > period and figure.status == "partial"
        figure = figures[period]
        percent = gap = weather = projected = None
        fitted = trend(figures, period, own, info.aggregation)
        if figure.trajectory is not None:
            t = figure.trajectory
            percent = attainment(figure.value, t.baseline, t.target, info.direction)
            expected = attainment(t.expected(last_day(period)), t.baseline, t.target, info.direction)
            gap = percent - expected
            weather = weather_of(gap)
            projected = projection(figure.value, period, fitted, t, info.direction)
        headlines[code] = Headline(
            period=period, figure=figure, percent=percent, gap=gap, weather=weather, slope=fitted, projected=projected
        )
    return IndicatorResult(series=series, headlines=headlines, declaring=declaring)


TREND_PERIODS, TREND_MIN_PERIODS = 6, 3


def least_squares_slope(points: list[tuple[int, float]]) -> float | None:
    n = len(points)
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread if spread else None


def trend(figures: dict[int, Figure], headline: int, own: dict, aggregation: str) -> float | None:
    """§4: the slope per month of the last six periods (at least three) up to the headline, computed on the
    declaring territories present with their own value in every one of them."""
    window = [p for p in sorted(figures) if p <= headline][-TREND_PERIODS:]
    if len(window) < TREND_MIN_PERIODS:
        return None
    common = frozenset.intersection(*(figures[p].sources for p in window))
    if not common:
        return None
    if all(figures[p].sources == common and not figures[p].carried for p in window):
        # The published values rest on exactly these territories' own values: they are the series.
        return least_squares_slope([(p, figures[p].value) for p in window])
    points = []
    for p in window:
        value, _ = _aggregate([own[c][p] for c in sorted(common)], "mean" if aggregation == "mean" else "sum")
        points.append((p, value))
    return least_squares_slope(points)


def projection(value: float, period: int, slope: float | None, t: Trajectory, direction: str) -> int | None:
    """§4: the month where, at the trend's pace from the headline value, the target would be reached (the headline
    period when it already is); none without a trend (the API's field is « the month where the trend reaches the
    target »), after the target's date (« pas avant l'échéance »), or when the trend does not go the target's way."""
    if slope is None:
        return None
    reached = value >= t.target if direction == "up" else value <= t.target
    if reached:
        return period
    if slope == 0 or (slope > 0) != (direction == "up"):
        return None
    months = math.ceil(abs(t.target - value) / abs(slope) - 1e-9)
    return period + months if period + months <= month_of(t.target_on) else None


# --- Comparing with what is published -------------------------------------------------------------------------


@dataclass
class Comparison:
    compared: int = 0
    disagreements: list[str] = field(default_factory=list)
    by_kind: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def same(self, kind: str, where: str, published, recomputed) -> None:
        self.compared += 1
        self.by_kind[kind] += 1
        if published != recomputed:
            self.disagreements.append(f"{where} {kind}: published {published!r}, recomputed {recomputed!r}")

    def close(self, kind: str, where: str, published, recomputed, tolerance: float) -> None:
        self.compared += 1
        self.by_kind[kind] += 1
        if published is None or recomputed is None:
            ok = published is None and recomputed is None
        else:
            ok = math.isclose(float(published), recomputed, rel_tol=1e-6, abs_tol=tolerance)
        if not ok:
            self.disagreements.append(f"{where} {kind}: published {published!r}, recomputed {recomputed!r}")

    def weather(self, where: str, published: str | None, gap: float | None, kind: str = "weather") -> None:
        """The weather of a gap; at a threshold, the published gap's rounding may fall on either side."""
        self.compared += 1
        self.by_kind[kind] += 1
        if gap is None:
            ok = published in (None, "non_renseignee")
        else:
            near = [t for t in WEATHER_THRESHOLDS if abs(gap - t) < 0.006]
            allowed = {weather_of(gap), *(weather_of(t - 0.01) for t in near), *(weather_of(t) for t in near)}
            ok = published in allowed
        if not ok:
            self.disagreements.append(f"{where} {kind}: published {published!r}, recomputed from gap {gap!r}")


VALUE_TOLERANCE = 6e-4  # values, bases, baselines and targets are published with 4 decimals
POINTS_TOLERANCE = 6e-3  # percents and gaps with 2


def _float(cell: str) -> float | None:
    return None if cell == "" else float(cell)


def _codes(cell: str) -> list[str]:
    return cell.split() if cell else []


def _bool(cell: str) -> bool:
    assert cell in ("oui", "non"), cell
    return cell == "oui"


def compare(public: Public, *, milestones_absent: bool) -> tuple[Comparison, dict[str, IndicatorResult]]:
    """Recompute every indicator and compare every published figure with the recomputation.

    Milestones are not in the open data: an engagement's percent can be recomputed only when the caller knows
    that the data set has none (``milestones_absent``); its data period, gap and weather always can."""
    result = Comparison()
    results = {code: recompute_indicator(public, info) for code, info in public.indicators.items()}

    # The API's values and valeurs-consolidees.csv, figure by figure.
    csv_by_key = {(r["indicateur"], r["territoire"], r["periode"]): r for r in public.consolidated_rows}
    result.same(
        "consolidated CSV row count",
        "valeurs-consolidees.csv",
        len(public.consolidated_rows),
        sum(len(items) for items in public.values.values()),
    )
    for code, items in public.values.items():
        mine = results[code].series
        info = public.indicators[code]
        published_keys = {(i["territory"], month(i["period"])) for i in items}
        recomputed_keys = {(t, p) for t, figures in mine.items() for p in figures}
        for territory, index in sorted(published_keys ^ recomputed_keys):
            side = "published only" if (territory, index) in published_keys else "recomputed only"
            result.disagreements.append(f"{code} {territory} {month_text(index)}: {side}")
        result.compared += len(published_keys | recomputed_keys)
        result.by_kind["figure exists"] += len(published_keys | recomputed_keys)
        for item in items:
            where = f"{code} {item['territory']} {item['period']}"
            row = csv_by_key.get((code, item["territory"], item["period"]))
            _compare_csv_with_api(result, where, item, row)
            figure = mine.get(item["territory"], {}).get(month(item["period"]))
            if figure is None:
                continue
            result.close("value", where, item["value"], figure.value, VALUE_TOLERANCE)
            result.same("computed", where, item["computed"], figure.computed)
            coverage = f"{figure.coverage[0]}/{figure.coverage[1]}" if figure.coverage else None
            result.same("coverage", where, item["coverage"], coverage)
            result.same("coverage_status", where, item["coverage_status"], figure.status)
            result.same("missing", where, sorted(item["missing"]), sorted(figure.missing))
            result.same("carried", where, sorted(item["carried"]), sorted(figure.carried))
            result.same("provisional", where, item["provisional"], figure.provisional)
            result.same("demonstration", where, item["demonstration"], figure.demonstration)
            if info.aggregation == "mean" or not figure.computed:
                result.close("base", where, item["base"], figure.base, VALUE_TOLERANCE)
            t = figure.trajectory
            result.close("baseline", where, item["baseline"], t.baseline if t else None, VALUE_TOLERANCE)
            result.close("target", where, item["target"], t.target if t else None, VALUE_TOLERANCE)
            expected = t.expected(last_day(month(item["period"]))) if t else None
            result.close("expected", where, item["expected"], expected, VALUE_TOLERANCE)
            if not figure.computed and info.measure != "ytd":
                declared = public.declared[code][item["territory"]][month(item["period"])]
                result.close("leaf value = valeurs.csv", where, item["value"], declared[0], VALUE_TOLERANCE)

    # The headline figures: progress?scope=indicator and avancement.csv.
    csv_progress = {(r["portee"], r["objet"], r["territoire"], r["date"]): r for r in public.progress_rows}
    published_headlines = {}
    for item in public.indicator_snapshots:
        published_headlines[(item["object"], item["territory"])] = item
    expected_keys = {
        (code, territory)
        for code, r in results.items()
        if public.indicators[code].engagement is not None
        for territory in r.headlines
    }
    for key in sorted(set(published_headlines) ^ expected_keys):
        side = "published only" if key in published_headlines else "recomputed only"
        snapshot = published_headlines.get(key)
        if snapshot is not None and snapshot["data_period"] is None and snapshot["percent"] is None:
            continue  # an empty snapshot says « pas de donnée »: nothing to recompute
        result.disagreements.append(f"headline {key}: {side}")
    result.compared += len(set(published_headlines) | expected_keys)
    result.by_kind["headline exists"] += len(set(published_headlines) | expected_keys)
    for (code, territory), item in sorted(published_headlines.items()):
        where = f"headline {code} {territory}"
        row = csv_progress.get(("indicator", code, territory, item["as_of"]))
        _compare_progress_csv(result, where, item, row)
        headline = results[code].headlines.get(territory)
        if headline is None:
            continue
        result.same("data_period", where, item["data_period"], month_text(headline.period))
        result.same("data_period_start", where, item["data_period_start"], month_text(headline.period))
        result.close("value", where, item["value"], headline.figure.value, VALUE_TOLERANCE)
        result.same("coverage_status", where, item["coverage_status"], headline.figure.status)
        result.close("percent", where, item["percent"], headline.percent, POINTS_TOLERANCE)
        result.close("gap", where, item["gap"], headline.gap, POINTS_TOLERANCE)
        result.weather(where, item["weather"]["computed"], headline.gap)
        result.same(
            "projected", where, item["projected"], month_text(headline.projected) if headline.projected else None
        )
        if row is not None:
            falling = headline.slope is not None and (headline.slope < 0) == (public.indicators[code].direction == "up")
            falling = falling and headline.slope != 0
            result.same("falling trend flag", where, "tendance_defavorable" in _codes(row["alertes"]), falling)
            coverage = headline.figure.coverage
            coverage = f"{coverage[0]}/{coverage[1]}" if coverage else ""
            result.same("CSV couverture", where, row["couverture"], coverage)

    # Engagements: the data period is the latest headline period of their computable indicators; the gap is the
    # weighted mean of their indicators' gaps; the weather follows it unless a milestone is overdue.
    by_engagement = defaultdict(list)
    for info in public.indicators.values():
        if info.engagement is not None:
            by_engagement[info.engagement].append(info)
    for item in public.engagement_snapshots:
        where = f"engagement {item['object']} {item['territory']}"
        row = csv_progress.get(("engagement", item["object"], item["territory"], item["as_of"]))
        _compare_progress_csv(result, where, item, row)
        headlines = [
            (info, results[info.code].headlines.get(item["territory"])) for info in by_engagement[item["object"]]
        ]
        # Computable: counted in the engagement's figure (a weight above 0, and an attainment at the territory).
        computable = [(info, h) for info, h in headlines if h is not None and h.percent is not None and info.weight > 0]
        periods = [h.period for _, h in computable]
        result.same("data_period", where, item["data_period"], month_text(max(periods)) if periods else None)
        result.same(
            "data_period_start", where, item["data_period_start"], month_text(min(periods)) if periods else None
        )
        weighted = [(info.weight, h.gap) for info, h in computable]
        gap = sum(w * g for w, g in weighted) / sum(w for w, _ in weighted) if weighted else None
        result.close("gap", where, item["gap"], gap, POINTS_TOLERANCE)
        if milestones_absent:
            weighted = [(info.weight, h.percent) for info, h in computable]
            percent = sum(w * p for w, p in weighted) / sum(w for w, _ in weighted) if weighted else None
            result.close("engagement percent", where, item["percent"], percent, POINTS_TOLERANCE)
        flags = _codes(row["alertes"]) if row else []
        if row is not None:
            # « calculé sur k indicateurs sur n »: n counts the weighted indicators that concern the territory (a
            # value, own or rolled up, or a target there).
            territory = item["territory"]
            counted = [
                info
                for info in by_engagement[item["object"]]
                if info.weight > 0
                and (
                    results[info.code].series.get(territory)
                    or territory in info.targets
                    or public.declared.get(info.code, {}).get(territory)
                )
            ]
            if milestones_absent:
                result.same("CSV couverture", where, row["couverture"], f"{len(computable)}/{len(counted)}")
            alert = item["weather"]["computed"] != "orage" and any(h.weather == "orage" for _, h in computable)
            if any(abs(h.gap + 20) < 0.006 for _, h in computable):
                alert = "indicateur_en_alerte" in flags  # a gap at the orage threshold: either reading is right
            result.same("indicator alert flag", where, "indicateur_en_alerte" in flags, alert)
            # More than 10 points below the median of the sibling territories' computed progress.
            siblings = [
                s["percent"]
                for s in public.engagement_snapshots
                if s["object"] == item["object"]
                and s["territory"] != item["territory"]
                and public.parent.get(s["territory"]) == public.parent.get(item["territory"]) is not None
                and s["percent"] is not None
            ]
            below = item["percent"] is not None and bool(siblings)
            if below:
                threshold = statistics.median(siblings) - 10
                below = item["percent"] < threshold
                if abs(item["percent"] - threshold) < 0.006:
                    below = "sous_la_mediane_des_territoires_voisins" in flags  # rounding at the threshold
            result.same("sibling median flag", where, "sous_la_mediane_des_territoires_voisins" in flags, below)
        if "jalon_en_retard" in flags and item["weather"]["computed"] == "orage":
            result.compared += 1  # an overdue milestone makes it orage whatever the gap
        elif gap is not None:
            result.weather(where, item["weather"]["computed"], gap)

    # Themes and the whole protocol: the mean, at equal weights, of their engagements' computed progress (as
    # published), with the median weather of those engagements and the span of their data periods.
    groups = defaultdict(list)
    for item in public.engagement_snapshots:
        groups[("theme", public.theme_of[item["object"]], item["territory"])].append(item)
        groups[("overall", None, item["territory"])].append(item)
    published_summaries = {(s["scope"], s["object"], s["territory"]): s for s in public.summary_snapshots}
    for key in sorted(published_summaries.keys() ^ groups.keys(), key=str):
        result.disagreements.append(
            f"summary {key}: {'published' if key in published_summaries else 'recomputed'} only"
        )
    for key, item in sorted(published_summaries.items(), key=lambda kv: str(kv[0])):
        where = f"{key[0]} {key[1] or ''} {key[2]}"
        row = csv_progress.get((key[0], key[1] or "", key[2], item["as_of"]))
        _compare_progress_csv(result, where, item, row)
        members = groups.get(key, [])
        known = [m for m in members if m["percent"] is not None]
        percent = sum(m["percent"] for m in known) / len(known) if known else None
        result.close("summary percent", where, item["percent"], percent, POINTS_TOLERANCE)
        result.same(
            "summary weather",
            where,
            item["weather"]["computed"],
            median_weather([m["weather"]["computed"] for m in known]),
        )
        result.same(
            "summary declared weather",
            where,
            item["weather"]["declared"],
            median_weather([m["weather"]["declared"] for m in members]),
        )
        ends = [m["data_period"] for m in known if m["data_period"]]
        starts = [m["data_period_start"] for m in known if m["data_period_start"]]
        result.same("summary data_period", where, item["data_period"], max(ends) if ends else None)
        result.same("summary data_period_start", where, item["data_period_start"], min(starts) if starts else None)
        if row is not None:
            result.same("summary couverture", where, row["couverture"], f"{len(known)}/{len(members)}")
    return result, results


def _compare_csv_with_api(result: Comparison, where: str, item: dict, row: dict | None) -> None:
    """valeurs-consolidees.csv says exactly what the API's values endpoint says."""
    if row is None:
        result.same("CSV row", where, "present in the API", "absent from valeurs-consolidees.csv")
        return
    result.close("CSV valeur", where, _float(row["valeur"]), item["value"], 1e-9)
    result.close("CSV base", where, _float(row["base"]), item["base"], 1e-9)
    result.same("CSV calculee", where, _bool(row["calculee"]), item["computed"])
    result.same("CSV couverture", where, row["couverture"] or None, item["coverage"])
    result.same("CSV statut_couverture", where, row["statut_couverture"] or None, item["coverage_status"])
    result.same("CSV manquants", where, _codes(row["manquants"]), item["missing"])
    result.same("CSV reportes", where, _codes(row["reportes"]), item["carried"])
    result.same("CSV provisoire", where, _bool(row["provisoire"]), item["provisional"])
    result.close("CSV reference", where, _float(row["reference"]), item["baseline"], 1e-9)
    result.close("CSV cible", where, _float(row["cible"]), item["target"], 1e-9)
    result.close("CSV attendu", where, _float(row["attendu"]), item["expected"], 1e-9)
    result.same("CSV demonstration", where, _bool(row["demonstration"]), item["demonstration"])


def _compare_progress_csv(result: Comparison, where: str, item: dict, row: dict | None) -> None:
    """avancement.csv says exactly what the progress API says."""
    if row is None:
        result.same("CSV row", where, "present in the API", "absent from avancement.csv")
        return
    result.close("CSV avancement", where, _float(row["avancement"]), item["percent"], 1e-9)
    result.same("CSV meteo_declaree", where, row["meteo_declaree"], item["weather"]["declared"])
    result.same("CSV meteo_calculee", where, row["meteo_calculee"], item["weather"]["computed"])
    result.same("CSV periode_donnees", where, row["periode_donnees"] or None, item["data_period"])
    result.same("CSV periode_donnees_debut", where, row["periode_donnees_debut"] or None, item["data_period_start"])
    result.close("CSV ecart_points", where, _float(row["ecart_points"]), item["gap"], 1e-9)
    result.same("CSV date_projetee", where, row["date_projetee"] or None, item["projected"])
    result.same("CSV statut_couverture", where, row["statut_couverture"] or None, item["coverage_status"])
    result.same("CSV demonstration", where, _bool(row["demonstration"]), item["demonstration"])


def summary(result: Comparison, limit: int = 40) -> str:
    lines = [f"{len(result.disagreements)} disagreements over {result.compared} comparisons:"]
    lines += result.disagreements[:limit]
    return "\n".join(lines)
