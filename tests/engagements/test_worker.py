"""The engine behind a real broker: a real Celery worker on Redis, a crash drill and a broker outage drill.

These run when REDIS_URL is set (CI's PostgreSQL + Redis pass); the crash drill also needs PostgreSQL, since a
worker in another process must see the test database.
"""

import datetime
import shutil
import signal
import socket
import subprocess
import time
from decimal import Decimal

import pytest
from celery.contrib.testing.worker import start_worker
from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from comites.models import Minutes
from engagements import actions, recompute, tasks
from engagements.models import Engagement, Indicator, IndicatorValue, ProgressReport, ProgressSnapshot
from francetravail import national
from francetravail.celery import app
from reseau.models import Invitation, Organisation, Territory, User
from tests.helpers.celery_worker import wait_for, worker_process
from tests.helpers.data import load_demo

pytestmark = [
    pytest.mark.skipif(not settings.REDIS_URL, reason="needs Redis (REDIS_URL)"),
    pytest.mark.wall_clock,  # the worker process runs on the real clock
]


def snapshot_state():
    return {
        (s.scope, s.engagement_id, s.theme_id, s.territory_id, s.as_of): (s.percent, s.digest, s.computed_at)
        for s in ProgressSnapshot.objects.all()
    }


@pytest.fixture
def demo_committed(transactional_db, settings):
    load_demo(settings)
    app.control.purge()
    yield
    app.control.purge()


def last_month() -> datetime.date:
    return (timezone.localdate().replace(day=1) - datetime.timedelta(days=1)).replace(day=1)


def lille_entries_value() -> float:
    snapshot = ProgressSnapshot.objects.get(
        scope="indicator", indicator__code="IND-APPR-ENTREES", territory__code="CLPE59004", as_of=timezone.localdate()
    )
    return snapshot.outcome.figure.value


def save_value(value: Decimal) -> None:
    with transaction.atomic():
        actions.record_value(
            indicator=Indicator.objects.get(code="IND-APPR-ENTREES"),
            territory=Territory.objects.get(code="CLPE59004"),
            period=last_month(),
            value=value,
            organisation=Organisation.objects.get(slug="demo-france-travail-hdf"),
            author=User.objects.get(email="partenaire@demo.test"),
        )


def test_a_real_worker_recomputes_the_snapshot_after_a_value_is_saved(demo_committed):
    assert lille_entries_value() != 4321
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=30):
        save_value(Decimal(4321))
        wait_for(lambda: lille_entries_value() == 4321, timeout=30)
    engagement = Engagement.objects.get(code="E02")
    assert not engagement.is_dirty


# --- Broker outage -------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_redis(port: int) -> subprocess.Popen:
    process = subprocess.Popen(
        [shutil.which("redis-server"), "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )

    def up():
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return True
        except OSError:
            return False

    wait_for(up, timeout=10)
    return process


def use_broker(url: str) -> None:
    """Point the app's publisher at another broker (pools are rebuilt on next use)."""
    app.conf.broker_url = url
    app._pool = None
    app.amqp._producer_pool = None


@pytest.mark.skipif(not shutil.which("redis-server"), reason="needs redis-server to stage an outage")
def test_a_broker_outage_never_fails_a_save_and_the_sweep_catches_up(demo_committed, client):
    port = free_port()
    redis = start_redis(port)
    original = app.conf.broker_url
    use_broker(f"redis://127.0.0.1:{port}/0")
    try:
        redis.terminate()
        redis.wait(timeout=10)

        started = time.monotonic()
        save_value(Decimal(5432))  # the broker is down: the on-commit enqueue fails, the save does not
        assert time.monotonic() - started < 10
        assert IndicatorValue.objects.get(
            indicator__code="IND-APPR-ENTREES", territory__code="CLPE59004", period=last_month()
        ).value == Decimal(5432)
        assert Engagement.objects.get(code="E02").is_dirty
        assert lille_entries_value() != 5432
        # The same through the partner workspace: the partner sees their save succeed.
        client.force_login(User.objects.get(email="partenaire@demo.test"))
        response = client.post(
            "/espace/engagements/E02/compte-rendu/",
            {"territory": "59", "weather": "orage", "narrative": "Saisi pendant la panne du courtier."},
            HTTP_HX_REQUEST="true",
        )
        assert response.status_code == 200 and "Compte rendu enregistré" in response.content.decode()
        assert ProgressReport.objects.filter(narrative="Saisi pendant la panne du courtier.").exists()
        # Adding a member: the invitation is saved and the admin told so; only its e-mail task is lost (logged).
        response = client.post(
            "/espace/organisations/demo-france-travail-hdf/membres/",
            {"email": "pendant.la.panne@exemple.test", "role": "contributor"},
        )
        assert response.status_code == 302
        assert Invitation.objects.filter(email="pendant.la.panne@exemple.test", status="pending").exists()
        # Publishing minutes: published, and the secretary gets the confirmation page rather than a 500.
        minutes = Minutes.objects.select_related("meeting__committee").get(
            state=Minutes.State.DRAFT, meeting__committee__code="CDE-59"
        )
        client.force_login(User.objects.get(email="secretaire@demo.test"))
        response = client.post(
            reverse("secretary_minutes_publish", args=["CDE-59", minutes.meeting_id]), {"confirm": "on"}
        )
        assert response.status_code == 303
        minutes.refresh_from_db()
        assert minutes.is_published

        redis = start_redis(port)  # the broker is back
        with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=30):
            tasks.sweep_dirty.delay()
            wait_for(lambda: lille_entries_value() == 5432, timeout=30)
        assert not Engagement.objects.get(code="E02").is_dirty
    finally:
        redis.terminate()
        redis.wait(timeout=10)
        use_broker(original)


# --- Crash drill ---------------------------------------------------------------------------------------------


@pytest.mark.skipif(
    not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"), reason="a worker process needs PostgreSQL"
)
def test_a_worker_killed_during_recompute_all_leaves_the_same_snapshots_as_a_clean_run(transactional_db):
    today = timezone.localdate()
    national.build(regions=6, months=24, today=today)
    engagements = Engagement.objects.count()
    app.control.purge()
    # A short visibility timeout so that the lost message comes back within the test.
    env = {"CELERY_VISIBILITY_TIMEOUT": "6", "CELERY_TASK_TIME_LIMIT": "5"}

    def computed_engagements() -> int:
        return ProgressSnapshot.objects.filter(scope="engagement", as_of=today).values("engagement").distinct().count()

    first = worker_process(**env)
    try:
        tasks.recompute_all.delay()
        wait_for(lambda: computed_engagements() >= 2, timeout=60, interval=0.01)
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
    finally:
        if first.poll() is None:
            first.kill()
    assert computed_engagements() < engagements, "the worker finished before it could be killed"

    second = worker_process(**env)
    try:
        wait_for(lambda: computed_engagements() == engagements, timeout=90, interval=0.2)
        # The summaries come last in recompute_all: once the overall ones are all there, the run is over.
        territories = Territory.objects.count()
        wait_for(
            lambda: ProgressSnapshot.objects.filter(scope="overall", as_of=today).count() == territories, timeout=30
        )
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(timeout=30)

    after_crash = snapshot_state()
    inputs_after_crash = {s.pk: s.inputs for s in ProgressSnapshot.objects.all()}
    recompute.recompute_all(today=today)  # a clean run over the same data
    changed = [s for s in ProgressSnapshot.objects.all() if s.inputs != inputs_after_crash.get(s.pk)]
    assert not changed, (changed[0], changed[0].inputs, inputs_after_crash.get(changed[0].pk))
    assert snapshot_state() == after_crash


def stored_snapshots() -> dict:
    """Every stored snapshot, field by field, less its id and the moment it was written."""
    rows = {}
    for row in ProgressSnapshot.objects.values():
        del row["id"], row["computed_at"]
        rows[row["scope"], row["engagement_id"], row["theme_id"], row["indicator_id"], row["territory_id"]] = row
    return rows


@pytest.mark.skipif(settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"), reason="workers need PostgreSQL")
def test_the_fan_out_over_two_worker_processes_stores_what_one_process_stores(transactional_db):
    today = timezone.localdate()
    national.build(regions=2, months=12, today=today)
    recompute.recompute_all(today=today)
    in_one_process = stored_snapshots()
    ProgressSnapshot.objects.all().delete()
    app.control.purge()

    workers = worker_process(pool="prefork", concurrency=2)
    try:
        count, summaries = tasks.fan_out_recompute_all(today.isoformat())
        summaries.get(timeout=180)
    finally:
        workers.send_signal(signal.SIGTERM)
        workers.wait(timeout=60)

    assert count == Engagement.objects.count() == 23
    fanned_out = stored_snapshots()
    assert {key[0] for key in fanned_out} == {"indicator", "engagement", "theme", "overall"}
    assert fanned_out == in_one_process
    # A duplicated or redelivered engagement task stores the same digests: it writes nothing.
    written = {s.pk: s.computed_at for s in ProgressSnapshot.objects.all()}
    engagement = Engagement.objects.get(code="E02").pk
    assert tasks.recompute_engagement_in_full.apply(args=(engagement, today.isoformat())).get() == "computed"
    assert {s.pk: s.computed_at for s in ProgressSnapshot.objects.all()} == written
