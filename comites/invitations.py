"""The convocation e-mail (issue #14, item 2): the agenda as sent, the links to the meeting and its documents, and an
iCalendar invitation (METHOD:REQUEST) whose UID is the meeting's, as in the committee's calendar feed, so that a
calendar updates the same event on every new sending (SEQUENCE)."""

from __future__ import annotations

import datetime
import zoneinfo
from email.utils import parseaddr

from django.conf import settings
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar, Event, vCalAddress

from comites.feeds import UID_DOMAIN
from comites.models import CommitteeMember, Convocation


def meeting_uid(meeting_id: int) -> str:
    return f"reunion-{meeting_id}@{UID_DOMAIN}"


def recipients(convocation: Convocation) -> list[CommitteeMember]:
    """Every member in office on the meeting's day with an address: titulars and substitutes (a substitute sits
    when the titular cannot)."""
    meeting = convocation.meeting
    return list(
        meeting.committee.seats.in_term(meeting.day).exclude(email="").select_related("organisation").order_by("pk")
    )


def invitation(convocation: Convocation, member: CommitteeMember) -> bytes:
    meeting = convocation.meeting
    paris = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    starts_at = timezone.localtime(meeting.starts_at, paris)
    ends_at = timezone.localtime(meeting.ends_at, paris) if meeting.ends_at else starts_at + datetime.timedelta(hours=2)
    calendar = Calendar()
    calendar.add("prodid", "-//Réseau pour l'emploi Hauts-de-France//Convocations//FR")
    calendar.add("version", "2.0")
    calendar.add("method", "REQUEST")
    event = Event()
    event.add("uid", meeting_uid(meeting.pk))
    event.add("sequence", convocation.sequence)
    event.add("dtstamp", convocation.created_at)
    event.add("dtstart", starts_at)
    event.add("dtend", ends_at)
    event.add("summary", f"{meeting.committee.code} — réunion du {meeting.committee.name}")
    if meeting.place:
        event.add("location", meeting.place)
    event.add("url", settings.SITE_URL + reverse("meeting", args=[meeting.committee.code, meeting.pk]))
    event.add("description", convocation.agenda)
    organizer = vCalAddress(f"mailto:{parseaddr(settings.DEFAULT_FROM_EMAIL)[1]}")
    organizer.params["cn"] = f"Secrétariat — {meeting.committee.name}"
    event.add("organizer", organizer)
    attendee = vCalAddress(f"mailto:{member.email}")
    attendee.params.update({"cn": f"{member.first_name} {member.last_name}", "role": "REQ-PARTICIPANT", "rsvp": "TRUE"})
    event.add("attendee", attendee)
    event.add("status", "CONFIRMED")
    calendar.add_component(event)
    calendar.add_missing_timezones()
    for vtimezone in calendar.walk("VTIMEZONE"):
        vtimezone.pop("COMMENT", None)
    return calendar.to_ical()


def message(convocation: Convocation, member: CommitteeMember) -> EmailMessage:
    meeting = convocation.meeting
    committee = meeting.committee
    start = timezone.localtime(meeting.starts_at)
    site = settings.SITE_URL
    # The documents of the convocation: public from this sending on (comites.permissions.can_see_attachment).
    documents = [
        f"- {attachment.title} : {site}{attachment.get_absolute_url()}"
        for attachment in (
            meeting.minutes.attachments.filter(with_convocation=True).order_by("title", "pk")
            if meeting.minutes_or_none
            else []
        )
    ]
    lines = [
        f"Madame, Monsieur,\n\nVous êtes convoqué(e) à la réunion du {committee.name}, le {start:%d/%m/%Y} à "
        f"{start:%H:%M}" + (f", {meeting.place}." if meeting.place else "."),
    ]
    if convocation.urgency_reason:
        lines.append(
            f"Convocation envoyée en urgence (moins de cinq jours avant la réunion) : {convocation.urgency_reason}"
        )
    lines += ["Ordre du jour :", convocation.agenda]
    if documents:
        lines += ["Documents :", "\n".join(documents)]
    lines += [
        f"La réunion sur le portail : {site}{reverse('meeting', args=[committee.code, meeting.pk])}",
        "Si vous ne pouvez pas y assister, prévenez le secrétariat : votre suppléant peut siéger, ou vous pouvez "
        "donner pouvoir à un autre membre votant (un pouvoir par membre).",
        "L'invitation jointe ajoute la réunion à votre agenda.",
    ]
    subject = f"{committee.code} — convocation à la réunion du {start:%d/%m/%Y}"
    if convocation.sequence > 1:
        subject += f" (envoi n° {convocation.sequence})"
    email = EmailMessage(subject, "\n\n".join(lines), settings.DEFAULT_FROM_EMAIL, [member.email])
    email.attach("invitation.ics", invitation(convocation, member), "text/calendar; method=REQUEST; charset=utf-8")
    return email
