"""CSV imports on a real Celery worker (prefork or solo, in its own process) against Redis and PostgreSQL: the
time limit ends a long import cleanly, and an import whose worker was killed is restarted from scratch.

Like tests/engagements/test_worker.py's crash drill, these need PostgreSQL (the worker, another process, must
see the test database) and Redis.
"""

import datetime
import os
import signal
import subprocess
import time

import pytest
from django.conf import settings
from django.utils import timezone

from engagements import value_imports
from engagements.models import Engagement, IndicatorValue, ValueImport
from engagements.progress import add_months
from francetravail.celery import app
from reseau.models import Organisation, Territory, User
from tests.helpers.celery_worker import wait_for
from tests.helpers.celery_worker import worker_process as worker
from tests.helpers.data import load_demo

pytestmark = [
    pytest.mark.skipif(not settings.REDIS_URL, reason="needs Redis (REDIS_URL)"),
    pytest.mark.skipif(
        not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"), reason="a worker process needs PostgreSQL"
    ),
]


@pytest.fixture
def demo_committed(transactional_db, settings):
    load_demo(settings)
    app.control.purge()
    yield
    app.control.purge()


def stop(process: subprocess.Popen, sig=signal.SIGTERM) -> None:
    if process.poll() is None:
        os.killpg(process.pid, sig)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def csv_lines(count: int = 10_000) -> str:
    current = timezone.localdate().replace(day=1)
    months = [add_months(current, -i) for i in range(320)]
    months = [m for m in months if m.year >= 2000]
    territories = list(Territory.objects.exclude(level="national").order_by("code").values_list("code", flat=True))
    rows = ["indicateur;territoire;periode;valeur"]
    rows += [
        f"IND-APPR-ENTREES;{t};{m:%Y-%m};{n}" for n, (t, m) in enumerate((t, m) for t in territories for m in months)
    ]
    assert len(rows) > 10_000
    return "\n".join(rows[: count + 1])


def submit(content: str) -> ValueImport:
    return value_imports.submit_import(
        engagement=Engagement.objects.get(code="E02"),
        organisation=Organisation.objects.get(slug="demo-france-travail-hdf"),
        author=User.objects.get(email="partenaire@demo.test"),
        filename="valeurs.csv",
        content=content,
        run_now_below=500,
    )


def values_state() -> set:
    return set(IndicatorValue.objects.values_list("pk", "value", "version"))


@pytest.mark.parametrize("pool", ["prefork", "solo"])
def test_a_real_worker_stops_a_long_import_at_its_time_limit_and_writes_nothing(demo_committed, pool):
    """prefork delivers Celery's soft limit; solo (like threads, eager mode and the web process) delivers none,
    and the import's own deadline stops it all the same."""
    before = values_state()
    process = worker(pool, CELERY_TASK_TIME_LIMIT="4", CELERY_VISIBILITY_TIMEOUT="10")
    try:
        value_import = submit(csv_lines(10_000))  # autocommit: enqueued at once
        finished = wait_for(
            lambda: ValueImport.objects.filter(pk=value_import.pk, state__in=["done", "failed"]).first(), timeout=120
        )
    finally:
        stop(process)

    assert finished.state == "failed", finished.errors
    assert "durée maximale de 3 secondes" in finished.errors[0]["message"]
    assert (finished.finished_at - finished.started_at).total_seconds() < 4  # before the hard limit
    assert values_state() == before


def test_an_import_whose_worker_was_killed_restarts_from_scratch_and_completes(demo_committed):
    before = values_state()
    # A long visibility timeout: the broker will not hand the lost message back within the test; the re-queue
    # does it, whatever that timeout.
    env = {"CELERY_TASK_TIME_LIMIT": "300", "CELERY_VISIBILITY_TIMEOUT": "3600"}
    first = worker("solo", **env)
    try:
        value_import = submit(csv_lines(3_000))
        wait_for(lambda: ValueImport.objects.filter(pk=value_import.pk, state="running").exists(), timeout=60)
        time.sleep(1)  # in the middle of the run
        stop(first, signal.SIGKILL)
    finally:
        stop(first, signal.SIGKILL)

    value_import.refresh_from_db()
    assert value_import.state == "running" and value_import.attempts == 1
    assert values_state() == before  # the killed run wrote nothing: one transaction

    second = worker("solo", **env)
    try:
        # Past the re-queue delay, on the worker's clock (the tests' own clock is frozen).
        later = value_import.started_at + value_imports.IMPORT_REQUEUE_RUNNING_AFTER + datetime.timedelta(seconds=1)
        assert value_imports.requeue_stale_imports(now=later) == 1  # what the beat task does every minute
        finished = wait_for(
            lambda: ValueImport.objects.filter(pk=value_import.pk, state__in=["done", "failed"]).first(), timeout=180
        )
    finally:
        stop(second)

    assert finished.state == "done", finished.errors
    assert finished.attempts == 2 and finished.imported == 3_000
    stored = {
        (v.territory.code, f"{v.period:%Y-%m}"): int(v.value)
        for v in IndicatorValue.objects.filter(indicator__code="IND-APPR-ENTREES").select_related("territory")
    }
    for line in finished.content.splitlines()[1:]:
        _, territory, period, value = line.split(";")
        assert stored[(territory, period)] == int(value)
