"""« À traiter », at the top of /espace/: what falls to this person now, each with a link to where it is done.

- values proposed by contributors, on the engagements the acting organisation pilots (staff: every engagement);
- late items of the one freshness rule (``engagements.freshness``), from the statuses /espace/ already lists;
- minutes still in draft, for the committees the person is secretary of (staff: every committee), once the
  meeting has taken place;
- open decisions of those committees, and of the acting organisation, overdue or due within two weeks.

A constant number of queries (four), whatever the data.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone

from comites.models import Committee, Decision, Minutes
from common.french import plural
from engagements.freshness import EngagementStatus
from engagements.models import EngagementPartner, IndicatorValue
from reseau.models import Organisation, User

DECISIONS_DUE_WITHIN = datetime.timedelta(days=14)
LIMIT = 20  # drafts and decisions listed at most (the oldest first); the rest is on the pages linked


KINDS = {
    "proposals": "Valeurs à valider",
    "late": "Mises à jour en retard",
    "draft": "Comptes rendus à publier",
    "decision": "Décisions à échéance",
}


@dataclass(frozen=True)
class Todo:
    kind: str  # a key of KINDS
    label: str
    url: str

    @property
    def kind_label(self) -> str:
        return KINDS[self.kind]


def todo_items(
    user: User, organisation: Organisation | None, statuses: list[EngagementStatus], today: datetime.date
) -> list[Todo]:
    return [
        *_proposals(user, organisation),
        *_late(statuses),
        *_drafts(user),
        *_decisions(user, organisation, today),
    ]


def _proposals(user: User, organisation: Organisation | None) -> list[Todo]:
    proposed = IndicatorValue.objects.filter(status=IndicatorValue.Status.PROPOSED)
    if not user.is_staff:
        if organisation is None:
            return []
        piloted = EngagementPartner.objects.filter(organisation=organisation, role=EngagementPartner.Role.PILOT)
        proposed = proposed.filter(indicator__engagement__in=piloted.values("engagement"))
    rows = (
        proposed.values_list("indicator__engagement__code")
        .annotate(count=Count("pk"))
        .order_by("indicator__engagement__order", "indicator__engagement__code")
    )
    return [
        Todo(
            "proposals",
            f"{code} : {plural(count, 'valeur proposée', 'valeurs proposées')} par les contributeurs, à valider",
            reverse("workspace_engagement", args=[code]) + "#review-title",
        )
        for code, count in rows
    ]


def _late(statuses: list[EngagementStatus]) -> list[Todo]:
    items = []
    for status in statuses:
        if not status.overdue:
            continue
        first = status.overdue[0]
        others = len(status.overdue) - 1
        more = f" (et {plural(others, 'autre élément', 'autres éléments')})" if others else ""
        items.append(
            Todo(
                "late",
                f"{status.engagement.code} : en retard depuis {plural(status.late_days, 'jour')} — {first.label}{more}",
                reverse("workspace_engagement", args=[status.engagement.code]),
            )
        )
    return items


def _drafts(user: User) -> list[Todo]:
    drafts = Minutes.objects.filter(state=Minutes.State.DRAFT, meeting__starts_at__lte=timezone.now())
    if not user.is_staff:
        drafts = drafts.filter(meeting__committee__secretaries=user)
    rows = drafts.select_related("meeting__committee").order_by("meeting__starts_at")[:LIMIT]
    return [
        Todo(
            "draft",
            f"{m.meeting.committee.code} : compte rendu de la réunion du "
            f"{timezone.localtime(m.meeting.starts_at):%d/%m/%Y} en brouillon, à publier",
            reverse("secretary_meeting", args=[m.meeting.committee.code, m.meeting.pk]),
        )
        for m in rows
    ]


def _decisions(user: User, organisation: Organisation | None, today: datetime.date) -> list[Todo]:
    mine = Q(owner=organisation) if organisation is not None else Q(pk__in=[])
    if user.is_staff:
        mine = Q()
    else:
        mine |= Q(meeting__committee__secretaries=user)
    rows = (
        Decision.objects.filter(mine, status=Decision.Status.OPEN, due_on__lte=today + DECISIONS_DUE_WITHIN)
        .select_related("meeting__committee")
        .distinct()
        .order_by("due_on", "pk")[:LIMIT]
    )
    # Where it is done: the committee's workspace for its secretary (who closes decisions), the public register
    # for the organisation responsible.
    secretary_of = set(Committee.objects.filter(secretaries=user).values_list("pk", flat=True))
    items = []
    for decision in rows:
        committee = decision.meeting.committee
        when = "échue le" if decision.due_on < today else "à échéance le"
        text = decision.text if len(decision.text) <= 80 else decision.text[:79].rstrip() + "…"
        if user.is_staff or committee.pk in secretary_of:
            url = reverse("secretary_committee", args=[committee.code])
        else:
            url = reverse("decisions") + f"?committee={committee.code}&status=open"
        items.append(Todo("decision", f"{committee.code} : décision {when} {decision.due_on:%d/%m/%Y} — {text}", url))
    return items
