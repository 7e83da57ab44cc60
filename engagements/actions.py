"""Writes of the engagements app. Each action owns its transaction and what it enqueues on commit."""

from __future__ import annotations

import datetime
import hashlib
import json
import logging
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from engagements import engine
from engagements.models import Engagement, EngagementPartner, Indicator, IndicatorValue, ProgressSnapshot, Theme
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
) -> IndicatorValue:
    """Enter (or replace) an indicator value and mark its engagement for recompute.

    Preconditions: the caller has checked that ``author`` may report for ``organisation`` on this indicator and
    territory; ``period`` is the first day of a month not after the current one. A value entered by the pilot
    organisation (or staff) is accepted on entry; a contributor's is proposed until the pilot reviews it.
    """
    is_pilot = EngagementPartner.objects.filter(
        engagement_id=indicator.engagement_id, organisation=organisation, role=EngagementPartner.Role.PILOT
    ).exists()
    accepted = is_pilot or (author is not None and author.is_staff)
    with transaction.atomic():
        row, _ = IndicatorValue.objects.update_or_create(
            indicator=indicator,
            territory=territory,
            period=period,
            defaults={
                "value": value,
                "base": base,
                "note": note,
                "organisation": organisation,
                "author": author,
                "status": IndicatorValue.Status.ACCEPTED if accepted else IndicatorValue.Status.PROPOSED,
                "reviewer": None,
                "reviewed_at": None,
                "review_note": "",
            },
        )
        if indicator.engagement_id is not None:
            mark_dirty(indicator.engagement_id)
    return row
