"""Tasks run in the test's own process, for tests that read a task's effect (an e-mail) without a worker."""

import pytest

from francetravail.celery import app


@pytest.fixture
def tasks_run_in_process():
    """Celery's eager mode for this test, whatever REDIS_URL says (without it the settings already run tasks
    in process): a task sent on commit runs at once, in the request that sent it."""
    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = previous
