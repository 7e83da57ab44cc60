"""The versions page of an engagement: every report, value change and milestone change, newest first.

Read from django-simple-history's tables; "before" is the previous historical row of the same object.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Q

from engagements.models import IndicatorValue, Milestone, ProgressReport, ValueRevision, Weather
from engagements.progress import fr

PER_PAGE = 50
VALUE_FIELDS = [
    ("value", "valeur"),
    ("base", "base"),
    ("status", "statut"),
    ("note", "note"),
    ("review_note", "motif de la revue"),
]
# What anyone on the engagement may see of another organisation's published value: no note, no review reason.
PUBLIC_VALUE_FIELDS = [("value", "valeur"), ("base", "base"), ("status", "statut")]
STATUS_LABELS = dict(IndicatorValue.Status.choices)
ACTIONS = {"+": "création", "~": "modification", "-": "suppression"}


@dataclass
class Entry:
    when: datetime.datetime
    who: str
    organisation: str
    kind: str
    subject: str
    action: str
    changes: list[tuple[str, str, str]] = field(default_factory=list)
    text: str = ""


def _show(name: str, value) -> str:
    if value is None or value == "":
        return "—"
    if name == "status":
        return STATUS_LABELS.get(value, value)
    if isinstance(value, Decimal):
        return fr(float(value))
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def _diff(row, previous, fields) -> list[tuple[str, str, str]]:
    changes = []
    for name, label in fields:
        after = getattr(row, name)
        before = getattr(previous, name) if previous is not None else None
        if previous is None and (after is None or after == ""):
            continue
        if previous is None or before != after:
            changes.append((label, _show(name, before) if previous is not None else "—", _show(name, after)))
    return changes


def _previous_rows(model, rows, visible: Q | None = None) -> dict[int, object]:
    """For each historical row, the one before it of the same object (among the ``visible`` ones), in one query."""
    ids = {row.id for row in rows}
    if not ids:
        return {}
    earliest = min(row.history_date for row in rows)
    chain: dict[int, list] = {}
    for row in model.objects.filter(visible or Q(), id__in=ids).order_by("id", "history_date", "history_id"):
        chain.setdefault(row.id, []).append(row)
    previous = {}
    for versions in chain.values():
        for before, after in zip(versions, versions[1:], strict=False):
            if after.history_date >= earliest:
                previous[after.history_id] = before
    return previous


def engagement_history(engagement, *, page: int = 1, viewer=None) -> tuple[list[Entry], bool]:
    """A page of entries and whether there are more, in a fixed number of queries whatever the history's length.

    ``viewer`` (an ``EngagementAccess``) restricts what a contributor sees: published values and its own
    organisation's proposals; other organisations' proposals, refusals and reasons, and the names of people outside
    its organisation, are left out (hardening issue, item 6). ``None`` shows everything.
    """
    limit = page * PER_PAGE + 1

    def sees(organisation_id) -> bool:
        return viewer is None or viewer.sees_value_of(organisation_id)

    def person(user, organisation_id) -> str:
        if not sees(organisation_id):
            return ""
        return user.get_full_name() if user else "Système"

    weather_labels = dict(Weather.choices)
    entries: list[Entry] = []
    for report in (
        ProgressReport.objects.filter(engagement=engagement)
        .select_related("author", "organisation", "territory")
        .order_by("-created_at", "-pk")[:limit]
    ):
        changes = [("météo", "—", weather_labels.get(report.weather, report.weather))]
        if report.declared_percent is not None:
            changes.append(("avancement déclaré", "—", f"{report.declared_percent} %"))
        entries.append(
            Entry(
                when=report.created_at,
                who=(report.author.get_full_name() if report.author else "Reprise de données")
                if sees(report.organisation_id)
                else "",
                organisation=report.organisation.name,
                kind="Compte rendu",
                subject=report.territory.name,
                action="dépôt",
                changes=changes,
                text=report.narrative,
            )
        )
    value_model = IndicatorValue.history.model
    visible = viewer.value_filter() if viewer is not None else Q()
    value_rows = list(
        value_model.objects.filter(visible, indicator__engagement=engagement)
        .select_related("history_user", "indicator", "territory", "organisation")
        .order_by("-history_date", "-history_id")[:limit]
    )
    previous = _previous_rows(value_model, value_rows, visible)
    for row in value_rows:
        fields = VALUE_FIELDS if sees(row.organisation_id) else PUBLIC_VALUE_FIELDS
        entries.append(
            Entry(
                when=row.history_date,
                who=person(row.history_user, row.organisation_id),
                organisation=row.organisation.name if row.organisation else "",
                kind="Valeur",
                subject=f"{row.indicator.name} — {row.territory.name}, {row.period:%m/%Y}",
                action=ACTIONS.get(row.history_type, row.history_type),
                changes=_diff(row, previous.get(row.history_id), fields),
            )
        )
    for revision in (
        ValueRevision.objects.filter(indicator__engagement=engagement)
        .select_related("indicator", "territory", "organisation")
        .order_by("-revised_at", "-pk")[:limit]
    ):
        changes = [("valeur publiée", _show("value", revision.old_value), _show("value", revision.new_value))]
        if revision.old_base != revision.new_base:
            changes.append(("base", _show("base", revision.old_base), _show("base", revision.new_base)))
        entries.append(
            Entry(
                when=revision.revised_at,
                who="",
                organisation=revision.organisation.name,
                kind="Révision publique",
                subject=f"{revision.indicator.name} — {revision.territory.name}, {revision.period:%m/%Y}",
                action="révision",
                changes=changes,
                text=f"Motif : {revision.reason}",
            )
        )
    milestone_model = Milestone.history.model
    milestone_rows = list(
        milestone_model.objects.filter(engagement=engagement)
        .select_related("history_user")
        .order_by("-history_date", "-history_id")[:limit]
    )
    previous = _previous_rows(milestone_model, milestone_rows)
    for row in milestone_rows:
        entries.append(
            Entry(
                when=row.history_date,
                who=person(row.history_user, viewer.pilot.organisation_id if viewer and viewer.pilot else None),
                organisation="",
                kind="Jalon",
                subject=row.title,
                action=ACTIONS.get(row.history_type, row.history_type),
                changes=_diff(row, previous.get(row.history_id), [("done_on", "réalisé le"), ("due_on", "échéance")]),
            )
        )
    entries.sort(key=lambda e: e.when, reverse=True)
    start = (page - 1) * PER_PAGE
    return entries[start : start + PER_PAGE], len(entries) > start + PER_PAGE
