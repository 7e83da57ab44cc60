"""Partner writes on an engagement: values (entered, proposed, reviewed), progress reports, milestones.

Each action owns its transaction and marks the engagement dirty (``recompute.mark_dirty``), which enqueues the
recompute on commit. Imports of CSV files are in ``engagements.value_imports``; the recompute and the snapshot
storage in ``engagements.recompute``.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from enum import Enum

from django.db import IntegrityError, transaction
from django.utils import timezone

from engagements.models import (
    Engagement,
    Indicator,
    IndicatorValue,
    Milestone,
    ProgressReport,
    ValueRevision,
)
from engagements.permissions import EngagementAccess, engagement_access
from engagements.recompute import mark_dirty
from reseau.models import Organisation, Territory, User


class Conflict(Exception):
    """The row changed since the form was loaded: nothing was written; ``current`` is what is there now (None when
    the form names a version of a row that does not exist, e.g. an empty cell)."""

    def __init__(self, current: IndicatorValue | None) -> None:
        super().__init__(f"{current} changed (now version {current.version})" if current else "no such row")
        self.current = current


def record_value(
    *,
    indicator: Indicator,
    territory: Territory,
    period: datetime.date,
    value: Decimal,
    organisation: Organisation,
    author: User | None,
    base: Decimal | None = None,
    note: str = "",
    expected_version: int | None = None,
    access: EngagementAccess | None = None,
) -> IndicatorValue:
    """Enter a value: the pilot's (or staff's) replaces the published one, a contributor's is a proposal beside it.

    Preconditions: the caller has checked that ``author`` may report for ``organisation`` on this indicator and
    territory (``engagements.permissions``), and that the value fits the indicator's unit and ``period`` is the
    first day of a month not after the current one. A pilot's entry that changes a published value records a
    public :class:`ValueRevision`. A contributor's proposal never touches the published value (DESIGN §4): it
    amends the organisation's open proposal on that cell, or opens one.

    ``expected_version`` is the version of the row the form was loaded at — the published value for a pilot, the
    organisation's open proposal for a contributor — and 0 when there was none; when the row has moved on since,
    :class:`Conflict` is raised and nothing is written. ``None`` skips the check (imports, scripts).
    ``access`` is the author's access to the indicator's engagement when the caller has it (the views).
    """
    if access is None:
        access = engagement_access(author, organisation, indicator.engagement)
    accepted = access.enters_accepted_values
    fields = {"value": value, "base": base, "note": note, "organisation": organisation, "author": author}
    with transaction.atomic():
        if accepted:
            row, changed = enter_accepted(indicator, territory, period, expected_version, fields)
        else:
            row, changed = propose(indicator, territory, period, expected_version, fields)
        if changed and accepted and indicator.engagement_id is not None:
            mark_dirty(indicator.engagement_id, indicator_id=indicator.pk, territory_id=territory.pk)
    return row


def _check_version(row: IndicatorValue | None, expected_version: int | None) -> None:
    if expected_version is None:
        return
    if row is None and expected_version != 0:
        raise Conflict(None)
    if row is not None and row.version != expected_version:
        raise Conflict(row)


def _create(queryset, row: IndicatorValue) -> None:
    """Insert a new row; losing the race to create it is a conflict with the winner."""
    try:
        # A savepoint, so that losing the race leaves the outer transaction usable.
        with transaction.atomic():
            row.save()
    except IntegrityError:
        raise Conflict(queryset.first()) from None


def enter_accepted(indicator, territory, period, expected_version, fields) -> tuple[IndicatorValue, bool]:
    """Create or replace the published value of a cell under a row lock; returns it and whether it changed."""
    cell = IndicatorValue.objects.cell(indicator, territory, period).published()
    row = cell.select_for_update().first()
    _check_version(row, expected_version)
    author = fields["author"]
    if row is None:
        row = IndicatorValue(
            indicator=indicator, territory=territory, period=period, status=IndicatorValue.Status.ACCEPTED, **fields
        )
        row._history_user = author
        _create(cell, row)
        return row, True
    if all(getattr(row, name) == v for name, v in fields.items() if name != "author"):
        return row, False
    if (row.value, row.base) != (fields["value"], fields["base"]):
        _record_revision(
            row,
            new_value=fields["value"],
            new_base=fields["base"],
            organisation=fields["organisation"],
            reason=fields["note"].strip() or f"Nouvelle valeur transmise par {fields['organisation'].name}.",
        )
    for name, field_value in fields.items():
        setattr(row, name, field_value)
    row.reviewer, row.reviewed_at, row.review_note = None, None, ""
    row.version += 1
    row._history_user = author
    row.save()
    return row, True


def propose(indicator, territory, period, expected_version, fields) -> tuple[IndicatorValue, bool]:
    """Open or amend an organisation's proposal on a cell; the published value is not read, let alone written."""
    cell = IndicatorValue.objects.cell(indicator, territory, period).filter(
        status=IndicatorValue.Status.PROPOSED, organisation=fields["organisation"]
    )
    row = cell.select_for_update().first()
    _check_version(row, expected_version)
    author = fields["author"]
    if row is None:
        row = IndicatorValue(
            indicator=indicator, territory=territory, period=period, status=IndicatorValue.Status.PROPOSED, **fields
        )
        row._history_user = author
        _create(cell, row)
        return row, True
    if all(getattr(row, name) == v for name, v in fields.items() if name != "author"):
        return row, False
    for name, field_value in fields.items():
        setattr(row, name, field_value)
    row.version += 1
    row._history_user = author
    row.save()
    return row, True


def _record_revision(old: IndicatorValue, *, new_value, new_base, organisation, reason: str) -> ValueRevision:
    return ValueRevision.objects.create(
        indicator_id=old.indicator_id,
        territory_id=old.territory_id,
        period=old.period,
        old_value=old.value,
        old_base=old.base,
        new_value=new_value,
        new_base=new_base,
        organisation=organisation,
        reason=reason,
    )


class Review(Enum):
    ACCEPT = "accept"
    CORRECT = "correct"
    REJECT = "reject"


def review_value(
    *,
    value: IndicatorValue,
    reviewer: User,
    decision: Review,
    expected_version: int,
    corrected: Decimal | None = None,
    corrected_base: Decimal | None = None,
    reason: str = "",
) -> IndicatorValue:
    """Accept, accept with a correction, or refuse a contributor's proposal.

    Preconditions: ``reviewer`` may review for the engagement's pilot (``permissions.can_review``); a correction
    fits the indicator's unit; a refusal has a reason. Raises :class:`Conflict` when the proposal is no longer the
    one the reviewer saw (another review, or the contributor amended it). A refusal leaves the published value
    untouched and keeps the proposal, refused, with its reason. An acceptance makes the proposal the published
    value: the one it replaces is kept as *replaced*, and the change is recorded as a public revision.
    """
    with transaction.atomic():
        row = IndicatorValue.objects.select_for_update().select_related("indicator", "organisation").get(pk=value.pk)
        if row.version != expected_version or row.status != IndicatorValue.Status.PROPOSED:
            raise Conflict(row)
        row.reviewer = reviewer
        row.reviewed_at = timezone.now()
        row.version += 1
        row._history_user = reviewer
        if decision is Review.REJECT:
            row.status = IndicatorValue.Status.REJECTED
            row.review_note = reason
            row.save()
            return row
        row.review_note = reason
        if decision is Review.CORRECT:
            row.review_note = reason or f"Corrigée à la validation (valeur proposée : {row.value.normalize()})."
            row.value = corrected if corrected is not None else row.value
            row.base = corrected_base if corrected_base is not None else row.base
        current = (
            IndicatorValue.objects.cell(row.indicator_id, row.territory_id, row.period)
            .published()
            .select_for_update()
            .first()
        )
        if current is not None:
            if (current.value, current.base) != (row.value, row.base):
                _record_revision(
                    current,
                    new_value=row.value,
                    new_base=row.base,
                    organisation=row.organisation,
                    reason=row.review_note or row.note or f"Valeur transmise par {row.organisation.name}, validée.",
                )
            current.status = IndicatorValue.Status.REPLACED
            current.version += 1
            current._history_user = reviewer
            current.save()
            # A form loaded on the replaced row must not match the new published row by accident.
            row.version = max(row.version, current.version + 1)
        row.status = IndicatorValue.Status.ACCEPTED
        row.save()
        if row.indicator.engagement_id is not None:
            mark_dirty(row.indicator.engagement_id, indicator_id=row.indicator_id, territory_id=row.territory_id)
    return row


def report_progress(
    *,
    engagement: Engagement,
    organisation: Organisation,
    territory: Territory,
    author: User,
    weather: str,
    declared_percent: int | None,
    narrative: str,
) -> ProgressReport:
    """File a progress report (append-only: it supersedes the previous one) and mark the engagement dirty.

    Preconditions: ``author`` may report for ``organisation`` on ``engagement`` at ``territory``
    (``permissions.can_report_on``); ``declared_percent`` is within 0–100.
    """
    with transaction.atomic():
        report = ProgressReport(
            engagement=engagement,
            organisation=organisation,
            territory=territory,
            author=author,
            weather=weather,
            declared_percent=declared_percent,
            narrative=narrative,
        )
        report._history_user = author
        report.save()
        mark_dirty(engagement.pk)
    return report


def set_milestone_done(*, milestone: Milestone, done_on: datetime.date | None, author: User) -> Milestone:
    """Mark a milestone done on a date (or not done with ``None``) and mark its engagement dirty.

    Precondition: ``author`` may update the engagement's milestones (``permissions.can_update_milestones``).
    """
    with transaction.atomic():
        row = Milestone.objects.select_for_update().get(pk=milestone.pk)
        if row.done_on == done_on:
            return row
        row.done_on = done_on
        row._history_user = author
        row.save()
        mark_dirty(row.engagement_id)
    return row
