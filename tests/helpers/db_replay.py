"""Load a data set once per test session, replay it in every later test.

The protocol and the demo are what most tests stand on; loading them through their commands (the engine's
recompute included) costs seconds, hundreds of times a run. The first test that asks for one runs the loader and
records what it changed in the database, table by table (rows inserted, changed, deleted); every later test that
starts from the same state (same day, same password hasher, same row count and highest key in every table)
replays those rows directly. A test that starts from another state (it created rows of its own before asking for
the data set) runs the loader and gets a recording of its own, so a replay is never applied on top of something it
was not recorded on.

Rows are copied as the database stores them (on PostgreSQL in COPY's text format, read back by COPY), so every
type round-trips; identity sequences are moved past the replayed keys.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.core.management.color import no_style
from django.db import connection, transaction
from django.utils import timezone


def _models():
    seen, models = set(), []
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if not meta.managed or meta.proxy or meta.db_table in seen:
            continue
        seen.add(meta.db_table)
        models.append(model)
    return models


def _quote(name: str) -> str:
    return connection.ops.quote_name(name)


def _fingerprint(models) -> tuple:
    """Row count and highest key of every table, in one query."""
    parts = [
        f"SELECT {i} AS position, COUNT(*), CAST(MAX({_quote(m._meta.pk.column)}) AS TEXT) "
        f"FROM {_quote(m._meta.db_table)}"
        for i, m in enumerate(models)
    ]
    # UNION ALL keeps no order (PostgreSQL may run its branches in parallel): the rows are put back in order.
    with connection.cursor() as cursor:
        cursor.execute(
            " UNION ALL ".join(f"SELECT * FROM ({part}) AS t{i}" for i, part in enumerate(parts)) + " ORDER BY 1"
        )
        return tuple(tuple(row[1:]) for row in cursor.fetchall())


def _rows(model) -> dict:
    """Every row of the model's table by primary key, as the database stores it (on PostgreSQL, the row's line in
    COPY's text format: loaded back by COPY, which every column type reads)."""
    table, pk = _quote(model._meta.db_table), _quote(model._meta.pk.column)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            data = bytearray()
            with cursor.cursor.copy(f"COPY (SELECT {pk}::text, t.* FROM {table} AS t) TO STDOUT") as copy:
                for chunk in copy:
                    data += chunk
            rows = {}
            for line in bytes(data).splitlines(keepends=True):
                key, _, row = line.partition(b"\t")
                rows[key.decode()] = row
            return rows
        cursor.execute(f"SELECT * FROM {table}")
        index = [column[0] for column in cursor.description].index(model._meta.pk.column)
        return {row[index]: tuple(row) for row in cursor.fetchall()}


def _columns(model) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {_quote(model._meta.db_table)} WHERE 1 = 0")
        return [column[0] for column in cursor.description]


@dataclass
class _TableDelta:
    model: type
    remove: list = field(default_factory=list)  # keys deleted or changed by the loader
    insert: list = field(default_factory=list)  # rows inserted or changed, as stored
    columns: list[str] = field(default_factory=list)


@dataclass
class _Recording:
    tables: list[_TableDelta]

    def apply(self) -> None:
        with transaction.atomic():
            with connection.cursor() as cursor:
                if connection.vendor == "sqlite":
                    # Rows go in table by table: foreign keys are checked at commit (never, in a rolled-back test).
                    cursor.execute("PRAGMA defer_foreign_keys = ON")
                for delta in self.tables:
                    table, pk = _quote(delta.model._meta.db_table), _quote(delta.model._meta.pk.column)
                    if delta.remove and connection.vendor == "postgresql":
                        cursor.execute(f"DELETE FROM {table} WHERE {pk}::text = ANY(%s)", [delta.remove])
                    elif delta.remove:
                        placeholders = ", ".join(["%s"] * len(delta.remove))
                        cursor.execute(f"DELETE FROM {table} WHERE {pk} IN ({placeholders})", delta.remove)
                for delta in self.tables:
                    if not delta.insert:
                        continue
                    table = _quote(delta.model._meta.db_table)
                    if connection.vendor == "postgresql":
                        with cursor.cursor.copy(f"COPY {table} FROM STDIN") as copy:
                            copy.write(b"".join(delta.insert))
                    else:
                        names = ", ".join(_quote(c) for c in delta.columns)
                        placeholders = ", ".join(["%s"] * len(delta.columns))
                        cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({placeholders})", delta.insert)
                if connection.vendor == "postgresql":
                    for statement in connection.ops.sequence_reset_sql(
                        no_style(), [d.model for d in self.tables if d.insert]
                    ):
                        cursor.execute(statement)


class Replay:
    """Data sets recorded once per session (see the module's docstring)."""

    def __init__(self) -> None:
        self._recordings: dict[tuple, _Recording] = {}

    def load(self, name: str, loader: Callable[[], None]) -> None:
        models = _models()
        # The data sets are dated relative to today (the demo, the snapshots): a recording is valid for its day.
        # One recording per starting state: a test that created rows of its own first gets (and keeps) its own,
        # instead of replacing the one every test from the empty database replays. And one per password hasher:
        # the demo accounts' passwords recorded under the tests' fast hasher are refused by a server that runs
        # the project's own (tests/production), which made the partner's login there fail when a development
        # test had happened to record the demo first.
        key = (
            name,
            connection.vendor,
            timezone.localdate(),
            settings.PASSWORD_HASHERS[0],
            _fingerprint(models),
        )
        recording = self._recordings.get(key)
        if recording is not None:
            recording.apply()
            return
        before = {m: _rows(m) for m in models}
        loader()
        tables = []
        for model in models:
            old, new = before[model], _rows(model)
            changed = [pk for pk, row in new.items() if pk in old and old[pk] != row]
            deleted = [pk for pk in old if pk not in new]
            inserted = [row for pk, row in new.items() if pk not in old]
            if changed or deleted or inserted:
                tables.append(
                    _TableDelta(
                        model=model,
                        remove=changed + deleted,
                        insert=[new[pk] for pk in changed] + inserted,
                        columns=_columns(model),
                    )
                )
        self._recordings[key] = _Recording(tables=tables)


replay = Replay()
