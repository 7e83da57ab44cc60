"""Writes of the engagements app. Each action owns its transaction and what it enqueues on commit."""

from __future__ import annotations

import datetime
import hashlib
import json
import logging
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from django.core.cache import cache
from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.utils import timezone

from engagements import engine
from engagements.models import (
    Engagement,
    EngagementPartner,
    Indicator,
    IndicatorValue,
    Milestone,
    ProgressReport,
    ProgressSnapshot,
    Theme,
    ValueImport,
)
from francetravail.lib.public_cache import bump_public_data_version
from reseau.models import Organisation, Territory, User

logger = logging.getLogger(__name__)

SNAPSHOT_FIELDS = ["percent", "weather_declared", "weather_computed", "coverage", "flags", "inputs", "rules_version"]


class Outcome(Enum):
    COMPUTED = "computed"
    CLEAN = "clean"  # nothing to do: another run already computed the latest request
    BUSY = "busy"  # another worker holds the engagement; the caller retries


@dataclass
class WriteCount:
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    def __iadd__(self, other: WriteCount) -> WriteCount:
        self.created += other.created
        self.updated += other.updated
        self.unchanged += other.unchanged
        return self


def mark_dirty(engagement_id: int) -> None:
    """Record that an engagement's figures must be recomputed, and enqueue the recompute once committed.

    Precondition: called inside the transaction of the write that changed the engagement's inputs. If the broker
    is unreachable the write still commits: the engagement stays dirty and ``sweep_dirty`` catches up.
    """
    from engagements.tasks import recompute_engagement

    Engagement.objects.filter(pk=engagement_id).update(recompute_requested=F("recompute_requested") + 1)

    def enqueue_recompute() -> None:  # a named function: Django logs a robust callback's failure by its name
        recompute_engagement.delay(engagement_id)

    # robust=True: a broker outage is logged, never turned into an error for the partner whose data is saved.
    transaction.on_commit(enqueue_recompute, robust=True)
    # What the partner wrote (a report, a milestone, a value) is public at once, before any recompute: cached
    # public fragments must not outlive it. The recompute bumps the version again when the figures change.
    transaction.on_commit(bump_public_data_version, robust=True)


JSON_FIELDS = ("coverage", "flags", "inputs")
INSERT_COLUMNS = (
    "scope",
    "engagement_id",
    "theme_id",
    "territory_id",
    "as_of",
    "percent",
    "weather_declared",
    "weather_computed",
    "coverage",
    "flags",
    "inputs",
    "rules_version",
    "digest",
    "computed_at",
)


def _dumps(value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _insert_snapshots(rows: list[dict]) -> None:
    """Plain multi-row INSERT through the driver's executemany (pipelined on psycopg 3).

    The engine inserts every snapshot of a day at once; going through the ORM's bulk_create cost more than the
    computation itself (per-field preparation, JSON dumped a second time). The JSON is the text we digested.
    """
    if not rows:
        return
    ops = connection.ops
    table = ops.quote_name(ProgressSnapshot._meta.db_table)
    columns = ", ".join(ops.quote_name(column) for column in INSERT_COLUMNS)
    sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(INSERT_COLUMNS))})"
    params = [
        [
            *(row[name] for name in ("scope", "engagement_id", "theme_id", "territory_id")),
            ops.adapt_datefield_value(row["as_of"]),
            ops.adapt_decimalfield_value(None if row["percent"] is None else Decimal(str(row["percent"])), 5, 2),
            row["weather_declared"],
            row["weather_computed"],
            *(row[f"{name}_json"] for name in JSON_FIELDS),
            row["rules_version"],
            row["digest"],
            ops.adapt_datetimefield_value(row["computed_at"]),
        ]
        for row in rows
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)


def _upsert_snapshots(
    scope: str, as_of: datetime.date, rows: list[tuple[dict, engine.SnapshotRow | dict]], existing_filter: dict
) -> WriteCount:
    """Insert or update snapshots (scope × object × territory × day), writing only rows whose content changed.

    Rows are compared by digest, so that the stored JSON never has to be read back.
    """
    count = WriteCount()
    existing = {
        (engagement_id, theme_id, territory_id): (pk, digest)
        for pk, engagement_id, theme_id, territory_id, digest in ProgressSnapshot.objects.filter(
            scope=scope, as_of=as_of, **existing_filter
        ).values_list("pk", "engagement_id", "theme_id", "territory_id", "digest")
    }
    now = timezone.now()
    to_create, to_update = [], []
    for keys, row in rows:
        values = (
            row
            if isinstance(row, dict)
            else {
                "percent": row.percent,
                "weather_declared": row.weather_declared,
                "weather_computed": row.weather_computed,
                "coverage": row.coverage,
                "flags": row.flags,
                "inputs": row.inputs,
            }
        )
        values = {**values, "rules_version": engine.progress.RULES_VERSION}
        dumped = {f"{name}_json": _dumps(values[name]) for name in JSON_FIELDS}
        fingerprint = "|".join(
            [str(values["percent"]), values["weather_declared"], values["weather_computed"], values["rules_version"]]
            + list(dumped.values())
        )
        digest = hashlib.sha256(fingerprint.encode()).hexdigest()
        current = existing.get((keys.get("engagement_id"), keys.get("theme_id"), keys["territory_id"]))
        if current is None:
            to_create.append(
                {
                    "engagement_id": None,
                    "theme_id": None,
                    **keys,
                    **values,
                    **dumped,
                    "scope": scope,
                    "as_of": as_of,
                    "digest": digest,
                    "computed_at": now,
                }
            )
            count.created += 1
        elif current[1] == digest:
            count.unchanged += 1
        else:
            to_update.append(
                ProgressSnapshot(
                    pk=current[0], scope=scope, as_of=as_of, digest=digest, computed_at=now, **keys, **values
                )
            )
            count.updated += 1
    _insert_snapshots(to_create)
    ProgressSnapshot.objects.bulk_update(to_update, [*SNAPSHOT_FIELDS, "digest", "computed_at"], batch_size=500)
    return count


def _compute_and_store(
    engagement_id: int, requested: int, today: datetime.date, tree: engine.TerritoryTree | None
) -> WriteCount:
    """Inside the caller's transaction, holding the engagement's row lock: snapshots, then the done counter."""
    rows = engine.compute_engagement(engagement_id, today, tree)
    count = _upsert_snapshots(
        ProgressSnapshot.Scope.ENGAGEMENT,
        today,
        [({"engagement_id": engagement_id, "territory_id": row.territory_id}, row) for row in rows],
        {"engagement_id": engagement_id},
    )
    Engagement.objects.filter(pk=engagement_id, recompute_done__lt=requested).update(recompute_done=requested)
    return count


def recompute_engagement(
    *,
    engagement_id: int,
    today: datetime.date | None = None,
    force: bool = False,
    tree: engine.TerritoryTree | None = None,
) -> Outcome:
    """Recompute one engagement's snapshots for every territory, if it is dirty (or ``force``).

    Idempotent: the claim is the pair of counters, read under a row lock (``skip_locked``: a concurrent run of the
    same engagement makes this one report BUSY instead of waiting). ``recompute_done`` only moves when the new
    snapshots are committed, so a crash leaves the engagement dirty for the retry or the sweep.
    """
    today = today or timezone.localdate()
    with transaction.atomic():
        claimed = (
            Engagement.objects.select_for_update(skip_locked=True)
            .filter(pk=engagement_id)
            .values_list("recompute_requested", "recompute_done")
            .first()
        )
        if claimed is None:
            if not Engagement.objects.filter(pk=engagement_id).exists():
                logger.warning("recompute_engagement: engagement %s no longer exists", engagement_id)
                return Outcome.CLEAN
            return Outcome.BUSY
        requested, done = claimed
        if requested <= done and not force:
            return Outcome.CLEAN
        _compute_and_store(engagement_id, requested, today, tree)
    theme_id = Engagement.objects.values_list("theme_id", flat=True).get(pk=engagement_id)
    recompute_summaries(today=today, theme_ids={theme_id})
    return Outcome.COMPUTED


def recompute_summaries(*, today: datetime.date | None = None, theme_ids: set[int] | None = None) -> WriteCount:
    """Theme and overall snapshots of the day, from the engagements' snapshots of the day (only the themes in
    ``theme_ids`` when given: the ones whose engagements changed)."""
    today = today or timezone.localdate()
    count = WriteCount()
    engagements = {
        pk: (theme_id, code) for pk, theme_id, code in Engagement.objects.values_list("pk", "theme_id", "code")
    }
    engagement_rows = [
        (*engagements[engagement_id], territory_id, percent, declared, computed)
        for engagement_id, territory_id, percent, declared, computed in ProgressSnapshot.objects.filter(
            scope=ProgressSnapshot.Scope.ENGAGEMENT, as_of=today
        ).values_list("engagement_id", "territory_id", "percent", "weather_declared", "weather_computed")
    ]
    by_theme: dict[tuple[int, int], list] = {}
    by_territory: dict[int, list] = {}
    for theme_id, code, territory_id, percent, declared, computed in engagement_rows:
        item = (None if percent is None else float(percent), declared, computed, code)
        by_theme.setdefault((theme_id, territory_id), []).append(item)
        by_territory.setdefault(territory_id, []).append(item)

    def summary_values(items: list) -> dict:
        summary = engine.summarise_scope([(p, d, c) for p, d, c, _ in items])
        percent = summary["percent"]
        return {
            "percent": None if percent is None else round(percent, 2),
            "weather_declared": engine.median_weather([d for _, d, _, _ in items]),
            "weather_computed": engine.median_weather([c for _, _, c, _ in items]),
            "coverage": {"engagements": f"{summary['counted']}/{summary['total']}"},
            "flags": [],
            "inputs": {
                "formule": "moyenne des avancements calculés des engagements (poids égaux)",
                "engagements": {code: p for p, _, _, code in sorted(items, key=lambda i: i[3])},
                **{k: (round(v, 2) if isinstance(v, float) else v) for k, v in summary.items() if k != "percent"},
            },
        }

    if theme_ids is None:
        theme_ids = set(Theme.objects.values_list("pk", flat=True))
    count += _upsert_snapshots(
        ProgressSnapshot.Scope.THEME,
        today,
        [
            ({"theme_id": theme_id, "territory_id": territory_id}, summary_values(items))
            for (theme_id, territory_id), items in sorted(by_theme.items())
            if theme_id in theme_ids
        ],
        {"theme_id__in": theme_ids},
    )
    count += _upsert_snapshots(
        ProgressSnapshot.Scope.OVERALL,
        today,
        [
            ({"territory_id": territory_id}, summary_values(items))
            for territory_id, items in sorted(by_territory.items())
        ],
        {},
    )
    bump_public_data_version()
    return count


def recompute_all(*, today: datetime.date | None = None) -> int:
    """Nightly reconciliation: every engagement, dirty or not, then the summaries. Returns how many were computed.

    Each engagement commits on its own, so an interrupted run keeps what it finished and a rerun converges.
    """
    today = today or timezone.localdate()
    tree = engine.TerritoryTree.load()
    computed = 0
    for engagement_id in Engagement.objects.order_by("pk").values_list("pk", flat=True):
        with transaction.atomic():
            claimed = (
                Engagement.objects.select_for_update()
                .filter(pk=engagement_id)
                .values_list("recompute_requested", flat=True)
                .first()
            )
            if claimed is None:
                continue
            _compute_and_store(engagement_id, claimed, today, tree)
            computed += 1
    recompute_summaries(today=today)
    return computed


def sweep_dirty(*, today: datetime.date | None = None) -> int:
    """Recompute every engagement still dirty (a lost task, a broker outage). Returns how many were computed."""
    dirty = Engagement.objects.filter(recompute_requested__gt=F("recompute_done")).order_by("pk")
    computed = 0
    tree = engine.TerritoryTree.load()
    for engagement_id in dirty.values_list("pk", flat=True):
        if recompute_engagement(engagement_id=engagement_id, today=today, tree=tree) is Outcome.COMPUTED:
            computed += 1
    return computed


class Conflict(Exception):
    """The row changed since the form was loaded: nothing was written; ``current`` is what is there now."""

    def __init__(self, current: IndicatorValue) -> None:
        super().__init__(f"{current} changed (now version {current.version})")
        self.current = current


def _is_pilot(organisation: Organisation, engagement_id: int) -> bool:
    return EngagementPartner.objects.filter(
        engagement_id=engagement_id, organisation=organisation, role=EngagementPartner.Role.PILOT
    ).exists()


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
) -> IndicatorValue:
    """Enter (or replace) an indicator value and mark its engagement for recompute.

    Preconditions: the caller has checked that ``author`` may report for ``organisation`` on this indicator and
    territory (``engagements.permissions``), and that the value fits the indicator's unit and ``period`` is the
    first day of a month not after the current one. A value entered by the pilot organisation (or staff) is
    accepted on entry; a contributor's is proposed until the pilot reviews it.

    ``expected_version`` is the version the form was loaded at (0 for an empty cell); when the row has moved on
    since, :class:`Conflict` is raised and nothing is written. ``None`` skips the check (imports, scripts).
    """
    accepted = _is_pilot(organisation, indicator.engagement_id) or (author is not None and author.is_staff)
    with transaction.atomic():
        row, changed = _write_value(
            indicator=indicator,
            territory=territory,
            period=period,
            status=IndicatorValue.Status.ACCEPTED if accepted else IndicatorValue.Status.PROPOSED,
            expected_version=expected_version,
            fields={"value": value, "base": base, "note": note, "organisation": organisation, "author": author},
        )
        if changed and indicator.engagement_id is not None:
            mark_dirty(indicator.engagement_id)
    return row


def _write_value(
    *, indicator, territory, period, status, expected_version: int | None, fields: dict
) -> tuple[IndicatorValue, bool]:
    """Create or update one cell under a row lock; returns the row and whether anything changed."""
    author = fields["author"]
    row = (
        IndicatorValue.objects.select_for_update()
        .filter(indicator=indicator, territory=territory, period=period)
        .first()
    )
    if row is None:
        if expected_version not in (None, 0):
            raise Conflict(IndicatorValue.objects.get(indicator=indicator, territory=territory, period=period))
        row = IndicatorValue(indicator=indicator, territory=territory, period=period, status=status, **fields)
        row._history_user = author
        try:
            # A savepoint, so that losing the race to create the cell leaves the outer transaction usable.
            with transaction.atomic():
                row.save()
        except IntegrityError:
            raise Conflict(
                IndicatorValue.objects.get(indicator=indicator, territory=territory, period=period)
            ) from None
        return row, True
    if expected_version is not None and row.version != expected_version:
        raise Conflict(row)
    if row.status == status and all(getattr(row, name) == v for name, v in fields.items() if name != "author"):
        return row, False
    for name, field_value in fields.items():
        setattr(row, name, field_value)
    row.status = status
    row.reviewer, row.reviewed_at, row.review_note = None, None, ""
    row.version += 1
    row._history_user = author
    row.save()
    return row, True


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
    """Accept, accept with a correction, or reject a contributor's proposed value.

    Preconditions: ``reviewer`` may review for the engagement's pilot (``permissions.can_review``); a correction
    fits the indicator's unit; a rejection has a reason. Raises :class:`Conflict` when the value is no longer the
    one the reviewer saw (another review, or the contributor changed it). Only accepted values count, so any
    review marks the engagement for recompute.
    """
    with transaction.atomic():
        row = IndicatorValue.objects.select_for_update().select_related("indicator").get(pk=value.pk)
        if row.version != expected_version or row.status != IndicatorValue.Status.PROPOSED:
            raise Conflict(row)
        if decision is Review.REJECT:
            row.status = IndicatorValue.Status.REJECTED
            row.review_note = reason
        else:
            row.status = IndicatorValue.Status.ACCEPTED
            row.review_note = reason
            if decision is Review.CORRECT:
                row.review_note = reason or f"Corrigée à la validation (valeur proposée : {row.value.normalize()})."
                row.value = corrected if corrected is not None else row.value
                row.base = corrected_base if corrected_base is not None else row.base
        row.reviewer = reviewer
        row.reviewed_at = timezone.now()
        row.version += 1
        row._history_user = reviewer
        row.save()
        if row.indicator.engagement_id is not None:
            mark_dirty(row.indicator.engagement_id)
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


def import_values(*, value_import: ValueImport, rows: list[dict], on_progress=None) -> int:
    """Write validated CSV rows, all or nothing, under the import's organisation and author.

    Preconditions: every row was validated by ``engagements.imports.validate`` for the import's engagement and
    organisation (each row: indicator, territory, period, value, base, note). ``on_progress(n)`` is called every
    few hundred rows; it must write outside this transaction (it runs inside it). Returns how many cells changed.
    The engagement is marked dirty once, whatever the number of rows.
    """
    organisation, author = value_import.organisation, value_import.author
    accepted = author.is_staff or _is_pilot(organisation, value_import.engagement_id)
    status = IndicatorValue.Status.ACCEPTED if accepted else IndicatorValue.Status.PROPOSED
    changed = 0
    with transaction.atomic():
        for n, row in enumerate(rows, start=1):
            _, did_change = _write_value(
                indicator=row["indicator"],
                territory=row["territory"],
                period=row["period"],
                status=status,
                expected_version=None,
                fields={
                    "value": row["value"],
                    "base": row.get("base"),
                    "note": row.get("note", ""),
                    "organisation": organisation,
                    "author": author,
                },
            )
            changed += did_change
            if on_progress and n % 250 == 0:
                on_progress(n)
        if changed:
            mark_dirty(value_import.engagement_id)
    return changed


def _progress_key(import_id: int) -> str:
    return f"value-import:{import_id}:progress"


def import_progress(value_import: ValueImport) -> int:
    """Percent done, 0–100: validation is the first half, writing the second (progress lives in the cache)."""
    if value_import.is_finished:
        return 100
    done = cache.get(_progress_key(value_import.pk), 0)
    return min(99, int(100 * done / (2 * (value_import.total or 1))))


def submit_import(
    *,
    engagement: Engagement,
    organisation: Organisation,
    author: User,
    filename: str,
    content: str,
    run_now_below: int,
) -> ValueImport:
    """Record an uploaded CSV and run it: at once when small, else in a worker (enqueued on commit).

    Preconditions: ``author`` may report for ``organisation`` on ``engagement``; ``content`` is the decoded file
    (at most 2 MB). Validation and writing happen in :func:`run_import`, which checks the rights again.
    """
    from engagements.tasks import run_value_import

    lines = max(0, content.count("\n") + (0 if content.endswith("\n") else 1) - 1)
    value_import = ValueImport.objects.create(
        engagement=engagement,
        organisation=organisation,
        author=author,
        filename=filename,
        content=content,
        total=lines,
    )
    if lines <= run_now_below:
        run_import(import_id=value_import.pk)
        value_import.refresh_from_db()
    else:
        import_id = value_import.pk

        def enqueue_import() -> None:
            run_value_import.delay(import_id)

        transaction.on_commit(enqueue_import, robust=True)
    return value_import


def run_import(*, import_id: int, today: datetime.date | None = None) -> ValueImport | None:
    """Validate a submitted CSV as a whole, then import it all or nothing. Idempotent.

    The import row is locked for the whole run (``skip_locked``): a duplicate delivery of the task finds it taken
    and returns None; a crashed run rolled back and leaves it pending for the next delivery.
    """
    from engagements import imports
    from engagements.permissions import engagement_access

    with transaction.atomic():
        value_import = (
            ValueImport.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("engagement", "organisation", "author")
            .filter(pk=import_id, state__in=[ValueImport.State.PENDING, ValueImport.State.RUNNING])
            .first()
        )
        if value_import is None:
            return None
        key = _progress_key(import_id)
        cache.set(key, 0, timeout=3600)
        access = engagement_access(value_import.author, value_import.organisation, value_import.engagement)
        errors: list[dict] = []
        if not access.can_report:
            errors = [
                {"ligne": "", "colonne": "", "message": "Vous ne pouvez plus saisir de valeurs sur cet engagement."}
            ]
        else:
            try:
                validation = imports.validate(
                    value_import.content,
                    indicators={i.code: i for i in value_import.engagement.indicators.all()},
                    territories={t.code: t for t in access.territories},
                    today=today,
                    on_progress=lambda n: cache.set(key, n, timeout=3600),
                )
            except imports.FileRefused as refused:
                errors = [{"ligne": "", "colonne": "", "message": str(refused)}]
            else:
                errors = validation.errors
                value_import.total = validation.total
        if errors:
            value_import.state = ValueImport.State.FAILED
            value_import.errors = errors
        else:
            total = value_import.total
            value_import.imported = import_values(
                value_import=value_import,
                rows=validation.rows,
                on_progress=lambda n: cache.set(key, total + n, timeout=3600),
            )
            value_import.state = ValueImport.State.DONE
        value_import.finished_at = timezone.now()
        value_import.save()
    cache.delete(_progress_key(import_id))
    return value_import
