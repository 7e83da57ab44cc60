"""The versions page of an engagement: every report, value change and milestone change, newest first.

Read from django-simple-history's tables; "before" is the previous historical row of the same object.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from engagements.models import IndicatorValue, Milestone, ProgressReport, Weather
from engagements.progress import fr

PER_PAGE = 50
VALUE_FIELDS = [
    ("value", "valeur"),
    ("base", "base"),
    ("status", "statut"),
    ("note", "note"),
    ("review_note", "motif de la revue"),
]
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


def _previous_rows(model, rows) -> dict[int, object]:
    """For each historical row, the one before it of the same object, in one query."""
    ids = {row.id for row in rows}
    if not ids:
        return {}
    earliest = min(row.history_date for row in rows)
    chain: dict[int, list] = {}
    for row in model.objects.filter(id__in=ids).order_by("id", "history_date", "history_id"):
        chain.setdefault(row.id, []).append(row)
    previous = {}
    for versions in chain.values():
        for before, after in zip(versions, versions[1:], strict=False):
            if after.history_date >= earliest:
                previous[after.history_id] = before
    return previous


def engagement_history(engagement, *, page: int = 1) -> tuple[list[Entry], bool]:
    """A page of entries and whether there are more, in five queries whatever the history's length."""
    limit = page * PER_PAGE + 1
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
                who=report.author.get_full_name() if report.author else "Reprise de données",
                organisation=report.organisation.name,
                kind="Compte rendu",
                subject=report.territory.name,
                action="dépôt",
                changes=changes,
                text=report.narrative,
            )
        )
    value_model = IndicatorValue.history.model
    value_rows = list(
        value_model.objects.filter(indicator__engagement=engagement)
        .select_related("history_user", "indicator", "territory", "organisation")
        .order_by("-history_date", "-history_id")[:limit]
    )
    previous = _previous_rows(value_model, value_rows)
    for row in value_rows:
        entries.append(
            Entry(
                when=row.history_date,
                who=row.history_user.get_full_name() if row.history_user else "Système",
                organisation=row.organisation.name if row.organisation else "",
                kind="Valeur",
                subject=f"{row.indicator.name} — {row.territory.name}, {row.period:%m/%Y}",
                action=ACTIONS.get(row.history_type, row.history_type),
                changes=_diff(row, previous.get(row.history_id), VALUE_FIELDS),
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
                who=row.history_user.get_full_name() if row.history_user else "Système",
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
