"""The secretary's workflow through the client: meetings, minutes, publication, amendments, withdrawal, decisions."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from comites import actions
from comites.models import Decision, Meeting, Minutes, MinutesVersion
from comites.tasks import notify_minutes_published
from common.public_cache import bump_public_data_version
from engagements.models import Engagement
from tests.factories import DecisionFactory, MeetingFactory, MembershipFactory, MinutesFactory


@pytest.fixture
def meeting(cde59):
    return MeetingFactory(committee=cde59, status=Meeting.Status.PLANNED)


@pytest.fixture
def signed_in(client, secretary):
    client.force_login(secretary)
    return client


def test_a_new_meeting_agenda_lists_the_committee_open_decisions(signed_in, cde59):
    published = MinutesFactory(meeting=MeetingFactory(committee=cde59), published=True)
    DecisionFactory(meeting=published.meeting, text="Ouvrir un guichet à Roubaix", due_on=datetime.date(2030, 1, 31))
    DecisionFactory(meeting=published.meeting, text="Décision déjà réalisée", status="done", closed_at=timezone.now())
    draft = MinutesFactory(meeting=MeetingFactory(committee=cde59))
    DecisionFactory(meeting=draft.meeting, text="Décision d'un brouillon")

    response = signed_in.get(reverse("secretary_meeting_create", args=["CDE-59"]))

    agenda = response.context["form"]["agenda"].value()
    assert agenda.startswith("## Suivi des décisions")
    decision = published.meeting.decisions.get(text="Ouvrir un guichet à Roubaix")
    assert f"- [Ouvrir un guichet à Roubaix]({decision.get_absolute_url()}) (échéance : 31/01/2030)" in agenda
    assert "Décision déjà réalisée" not in agenda
    assert "Décision d'un brouillon" not in agenda


def test_a_secretary_schedules_a_meeting_and_the_audit_trail_names_her(signed_in, secretary, cde59):
    response = signed_in.post(
        reverse("secretary_meeting_create", args=["CDE-59"]),
        {"starts_at": "2030-03-12T14:00", "ends_at": "2030-03-12T17:00", "place": "Lille", "agenda": "## Ordre"},
    )

    meeting = Meeting.objects.get(committee=cde59, place="Lille")
    assert response.status_code == 303
    assert response["Location"] == reverse("secretary_meeting", args=["CDE-59", meeting.pk])
    assert timezone.localtime(meeting.starts_at).hour == 14
    assert meeting.history.get().history_user == secretary


def test_a_meeting_that_ends_before_it_starts_is_refused(signed_in, cde59):
    response = signed_in.post(
        reverse("secretary_meeting_create", args=["CDE-59"]),
        {"starts_at": "2030-03-12T14:00", "ends_at": "2030-03-12T10:00"},
    )

    assert response.status_code == 422
    assertContains(response, "La fin doit être postérieure au début.", status_code=422)
    assert not Meeting.objects.filter(committee=cde59).exists()


def test_a_malformed_date_is_refused_in_french(signed_in, cde59):
    response = signed_in.post(reverse("secretary_meeting_create", args=["CDE-59"]), {"starts_at": "demain"})

    assert response.status_code == 422
    assertContains(response, "Saisissez une date et une heure valides.", status_code=422)


def test_a_secretary_edits_then_cancels_a_meeting_and_the_public_page_says_so(signed_in, client, meeting):
    signed_in.post(
        reverse("secretary_meeting_edit", args=["CDE-59", meeting.pk]),
        {"starts_at": "2030-04-01T09:30", "place": "Douai", "agenda": "Point unique"},
    )
    response = signed_in.post(reverse("secretary_meeting_cancel", args=["CDE-59", meeting.pk]), {"reason": "Grève"})

    meeting.refresh_from_db()
    assert response.status_code == 303
    assert meeting.place == "Douai"
    assert meeting.status == Meeting.Status.CANCELLED
    client = Client()
    public = client.get(meeting.get_absolute_url())
    assertContains(public, "Réunion annulée")
    assertContains(public, "Motif : Grève")
    # A cancelled meeting can no longer be edited.
    refused = signed_in.post(
        reverse("secretary_meeting_edit", args=["CDE-59", meeting.pk]), {"starts_at": "2030-04-01T09:30"}
    )
    assert refused.status_code == 422


def test_a_draft_is_saved_and_stays_private(signed_in, client, meeting):
    response = signed_in.post(
        reverse("secretary_meeting", args=["CDE-59", meeting.pk]),
        {"body": "## Points\n\nTexte confidentiel du brouillon", "attendees": "État"},
    )

    assert response.status_code == 303
    assert Minutes.objects.get(meeting=meeting).state == Minutes.State.DRAFT
    client = Client()
    assertNotContains(client.get(meeting.get_absolute_url()), "Texte confidentiel")
    assertNotContains(client.get("/comites/CDE-59/"), "Texte confidentiel")


def test_the_live_preview_renders_the_typed_markdown_through_htmx(signed_in, meeting):
    response = signed_in.post(
        reverse("secretary_minutes_preview", args=["CDE-59", meeting.pk]),
        {"body": "## Titre\n\n**gras** <script>alert(1)</script>"},
        HTTP_HX_REQUEST="true",
    )

    assert response.status_code == 200
    content = response.content.decode()
    assert content.strip().startswith('<div id="preview"')
    assert "<h2>Titre</h2>" in content
    assert "<strong>gras</strong>" in content
    assert "<script>" not in content
    assert "<html" not in content
    assert not Minutes.objects.filter(meeting=meeting).exists()


def test_the_preview_without_javascript_shows_the_whole_editor_with_the_text_kept(signed_in, meeting):
    response = signed_in.post(
        reverse("secretary_minutes_preview", args=["CDE-59", meeting.pk]), {"body": "Texte *en cours*"}
    )

    assertContains(response, "<em>en cours</em>")
    assertContains(response, "Texte *en cours*</textarea>")
    assertContains(response, "<html")


def test_the_preview_address_left_in_the_bar_opens_the_editor_again(signed_in, meeting):
    response = signed_in.get(reverse("secretary_minutes_preview", args=["CDE-59", meeting.pk]))

    assert response.status_code == 303
    assert response["Location"] == reverse("secretary_meeting", args=["CDE-59", meeting.pk])


def test_the_editor_says_when_the_text_it_shows_is_not_the_saved_one(signed_in, meeting):
    editor = reverse("secretary_meeting", args=["CDE-59", meeting.pk])
    assertContains(signed_in.get(editor), 'data-unsaved="false"')
    preview = signed_in.post(reverse("secretary_minutes_preview", args=["CDE-59", meeting.pk]), {"body": "Texte"})
    assertContains(preview, 'data-unsaved="true"')
    refused = signed_in.post(editor, {"body": "x" * 100_001})
    assert refused.status_code == 422
    assertContains(refused, 'data-unsaved="true"', status_code=422)


def test_publishing_enqueues_the_snapshot_and_the_email_on_commit(
    signed_in, meeting, partner, django_capture_on_commit_callbacks, mailoutbox
):
    actions.save_minutes_draft(meeting=meeting, by=None, body="Les partenaires valident le plan.", attendees="")
    meeting.starts_at = timezone.now() - datetime.timedelta(days=2)
    meeting.save()

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = signed_in.post(reverse("secretary_minutes_publish", args=["CDE-59", meeting.pk]), {"confirm": "on"})

    assert response.status_code == 303
    minutes = Minutes.objects.get(meeting=meeting)
    assert minutes.state == Minutes.State.PUBLISHED
    assert minutes.versions.get().number == 1
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.HELD
    # enqueue_on_commit's callbacks carry their task and arguments: the two tasks, with the right ids.
    tasks = [callback for callback in callbacks if hasattr(callback, "task")]
    assert {(callback.task.name, callback.args) for callback in tasks} == {
        ("comites.tasks.notify_minutes_published", (minutes.pk,)),
        ("comites.tasks.snapshot_for_meeting", (meeting.pk,)),
    }
    # And a new public data version: the cached engagement pages list the decisions published with the minutes.
    assert [callback for callback in callbacks if not hasattr(callback, "task")] == [bump_public_data_version]
    assert mailoutbox == []
    # What the worker then runs:
    assert notify_minutes_published(minutes.pk) == 1
    assert [message.to for message in mailoutbox] == [[partner.email]]
    assert "CDE-59" in mailoutbox[0].subject
    assert "Les partenaires valident le plan." in mailoutbox[0].body
    # The task is idempotent: a rerun sends nothing more.
    assert notify_minutes_published(minutes.pk) == 0
    assert len(mailoutbox) == 1


def test_publishing_without_confirmation_is_refused(signed_in, meeting):
    actions.save_minutes_draft(meeting=meeting, by=None, body="Texte", attendees="")

    response = signed_in.post(reverse("secretary_minutes_publish", args=["CDE-59", meeting.pk]), {})

    assert response.status_code == 422
    assert Minutes.objects.get(meeting=meeting).state == Minutes.State.DRAFT


def test_empty_minutes_cannot_be_published(signed_in, meeting):
    actions.save_minutes_draft(meeting=meeting, by=None, body="  ", attendees="")

    response = signed_in.post(reverse("secretary_minutes_publish", args=["CDE-59", meeting.pk]), {"confirm": "on"})

    assertContains(response, "Le compte rendu est vide", status_code=422)


def test_minutes_of_a_meeting_that_has_not_taken_place_cannot_be_published(signed_in, cde59, secretary):
    # Defect 9 of the figures issue: publishing froze snapshots at a future date, read as current everywhere.
    ahead = MeetingFactory(committee=cde59, starts_at=timezone.now() + datetime.timedelta(days=40))
    actions.save_minutes_draft(meeting=ahead, by=secretary, body="Compte rendu anticipé", attendees="")

    response = signed_in.post(reverse("secretary_minutes_publish", args=["CDE-59", ahead.pk]), {"confirm": "on"})

    assertContains(response, "Cette réunion n&#x27;a pas encore eu lieu", status_code=422)
    assert Minutes.objects.get(meeting=ahead).state == Minutes.State.DRAFT
    assert not MinutesVersion.objects.filter(minutes__meeting=ahead).exists()


def test_an_amendment_publishes_a_new_version_and_the_first_stays_readable(signed_in, client, secretary, meeting):
    minutes = actions.save_minutes_draft(meeting=meeting, by=secretary, body="Première rédaction", attendees="")
    actions.publish_minutes(minutes=minutes, by=secretary)

    refused = signed_in.post(reverse("secretary_meeting", args=["CDE-59", meeting.pk]), {"body": "Sans motif"})
    assert refused.status_code == 422
    response = signed_in.post(
        reverse("secretary_meeting", args=["CDE-59", meeting.pk]),
        {"body": "Rédaction corrigée", "attendees": "", "change_note": "Coquille corrigée"},
    )

    assert response.status_code == 303
    assert list(MinutesVersion.objects.filter(minutes=minutes).values_list("number", "body")) == [
        (2, "Rédaction corrigée"),
        (1, "Première rédaction"),
    ]
    assert minutes.history.first().history_user == secretary
    assert minutes.history.count() == 3  # draft, publication, amendment
    client = Client()
    page = client.get(meeting.get_absolute_url())
    assertContains(page, "Rédaction corrigée")
    assertContains(page, "Coquille corrigée")
    old = client.get(reverse("minutes_version", args=["CDE-59", meeting.pk, 1]))
    assertContains(old, "Première rédaction")
    assert client.get(reverse("minutes_version", args=["CDE-59", meeting.pk, 3])).status_code == 404


def test_withdrawn_minutes_leave_a_public_notice_and_nothing_else(signed_in, client, secretary, meeting):
    minutes = actions.save_minutes_draft(meeting=meeting, by=secretary, body="Texte publié puis retiré", attendees="")
    actions.publish_minutes(minutes=minutes, by=secretary)
    DecisionFactory(meeting=meeting, text="Décision retirée avec le compte rendu")

    refused = signed_in.post(reverse("secretary_minutes_withdraw", args=["CDE-59", meeting.pk]), {"reason": ""})
    assert refused.status_code == 422
    signed_in.post(reverse("secretary_minutes_withdraw", args=["CDE-59", meeting.pk]), {"reason": "Erreur de nom"})

    client = Client()
    page = client.get(meeting.get_absolute_url())
    today = timezone.localdate()
    assertContains(page, f"Compte rendu retiré le {today.day}")
    assertContains(page, ": Erreur de nom")
    assertNotContains(page, "Texte publié puis retiré")
    assertNotContains(page, "Décision retirée avec le compte rendu")
    assert client.get(reverse("minutes_version", args=["CDE-59", meeting.pk, 1])).status_code == 404
    assertNotContains(client.get("/flux/comptes-rendus/"), "Texte publié puis retiré")


def test_a_decision_is_added_with_an_engagement_then_closed_with_a_note(signed_in, secretary, meeting):
    engagement = Engagement.objects.get(code="E02")

    response = signed_in.post(
        reverse("secretary_decision_add", args=["CDE-59", meeting.pk]),
        {"text": "Réunir les CFA", "engagement": engagement.pk, "due_on": "2030-06-30"},
    )
    assert response.status_code == 303
    decision = Decision.objects.get(meeting=meeting)
    assert (decision.engagement, decision.due_on) == (engagement, datetime.date(2030, 6, 30))

    response = signed_in.post(
        reverse("secretary_decision_close", args=["CDE-59", decision.pk]), {"status": "done", "note": "Fait."}
    )

    decision.refresh_from_db()
    assert response.status_code == 303
    assert (decision.status, decision.closing_note) == ("done", "Fait.")
    assert decision.closed_at is not None
    assert decision.history.first().history_user == secretary
    again = signed_in.post(
        reverse("secretary_decision_close", args=["CDE-59", decision.pk]), {"status": "dropped", "note": "Non"}
    )
    assertContains(again, "déjà close", status_code=422)


@pytest.mark.parametrize(
    "data, message",
    [
        ({"text": ""}, "Ce champ est obligatoire."),
        ({"text": "x", "engagement": "999999"}, "Sélectionnez un choix valide."),
        ({"text": "x", "due_on": "31/02/2030"}, "Saisissez une date valide."),
    ],
)
def test_a_bad_decision_is_refused_in_french(signed_in, meeting, data, message):
    response = signed_in.post(reverse("secretary_decision_add", args=["CDE-59", meeting.pk]), data)

    assertContains(response, message, status_code=422)
    assert not Decision.objects.exists()


def test_a_foreign_secretary_cannot_close_a_decision(client, other_secretary, meeting):
    decision = DecisionFactory(meeting=meeting)
    client.force_login(other_secretary)

    response = client.post(
        reverse("secretary_decision_close", args=["CDE-59", decision.pk]), {"status": "done", "note": "Fait."}
    )

    assert response.status_code == 403
    decision.refresh_from_db()
    assert decision.status == "open"


def test_the_email_goes_to_every_member_organisation_contributor_once(cde59, secretary, mailoutbox):
    first = MembershipFactory()
    cde59.members.add(first.organisation)
    MembershipFactory(user=first.user, organisation=MembershipFactory().organisation)
    colleague = MembershipFactory(organisation=first.organisation)
    MembershipFactory(user__is_active=False, organisation=first.organisation)
    MembershipFactory()  # not a member organisation
    minutes = MinutesFactory(meeting=MeetingFactory(committee=cde59))
    minutes.body = "Texte"
    actions.publish_minutes(minutes=minutes, by=secretary)

    assert notify_minutes_published(minutes.pk) == 2
    assert sorted(m.to[0] for m in mailoutbox) == sorted([first.user.email, colleague.user.email])


def test_draft_minutes_send_no_email(cde59, partner, mailoutbox):
    minutes = MinutesFactory(meeting=MeetingFactory(committee=cde59))

    assert notify_minutes_published(minutes.pk) == 0
    assert mailoutbox == []


def test_amending_minutes_published_before_versions_keeps_their_text_as_version_1(cde59, secretary):
    minutes = MinutesFactory(meeting=MeetingFactory(committee=cde59), body="Texte historique", published=True)

    actions.amend_minutes(minutes=minutes, by=secretary, body="Texte corrigé", attendees="", change_note="Correction")

    assert list(minutes.versions.values_list("number", "body")) == [(2, "Texte corrigé"), (1, "Texte historique")]


def test_a_past_meeting_still_planned_is_shown_as_held_with_minutes_to_publish(signed_in, cde59):
    past = MeetingFactory(
        committee=cde59, status=Meeting.Status.PLANNED, starts_at=timezone.now() - datetime.timedelta(days=2)
    )
    upcoming = MeetingFactory(
        committee=cde59, status=Meeting.Status.PLANNED, starts_at=timezone.now() + datetime.timedelta(days=2)
    )

    workspace = signed_in.get(reverse("secretary_committee", args=[cde59.code]))
    meeting_page = signed_in.get(reverse("secretary_meeting", args=[cde59.code, past.pk]))

    assertContains(workspace, "Tenue — compte rendu à publier", count=1)
    assertContains(meeting_page, "Statut : tenue — compte rendu à publier")
    assertContains(signed_in.get(reverse("secretary_meeting", args=[cde59.code, upcoming.pk])), "Statut : prévue")
