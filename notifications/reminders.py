"""Partner reminders (issue #15, item 1): who is reminded of what, and when.

When: ``REMINDER_DAYS_BEFORE_MEETING`` days (10) before a meeting of a committee whose territory one of the
organisation's reporting territories rolls up to, and on ``REMINDER_WEEKDAY`` (Monday) otherwise. What: exactly
the items of the one freshness rule (``engagements.freshness``) that fall to the organisation and are late or due
by the meeting (by the end of the coming week for the weekly reminder), and, for the pilot, the open milestones due
by then. Nothing when nothing is due.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from comites.models import Meeting
from engagements.engine import TerritoryTree
from engagements.freshness import DueItem, organisation_statuses
from engagements.models import EngagementPartner, Milestone
from engagements.progress import of_month_fr
from reseau.models import Membership, Organisation, User


@dataclass
class Plan:
    """One organisation's reminder for one day."""

    organisation: Organisation
    horizon: datetime.date
    meeting: str  # the meeting that brings the reminder forward, "" for the weekly one
    items: list[dict] = field(default_factory=list)


def day_bounds(day: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
    return start, start + datetime.timedelta(days=1)


def meetings_in(days_before: int, today: datetime.date) -> list[Meeting]:
    """The planned meetings that take place ``days_before`` days from ``today``."""
    start, end = day_bounds(today + datetime.timedelta(days=days_before))
    return list(
        Meeting.objects.filter(status=Meeting.Status.PLANNED, starts_at__gte=start, starts_at__lt=end)
        .select_related("committee")
        .order_by("starts_at", "pk")
    )


def value_item(item: DueItem, engagement_code: str, today: datetime.date) -> dict:
    period = f"{item.period:%Y-%m}" if item.period else ""
    if item.kind == "report":
        path = reverse("workspace_engagement", args=[engagement_code]) + "#report"
        label = "Compte rendu d'avancement"
    else:
        query = f"?territoire={item.territory_code}"
        if item.period:
            query += f"&indicateur={item.indicator}&periode={period}&fin={period}"
        path = reverse("workspace_values", args=[engagement_code]) + query
        when = f"valeur {of_month_fr(item.period)}" if item.period else "première valeur"
        label = f"{item.indicator_name} — {item.territory} : {when}"
    return {
        "kind": item.kind,
        "engagement": engagement_code,
        "label": label,
        "indicator": item.indicator,
        "territory": item.territory_code,
        "period": period,
        "due_on": item.due_on.isoformat(),
        "due_fr": f"{item.due_on:%d/%m/%Y}",
        "late": item.due_on < today,
        "path": path,
    }


def milestone_item(milestone: Milestone, today: datetime.date) -> dict:
    return {
        "kind": "milestone",
        "engagement": milestone.engagement.code,
        "label": f"Jalon : {milestone.title}",
        "indicator": "",
        "territory": "",
        "period": "",
        "due_on": milestone.due_on.isoformat(),
        "due_fr": f"{milestone.due_on:%d/%m/%Y}",
        "late": milestone.due_on < today,
        "path": reverse("workspace_engagement", args=[milestone.engagement.code]) + "#milestones",
    }


def organisation_plan(
    organisation: Organisation, today: datetime.date, meetings: list[Meeting], weekly: bool, tree: TerritoryTree
) -> Plan | None:
    statuses = organisation_statuses(organisation, today)
    if not statuses:
        return None
    covered = {ancestor for s in statuses for t in s.partner.territories.all() for ancestor in tree.ancestors(t.pk)}
    relevant = [m for m in meetings if m.committee.territory_id in covered]
    if relevant:
        meeting = relevant[-1]
        horizon = timezone.localdate(meeting.starts_at)
        reason = f"{meeting.committee.name}, réunion du {horizon:%d/%m/%Y}"
    elif weekly:
        horizon, reason = today + datetime.timedelta(days=7), ""
    else:
        return None
    items = [
        value_item(item, status.engagement.code, today)
        for status in statuses
        for item in status.items
        if item.due_on <= horizon
    ]
    piloted = [s.engagement for s in statuses if s.partner.role == EngagementPartner.Role.PILOT]
    items += [
        milestone_item(milestone, today)
        for milestone in Milestone.objects.filter(engagement__in=piloted, done_on__isnull=True, due_on__lte=horizon)
        .select_related("engagement")
        .order_by("due_on", "pk")
    ]
    if not items:
        return None
    items.sort(key=lambda i: (i["due_on"], i["engagement"], i["label"]))
    return Plan(organisation, horizon, reason, items)


def plans(today: datetime.date, weekly: bool | None = None) -> dict[User, list[Plan]]:
    """Each person to remind today, with one plan per organisation of theirs that owes something (``weekly``: the
    weekly reminder whatever the day, for the demo)."""
    meetings = meetings_in(settings.REMINDER_DAYS_BEFORE_MEETING, today)
    if weekly is None:
        weekly = today.weekday() == settings.REMINDER_WEEKDAY
    if not meetings and not weekly:
        return {}
    tree = TerritoryTree.load()
    organisations = Organisation.objects.filter(engagement_roles__isnull=False).distinct().order_by("name", "pk")
    by_organisation = {}
    for organisation in organisations:
        plan = organisation_plan(organisation, today, meetings, weekly, tree)
        if plan is not None:
            by_organisation[organisation.pk] = plan
    people: dict[User, list[Plan]] = defaultdict(list)
    for membership in (
        Membership.objects.filter(organisation__in=by_organisation, user__is_active=True)
        .select_related("user")
        .order_by("user__email", "organisation__name")
    ):
        people[membership.user].append(by_organisation[membership.organisation_id])
    return dict(people)


def entry_rows(reminder) -> list[dict]:
    """The reminder's items as the rows of its grid: each value still missing gets the fields to enter it here (the
    values grid's own form, posted to the grid's endpoint); what was entered since, by anyone, is shown as done.
    Three queries, whatever the number of items."""
    from engagements.models import Indicator, IndicatorValue

    items = list(reminder.items)
    codes = {item["indicator"] for item in items if item["kind"] == "value" and item["period"]}
    indicators = {i.code: i for i in Indicator.objects.filter(code__in=codes)}
    entered = set()
    if indicators:
        periods = {datetime.date.fromisoformat(item["period"] + "-01") for item in items if item["period"]}
        for indicator_id, territory_code, period in IndicatorValue.objects.filter(
            indicator__in=indicators.values(),
            period__in=periods,
            status__in=[IndicatorValue.Status.ACCEPTED, IndicatorValue.Status.PROPOSED],
        ).values_list("indicator_id", "territory__code", "period"):
            entered.add((indicator_id, territory_code, f"{period:%Y-%m}"))
    rows = []
    for item in items:
        indicator = indicators.get(item["indicator"])
        row = {**item, "indicator_obj": indicator, "done": False, "entry": False}
        if indicator is not None:
            row["done"] = (indicator.pk, item["territory"], item["period"]) in entered
            row["entry"] = not row["done"]
            row["save_path"] = reverse("workspace_save_value", args=[item["engagement"]])
        rows.append(row)
    return rows
