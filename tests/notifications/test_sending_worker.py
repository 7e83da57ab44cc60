"""Issue #15, item 4: the daily batch through a real Celery worker on Redis and a real SMTP server; a worker killed
while sending sends each e-mail exactly once after its restart (PostgreSQL: the worker is another process)."""

import signal
import time

import pytest
from django.conf import settings
from django.utils import timezone

from comites.models import Committee
from francetravail.celery import app
from notifications import actions
from notifications.models import Event, Outgoing, Subscriber, Subscription
from tests.helpers.celery_worker import worker_process
from tests.helpers.data import load_protocol

pytestmark = [
    pytest.mark.skipif(not settings.REDIS_URL, reason="needs Redis (REDIS_URL)"),
    pytest.mark.skipif(
        not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"), reason="a worker process needs PostgreSQL"
    ),
    pytest.mark.wall_clock,  # the worker process runs on the real clock
]

FOLLOWERS = 8


def wait_for(predicate, timeout: float, interval: float = 0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := predicate():
            return result
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout} s")


def test_a_worker_killed_while_sending_the_daily_batch_sends_each_email_exactly_once(transactional_db, smtp):
    load_protocol()
    committee = Committee.objects.get(code="CDE-59")
    now = timezone.now()
    for n in range(FOLLOWERS):
        subscriber = Subscriber.objects.create(email=f"abonne-{n}@exemple.fr", confirmed_at=now)
        Subscription.objects.create(
            subscriber=subscriber, topic="comite", key=committee.code, label=committee.name, confirmed_at=now
        )
    Event.objects.create(
        kind="minutes",
        topic="comite",
        key=committee.code,
        source="minutes:drill",
        title="CDE-59 — compte rendu publié",
        path=committee.get_absolute_url(),
        occurred_at=now,
        occurred_on=timezone.localdate(),
    )
    app.control.purge()
    smtp.delay = 1.0  # each message takes a second to be accepted: the kill lands inside one
    env = {
        "CELERY_VISIBILITY_TIMEOUT": "6",
        "CELERY_TASK_TIME_LIMIT": "5",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp.port),
        "EMAIL_USE_TLS": "false",
        "SITE_URL": settings.SITE_URL,
    }
    first = worker_process(**env)
    try:
        assert actions.notify_subscribers(timezone.localdate()) == FOLLOWERS
        wait_for(lambda: len(smtp.messages) >= 2 and smtp.receiving == 1, timeout=60)
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
    finally:
        if first.poll() is None:
            first.kill()
    wait_for(lambda: smtp.receiving == 0, timeout=10)
    assert len(smtp.messages) < FOLLOWERS, "the batch was over before the worker could be killed"

    second = worker_process(**env)
    try:
        wait_for(lambda: not Outgoing.objects.filter(sent_at__isnull=True).exists(), timeout=120, interval=0.2)
        time.sleep(2)  # anything sent twice would arrive now
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(timeout=30)
    recipients = sorted(str(m["To"]) for m in smtp.messages)
    assert recipients == sorted(f"abonne-{n}@exemple.fr" for n in range(FOLLOWERS))
    assert Subscriber.objects.filter(last_sent_at__isnull=False).count() == FOLLOWERS
