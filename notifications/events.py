"""The events followers are told about (issue #15, item 3), collected from the public records of one day.

Collecting is idempotent: an event is unique per source and topic, and collecting a day again updates what changed
(a second recompute the same day, more figures). Only public facts: published minutes, decisions whose minutes are
published, computed weather, accepted values.
"""

from __future__ import annotations

import datetime
from collections import defaultdict

from django.conf import settings
from django.db import transaction
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone

from comites.models import Decision, MinutesVersion
from engagements.engine import TerritoryTree
from engagements.models import Engagement, IndicatorValue, ProgressSnapshot
from engagements.progress import Weather
from notifications.models import Event, Topic
from notifications.reminders import day_bounds

Kind = Event.Kind


def _record(kind: str, source: str, topics: list[tuple[str, str]], title: str, path: str, at, summary: str = "") -> int:
    for topic, key in topics:
        Event.objects.update_or_create(
            source=source,
            topic=topic,
            key=key,
            defaults={
                "kind": kind,
                "title": title[:300],
                "summary": summary,
                "path": path,
                "occurred_at": at,
                "occurred_on": timezone.localdate(at),
            },
        )
    return len(topics)


def _minutes(start, end) -> int:
    count = 0
    for version in (
        MinutesVersion.objects.filter(published_at__gte=start, published_at__lt=end, minutes__state="published")
        .select_related("minutes__meeting__committee")
        .order_by("published_at", "pk")
    ):
        meeting = version.minutes.meeting
        committee = meeting.committee
        day = timezone.localtime(meeting.starts_at)
        what = "publié" if version.number == 1 else f"modifié (version {version.number})"
        title = f"{committee.code} — compte rendu de la réunion du {day:%d/%m/%Y} {what}"
        summary = version.change_note if version.number > 1 else ""
        count += _record(
            Kind.MINUTES,
            f"minutes:{version.pk}",
            [(Topic.COMMITTEE, committee.code)],
            title,
            meeting.get_absolute_url(),
            version.published_at,
            summary,
        )
    return count


def _decision_topics(decision: Decision) -> list[tuple[str, str]]:
    topics = [(Topic.DECISIONS, ""), (Topic.COMMITTEE, decision.meeting.committee.code)]
    if decision.engagement_id:
        topics.append((Topic.ENGAGEMENT, decision.engagement.code))
    return topics


def _decisions(day: datetime.date, start, end) -> int:
    count = 0
    public = Decision.objects.public().select_related("meeting__committee", "engagement")
    for decision in public.filter(closed_at__gte=start, closed_at__lt=end).order_by("closed_at", "pk"):
        count += _record(
            Kind.DECISION_CLOSED,
            f"decision-closed:{decision.pk}",
            _decision_topics(decision),
            f"Décision {decision.get_status_display().lower()} : {decision.text[:200]}",
            decision.get_absolute_url(),
            decision.closed_at,
            decision.closing_note,
        )
    # Overdue from ``day`` on: still open, due the day before.
    for decision in public.open().filter(due_on=day - datetime.timedelta(days=1)).order_by("pk"):
        count += _record(
            Kind.DECISION_OVERDUE,
            f"decision-overdue:{decision.pk}",
            _decision_topics(decision),
            f"Décision en retard (échéance du {decision.due_on:%d/%m/%Y}) : {decision.text[:200]}",
            decision.get_absolute_url(),
            start,
        )
    return count


def _weather(day: datetime.date, start) -> int:
    """An engagement whose computed weather at the steering territory differs from its previous day's."""
    home = settings.HOME_TERRITORY_CODE
    scope = ProgressSnapshot.Scope.ENGAGEMENT
    today = {
        s.engagement_id: s.weather_computed
        for s in ProgressSnapshot.objects.filter(scope=scope, territory__code=home, as_of=day)
    }
    if not today:
        return 0
    before = {
        s.engagement_id: s.weather_computed
        for s in ProgressSnapshot.objects.latest_per_object(scope, day - datetime.timedelta(days=1)).filter(
            territory__code=home
        )
    }
    codes = dict(Engagement.objects.filter(pk__in=today).values_list("pk", "code"))
    count = 0
    for engagement_id, weather in sorted(today.items()):
        previous = before.get(engagement_id)
        source = f"weather:{engagement_id}:{day.isoformat()}"
        if previous is None or previous == weather:
            Event.objects.filter(source=source).delete()  # changed, then changed back the same day
            continue
        code = codes[engagement_id]
        count += _record(
            Kind.WEATHER,
            source,
            [(Topic.ENGAGEMENT, code)],
            f"{code} — météo calculée : {Weather(previous).label} → {Weather(weather).label}",
            reverse("engagement", args=[code]),
            start,
        )
    return count


def _figures(day: datetime.date, start, end) -> int:
    """Accepted values written that day, counted per territory and each territory above it."""
    rows = (
        IndicatorValue.objects.filter(status=IndicatorValue.Status.ACCEPTED, updated_at__gte=start, updated_at__lt=end)
        .values("territory_id", "indicator__name")
        .annotate(n=Count("pk"))
        .order_by()
    )
    by_territory: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    tree = None
    for row in rows:
        tree = tree or TerritoryTree.load()
        for territory_id in tree.ancestors(row["territory_id"]):
            by_territory[territory_id][row["indicator__name"]] += row["n"]
    count = 0
    for territory_id, indicators in by_territory.items():
        code, name = tree.code[territory_id], tree.name[territory_id]
        values = sum(indicators.values())
        names = sorted(indicators)
        summary = " ; ".join(names[:5]) + (f" ; et {len(names) - 5} autres" if len(names) > 5 else "")
        count += _record(
            Kind.FIGURES,
            f"figures:{day.isoformat()}",
            [(Topic.TERRITORY, code)],
            f"{name} — {values} nouvelle{'s' if values > 1 else ''} valeur{'s' if values > 1 else ''} "
            f"pour {len(names)} indicateur{'s' if len(names) > 1 else ''}",
            reverse("territory", args=[code]),
            start,
            summary,
        )
    return count


@transaction.atomic
def collect(day: datetime.date) -> int:
    """Records the events of ``day`` (local time); returns how many (event × topic) rows it wrote."""
    start, end = day_bounds(day)
    return _minutes(start, end) + _decisions(day, start, end) + _weather(day, start) + _figures(day, start, end)
