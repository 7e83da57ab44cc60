"""Imports of CSV files of values: submit, claim, run (validate, then write all or nothing), requeue.

The file's format and its validation are in ``engagements.imports``; the rows are written through the same
cell writes as the values grid (``engagements.actions``).
"""

from __future__ import annotations

import datetime
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.db import InterfaceError, OperationalError, transaction
from django.db.models import Q
from django.utils import timezone

from common.enqueue import enqueue_on_commit
from engagements.actions import enter_accepted, propose
from engagements.models import Engagement, ValueImport
from engagements.permissions import EngagementAccess, engagement_access
from engagements.recompute import mark_dirty
from reseau.models import Organisation, User

logger = logging.getLogger(__name__)
# Errors the import task retries (engagements.tasks): the database went away, nothing is wrong with the file.
TRANSIENT_ERRORS = (OperationalError, InterfaceError)


class ImportTimeout(Exception):
    """An import ran past its time limit (``settings.CELERY_TASK_SOFT_TIME_LIMIT``)."""


# An import that has been run (and interrupted) this many times is failed rather than run again.
IMPORT_MAX_ATTEMPTS = 3
# A pending import this old whose message never reached a worker (broker down at submission) is enqueued again.
IMPORT_REQUEUE_PENDING_AFTER = datetime.timedelta(minutes=5)
# A running import that nobody holds (its run died) is re-queued once this old: longer than the gap between a
# run's claim and its lock, which is a few milliseconds.
IMPORT_REQUEUE_RUNNING_AFTER = datetime.timedelta(seconds=30)
IMPORT_CHECK_EVERY = 100


def _import_deadline_checker(limit: float):
    """A callable raising :class:`ImportTimeout` once ``limit`` seconds have passed since it was made.

    The import checks it every few rows, so that the limit holds in every pool (solo and threads pools, eager
    mode and the web process never deliver Celery's soft time limit) and the run stops cleanly, rolled back.
    """
    deadline = time.monotonic() + limit

    def check() -> None:
        if time.monotonic() > deadline:
            raise ImportTimeout

    return check


def write_import_rows(
    *, value_import: ValueImport, rows: list[dict], access: EngagementAccess, on_progress=None
) -> int:
    """Write validated CSV rows, all or nothing, under the import's organisation and author.

    Preconditions: every row was validated by ``engagements.imports.validate`` for the import's engagement and
    organisation (each row: indicator, territory, period, value, base, note). ``on_progress(n)`` is called every
    hundred rows, inside this transaction (so it must write elsewhere, e.g. the cache); it may raise to abort
    the import, which then writes nothing. Returns how many cells changed. The engagement is marked dirty once,
    whatever the number of rows.
    """
    organisation, author = value_import.organisation, value_import.author
    accepted = access.enters_accepted_values
    write = enter_accepted if accepted else propose
    changed = 0
    with transaction.atomic():
        for n, row in enumerate(rows, start=1):
            _, did_change = write(
                row["indicator"],
                row["territory"],
                row["period"],
                None,
                {
                    "value": row["value"],
                    "base": row.get("base"),
                    "note": row.get("note", ""),
                    "organisation": organisation,
                    "author": author,
                },
            )
            changed += did_change
            if on_progress and n % IMPORT_CHECK_EVERY == 0:
                on_progress(n)
        if changed and accepted:
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


def _enqueue_import(import_id: int) -> None:
    from engagements.tasks import run_value_import

    # A broker outage leaves the import pending; requeue_stale_imports sends it again later.
    enqueue_on_commit(run_value_import, import_id, name="enqueue_import")


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
    lines = max(0, len(content.splitlines()) - 1)
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
        _enqueue_import(value_import.pk)
    return value_import


def _fail_import(import_id: int, message: str) -> ValueImport | None:
    """Mark an unfinished import failed with ``message`` (its own transaction); None if it finished meanwhile."""
    with transaction.atomic():
        value_import = (
            ValueImport.objects.select_for_update(of=("self",))
            .filter(pk=import_id, state__in=[ValueImport.State.PENDING, ValueImport.State.RUNNING])
            .first()
        )
        if value_import is None:
            return None
        value_import.state = ValueImport.State.FAILED
        value_import.errors = [{"ligne": "", "colonne": "", "message": message}]
        value_import.finished_at = timezone.now()
        value_import.save()
    return value_import


def _claim_import(import_id: int) -> bool:
    """Mark the import RUNNING for a new attempt, committed at once so that the status page shows it.

    Returns False when another run holds it or it is finished. An import interrupted too many times is failed.
    """
    with transaction.atomic():
        value_import = (
            ValueImport.objects.select_for_update(skip_locked=True)
            .filter(pk=import_id, state__in=[ValueImport.State.PENDING, ValueImport.State.RUNNING])
            .first()
        )
        if value_import is None:
            return False
        if value_import.attempts >= IMPORT_MAX_ATTEMPTS:
            value_import.state = ValueImport.State.FAILED
            value_import.errors = [{"ligne": "", "colonne": "", "message": INTERRUPTED_MESSAGE}]
            value_import.finished_at = timezone.now()
            value_import.save()
            return False
        value_import.state = ValueImport.State.RUNNING
        value_import.started_at = timezone.now()
        value_import.attempts += 1
        value_import.save(update_fields=["state", "started_at", "attempts"])
    return True


INTERRUPTED_MESSAGE = (
    "Le traitement de ce fichier a été interrompu à plusieurs reprises : rien n'a été importé. "
    "Découpez-le en fichiers plus petits, puis déposez-les de nouveau."
)
UNEXPECTED_MESSAGE = (
    "Une erreur inattendue a interrompu le traitement : rien n'a été importé. Réessayez ; si l'erreur persiste, "
    "contactez l'administration du portail."
)


def timeout_message(limit: float) -> str:
    return (
        f"Le traitement a dépassé la durée maximale de {limit:g} secondes : rien n'a été "
        "importé. Découpez le fichier en plusieurs fichiers plus petits, puis déposez-les de nouveau."
    )


def run_import(
    *, import_id: int, today: datetime.date | None = None, time_limit: float | None = None
) -> ValueImport | None:
    """Validate a submitted CSV as a whole, then import it all or nothing. Idempotent and restartable.

    A run claims the import (state RUNNING, committed), then validates and writes in one transaction that holds
    the import's row lock (``skip_locked``): a duplicate delivery of the task finds it held or finished and
    returns None. The run stops at ``settings.CELERY_TASK_SOFT_TIME_LIMIT`` seconds (checked every hundred rows,
    and Celery's own soft limit): everything is rolled back and the import ends FAILED with the reason. A run
    that dies (worker killed) rolls back too and releases the lock; ``requeue_stale_imports`` starts the import
    again from scratch. Transient database errors propagate (the task retries); any other error ends it FAILED.
    ``time_limit`` (seconds) defaults to the soft time limit.
    """
    from celery.exceptions import SoftTimeLimitExceeded

    limit = settings.CELERY_TASK_SOFT_TIME_LIMIT if time_limit is None else time_limit
    if not _claim_import(import_id):
        return None
    try:
        value_import = _run_claimed_import(import_id, today=today, time_limit=limit)
    except (ImportTimeout, SoftTimeLimitExceeded):
        logger.warning("Import %s stopped at its time limit", import_id)
        value_import = _fail_import(import_id, timeout_message(limit))
    except TRANSIENT_ERRORS:
        raise
    except Exception:
        logger.exception("Import %s failed unexpectedly", import_id)
        value_import = _fail_import(import_id, UNEXPECTED_MESSAGE)
    cache.delete(_progress_key(import_id))
    return value_import


def _run_claimed_import(import_id: int, *, today: datetime.date | None, time_limit: float) -> ValueImport | None:
    from engagements import imports

    check_deadline = _import_deadline_checker(time_limit)
    key = _progress_key(import_id)
    with transaction.atomic():
        value_import = (
            ValueImport.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("engagement", "organisation", "author")
            .filter(pk=import_id, state=ValueImport.State.RUNNING)
            .first()
        )
        if value_import is None:
            return None
        cache.set(key, 0, timeout=3600)

        def validated(n: int) -> None:
            check_deadline()
            cache.set(key, n, timeout=3600)

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
                    on_progress=validated,
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

            def written(n: int) -> None:
                check_deadline()
                cache.set(key, total + n, timeout=3600)

            value_import.imported = write_import_rows(
                value_import=value_import, rows=validation.rows, access=access, on_progress=written
            )
            value_import.state = ValueImport.State.DONE
        value_import.finished_at = timezone.now()
        value_import.save()
    return value_import


def requeue_stale_imports(*, now: datetime.datetime | None = None) -> int:
    """Send again the imports that no run holds any more: pending ones whose message never reached a worker,
    running ones whose worker died. Each comes back from scratch (its run was rolled back); after
    ``IMPORT_MAX_ATTEMPTS`` runs it ends FAILED. Returns how many were re-queued. Idempotent: an extra delivery
    finds the import held or finished and does nothing.
    """
    now = now or timezone.now()
    requeued = 0
    with transaction.atomic():
        stale = ValueImport.objects.select_for_update(skip_locked=True).filter(
            Q(state=ValueImport.State.PENDING, created_at__lt=now - IMPORT_REQUEUE_PENDING_AFTER)
            | Q(state=ValueImport.State.RUNNING, started_at__lt=now - IMPORT_REQUEUE_RUNNING_AFTER)
        )
        for value_import in stale:
            if value_import.attempts >= IMPORT_MAX_ATTEMPTS:
                value_import.state = ValueImport.State.FAILED
                value_import.errors = [{"ligne": "", "colonne": "", "message": INTERRUPTED_MESSAGE}]
                value_import.finished_at = now
                value_import.save()
                continue
            _enqueue_import(value_import.pk)
            requeued += 1
    return requeued
