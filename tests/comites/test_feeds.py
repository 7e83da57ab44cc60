"""Atom feeds parse as Atom, the calendar as iCalendar; drafts stay out of both."""

import datetime
import zoneinfo

import feedparser
import pytest
from django.utils import timezone
from icalendar import Calendar

from comites import actions
from comites.models import Meeting, Minutes
from tests.factories import MeetingFactory, MinutesFactory


@pytest.fixture
def published(cde59, secretary):
    meeting = MeetingFactory(committee=cde59, starts_at=timezone.now() - datetime.timedelta(days=3))
    minutes = actions.save_minutes_draft(meeting=meeting, by=secretary, body="## Emploi\n\nTexte public", attendees="")
    actions.publish_minutes(minutes=minutes, by=secretary)
    return minutes


@pytest.fixture
def draft(cde59):
    return MinutesFactory(meeting=MeetingFactory(committee=cde59), body="Texte du brouillon secret")


@pytest.mark.parametrize("url", ["/flux/comptes-rendus/", "/comites/CDE-59/flux/"])
def test_the_feeds_parse_as_atom_with_the_published_minutes_only(client, published, draft, url):
    response = client.get(url)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert len(feed.entries) == 1
    entry = feed.entries[0]
    assert entry.link.endswith(published.meeting.get_absolute_url())
    assert entry.id == f"tag:reseau-emploi-hdf.gouv.fr,2024:compte-rendu-{published.pk}"
    assert "<h2>Emploi</h2>" in entry.summary
    assert "CDE-59" in entry.title
    assert b"brouillon secret" not in response.content


def test_a_committee_feed_holds_only_that_committee(client, published, secretary, protocol):
    other = MeetingFactory(committee=published.meeting.committee.__class__.objects.get(code="CDE-62"))
    minutes = actions.save_minutes_draft(
        meeting=other, by=secretary, body="Compte rendu du Pas-de-Calais", attendees=""
    )
    actions.publish_minutes(minutes=minutes, by=secretary)

    assert len(feedparser.parse(client.get("/comites/CDE-59/flux/").content).entries) == 1
    assert len(feedparser.parse(client.get("/flux/comptes-rendus/").content).entries) == 2


def test_an_unknown_committee_has_no_feed_nor_calendar(client, protocol):
    assert client.get("/comites/XXX/flux/").status_code == 404
    assert client.get("/comites/XXX/calendrier.ics").status_code == 404


def test_the_feeds_refuse_post(client, protocol):
    assert client.post("/flux/comptes-rendus/").status_code == 405
    assert client.post("/comites/CDE-59/calendrier.ics").status_code == 405


def ics(client, code="CDE-59") -> Calendar:
    response = client.get(f"/comites/{code}/calendrier.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def test_the_calendar_parses_with_stable_uids_paris_time_and_cancelled_meetings(client, cde59, secretary):
    paris = zoneinfo.ZoneInfo("Europe/Paris")
    held = MeetingFactory(committee=cde59, starts_at=datetime.datetime(2030, 7, 1, 14, 0, tzinfo=paris), place="Lille")
    cancelled = MeetingFactory(committee=cde59, starts_at=datetime.datetime(2030, 12, 1, 9, 0, tzinfo=paris))
    actions.cancel_meeting(meeting=cancelled, by=secretary, reason="Report")

    calendar = ics(client)

    timezones = [component for component in calendar.walk("VTIMEZONE")]
    assert [str(tz["TZID"]) for tz in timezones] == ["Europe/Paris"]
    # No English note from the library (« This timezone only works from 1970… »): calendar apps display it.
    assert (
        "COMMENT" not in timezones[0] and b"This timezone" not in client.get("/comites/CDE-59/calendrier.ics").content
    )
    events = {str(event["UID"]): event for event in calendar.walk("VEVENT")}
    assert set(events) == {
        f"reunion-{held.pk}@reseau-emploi-hdf.gouv.fr",
        f"reunion-{cancelled.pk}@reseau-emploi-hdf.gouv.fr",
    }
    summer = events[f"reunion-{held.pk}@reseau-emploi-hdf.gouv.fr"]
    assert summer["DTSTART"].params["TZID"] == "Europe/Paris"
    assert summer.decoded("DTSTART") == datetime.datetime(2030, 7, 1, 14, 0, tzinfo=paris)
    assert str(summer["STATUS"]) == "CONFIRMED"
    assert str(summer["LOCATION"]) == "Lille"
    winter = events[f"reunion-{cancelled.pk}@reseau-emploi-hdf.gouv.fr"]
    assert str(winter["STATUS"]) == "CANCELLED"
    assert "Report" in str(winter["DESCRIPTION"])
    # The same meeting keeps its UID when it changes.
    actions.update_meeting(
        meeting=held,
        by=secretary,
        starts_at=held.starts_at + datetime.timedelta(hours=1),
        ends_at=None,
        place="Arras",
        agenda="",
    )
    again = {str(event["UID"]) for event in ics(client).walk("VEVENT")}
    assert again == set(events)


def test_the_calendar_of_a_committee_without_meetings_is_valid(client, protocol):
    calendar = ics(client, "CDE-80")
    assert calendar.walk("VEVENT") == []
    assert str(calendar["VERSION"]) == "2.0"


def test_the_committee_page_links_to_its_feed_and_calendar(client, cde59):
    content = client.get("/comites/CDE-59/").content.decode()
    assert 'href="/comites/CDE-59/flux/"' in content
    assert 'href="/comites/CDE-59/calendrier.ics"' in content


def test_the_calendar_lists_every_meeting_of_the_committee(client, cde59):
    for day in range(3):
        MeetingFactory(
            committee=cde59, starts_at=timezone.now() + datetime.timedelta(days=day + 1), status=Meeting.Status.PLANNED
        )
    assert len(ics(client).walk("VEVENT")) == 3


def test_the_committee_tree_links_to_the_feed_of_all_minutes(client, protocol):
    assert 'href="/flux/comptes-rendus/"' in client.get("/comites/").content.decode()


def test_an_amendment_updates_the_entry_but_keeps_its_publication_date(client, published, secretary):
    first = timezone.now() - datetime.timedelta(hours=1)
    published.versions.update(published_at=first)
    Minutes.objects.filter(pk=published.pk).update(published_at=first)
    published.refresh_from_db()
    actions.amend_minutes(minutes=published, by=secretary, body="Texte corrigé", attendees="", change_note="Coquille")

    entry = feedparser.parse(client.get("/flux/comptes-rendus/").content).entries[0]

    assert entry.published_parsed[:6] == first.utctimetuple()[:6]
    assert entry.updated_parsed > entry.published_parsed
    assert "Texte corrigé" in entry.summary
