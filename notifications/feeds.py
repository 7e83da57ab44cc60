"""Atom feeds of the events followers are e-mailed about, for people who prefer feeds (issue #15, item 3)."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed

from notifications import actions
from notifications.models import Event, Topic

FEED_SIZE = 50


class EventFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, topic: str, code: str = ""):
        try:
            label = actions.target_label(topic, code)
        except actions.SubscriptionError as unknown:
            raise Http404(unknown.message) from unknown
        return (topic, code, label)

    def title(self, obj) -> str:
        return f"Suivi — {obj[2]} — Réseau pour l'emploi Hauts-de-France"

    def subtitle(self, obj) -> str:
        return "Comptes rendus publiés ou modifiés, météo calculée, décisions closes ou en retard, nouveaux chiffres."

    def link(self, obj) -> str:
        return "/abonnements/"

    def items(self, obj):
        topic, code, _ = obj
        return Event.objects.filter(topic=topic, key=code).order_by("-occurred_at", "-pk")[:FEED_SIZE]

    def item_title(self, item: Event) -> str:
        return item.title

    def item_description(self, item: Event) -> str:
        return item.summary or item.get_kind_display()

    def item_link(self, item: Event) -> str:
        return item.path

    def item_guid(self, item: Event) -> str:
        return f"tag:reseau-emploi-hdf.gouv.fr,2026:evenement-{item.source}-{item.topic}-{item.key}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: Event):
        return item.occurred_at

    def item_updateddate(self, item: Event):
        return item.occurred_at


event_feed = EventFeed()


def decisions_feed(request):
    return event_feed(request, topic=Topic.DECISIONS, code="")
