"""Issue #14, item 2: the agenda proposed from the records, and the convocation e-mailed through a real SMTP server
(aiosmtpd) with an iCalendar invitation that parses and carries the meeting's UID; « urgence » under five days."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from comites import actions, governance, governance_actions, tasks
from comites.models import Convocation, Meeting
from engagements.models import Engagement, ProgressSnapshot
from reseau.models import Organisation
from tests.factories import DecisionFactory, MeetingFactory, MinutesFactory, OrganisationFactory

# The convocation is sent by a Celery task: run in this process, whatever REDIS_URL says (CI's first pass has a
# broker but no worker here).
pytestmark = pytest.mark.usefixtures("tasks_run_in_process")


@pytest.fixture
def members(cde59, secretary):
    start = timezone.localdate() - datetime.timedelta(days=30)

    def add(kind, role, name, email_address, **kwargs):
        return governance_actions.add_member(
            committee=cde59,
            by=secretary,
            organisation=OrganisationFactory(kind=kind),
            first_name="Prénom",
            last_name=name,
            role=role,
            term_start=start,
            email=email_address,
            **kwargs,
        )

    state = add(Organisation.Kind.ETAT, governance.Role.STATE_CHAIR, "État", "prefet@exemple.test")
    local = add(Organisation.Kind.DEPARTEMENT, governance.Role.LOCAL_CHAIR, "Département", "")
    governance_actions.add_member(
        committee=cde59,
        by=secretary,
        organisation=local.organisation,
        first_name="Prénom",
        last_name="Suppléant",
        role=governance.Role.LOCAL_CHAIR,
        term_start=start,
        email="suppleant@exemple.test",
        substitute_for=local,
    )
    return state


def upcoming(cde59, days: float) -> Meeting:
    return MeetingFactory(
        committee=cde59,
        starts_at=timezone.now() + datetime.timedelta(days=days),
        ends_at=timezone.now() + datetime.timedelta(days=days, hours=3),
        status=Meeting.Status.PLANNED,
        agenda="## Suivi des décisions\n\n- Plan mobilité",
    )


def test_the_convocation_reaches_each_member_with_an_invitation_carrying_the_meeting_s_uid(
    smtp, cde59, secretary, members, django_capture_on_commit_callbacks
):
    meeting = upcoming(cde59, days=12)
    with django_capture_on_commit_callbacks(execute=True):
        convocation = governance_actions.convoke(meeting=meeting, by=secretary)
    # Those in office with an address: the State's co-president and the substitute (the titular has none).
    assert sorted(message["To"] for message in smtp.messages) == ["prefet@exemple.test", "suppleant@exemple.test"]
    message = smtp.messages[0]
    assert (
        message["Subject"].strip()
        == f"CDE-59 — convocation à la réunion du {timezone.localtime(meeting.starts_at):%d/%m/%Y}"
    )
    parts = {part.get_content_type(): part for part in message.walk()}
    text = parts["text/plain"].get_payload(decode=True).decode()
    assert "Plan mobilité" in text and f"https://emploi.exemple.gouv.fr/comites/CDE-59/reunions/{meeting.pk}/" in text
    calendar = Calendar.from_ical(parts["text/calendar"].get_payload(decode=True))
    assert str(calendar["method"]) == "REQUEST"
    (event,) = calendar.walk("VEVENT")
    assert str(event["uid"]) == f"reunion-{meeting.pk}@reseau-emploi-hdf.gouv.fr"
    assert int(event["sequence"]) == 1
    assert event.decoded("dtstart") == meeting.starts_at.replace(microsecond=0)
    assert str(event["attendee"]).lower() in ("mailto:prefet@exemple.test", "mailto:suppleant@exemple.test")
    # The same UID as the committee's public calendar: a calendar app updates one event.
    feed = Calendar.from_ical(b"".join([cde59_calendar(cde59)]))
    assert str(event["uid"]) in {str(e["uid"]) for e in feed.walk("VEVENT")}

    convocation.refresh_from_db()
    assert convocation.recipients == 2 and convocation.delivered_at is not None
    # A redelivered task sends nothing more.
    assert tasks.send_convocation(convocation.pk) == 0
    assert len(smtp.messages) == 2
    assert convocation.history.latest().history_user == secretary


def cde59_calendar(cde59) -> bytes:
    from django.test import Client

    return Client().get(f"/comites/{cde59.code}/calendrier.ics").content


def test_sending_again_updates_the_same_event(smtp, cde59, secretary, members, django_capture_on_commit_callbacks):
    meeting = upcoming(cde59, days=12)
    with django_capture_on_commit_callbacks(execute=True):
        governance_actions.convoke(meeting=meeting, by=secretary)
        second = governance_actions.convoke(meeting=meeting, by=secretary)
    assert second.sequence == 2
    last = [m for m in smtp.messages if "(envoi n° 2)" in m["Subject"]]
    assert len(last) == 2
    ics = next(p for p in last[0].walk() if p.get_content_type() == "text/calendar").get_payload(decode=True)
    assert int(Calendar.from_ical(ics).walk("VEVENT")[0]["sequence"]) == 2


def test_under_five_days_the_urgency_reason_is_required_recorded_and_shown(
    client, cde59, secretary, members, django_capture_on_commit_callbacks, mailoutbox
):
    meeting = upcoming(cde59, days=3)
    client.force_login(secretary)
    url = reverse("secretary_meeting_convocation", args=["CDE-59", meeting.pk])
    assert "moins de cinq jours" in client.get(url).content.decode()
    refused = client.post(url, {"urgency_reason": ""})
    assert refused.status_code == 422 and "motif de l&#x27;urgence" in refused.content.decode()
    assert not Convocation.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"urgency_reason": "Arrêté préfectoral à examiner avant le 15"})
    assert response.status_code == 303
    assert Convocation.objects.get().urgency_reason == "Arrêté préfectoral à examiner avant le 15"
    assert "en urgence" in mailoutbox[0].body
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "en urgence : Arrêté préfectoral à examiner avant le 15" in page


@pytest.mark.parametrize(
    ("days", "reason", "message"),
    [(12, "Parce que", "pas urgente"), (-1, "", "déjà eu lieu")],
)
def test_a_convocation_that_cannot_go_is_refused(cde59, secretary, members, days, reason, message):
    meeting = upcoming(cde59, days=days)
    with pytest.raises(ValidationError, match=message):
        governance_actions.convoke(meeting=meeting, by=secretary, urgency_reason=reason)


def test_without_members_with_an_address_nothing_is_sent(cde59, secretary):
    with pytest.raises(ValidationError, match="adresse électronique"):
        governance_actions.convoke(meeting=upcoming(cde59, days=10), by=secretary)


def test_the_agenda_proposes_overdue_decisions_first_and_the_engagements_whose_weather_worsened(cde59, secretary):
    past = MeetingFactory(committee=cde59, starts_at=timezone.now() - datetime.timedelta(days=40))
    MinutesFactory(meeting=past, published=True)
    e02 = Engagement.objects.get(code="E02")
    DecisionFactory(meeting=past, text="Décision à venir", due_on=timezone.localdate() + datetime.timedelta(days=30))
    DecisionFactory(meeting=past, text="Décision en retard", due_on=timezone.localdate() - datetime.timedelta(days=3))
    for as_of, weather in ((past.day, "soleil"), (timezone.localdate(), "orage")):
        ProgressSnapshot.objects.create(
            scope="engagement",
            engagement=e02,
            territory=cde59.territory,
            as_of=as_of,
            weather_computed=weather,
            rules_version="test",
        )
    agenda = actions.default_agenda(cde59)
    follow_up = agenda.split("## Avancement des engagements")[0]
    assert follow_up.index("**En retard** — [Décision en retard](") < follow_up.index("Décision à venir")
    assert (
        "[E02 — Développer l'apprentissage](/engagements/E02/) : météo dégradée (Objectifs sécurisés → Objectifs "
        "compromis)" in agenda
    )
    assert "Aucune fiche action en difficulté." in agenda


def test_the_agenda_proposes_the_fiches_actions_in_difficulty(cde59, secretary):
    from comites import roadmap_actions

    def sheet(title, status):
        created = roadmap_actions.save_sheet(
            committee=cde59,
            by=secretary,
            title=title,
            description="",
            pilot=OrganisationFactory(),
            partners=[],
            engagements=list(Engagement.objects.filter(code="E02")),
            indicators=[],
            territory=cde59.territory,
            starts_on=timezone.localdate(),
            due_on=timezone.localdate(),
            decisions=[],
        )
        roadmap_actions.report_on_sheet(sheet=created, by=secretary, status=status, text="Point")
        return created

    compromised, fine = sheet("Fiche [en difficulté]", "orage"), sheet("Fiche qui va bien", "soleil")
    agenda = actions.default_agenda(cde59)
    roadmap = agenda.split("## Feuille de route")[1]
    assert (
        f"- [Fiche \\[en difficulté\\]](/comites/CDE-59/feuille-de-route/{compromised.pk}/) : objectifs compromis"
        in roadmap
    )
    assert fine.title not in roadmap


def test_the_convocation_s_documents_go_with_it_and_are_public_from_its_sending(
    client, cde59, secretary, members, django_capture_on_commit_callbacks, mailoutbox, settings, tmp_path
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.helpers.files import make_pdf

    settings.MEDIA_ROOT = tmp_path / "media"
    meeting = upcoming(cde59, days=12)
    draft = actions.save_minutes_draft(meeting=meeting, by=secretary, body="", attendees="")

    def upload(title, with_convocation):
        return actions.add_attachment(
            minutes=draft,
            by=secretary,
            upload=SimpleUploadedFile("a.pdf", make_pdf()),
            title=title,
            with_convocation=with_convocation,
        )

    document, private = upload("Note de présentation", True), upload("Brouillon interne", False)
    assert client.get(document.get_absolute_url()).status_code == 404
    assert "Documents de la convocation" not in client.get(meeting.get_absolute_url()).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        governance_actions.convoke(meeting=meeting, by=secretary)
    assert f"- Note de présentation : {document.get_absolute_url()}" in mailoutbox[0].body
    assert "Brouillon interne" not in mailoutbox[0].body
    response = client.get(document.get_absolute_url())
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    assert client.get(private.get_absolute_url()).status_code == 404
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "Documents de la convocation" in page and "Note de présentation" in page
    assert "Brouillon interne" not in page
    with pytest.raises(ValidationError, match="envoyé avec la convocation"):
        actions.remove_attachment(attachment=document, by=secretary)
