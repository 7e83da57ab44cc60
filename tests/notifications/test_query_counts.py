"""The pages and feeds of #15 run a constant number of SQL queries whatever the number of events, items or
subscriptions (pinned by growing the data between two reads)."""

import datetime

from django.urls import reverse
from django.utils import timezone

from notifications import actions
from notifications.models import Event, Reminder, Subscriber, Subscription
from reseau.models import User
from tests.helpers.pages import count_queries


def add_events(n: int, start: int = 0) -> None:
    now = timezone.now()
    for i in range(start, start + n):
        for topic, key in (("comite", "CDE-59"), ("decisions", ""), ("engagement", "E02"), ("territoire", "59")):
            Event.objects.create(
                kind="minutes",
                topic=topic,
                key=key,
                source=f"test:{i}",
                title=f"Événement {i}",
                path="/comites/CDE-59/",
                occurred_at=now - datetime.timedelta(hours=i),
                occurred_on=timezone.localdate(),
            )


def test_the_feeds_and_the_subscription_page_run_constant_queries(demo, client):
    urls = [
        reverse("event_feed", args=["comite", "CDE-59"]),
        reverse("event_feed", args=["territoire", "59"]),
        reverse("event_feed_decisions"),
        reverse("subscribe"),
    ]
    add_events(2)
    for url in urls:  # a first read fills what every page caches (the site's settings)
        count_queries(client, url)
    before = {url: count_queries(client, url) for url in urls}
    add_events(40, start=2)
    assert {url: count_queries(client, url) for url in urls} == before


def test_the_management_and_reminder_pages_run_constant_queries(demo, client):
    actions.subscribe(email="lecteur@exemple.fr", topic="comite", key="CDE-59", client=None)
    subscriber = Subscriber.objects.get(email="lecteur@exemple.fr")
    manage = reverse("subscription_manage", args=[actions.manage_url(subscriber).rsplit("/", 2)[-2]])
    partner = User.objects.get(email="partenaire@demo.test")
    actions.send_reminders(timezone.localdate(), weekly=True)
    reminder = Reminder.objects.get(user=partner, day=timezone.localdate())
    client.force_login(partner)
    pages = [reverse("reminder", args=[reminder.pk]), reverse("reminders")]
    for url in [manage, *pages]:  # a first read fills what every page caches (the site's settings)
        count_queries(client, url)
    before = [count_queries(client, manage)] + [count_queries(client, url) for url in pages]

    for code in ("E01", "E02", "E03", "E04", "E05"):
        Subscription.objects.create(subscriber=subscriber, topic="engagement", key=code, label=code)
    Reminder.objects.filter(pk=reminder.pk).update(items=reminder.items * 4)
    for day in range(1, 6):
        Reminder.objects.create(
            user=partner,
            organisation=reminder.organisation,
            day=timezone.localdate() - datetime.timedelta(days=day),
            horizon=timezone.localdate(),
            items=reminder.items,
        )
    assert [count_queries(client, manage)] + [count_queries(client, url) for url in pages] == before
