"""The one way to send a Celery task from a write: after the write's transaction commits, never failing it."""

from __future__ import annotations

import logging

from django.db import transaction

logger = logging.getLogger(__name__)


def enqueue_on_commit(task, *args, name: str = "") -> None:
    """Send ``task(*args)`` to the broker once the current transaction commits (at once outside a transaction).

    A broker outage is logged and swallowed: what the user wrote is committed and their request succeeds. Each
    caller says how a lost message is made up for (a periodic sweep, the nightly run, a resend by hand).
    Arguments are ids and plain values, never model instances (STYLE « Celery »). The registered callback is
    named ``name`` (by default ``enqueue_<task>``) and carries ``task`` and ``args``, so that the log and a test
    can tell what a write enqueued.
    """

    def enqueue() -> None:
        try:
            task.delay(*args)
        except Exception:
            logger.exception("%s: could not reach the broker after commit", enqueue.__name__)

    enqueue.__name__ = name or f"enqueue_{task.name.rsplit('.', 1)[-1]}"
    enqueue.task, enqueue.args = task, args
    transaction.on_commit(enqueue)
