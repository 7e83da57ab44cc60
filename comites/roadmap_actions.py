"""Writes of a committee's feuille de route: its fiches actions and their progress notes.

As in ``comites/actions.py``: each action owns its transaction, records the acting user in the audit trail and
checks its rules; callers check permissions first (``comites.permissions``)."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction

from comites.actions import _save
from comites.models import ActionSheet, ActionSheetNote, Committee, Decision
from common.public_cache import bump_public_data_version
from engagements.models import Engagement, Indicator
from engagements.progress import Weather
from reseau.models import Organisation, Territory, User


def _within(territory: Territory, root_id: int) -> bool:
    node = territory
    while node is not None:
        if node.pk == root_id:
            return True
        node = node.parent
    return False


def _check(
    committee: Committee,
    territory: Territory,
    starts_on: datetime.date,
    due_on: datetime.date,
    engagements,
    indicators,
    decisions,
) -> None:
    if due_on < starts_on:
        raise ValidationError("L'échéance précède le début de la fiche action.")
    if not engagements:
        raise ValidationError("Une fiche action sert au moins un engagement du protocole.")
    if not _within(territory, committee.territory_id):
        raise ValidationError(f"Le territoire doit être {committee.territory.name} ou l'un de ses territoires.")
    engagement_ids = {e.pk for e in engagements}
    if any(indicator.engagement_id not in engagement_ids for indicator in indicators):
        raise ValidationError("Chaque indicateur suivi mesure l'un des engagements de la fiche.")
    if any(decision.meeting.committee_id != committee.pk for decision in decisions):
        raise ValidationError("Seules les décisions de ce comité se rattachent à ses fiches actions.")


@transaction.atomic
def save_sheet(
    *,
    committee: Committee,
    by: User | None,
    sheet: ActionSheet | None = None,
    title: str,
    description: str,
    pilot: Organisation,
    partners: list[Organisation],
    engagements: list[Engagement],
    indicators: list[Indicator],
    territory: Territory,
    starts_on: datetime.date,
    due_on: datetime.date,
    decisions: list[Decision],
    is_demo: bool = False,
) -> ActionSheet:
    """Creates a fiche action in ``committee``'s feuille de route, or changes ``sheet``. Preconditions: ``by`` may
    manage the committee."""
    _check(committee, territory, starts_on, due_on, engagements, indicators, decisions)
    if sheet is None:
        sheet = ActionSheet(committee=committee, is_demo=is_demo)
    elif sheet.committee_id != committee.pk:
        raise ValidationError("Cette fiche action appartient à un autre comité.")
    sheet.title, sheet.description = title.strip(), description.strip()
    sheet.pilot, sheet.territory, sheet.starts_on, sheet.due_on = pilot, territory, starts_on, due_on
    _save(sheet, by)
    sheet.partners.set(partners)
    sheet.engagements.set(engagements)
    sheet.indicators.set(indicators)
    sheet.decisions.set(decisions)
    # The engagement pages list the sheets, and they are cached: a new public version on commit.
    transaction.on_commit(bump_public_data_version, robust=True)
    return sheet


@transaction.atomic
def report_on_sheet(*, sheet: ActionSheet, by: User | None, status: str, text: str) -> ActionSheetNote:
    """Records a progress note and the status it sets. Preconditions: ``by`` may report on the sheet (its
    committee's secretaries, its pilot's members)."""
    if status not in Weather.values:
        raise ValidationError("Choisissez un état d'avancement de l'échelle.")
    if not text.strip():
        raise ValidationError("Décrivez l'avancement.")
    sheet = ActionSheet.objects.select_for_update().get(pk=sheet.pk)
    organisation = None
    if by is not None:
        membership = by.memberships.filter(organisation=sheet.pilot_id).first()
        organisation = membership.organisation if membership else None
    note = ActionSheetNote.objects.create(
        sheet=sheet, text=text.strip(), status=status, organisation=organisation, author=by
    )
    sheet.status = status
    _save(sheet, by)
    transaction.on_commit(bump_public_data_version, robust=True)
    return note
