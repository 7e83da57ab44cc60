"""Celery tasks of the engagements app: thin wrappers over ``engagements.recompute`` and ``engagements.value_imports``.

Arguments are ids and ISO dates. Every task is idempotent (the dirty counters are the claim), so ``acks_late``
is safe; transient database errors are retried with backoff.
"""

import datetime

from celery import chord, shared_task
from celery.result import AsyncResult
from django.db import InterfaceError, OperationalError
from django.utils import timezone

from engagements import recompute, value_imports

TRANSIENT = (OperationalError, InterfaceError)
RETRY = {"autoretry_for": TRANSIENT, "retry_backoff": True, "retry_backoff_max": 300, "max_retries": 8}


def _day(iso: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(iso) if iso else None


@shared_task(bind=True, acks_late=True, **RETRY)
def recompute_engagement(
    self,
    engagement_id: int,
    request: int | None = None,
    indicator_id: int | None = None,
    territory_id: int | None = None,
) -> str:
    outcome = recompute.recompute_engagement(
        engagement_id=engagement_id, request=request, indicator_id=indicator_id, territory_id=territory_id
    )
    if outcome is recompute.Outcome.BUSY:
        # Another worker is computing it; come back once it has finished (our request may be newer).
        raise self.retry(countdown=2, max_retries=30)
    return outcome.value


@shared_task(acks_late=True, **RETRY)
def recompute_all(as_of: str | None = None) -> int:
    """The nightly full recompute, spread over the workers (see ``fan_out_recompute_all``); returns the number of
    engagement tasks enqueued."""
    return fan_out_recompute_all(as_of)[0]


def fan_out_recompute_all(as_of: str | None = None) -> tuple[int, AsyncResult]:
    """One ``recompute_engagement_in_full`` task per engagement (a Celery chord), then ``recompute_summaries``
    once they have all succeeded; returns how many engagement tasks, and the summaries' result. The day is fixed
    here, so that a run that crosses midnight stores every snapshot under the same date. Without a broker (Celery
    eager) it all runs here, in turn."""
    day = as_of or timezone.localdate().isoformat()
    header = [recompute_engagement_in_full.si(pk, day) for pk in recompute.engagement_ids()]
    return len(header), chord(header)(recompute_summaries.si(day))


# Its result is what the chord counts: it cannot be ignored.
@shared_task(acks_late=True, ignore_result=False, **RETRY)
def recompute_engagement_in_full(engagement_id: int, as_of: str) -> str:
    return recompute.recompute_engagement_in_full(engagement_id=engagement_id, today=_day(as_of)).value


# Its result says the whole run is over, to whoever waits for it (bench/recompute.py, the tests).
@shared_task(acks_late=True, ignore_result=False, **RETRY)
def recompute_summaries(as_of: str) -> None:
    # The chord's body: it runs only once every engagement task has succeeded, so each has stored every territory.
    recompute.recompute_summaries(today=_day(as_of), all_stored_today=True)


@shared_task(acks_late=True, **RETRY)
def sweep_dirty() -> int:
    return recompute.sweep_dirty()


@shared_task(acks_late=True, **RETRY)
def run_value_import(import_id: int) -> str | None:
    # Stops itself at the soft time limit (all or nothing, FAILED with the reason); a run killed by the hard
    # limit or with its worker is re-queued by requeue_stale_imports.
    value_import = value_imports.run_import(import_id=import_id)
    return value_import.state if value_import else None


@shared_task(acks_late=True, **RETRY)
def requeue_stale_imports() -> int:
    return value_imports.requeue_stale_imports()
