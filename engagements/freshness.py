"""Freshness: what is due, and what is late (DESIGN §4 « Freshness »). One definition, used everywhere: the home
page count, ``/engagements/?en_retard``, ``/espace/``, the API, the CSV files and the engine's flag.

The next value of an indicator for a *reporting territory* (one where the indicator has a target or has ever had
a published value; an indicator with neither anywhere is due at the steering territory) is due at the end of the
period covered by its last value — or, without any value, by its first period (the baseline period of the
territory's target, else the engagement's start) — plus the indicator's frequency plus its publication delay.
The progress report is due ``update_frequency`` months after the pilot's latest report (after the engagement's
start when there is none). An engagement is late when one of those is past due; the oldest missing item is named.

Every function reads in a constant number of queries, whatever the number of engagements, values or territories.
"""

from __future__ import annotations

import calendar
import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Max

from engagements.models import (
    Engagement,
    EngagementPartner,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    ProgressReport,
    ProgressSnapshot,
)
from engagements.progress import add_months, next_due, of_month_fr, period_end
from reseau.models import Organisation, Territory

PROTOCOL_START = datetime.date(2023, 6, 8)  # signature of the protocol


@dataclass(frozen=True)
class DueItem:
    """Something an engagement owes: the next value of an indicator on a territory, or its progress report."""

    engagement_id: int
    kind: str  # "value" or "report"
    due_on: datetime.date
    territory_id: int | None
    territory: str  # name
    territory_code: str
    indicator: str = ""  # code
    indicator_name: str = ""
    period: datetime.date | None = None  # the period whose value is expected
    last_period: datetime.date | None = None  # the period of the last published value, if any

    @property
    def label(self) -> str:
        if self.kind == "report":
            return "Compte rendu d'avancement"
        expected = f"valeur {of_month_fr(self.period)}" if self.period else "première valeur"
        return f"{self.indicator_name} — {self.territory} : {expected}"

    def is_late(self, today: datetime.date) -> bool:
        return self.due_on < today


def months_later(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` later (the last day of a shorter month)."""
    first = add_months(day, months)
    return first.replace(day=min(day.day, calendar.monthrange(first.year, first.month)[1]))


def _start(engagement: Engagement) -> datetime.date:
    return engagement.starts_on or PROTOCOL_START


@dataclass(frozen=True)
class Preloaded:
    """What a caller of the rule has read already, so that the rule does not read it again (the engine)."""

    indicators: list[Indicator] | None = None  # the engagements' indicators, by code
    baselines: dict[tuple[int, int], datetime.date] | None = None  # as _Inputs.baselines
    territories: dict[int, tuple[str, str]] | None = None  # as _Inputs.territories


@dataclass
class _Inputs:
    engagements: list[Engagement]
    indicators: dict[int, list[Indicator]]
    last: dict[tuple[int, int], datetime.date]  # (indicator, territory) → last published period
    baselines: dict[tuple[int, int], datetime.date]  # (indicator, territory) → baseline period of its target
    reports: dict[int, datetime.date]  # engagement → date of the pilot's latest report
    territories: dict[int, tuple[str, str]]  # pk → (code, name)
    steering: int | None


def _load(
    engagements: list[Engagement],
    today: datetime.date,
    steering_code: str,
    last: dict[tuple[int, int], datetime.date] | None = None,
    preloaded: Preloaded | None = None,
) -> _Inputs:
    """The rule's inputs, in a constant number of queries; ``preloaded`` holds those the caller has read already."""
    preloaded = preloaded or Preloaded()
    ids = [e.pk for e in engagements]
    indicators: dict[int, list[Indicator]] = defaultdict(list)
    found = preloaded.indicators
    if found is None:
        found = Indicator.objects.filter(engagement__in=ids).order_by("code")
    for indicator in found:
        indicators[indicator.engagement_id].append(indicator)
    if last is None:
        last = {
            (row["indicator_id"], row["territory_id"]): row["last"]
            for row in IndicatorValue.objects.published()
            .filter(indicator__engagement__in=ids, period__lte=today)
            .values("indicator_id", "territory_id")
            .annotate(last=Max("period"))
        }
    baselines = preloaded.baselines
    if baselines is None:
        baselines = {
            (indicator_id, territory_id): baseline_on.replace(day=1)
            for indicator_id, territory_id, baseline_on in IndicatorTarget.objects.filter(indicator__engagement__in=ids)
            .order_by()
            .values_list("indicator_id", "territory_id", "baseline_on")
        }
    pilot_of = dict(
        EngagementPartner.objects.filter(engagement__in=ids, role=EngagementPartner.Role.PILOT).values_list(
            "engagement_id", "organisation_id"
        )
    )
    reports: dict[int, datetime.date] = {}
    for engagement_id, organisation_id, created_at in (
        ProgressReport.objects.filter(engagement__in=ids, created_at__date__lte=today)
        .values("engagement_id", "organisation_id")
        .annotate(last=Max("created_at"))
        .values_list("engagement_id", "organisation_id", "last")
    ):
        pilot = pilot_of.get(engagement_id)
        if pilot is None or pilot == organisation_id:
            day = created_at.date()
            reports[engagement_id] = max(day, reports.get(engagement_id, day))
    territories = preloaded.territories
    if territories is None:
        territories = {pk: (code, name) for pk, code, name in Territory.objects.values_list("pk", "code", "name")}
    steering = next((pk for pk, (code, _) in territories.items() if code == steering_code), None)
    return _Inputs(engagements, indicators, last, baselines, reports, territories, steering)


def _items(inputs: _Inputs) -> dict[int, list[DueItem]]:
    """The rule itself, on loaded inputs: every item each engagement owes, oldest due first."""
    by_engagement: dict[int, list[DueItem]] = {}
    reporting: dict[int, set[int]] = defaultdict(set)
    for indicator_id, territory_id in list(inputs.last) + list(inputs.baselines):
        reporting[indicator_id].add(territory_id)
    for engagement in inputs.engagements:
        items: list[DueItem] = []
        start = _start(engagement).replace(day=1)
        for indicator in inputs.indicators.get(engagement.pk, []):
            where = reporting.get(indicator.pk) or ({inputs.steering} if inputs.steering else set())
            for territory_id in where:
                last = inputs.last.get((indicator.pk, territory_id))
                reference = last or inputs.baselines.get((indicator.pk, territory_id)) or start
                code, name = inputs.territories[territory_id]
                items.append(
                    DueItem(
                        engagement_id=engagement.pk,
                        kind="value",
                        due_on=next_due(reference, indicator.frequency, indicator.publication_delay_days),
                        territory_id=territory_id,
                        territory=name,
                        territory_code=code,
                        indicator=indicator.code,
                        indicator_name=indicator.name,
                        period=add_months(reference, indicator.frequency),
                        last_period=last,
                    )
                )
        reported = inputs.reports.get(engagement.pk)
        code, name = inputs.territories.get(inputs.steering, ("", "")) if inputs.steering else ("", "")
        items.append(
            DueItem(
                engagement_id=engagement.pk,
                kind="report",
                due_on=months_later(reported or _start(engagement), engagement.update_frequency),
                territory_id=inputs.steering,
                territory=name,
                territory_code=code,
            )
        )
        items.sort(key=lambda i: (i.due_on, i.indicator, i.territory_code))
        by_engagement[engagement.pk] = items
    return by_engagement


def due_items(
    today: datetime.date,
    *,
    engagements: list[Engagement] | None = None,
    steering_code: str | None = None,
    last: dict[tuple[int, int], datetime.date] | None = None,
    preloaded: Preloaded | None = None,
) -> dict[int, list[DueItem]]:
    """Every item each engagement owes (all engagements by default), in a constant number of queries.

    ``last`` (indicator pk, territory pk) → last published period up to ``today``, when the caller has already
    read the values (the engine does), spares reading them again."""
    from django.conf import settings

    engagements = list(Engagement.objects.order_by("order", "code")) if engagements is None else engagements
    inputs = _load(engagements, today, steering_code or settings.HOME_TERRITORY_CODE, last, preloaded)
    return _items(inputs)


def engagement_items(
    engagement: Engagement,
    today: datetime.date,
    *,
    last: dict[tuple[int, int], datetime.date] | None = None,
    preloaded: Preloaded | None = None,
) -> list[DueItem]:
    return due_items(today, engagements=[engagement], last=last, preloaded=preloaded).get(engagement.pk, [])


@dataclass
class Lateness:
    """Whether an engagement is late, since when and for what (the oldest missing item first)."""

    late: list[DueItem] = field(default_factory=list)
    due_this_month: list[DueItem] = field(default_factory=list)

    @property
    def is_late(self) -> bool:
        return bool(self.late)

    @property
    def since(self) -> datetime.date | None:
        return self.late[0].due_on if self.late else None

    @property
    def oldest(self) -> DueItem | None:
        return self.late[0] if self.late else None


def lateness(items: list[DueItem], today: datetime.date) -> Lateness:
    month_close = period_end(today)
    result = Lateness()
    for item in items:
        if item.due_on < today:
            result.late.append(item)
        elif item.due_on <= month_close:
            result.due_this_month.append(item)
    return result


def late_engagements(today: datetime.date) -> dict[int, Lateness]:
    """Every engagement's lateness: the one answer to « which engagements are late »."""
    return {pk: lateness(items, today) for pk, items in due_items(today).items()}


def late_by_engagement(today: datetime.date, tree, territory_id: int | None) -> dict[int, DueItem]:
    """The engagements late on a territory (any late item in its subtree), each with its oldest late item."""
    found = {}
    for engagement_id, items in due_items(today).items():
        item = late_territories(items, tree, today).get(territory_id) if territory_id is not None else None
        if item is not None:
            found[engagement_id] = item
    return found


def late_territories(items: list[DueItem], tree, today: datetime.date) -> dict[int, DueItem]:
    """For every territory whose subtree holds a late item, the oldest such item (the engine's flag)."""
    late: dict[int, DueItem] = {}
    for item in items:
        if item.due_on >= today or item.territory_id is None:
            continue
        for territory_id in tree.ancestors(item.territory_id):
            if territory_id not in late or item.due_on < late[territory_id].due_on:
                late[territory_id] = item
    return late


# --- The workspace's view: what one organisation owes --------------------------------------------------------


@dataclass
class EngagementStatus:
    partner: EngagementPartner
    snapshot: ProgressSnapshot | None = None
    last_report_at: datetime.datetime | None = None
    overdue: list[DueItem] = field(default_factory=list)
    due_this_month: list[DueItem] = field(default_factory=list)
    today: datetime.date | None = None
    items: list[DueItem] = field(default_factory=list)  # everything this organisation owes, due or not yet

    @property
    def engagement(self) -> Engagement:
        return self.partner.engagement

    @property
    def late_since(self) -> datetime.date | None:
        return min((d.due_on for d in self.overdue), default=None)

    @property
    def late_days(self) -> int:
        return (self.today - self.late_since).days if self.late_since and self.today else 0


def organisation_statuses(
    organisation: Organisation, today: datetime.date, *, engagement: Engagement | None = None
) -> list[EngagementStatus]:
    """One status per engagement the organisation carries (pilot first), or only ``engagement``'s: the items of
    the one freshness rule that fall to this organisation (values on the territories where it reports, and the
    progress report when it is the pilot)."""
    from django.db.models import Prefetch

    partners = EngagementPartner.objects.filter(organisation=organisation)
    if engagement is not None:
        partners = partners.filter(engagement=engagement)
    partners = list(
        partners.select_related("engagement")
        .prefetch_related(Prefetch("territories", Territory.objects.in_tree_order()))
        .order_by("role", "engagement__order", "engagement__code")
    )
    if not partners:
        return []
    engagements = [p.engagement for p in partners]
    items = due_items(today, engagements=engagements)
    last_reports = dict(
        ProgressReport.objects.filter(organisation=organisation, engagement__in=engagements)
        .values("engagement_id")
        .annotate(last=Max("created_at"))
        .values_list("engagement_id", "last")
    )
    snapshots = {
        s.engagement_id: s
        for s in ProgressSnapshot.objects.filter(
            scope=ProgressSnapshot.Scope.ENGAGEMENT,
            engagement__in=engagements,
            territory=organisation.territory,
            as_of__lte=today,
        ).order_by("engagement_id", "as_of")
    }
    statuses = []
    for partner in partners:
        where = {t.pk for t in partner.territories.all()}
        is_pilot = partner.role == EngagementPartner.Role.PILOT
        mine = [
            item
            for item in items.get(partner.engagement_id, [])
            if (item.kind == "report" and is_pilot) or (item.kind == "value" and item.territory_id in where)
        ]
        state = lateness(mine, today)
        statuses.append(
            EngagementStatus(
                partner,
                snapshots.get(partner.engagement_id),
                last_report_at=last_reports.get(partner.engagement_id),
                overdue=state.late,
                due_this_month=state.due_this_month,
                today=today,
                items=mine,
            )
        )
    return statuses
