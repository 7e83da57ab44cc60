"""Atom feeds of published minutes (all committees, and one committee) and the iCalendar of a committee."""

import datetime
import zoneinfo

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Min
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.views.decorators.http import require_GET
from icalendar import Calendar, Event

from comites.models import Committee, Meeting, Minutes

FEED_SIZE = 50
# UIDs must never change for a meeting, whatever host serves the calendar: a fixed domain of our own.
UID_DOMAIN = "reseau-emploi-hdf.gouv.fr"


class MinutesFeed(Feed):
    feed_type = Atom1Feed
    title = "Comptes rendus des comités pour l'emploi — Hauts-de-France"
    subtitle = "Les comptes rendus publiés des comités pour l'emploi de la région Hauts-de-France."
    link = "/comites/"

    def minutes(self, obj: Committee | None):
        queryset = (
            Minutes.objects.published()
            .select_related("meeting__committee")
            # Amendments move published_at (the entry's "updated"); "published" stays the first publication.
            .annotate(first_published_at=Min("versions__published_at"))
            .order_by("-published_at")
        )
        if obj is not None:
            queryset = queryset.filter(meeting__committee=obj)
        return queryset[:FEED_SIZE]

    def items(self, obj=None):
        return self.minutes(obj)

    def item_title(self, item: Minutes) -> str:
        meeting = item.meeting
        return (
            f"{meeting.committee.code} — compte rendu de la réunion du {timezone.localtime(meeting.starts_at):%d/%m/%Y}"
        )

    def item_description(self, item: Minutes) -> str:
        # Rendered and sanitised once, at publication, like the page: feed readers display it as HTML.
        return item.body_html

    def item_link(self, item: Minutes) -> str:
        return item.meeting.get_absolute_url()

    def item_guid(self, item: Minutes) -> str:
        return f"tag:{UID_DOMAIN},2024:compte-rendu-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: Minutes) -> datetime.datetime:
        return item.first_published_at or item.published_at

    def item_updateddate(self, item: Minutes) -> datetime.datetime:
        return item.published_at

    def item_author_name(self, item: Minutes) -> str:
        return item.meeting.committee.name


class CommitteeMinutesFeed(MinutesFeed):
    def get_object(self, request: HttpRequest, code: str) -> Committee:
        return get_object_or_404(Committee, code=code.upper())

    def title(self, obj: Committee) -> str:
        return f"Comptes rendus — {obj.name}"

    def subtitle(self, obj: Committee) -> str:
        return f"Les comptes rendus publiés du {obj.name} ({obj.code})."

    def link(self, obj: Committee) -> str:
        return obj.get_absolute_url()


minutes_feed = require_GET(MinutesFeed())
committee_minutes_feed = require_GET(CommitteeMinutesFeed())


@require_GET
def committee_calendar(request: HttpRequest, code: str) -> HttpResponse:
    committee = get_object_or_404(Committee, code=code.upper())
    meetings = Meeting.objects.filter(committee=committee).select_related("committee").order_by("starts_at")
    paris = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    calendar = Calendar()
    calendar.add("prodid", "-//Réseau pour l'emploi Hauts-de-France//Comités//FR")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"Réunions — {committee.name}")
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    for meeting in meetings:
        starts_at = timezone.localtime(meeting.starts_at, paris)
        event = Event()
        event.add("uid", f"reunion-{meeting.pk}@{UID_DOMAIN}")
        event.add("dtstamp", meeting.updated_at)
        event.add("last-modified", meeting.updated_at)
        event.add("dtstart", starts_at)
        event.add(
            "dtend",
            timezone.localtime(meeting.ends_at, paris) if meeting.ends_at else starts_at + datetime.timedelta(hours=2),
        )
        summary = f"{committee.code} — réunion du {committee.name}"
        if meeting.is_cancelled:
            summary = f"Annulée : {summary}"
        event.add("summary", summary)
        if meeting.place:
            event.add("location", meeting.place)
        event.add("url", request.build_absolute_uri(meeting.get_absolute_url()))
        description = meeting.agenda
        if meeting.is_cancelled and meeting.cancellation_reason:
            description = f"Réunion annulée : {meeting.cancellation_reason}\n\n{description}"
        if description:
            event.add("description", description)
        event.add("status", "CANCELLED" if meeting.is_cancelled else "CONFIRMED")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    for vtimezone in calendar.walk("VTIMEZONE"):
        # icalendar notes, in English, that its rules stop in 2038: calendar apps show comments. The rules stay.
        vtimezone.pop("COMMENT", None)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{committee.code}.ics"'
    return response
