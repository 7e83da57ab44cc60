"""What an organisation owes on its engagements: freshness, weather and what falls due this month (DESIGN §4).

Read by the workspace home in a fixed number of queries, whatever the number of engagements or values.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Max, Prefetch

from engagements.models import Engagement, EngagementPartner, IndicatorValue, ProgressReport, ProgressSnapshot
from engagements.progress import add_months, next_due
from reseau.models import Organisation, Territory


@dataclass
class Due:
    label: str
    due_on: datetime.date


@dataclass
class EngagementStatus:
    partner: EngagementPartner
    snapshot: ProgressSnapshot | None = None
    last_report_at: datetime.datetime | None = None
    overdue: list[Due] = field(default_factory=list)
    due_this_month: list[Due] = field(default_factory=list)
    today: datetime.date | None = None

    @property
    def engagement(self) -> Engagement:
        return self.partner.engagement

    @property
    def late_since(self) -> datetime.date | None:
        return min((d.due_on for d in self.overdue), default=None)

    @property
    def late_days(self) -> int:
        return (self.today - self.late_since).days if self.late_since else 0


def organisation_statuses(
    organisation: Organisation, today: datetime.date, *, engagement: Engagement | None = None
) -> list[EngagementStatus]:
    """One status per engagement the organisation carries (pilot first), or only ``engagement``'s, in six queries."""
    partners = EngagementPartner.objects.filter(organisation=organisation)
    if engagement is not None:
        partners = partners.filter(engagement=engagement)
    partners = list(
        partners.select_related("engagement")
        .prefetch_related(
            Prefetch("territories", Territory.objects.order_by("code")),
            "engagement__indicators",
        )
        .order_by("role", "engagement__order", "engagement__code")
    )
    if not partners:
        return []
    engagement_ids = [p.engagement_id for p in partners]
    last_values = (
        IndicatorValue.objects.filter(indicator__engagement__in=engagement_ids)
        .exclude(status=IndicatorValue.Status.REJECTED)
        .values("indicator_id", "territory_id")
        .annotate(last=Max("period"))
    )
    by_indicator: dict[int, list[tuple[int, datetime.date]]] = {}
    for row in last_values:
        by_indicator.setdefault(row["indicator_id"], []).append((row["territory_id"], row["last"]))
    last_reports = dict(
        ProgressReport.objects.filter(organisation=organisation, engagement__in=engagement_ids)
        .values("engagement_id")
        .annotate(last=Max("created_at"))
        .values_list("engagement_id", "last")
    )
    snapshots = {
        s.engagement_id: s
        for s in ProgressSnapshot.objects.filter(
            scope=ProgressSnapshot.Scope.ENGAGEMENT, engagement__in=engagement_ids, territory=organisation.territory
        ).order_by("engagement_id", "as_of")
    }
    month_end = add_months(today.replace(day=1), 1) - datetime.timedelta(days=1)
    statuses = []
    for partner in partners:
        status = EngagementStatus(partner, snapshots.get(partner.engagement_id), today=today)
        status.last_report_at = last_reports.get(partner.engagement_id)
        engagement = partner.engagement
        if status.last_report_at is None:
            report_due = engagement.starts_on or today
        else:
            report_due = add_months(status.last_report_at.date(), engagement.update_frequency)
        _classify(status, Due("Compte rendu d'avancement", report_due), today, month_end)
        territories = {t.pk: t for t in partner.territories.all()}
        for indicator in engagement.indicators.all():
            for territory_id, last in by_indicator.get(indicator.pk, []):
                if territory_id in territories:
                    due_on = next_due(last, indicator.frequency, indicator.publication_delay_days)
                    label = f"{indicator.name} — {territories[territory_id].name}, après {last:%m/%Y}"
                    _classify(status, Due(label, due_on), today, month_end)
        statuses.append(status)
    return statuses


def _classify(status: EngagementStatus, due: Due, today: datetime.date, month_end: datetime.date) -> None:
    if due.due_on < today:
        status.overdue.append(due)
    elif due.due_on <= month_end:
        status.due_this_month.append(due)
