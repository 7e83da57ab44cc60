"""Issue #15, item 4: the daily batch through a real Celery worker on Redis and a real SMTP server; a worker killed
while sending sends each e-mail exactly once after its restart (PostgreSQL: the worker is another process)."""

import datetime
import html
import signal
import time
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.utils import timezone

from comites.models import Committee
from francetravail.celery import app
from notifications import actions
from notifications.models import Event, Outgoing, Reminder, Subscriber, Subscription
from reseau.models import User
from tests.helpers.celery_worker import wait_for, worker_process
from tests.helpers.data import load_demo, load_protocol
from tests.helpers.smtp import links_of

pytestmark = [
    pytest.mark.skipif(not settings.REDIS_URL, reason="needs Redis (REDIS_URL)"),
    pytest.mark.skipif(
        not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"), reason="a worker process needs PostgreSQL"
    ),
    pytest.mark.wall_clock,  # the worker process runs on the real clock
]

FOLLOWERS = 8
PARTNER = "partenaire@demo.test"
READER = "journaliste@exemple.fr"


def worker_env(smtp) -> dict[str, str]:
    """A worker that sends through the test's SMTP server; short delays so that a lost message comes back soon."""
    return {
        "CELERY_VISIBILITY_TIMEOUT": "6",
        "CELERY_TASK_TIME_LIMIT": "5",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp.port),
        "EMAIL_USE_TLS": "false",
        "SITE_URL": settings.SITE_URL,
    }


def minutes_published_today(committee: Committee) -> Event:
    """Today's event for the committee's followers, as the day's collection records it."""
    return Event.objects.create(
        kind="minutes",
        topic="comite",
        key=committee.code,
        source="minutes:test",
        title=f"{committee.code} — compte rendu publié",
        path=committee.get_absolute_url(),
        occurred_at=timezone.now(),
        occurred_on=timezone.localdate(),
    )


def path_in(message, fragment: str) -> str:
    return urlsplit(next(link for link in links_of(message) if fragment in link)).path


def test_a_worker_killed_while_sending_the_daily_batch_sends_each_email_exactly_once(transactional_db, smtp):
    load_protocol()
    committee = Committee.objects.get(code="CDE-59")
    now = timezone.now()
    for n in range(FOLLOWERS):
        subscriber = Subscriber.objects.create(email=f"abonne-{n}@exemple.fr", confirmed_at=now)
        Subscription.objects.create(
            subscriber=subscriber, topic="comite", key=committee.code, label=committee.name, confirmed_at=now
        )
    minutes_published_today(committee)
    app.control.purge()
    smtp.delay = 1.0  # each message takes a second to be accepted: the kill lands inside one
    env = worker_env(smtp)
    first = worker_process(**env)
    try:
        assert actions.notify_subscribers(timezone.localdate()) == FOLLOWERS
        wait_for(lambda: len(smtp.messages) >= 2 and smtp.receiving == 1, timeout=60, interval=0.01)
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


def test_reminders_the_double_opt_in_and_the_one_click_through_a_real_worker(transactional_db, smtp, client, settings):
    load_demo(settings)
    # The demo's own reminders and follower: this test starts from no e-mail.
    for model in (Reminder, Outgoing, Subscriber):
        model.objects.all().delete()
    app.control.purge()
    today = timezone.localdate()
    worker = worker_process(**worker_env(smtp))
    try:
        # The partner's reminder, and its link: after login, for them, the list of what their organisation owes.
        assert actions.send_reminders(today, weekly=True) >= 2
        [reminder_mail] = wait_for(lambda: smtp.to(PARTNER), timeout=60)
        partner = User.objects.get(email=PARTNER)
        client.force_login(partner)
        opened = client.get(path_in(reminder_mail, "/espace/rappels/lien/"))
        assert opened.status_code == 302
        listed = client.get(opened["Location"]).content.decode()
        reminder = Reminder.objects.get(user=partner, day=today)
        assert reminder.items and all(html.escape(item["label"]) in listed for item in reminder.items)
        client.logout()

        # Double opt-in: the confirmation only, then the grouped notification once confirmed.
        response = client.post("/abonnements/", {"courriel": READER, "sujet": "comite", "code": "CDE-59"})
        assert response.status_code == 200
        [confirmation] = wait_for(lambda: smtp.to(READER), timeout=30)
        assert not Subscription.objects.confirmed().exists()
        assert client.post(path_in(confirmation, "/abonnements/confirmer/")).status_code == 200
        committee = Committee.objects.get(code="CDE-59")
        minutes_published_today(committee)
        assert actions.notify_subscribers(today) == 1
        notification = wait_for(lambda: smtp.to(READER)[1:], timeout=30)[0]
        unsubscribe = str(notification["List-Unsubscribe"]).strip().strip("<>")
        one_click = client.post(
            urlsplit(unsubscribe).path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
        )
        assert one_click.status_code == 200

        # Nothing after the one-click unsubscription.
        tomorrow = today + datetime.timedelta(days=1)
        Event.objects.update(occurred_on=tomorrow)
        assert actions.notify_subscribers(tomorrow) == 0
        wait_for(lambda: not Outgoing.objects.filter(sent_at__isnull=True).exists(), timeout=30)
        time.sleep(1)
        assert len(smtp.to(READER)) == 2
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=30)
