"""The engine's results as they are stored in snapshots and read back by every public surface.

Typed, and (de)serialised in one place: pages, charts, CSV files, the API and the explanations read these
dataclasses, never JSON keys. Floats are stored at full precision (JSON round-trips them exactly) so that a partial
recompute that reads a stored result gets the figure a full recompute would; display rounds.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field, fields
from typing import Any

from engagements import progress


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def _month(value: datetime.date | None) -> str | None:
    # Not strftime: this runs for every period of every stored result, and strftime is several times slower.
    return f"{value.year:04d}-{value.month:02d}" if value else None


def _from_month(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(f"{value}-01") if value else None


@dataclass
class PublishedFigure:
    """One figure as the public reads it: value, coverage and its like-for-like reference."""

    period: datetime.date
    value: float
    base: float | None
    computed: bool
    status: str | None  # None for a reported value; complete, carried or partial
    covered: int
    total: int
    missing: list[str]
    carried: list[tuple[str, datetime.date]]
    method: str
    baseline: float | None = None
    target: float | None = None
    baseline_on: datetime.date | None = None
    target_on: datetime.date | None = None
    expected_value: float | None = None  # on the trajectory at the end of the period
    weighting: str = ""
    other: float | None = None
    other_complete: bool = False
    discrepancy: bool = False
    demonstration: bool = False

    @property
    def coverage(self) -> str | None:
        return f"{self.covered}/{self.total}" if self.computed else None

    @property
    def provisional(self) -> bool:
        return self.status == progress.PARTIAL

    @classmethod
    def of(cls, figure: progress.Figure) -> PublishedFigure:
        trajectory = figure.trajectory
        return cls(
            period=figure.period,
            value=figure.value,
            base=figure.base,
            computed=figure.computed,
            status=figure.status,
            covered=figure.covered,
            total=figure.total,
            missing=list(figure.missing),
            carried=list(figure.carried),
            method=figure.method,
            baseline=trajectory.baseline if trajectory else None,
            target=trajectory.target if trajectory else None,
            baseline_on=trajectory.baseline_on if trajectory else None,
            target_on=trajectory.target_on if trajectory else None,
            expected_value=trajectory.expected_at(progress.period_end(figure.period)) if trajectory else None,
            weighting=trajectory.weighting if trajectory else "",
            other=figure.other,
            other_complete=figure.other_complete,
            discrepancy=figure.discrepancy,
            demonstration=figure.demonstration,
        )

    def to_json(self) -> dict:
        # Written out rather than dataclasses.asdict: it deep-copies every value, and the engine writes tens of
        # thousands of these at national scale.
        return {
            "period": _month(self.period),
            "value": self.value,
            "base": self.base,
            "computed": self.computed,
            "status": self.status,
            "covered": self.covered,
            "total": self.total,
            "missing": self.missing,
            "carried": [[code, _month(period)] for code, period in self.carried],
            "method": self.method,
            "baseline": self.baseline,
            "target": self.target,
            "baseline_on": self.baseline_on.isoformat() if self.baseline_on else None,
            "target_on": self.target_on.isoformat() if self.target_on else None,
            "expected_value": self.expected_value,
            "weighting": self.weighting,
            "other": self.other,
            "other_complete": self.other_complete,
            "discrepancy": self.discrepancy,
            "demonstration": self.demonstration,
        }

    @classmethod
    def from_json(cls, data: dict) -> PublishedFigure:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["period"] = _from_month(data["period"])
        values["carried"] = [(code, _from_month(period)) for code, period in data.get("carried", [])]
        for name in ("baseline_on", "target_on"):
            values[name] = _date(data.get(name))
        return cls(**values)


@dataclass
class ChildFigure:
    """What a rolled-up figure rests on, child by child."""

    territory: str
    value: float | None
    status: str | None
    carried_from: datetime.date | None = None  # the period of a value carried forward


@dataclass
class IndicatorOutcome:
    """One indicator on one territory, at its headline period (the latest complete or carried one)."""

    indicator: str
    indicator_id: int
    territory: str
    territory_id: int
    weight: float
    counted: bool
    figure: PublishedFigure | None = None
    provisional: list[PublishedFigure] = field(default_factory=list)
    children: list[ChildFigure] = field(default_factory=list)
    attainment: float | None = None
    expected: float | None = None
    gap: float | None = None
    weather: str = progress.Weather.NON_RENSEIGNEE.value
    trend: float | None = None  # per month
    trend_periods: list[datetime.date] = field(default_factory=list)
    trend_territories: list[str] = field(default_factory=list)
    falling: bool = False
    projected: datetime.date | None = None
    reason: str = ""
    value_id: int | None = None
    value_updated_at: datetime.datetime | None = None

    @property
    def period(self) -> datetime.date | None:
        return self.figure.period if self.figure else None

    @property
    def computed(self) -> bool:
        return bool(self.figure and self.figure.computed)

    @property
    def computable(self) -> bool:
        return self.attainment is not None

    @property
    def demonstration(self) -> bool:
        return bool(self.figure and self.figure.demonstration) or any(f.demonstration for f in self.provisional)

    @classmethod
    def from_result(cls, result: progress.IndicatorResult, indicator, tree, territory_id: int, figures):
        children: list[ChildFigure] = []
        current = result.current
        if current is not None and current.computed:
            carried = dict(current.carried)
            for child in tree.children.get(territory_id, ()):
                code = tree.code[child]
                series = figures.series.get(child, {})
                if code in carried:
                    earlier = series.get(carried[code])
                    children.append(
                        ChildFigure(code, earlier.value if earlier else None, "carried", carried_from=carried[code])
                    )
                elif current.period in series:
                    figure = series[current.period]
                    children.append(ChildFigure(code, figure.value, figure.status))
                elif code in current.missing:
                    children.append(ChildFigure(code, None, "missing"))
        trend = result.trend
        return cls(
            indicator=indicator.code,
            indicator_id=indicator.pk,
            territory=tree.code[territory_id],
            territory_id=territory_id,
            weight=result.weight,
            counted=result.counted,
            figure=PublishedFigure.of(current) if current else None,
            provisional=[PublishedFigure.of(f) for f in result.provisional],
            children=children,
            attainment=result.attainment,
            expected=result.expected,
            gap=result.gap,
            weather=result.weather,
            trend=trend.slope if trend else None,
            trend_periods=list(trend.periods) if trend else [],
            trend_territories=list(trend.territories) if trend else [],
            falling=result.falling,
            projected=result.projected,
            reason=result.reason,
        )

    def as_result(self) -> progress.IndicatorResult:
        """What the engagement's evaluation needs of this indicator."""
        current = None
        if self.figure is not None:
            current = progress.Figure(
                period=self.figure.period, value=self.figure.value, discrepancy=self.figure.discrepancy
            )
        return progress.IndicatorResult(
            code=self.indicator,
            weight=self.weight,
            counted=self.counted,
            current=current,
            attainment=self.attainment,
            expected=self.expected,
            gap=self.gap,
            weather=self.weather,
            falling=self.falling,
            projected=self.projected,
        )

    def to_json(self) -> dict:
        return {
            "indicator": self.indicator,
            "indicator_id": self.indicator_id,
            "territory": self.territory,
            "territory_id": self.territory_id,
            "weight": self.weight,
            "counted": self.counted,
            "figure": self.figure.to_json() if self.figure else None,
            "provisional": [f.to_json() for f in self.provisional],
            "children": [[c.territory, c.value, c.status, _month(c.carried_from)] for c in self.children],
            "attainment": self.attainment,
            "expected": self.expected,
            "gap": self.gap,
            "weather": self.weather,
            "trend": self.trend,
            "trend_periods": [_month(p) for p in self.trend_periods],
            "trend_territories": self.trend_territories,
            "falling": self.falling,
            "projected": _month(self.projected),
            "reason": self.reason,
            "value_id": self.value_id,
            "value_updated_at": self.value_updated_at.isoformat() if self.value_updated_at else None,
        }

    @classmethod
    def from_json(cls, data: dict) -> IndicatorOutcome:
        return cls(
            indicator=data["indicator"],
            indicator_id=data["indicator_id"],
            territory=data["territory"],
            territory_id=data["territory_id"],
            weight=data["weight"],
            counted=data["counted"],
            figure=PublishedFigure.from_json(data["figure"]) if data.get("figure") else None,
            provisional=[PublishedFigure.from_json(f) for f in data.get("provisional", [])],
            children=[
                ChildFigure(code, value, status, _from_month(carried))
                for code, value, status, carried in data.get("children", [])
            ],
            attainment=data.get("attainment"),
            expected=data.get("expected"),
            gap=data.get("gap"),
            weather=data.get("weather", progress.Weather.NON_RENSEIGNEE.value),
            trend=data.get("trend"),
            trend_periods=[_from_month(p) for p in data.get("trend_periods", [])],
            trend_territories=data.get("trend_territories", []),
            falling=data.get("falling", False),
            projected=_from_month(data.get("projected")),
            reason=data.get("reason", ""),
            value_id=data.get("value_id"),
            value_updated_at=(
                datetime.datetime.fromisoformat(data["value_updated_at"]) if data.get("value_updated_at") else None
            ),
        )


@dataclass
class IndicatorLine:
    """An indicator as the engagement's figure uses it."""

    indicator: str
    weight: float
    counted: bool
    attainment: float | None
    gap: float | None
    weather: str
    period: datetime.date | None
    reason: str


@dataclass
class MilestoneLine:
    title: str
    weight: float
    done: bool
    overdue: bool
    due_on: datetime.date | None


@dataclass
class EngagementOutcome:
    """One engagement on one territory."""

    engagement: str
    territory: str
    territory_id: int
    percent: float | None
    weather_computed: str
    weather_declared: str
    declared_on: datetime.date | None
    report_id: int | None
    gap: float | None
    counted: int
    computable: int
    indicators: list[IndicatorLine]
    milestones: list[MilestoneLine]
    milestone_percent: float | None
    alerts: list[str]
    flags: list[str]
    data_period: datetime.date | None
    data_period_start: datetime.date | None
    late_since: datetime.date | None = None
    late_item: str = ""
    demonstration: bool = False

    @classmethod
    def from_evaluation(
        cls,
        evaluation: progress.EngagementResult,
        *,
        engagement,
        territory_id: int,
        territory: str,
        indicators: list[IndicatorOutcome],
        milestones: list[progress.MilestoneState],
        declared: tuple[str, datetime.date | None, int | None],
        late,
    ) -> EngagementOutcome:
        return cls(
            engagement=engagement.code,
            territory=territory,
            territory_id=territory_id,
            percent=evaluation.percent,
            weather_computed=evaluation.weather_computed,
            weather_declared=declared[0],
            declared_on=declared[1],
            report_id=declared[2],
            gap=evaluation.gap,
            counted=evaluation.counted,
            computable=evaluation.computable,
            indicators=[
                IndicatorLine(o.indicator, o.weight, o.counted, o.attainment, o.gap, o.weather, o.period, o.reason)
                for o in indicators
            ],
            milestones=[MilestoneLine(m.title, m.weight, m.done, m.overdue, m.due_on) for m in milestones],
            milestone_percent=evaluation.milestone_percent,
            alerts=evaluation.alerts,
            flags=evaluation.flags,
            data_period=evaluation.data_period,
            data_period_start=evaluation.data_period_start,
            late_since=late.due_on if late else None,
            late_item=late.label if late else "",
            demonstration=any(o.demonstration for o in indicators) or any(m.demonstration for m in milestones),
        )

    def to_json(self) -> dict:
        return {
            "engagement": self.engagement,
            "territory": self.territory,
            "territory_id": self.territory_id,
            "percent": self.percent,
            "weather_computed": self.weather_computed,
            "weather_declared": self.weather_declared,
            "declared_on": self.declared_on.isoformat() if self.declared_on else None,
            "report_id": self.report_id,
            "gap": self.gap,
            "counted": self.counted,
            "computable": self.computable,
            "indicators": [
                {
                    "indicator": line.indicator,
                    "weight": line.weight,
                    "counted": line.counted,
                    "attainment": line.attainment,
                    "gap": line.gap,
                    "weather": line.weather,
                    "period": _month(line.period),
                    "reason": line.reason,
                }
                for line in self.indicators
            ],
            "milestones": [
                {
                    "title": m.title,
                    "weight": m.weight,
                    "done": m.done,
                    "overdue": m.overdue,
                    "due_on": m.due_on.isoformat() if m.due_on else None,
                }
                for m in self.milestones
            ],
            "milestone_percent": self.milestone_percent,
            "alerts": self.alerts,
            "flags": self.flags,
            "data_period": _month(self.data_period),
            "data_period_start": _month(self.data_period_start),
            "late_since": self.late_since.isoformat() if self.late_since else None,
            "late_item": self.late_item,
            "demonstration": self.demonstration,
        }

    @classmethod
    def from_json(cls, data: dict) -> EngagementOutcome:
        values: dict[str, Any] = {k: v for k, v in data.items() if k in {f.name for f in fields(cls)}}
        values["declared_on"] = _date(data.get("declared_on"))
        values["late_since"] = _date(data.get("late_since"))
        values["data_period"] = _from_month(data.get("data_period"))
        values["data_period_start"] = _from_month(data.get("data_period_start"))
        values["indicators"] = [
            IndicatorLine(**{**line, "period": _from_month(line.get("period"))}) for line in data.get("indicators", [])
        ]
        values["milestones"] = [
            MilestoneLine(**{**line, "due_on": _date(line.get("due_on"))}) for line in data.get("milestones", [])
        ]
        return cls(**values)


@dataclass
class EngagementShare:
    engagement: str
    percent: float | None
    weather: str


@dataclass
class SummaryOutcome:
    """A theme's or the whole protocol's figure on a territory: the mean of its engagements' computed progress
    (equal weights), with the median, the spread and the distribution of the computed weather."""

    territory: str
    territory_id: int
    percent: float | None
    median: float | None
    minimum: float | None
    maximum: float | None
    counted: int
    total: int
    distribution: dict[str, int]
    weather_computed: str
    weather_declared: str
    engagements: list[EngagementShare]
    data_period: datetime.date | None
    data_period_start: datetime.date | None
    demonstration: bool = False

    def to_json(self) -> dict:
        return {
            "territory": self.territory,
            "territory_id": self.territory_id,
            "percent": self.percent,
            "median": self.median,
            "minimum": self.minimum,
            "maximum": self.maximum,
            "counted": self.counted,
            "total": self.total,
            "distribution": self.distribution,
            "weather_computed": self.weather_computed,
            "weather_declared": self.weather_declared,
            "engagements": [
                {"engagement": e.engagement, "percent": e.percent, "weather": e.weather} for e in self.engagements
            ],
            "data_period": _month(self.data_period),
            "data_period_start": _month(self.data_period_start),
            "demonstration": self.demonstration,
        }

    @classmethod
    def from_json(cls, data: dict) -> SummaryOutcome:
        values: dict[str, Any] = {k: v for k, v in data.items() if k in {f.name for f in fields(cls)}}
        values["data_period"] = _from_month(data.get("data_period"))
        values["data_period_start"] = _from_month(data.get("data_period_start"))
        values["engagements"] = [EngagementShare(**e) for e in data.get("engagements", [])]
        return cls(**values)


def outcome_of(snapshot) -> IndicatorOutcome | EngagementOutcome | SummaryOutcome | None:
    """The typed result a snapshot stores (None for a snapshot written by an older version of the rules)."""
    inputs = snapshot.inputs or {}
    if inputs.get("format") != FORMAT:
        return None
    data = inputs["outcome"]
    if snapshot.scope == "indicator":
        return IndicatorOutcome.from_json(data)
    if snapshot.scope == "engagement":
        return EngagementOutcome.from_json(data)
    return SummaryOutcome.from_json(data)


FORMAT = 2  # the shape of ``inputs``: {"format": 2, "outcome": …}
