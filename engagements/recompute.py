"""Recompute and snapshot storage: the engine's results written as ProgressSnapshot rows, idempotently.

A recompute claims its engagement with the dirty counters (``Engagement.recompute_requested`` / ``recompute_done``)
under a row lock, so that a redelivered or duplicated task changes nothing. Rows are compared by digest: a
recompute that changes nothing writes nothing.

After one value is written, only the ancestor chain of its territory is evaluated again (and the siblings whose
« below the median » flag it moves): the indicator is rolled up again over the tree, the other indicators' results
are read from their snapshots, so that a partial recompute stores exactly what a full one would.
"""

from __future__ import annotations

import datetime
import functools
import gc
import hashlib
import json
import logging
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

import orjson
from django.db import connection, transaction
from django.db.models import Count, F
from django.utils import timezone

from common.enqueue import enqueue_on_commit
from common.public_cache import bump_public_data_version
from engagements import engine, outcomes, progress
from engagements.models import Engagement, ProgressSnapshot, Theme

logger = logging.getLogger(__name__)

Scope = ProgressSnapshot.Scope


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


# --- Storage ---------------------------------------------------------------------------------------------------

COLUMNS = (
    "scope",
    "indicator_id",
    "engagement_id",
    "theme_id",
    "territory_id",
    "as_of",
    "data_period",
    "data_period_start",
    "percent",
    "gap",
    "weather_declared",
    "weather_computed",
    "coverage",
    "flags",
    "inputs",
    "rules_version",
    "demonstration",
    "digest",
    "computed_at",
)
KEYS = ("indicator_id", "engagement_id", "theme_id", "territory_id")


def _dumps(value) -> str:
    # orjson: the engine dumps tens of thousands of outcomes at national scale, several times faster than json.
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()


def _decimal(value: float | None) -> Decimal | None:
    return None if value is None else Decimal(f"{value:.2f}")


@dataclass
class Row:
    """A snapshot row to store: its keys, its columns and the typed outcome (dumped once, digested once)."""

    keys: dict
    percent: float | None
    gap: float | None
    weather_declared: str
    weather_computed: str
    coverage: dict
    flags: list[str]
    outcome: dict
    data_period: datetime.date | None
    data_period_start: datetime.date | None
    demonstration: bool

    def columns(self) -> dict:
        inputs = {"format": outcomes.FORMAT, "outcome": self.outcome}
        data = {
            "percent": _decimal(self.percent),
            "gap": _decimal(self.gap),
            "weather_declared": self.weather_declared,
            "weather_computed": self.weather_computed,
            "coverage_json": _dumps(self.coverage),
            "flags_json": _dumps(self.flags),
            "inputs_json": _dumps(inputs),
            "rules_version": progress.RULES_VERSION,
            "data_period": self.data_period,
            "data_period_start": self.data_period_start,
            "demonstration": self.demonstration,
        }
        fingerprint = "|".join(str(data[name]) for name in sorted(data))
        data["digest"] = hashlib.sha256(fingerprint.encode()).hexdigest()
        return data


def _without_cyclic_gc(function):
    """Run ``function`` with Python's cyclic garbage collector paused (restored after, even on error).

    A full recompute allocates hundreds of thousands of small objects (figures, tuples, JSON dicts) that stay alive
    until the engagement is stored; each collection the allocations trigger walks all of them, and finds nothing:
    they hold no reference cycles and are freed by reference counting. Paused, a national recompute takes about
    40 % less time (bench/recompute.py). Any cycle made meanwhile is collected once the collector runs again.
    """

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        enabled = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()

    return wrapper


def _relax_durability() -> None:
    """Commit this transaction without waiting for the disk (PostgreSQL's ``synchronous_commit``, this transaction
    only): snapshots are derived data, and ``recompute_done`` commits with them, so a commit lost in a crash leaves
    the engagement dirty, to be recomputed by the retry or the sweep. Never corrupts: the commit is atomic either
    way. Only when the recompute's transaction is the outermost one: inside a caller's transaction the setting
    would also cover the caller's own writes, which must stay durable."""
    if connection.vendor == "postgresql" and len(connection.atomic_blocks) == 1:
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit TO OFF")


def _key(keys: dict) -> tuple:
    return tuple(keys.get(name) for name in KEYS)


def _insert(scope: str, as_of: datetime.date, rows: list[tuple[Row, dict]], now: datetime.datetime) -> None:
    """Insert new snapshots in one statement stream: COPY on PostgreSQL, executemany elsewhere.

    The engine inserts every snapshot of a day at once (tens of thousands at national scale); the ORM's bulk_create
    would spend more time preparing fields and dumping JSON again than the whole computation.
    """
    if not rows:
        return
    ops = connection.ops
    table = ops.quote_name(ProgressSnapshot._meta.db_table)
    names = ", ".join(ops.quote_name(c) for c in COLUMNS)
    records = [
        (
            scope,
            *(row.keys.get(name) for name in KEYS),
            as_of,
            data["data_period"],
            data["data_period_start"],
            data["percent"],
            data["gap"],
            data["weather_declared"],
            data["weather_computed"],
            data["coverage_json"],
            data["flags_json"],
            data["inputs_json"],
            data["rules_version"],
            data["demonstration"],
            data["digest"],
            now,
        )
        for row, data in rows
    ]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for record in records:
                    copy.write_row(record)
            return
        placeholders = ", ".join(["%s"] * len(COLUMNS))
        adapted = [
            [
                *record[:5],
                ops.adapt_datefield_value(record[5]),
                ops.adapt_datefield_value(record[6]),
                ops.adapt_datefield_value(record[7]),
                ops.adapt_decimalfield_value(record[8], 5, 2),
                ops.adapt_decimalfield_value(record[9], 6, 2),
                *record[10:17],
                record[17],
                ops.adapt_datetimefield_value(record[18]),
            ]
            for record in records
        ]
        cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({placeholders})", adapted)


def upsert(scope: str, as_of: datetime.date, rows: list[Row], existing_filter: dict) -> WriteCount:
    """Insert or update the day's snapshots of ``scope`` (within ``existing_filter``), writing only rows whose
    content changed (compared by digest, so that the stored JSON is never read back)."""
    count = WriteCount()
    existing = {
        (indicator_id, engagement_id, theme_id, territory_id): (pk, digest)
        for pk, indicator_id, engagement_id, theme_id, territory_id, digest in ProgressSnapshot.objects.filter(
            scope=scope, as_of=as_of, **existing_filter
        )
        .order_by()
        .values_list("pk", *KEYS, "digest")
    }
    now = timezone.now()
    to_create, to_update = [], []
    for row in rows:
        data = row.columns()
        current = existing.get(_key(row.keys))
        if current is None:
            to_create.append((row, data))
            count.created += 1
        elif current[1] == data["digest"]:
            count.unchanged += 1
        else:
            to_update.append((current[0], data))
            count.updated += 1
    _insert(scope, as_of, to_create, now)
    for pk, data in to_update:
        ProgressSnapshot.objects.filter(pk=pk).update(
            percent=data["percent"],
            gap=data["gap"],
            weather_declared=data["weather_declared"],
            weather_computed=data["weather_computed"],
            coverage=json.loads(data["coverage_json"]),
            flags=json.loads(data["flags_json"]),
            inputs=json.loads(data["inputs_json"]),
            rules_version=data["rules_version"],
            data_period=data["data_period"],
            data_period_start=data["data_period_start"],
            demonstration=data["demonstration"],
            digest=data["digest"],
            computed_at=now,
        )
    return count


def _indicator_row(outcome: outcomes.IndicatorOutcome, engagement_id: int) -> Row:
    figure = outcome.figure
    coverage = {"status": figure.status, "coverage": figure.coverage} if figure else {}
    return Row(
        keys={
            "indicator_id": outcome.indicator_id,
            "engagement_id": engagement_id,
            "territory_id": outcome.territory_id,
        },
        percent=outcome.attainment,
        gap=outcome.gap,
        weather_declared=progress.Weather.NON_RENSEIGNEE.value,
        weather_computed=outcome.weather,
        coverage=coverage,
        flags=["tendance_defavorable"] if outcome.falling else [],
        outcome=outcome.to_json(),
        data_period=outcome.period,
        data_period_start=outcome.period,
        demonstration=outcome.demonstration,
    )


def _engagement_row(outcome: outcomes.EngagementOutcome, engagement_id: int) -> Row:
    return Row(
        keys={"engagement_id": engagement_id, "territory_id": outcome.territory_id},
        percent=outcome.percent,
        gap=outcome.gap,
        weather_declared=outcome.weather_declared,
        weather_computed=outcome.weather_computed,
        coverage={"indicators": f"{outcome.computable}/{outcome.counted}"},
        flags=list(outcome.flags),
        outcome=outcome.to_json(),
        data_period=outcome.data_period,
        data_period_start=outcome.data_period_start,
        demonstration=outcome.demonstration,
    )


# --- Engagements ---------------------------------------------------------------------------------------------


def _store_full(computation: engine.EngagementComputation, tree: engine.TerritoryTree) -> list[Row]:
    """Store every row of one engagement; returns the engagement rows (the summaries' inputs)."""
    engagement_id = computation.engagement.pk
    outcomes_ = computation.engagement_rows
    engine.sibling_flags(outcomes_, tree, {row.territory_id: row.percent for row in outcomes_})
    upsert(
        Scope.INDICATOR,
        computation.today,
        [_indicator_row(o, engagement_id) for o in computation.indicator_rows],
        {"engagement_id": engagement_id},
    )
    rows = [_engagement_row(o, engagement_id) for o in outcomes_]
    upsert(Scope.ENGAGEMENT, computation.today, rows, {"engagement_id": engagement_id})
    return rows


def _latest(scope: str, today: datetime.date, **filters):
    """The latest snapshot (≤ ``today``) of each object × territory of ``scope`` within ``filters``."""
    return ProgressSnapshot.objects.latest_per_object(scope, today).filter(**filters)


def _recompute_chain(
    engagement_id: int, indicator_id: int, territory_id: int, today: datetime.date, tree: engine.TerritoryTree
) -> WriteCount | None:
    """Recompute the ancestor chain of one changed value; None when the stored results it needs are missing (the
    caller then recomputes the whole engagement)."""
    chain = tree.ancestors(territory_id)
    siblings = {
        s for member in chain for s in tree.children.get(tree.parent.get(member), []) if s not in chain
    }  # their median flag may move
    stored_engagements = {
        s.territory_id: s
        for s in _latest(Scope.ENGAGEMENT, today, engagement_id=engagement_id, territory__in=[*chain, *siblings])
    }
    engagement_outcomes = {pk: s.outcome for pk, s in stored_engagements.items()}
    if any(not isinstance(engagement_outcomes.get(pk), outcomes.EngagementOutcome) for pk in [*chain, *siblings]):
        return None
    stored: dict[tuple[int, int], outcomes.IndicatorOutcome] = {}
    for snapshot in _latest(Scope.INDICATOR, today, engagement_id=engagement_id, territory__in=chain).exclude(
        indicator_id=indicator_id
    ):
        outcome = snapshot.outcome
        if not isinstance(outcome, outcomes.IndicatorOutcome):
            return None
        stored[(snapshot.indicator_id, snapshot.territory_id)] = outcome
    indicator_codes = dict(engine.Indicator.objects.filter(engagement_id=engagement_id).values_list("code", "pk"))
    for member in chain:
        for line in engagement_outcomes[member].indicators:
            if (
                indicator_codes.get(line.indicator) not in (indicator_id, None)
                and (
                    indicator_codes[line.indicator],
                    member,
                )
                not in stored
            ):
                return None
    computation = engine.compute_engagement(
        engagement_id, today, tree, only_indicator=indicator_id, territories=set(chain), stored=stored
    )
    rows = computation.engagement_rows
    percents = {pk: o.percent for pk, o in engagement_outcomes.items()}
    percents.update({row.territory_id: row.percent for row in rows})
    sibling_rows = [engagement_outcomes[s] for s in siblings]
    before = {id(o): list(o.flags) for o in sibling_rows}
    engine.sibling_flags(rows + sibling_rows, tree, percents)
    moved = [o for o in sibling_rows if o.flags != before[id(o)]]
    count = upsert(
        Scope.INDICATOR,
        today,
        [_indicator_row(o, engagement_id) for o in computation.indicator_rows],
        {"engagement_id": engagement_id, "indicator_id": indicator_id, "territory__in": chain},
    )
    count += upsert(
        Scope.ENGAGEMENT,
        today,
        [_engagement_row(o, engagement_id) for o in rows + moved],
        {"engagement_id": engagement_id, "territory__in": chain + [o.territory_id for o in moved]},
    )
    return count


@_without_cyclic_gc
def recompute_engagement(
    *,
    engagement_id: int,
    today: datetime.date | None = None,
    force: bool = False,
    tree: engine.TerritoryTree | None = None,
    request: int | None = None,
    indicator_id: int | None = None,
    territory_id: int | None = None,
) -> Outcome:
    """Recompute one engagement's snapshots, if it is dirty (or ``force``).

    Idempotent: the claim is the pair of counters, read under a row lock (``skip_locked``: a concurrent run of the
    same engagement makes this one report BUSY instead of waiting). ``recompute_done`` only moves when the new
    snapshots are committed, so that a crash leaves the engagement dirty for the retry or the sweep.

    ``request`` (the counter value a write left) with ``indicator_id`` and ``territory_id`` says which value that
    write changed: when it is the only pending request, only its ancestor chain is evaluated again.
    """
    today = _check_day(today)
    tree = tree or engine.TerritoryTree.load()
    chain: list[int] | None = None
    with transaction.atomic():
        claimed = (
            Engagement.objects.select_for_update(skip_locked=True)
            .filter(pk=engagement_id)
            .values_list("recompute_requested", "recompute_done", "theme_id")
            .first()
        )
        if claimed is None:
            if not Engagement.objects.filter(pk=engagement_id).exists():
                logger.warning("recompute_engagement: engagement %s no longer exists", engagement_id)
                return Outcome.CLEAN
            return Outcome.BUSY
        requested, done, theme_id = claimed
        if requested <= done and not force:
            return Outcome.CLEAN
        _relax_durability()
        single = request is not None and requested == request and done == request - 1 and not force
        count = None
        if single and indicator_id is not None and territory_id is not None:
            count = _recompute_chain(engagement_id, indicator_id, territory_id, today, tree)
            if count is not None:
                chain = tree.ancestors(territory_id)
        if count is None:
            _store_full(engine.compute_engagement(engagement_id, today, tree), tree)
        Engagement.objects.filter(pk=engagement_id, recompute_done__lt=requested).update(recompute_done=requested)
    recompute_summaries(today=today, theme_ids={theme_id}, territory_ids=set(chain) if chain else None, tree=tree)
    return Outcome.COMPUTED


def _check_day(today: datetime.date | None) -> datetime.date:
    """Snapshots are never dated ahead of today (DESIGN §4 « Dates »)."""
    actual = timezone.localdate()
    if today is None:
        return actual
    if today > actual:
        raise ValueError(f"Cannot compute snapshots for {today}, which is after today ({actual}).")
    return today


def recompute_all(*, today: datetime.date | None = None) -> int:
    """Nightly reconciliation in this process: every engagement, dirty or not, then the summaries. Returns how many
    were computed. (``engagements.tasks.recompute_all`` spreads the same work over the workers: one task per
    engagement, ``recompute_engagement_in_full``, then the summaries.)

    Each engagement commits on its own, so that an interrupted run keeps what it finished and a rerun converges.
    """
    today = _check_day(today)
    tree = engine.TerritoryTree.load()
    computed = 0
    summary_inputs: list[tuple] = []
    for engagement_id in engagement_ids():
        rows = _recompute_in_full(engagement_id, today, tree)
        if rows is None:
            continue
        summary_inputs += [_summary_input(engagement_id, row) for row in rows]
        computed += 1
    # Every engagement has just been stored for every territory: the summaries read them from memory, the same
    # columns a partial recompute reads from the database.
    recompute_summaries(today=today, tree=tree, inputs=summary_inputs)
    return computed


def engagement_ids() -> list[int]:
    """Every engagement, those with the most indicators first: spread over workers, the longest tasks start first
    and the run does not wait on one of them at its end."""
    return list(
        Engagement.objects.annotate(indicator_count=Count("indicators"))
        .order_by("-indicator_count", "pk")
        .values_list("pk", flat=True)
    )


def recompute_engagement_in_full(*, engagement_id: int, today: datetime.date | None = None) -> Outcome:
    """One engagement of a full recompute, dirty or not (the unit of the workers' fan-out). The summaries are left
    to the caller, once every engagement is done. A redelivered or duplicated run stores the same digests, so it
    writes nothing."""
    rows = _recompute_in_full(engagement_id, _check_day(today), engine.TerritoryTree.load())
    return Outcome.CLEAN if rows is None else Outcome.COMPUTED


@_without_cyclic_gc
def _recompute_in_full(engagement_id: int, today: datetime.date, tree: engine.TerritoryTree) -> list[Row] | None:
    """Compute and store every snapshot of one engagement, under its row lock (a concurrent run of the same
    engagement is waited for, not skipped: a full recompute must not leave one out). None if it no longer exists."""
    with transaction.atomic():
        claimed = (
            Engagement.objects.select_for_update()
            .filter(pk=engagement_id)
            .values_list("recompute_requested", flat=True)
            .first()
        )
        if claimed is None:
            return None
        _relax_durability()
        rows = _store_full(engine.compute_engagement(engagement_id, today, tree), tree)
        Engagement.objects.filter(pk=engagement_id, recompute_done__lt=claimed).update(recompute_done=claimed)
    return rows


def _summary_input(engagement_id: int, row: Row) -> tuple:
    percent = _decimal(row.percent)
    return (
        engagement_id,
        row.keys["territory_id"],
        percent,
        row.weather_declared,
        row.weather_computed,
        row.data_period_start,
        row.data_period,
        row.demonstration,
    )


def sweep_dirty(*, today: datetime.date | None = None) -> int:
    """Recompute every engagement still dirty (a lost task, a broker outage). Returns how many were computed."""
    dirty = Engagement.objects.filter(recompute_requested__gt=F("recompute_done")).order_by("pk")
    computed = 0
    tree = engine.TerritoryTree.load()
    for engagement_id in dirty.values_list("pk", flat=True):
        if recompute_engagement(engagement_id=engagement_id, today=today, tree=tree) is Outcome.COMPUTED:
            computed += 1
    return computed


# --- Themes and the whole protocol --------------------------------------------------------------------------------


@_without_cyclic_gc
def recompute_summaries(
    *,
    today: datetime.date | None = None,
    theme_ids: set[int] | None = None,
    territory_ids: set[int] | None = None,
    tree: engine.TerritoryTree | None = None,
    inputs: list[tuple] | None = None,
    all_stored_today: bool = False,
) -> WriteCount:
    """Theme and overall snapshots of the day, from each engagement's latest snapshot (only the themes in
    ``theme_ids`` and the territories in ``territory_ids`` when given; ``inputs``, the rows just stored, spare
    reading them back; ``all_stored_today`` says every engagement has just been stored on every territory, as at
    the end of a full recompute, so the day's snapshots are the latest ones)."""
    today = _check_day(today)
    tree = tree or engine.TerritoryTree.load()
    engagements = {
        pk: (theme_id, code) for pk, theme_id, code in Engagement.objects.values_list("pk", "theme_id", "code")
    }
    if inputs is None:
        if all_stored_today:
            latest = ProgressSnapshot.objects.filter(scope=Scope.ENGAGEMENT, as_of=today)
        else:
            latest = ProgressSnapshot.objects.latest_per_object(Scope.ENGAGEMENT, today)
        if territory_ids is not None:
            latest = latest.filter(territory__in=territory_ids)
        inputs = latest.values_list(
            "engagement_id",
            "territory_id",
            "percent",
            "weather_declared",
            "weather_computed",
            "data_period_start",
            "data_period",
            "demonstration",
        )
    by_theme: dict[tuple[int, int], list] = {}
    by_territory: dict[int, list] = {}
    for engagement_id, territory_id, percent, declared, computed, start, end, demo in inputs:
        theme_id, code = engagements[engagement_id]
        item = (None if percent is None else float(percent), declared, computed, start, end, demo, code)
        by_theme.setdefault((theme_id, territory_id), []).append(item)
        by_territory.setdefault(territory_id, []).append(item)

    def row(keys: dict, territory_id: int, items: list) -> Row:
        items = sorted(items, key=lambda i: i[6])
        summary = progress.summarise([(p, c, s, e) for p, _, c, s, e, _, _ in items])
        outcome = outcomes.SummaryOutcome(
            territory=tree.code[territory_id],
            territory_id=territory_id,
            percent=summary.percent,
            median=summary.median,
            minimum=summary.minimum,
            maximum=summary.maximum,
            counted=summary.counted,
            total=summary.total,
            distribution=summary.distribution,
            weather_computed=summary.weather_computed,
            weather_declared=progress.median_weather(d for _, d, _, _, _, _, _ in items),
            engagements=[outcomes.EngagementShare(code, p, c) for p, _, c, _, _, _, code in items],
            data_period=summary.data_period,
            data_period_start=summary.data_period_start,
            demonstration=any(demo for *_, demo, _ in items),
        )
        return Row(
            keys=keys,
            percent=None if summary.percent is None else round(summary.percent, 2),
            gap=None,
            weather_declared=outcome.weather_declared,
            weather_computed=outcome.weather_computed,
            coverage={"engagements": f"{summary.counted}/{summary.total}"},
            flags=[],
            outcome=outcome.to_json(),
            data_period=summary.data_period,
            data_period_start=summary.data_period_start,
            demonstration=outcome.demonstration,
        )

    if theme_ids is None:
        theme_ids = set(Theme.objects.values_list("pk", flat=True))
    where = {} if territory_ids is None else {"territory__in": territory_ids}
    count = upsert(
        Scope.THEME,
        today,
        [
            row({"theme_id": theme_id, "territory_id": territory_id}, territory_id, items)
            for (theme_id, territory_id), items in sorted(by_theme.items())
            if theme_id in theme_ids
        ],
        {"theme_id__in": theme_ids, **where},
    )
    count += upsert(
        Scope.OVERALL,
        today,
        [row({"territory_id": t}, t, items) for t, items in sorted(by_territory.items())],
        where,
    )
    bump_public_data_version()
    return count


# --- Requests: a write marks its engagement dirty ---------------------------------------------------------------


def mark_dirty(engagement_id: int, *, indicator_id: int | None = None, territory_id: int | None = None) -> None:
    """Record that an engagement's figures must be recomputed, and enqueue the recompute once committed.

    Precondition: called inside the transaction of the write that changed the engagement's inputs. When the write
    changed one published value, ``indicator_id`` and ``territory_id`` name it: if it is still the only pending
    request when the task runs, only its territory's ancestor chain is recomputed. If the broker is unreachable the
    write still commits: the engagement stays dirty and ``sweep_dirty`` catches up.
    """
    from engagements.tasks import recompute_engagement

    engagements = Engagement.objects.filter(pk=engagement_id)
    engagements.update(recompute_requested=F("recompute_requested") + 1)
    # The row is locked by the update until commit: this is the counter value of this very request.
    request = engagements.values_list("recompute_requested", flat=True).first()

    # A broker outage is logged, never turned into an error for the partner whose data is saved.
    enqueue_on_commit(
        recompute_engagement, engagement_id, request, indicator_id, territory_id, name="enqueue_recompute"
    )
    # What the partner wrote (a report, a milestone, a value) is public at once, before any recompute: cached
    # public fragments must not outlive it. The recompute bumps the version again when the figures change.
    transaction.on_commit(bump_public_data_version, robust=True)
