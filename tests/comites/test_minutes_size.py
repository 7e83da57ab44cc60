"""Minutes have a maximum size, and their Markdown is rendered once, at publication: the meeting page and the
feeds serve the stored HTML (issue 11, item 9)."""

import importlib

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from comites import actions
from comites.models import MINUTES_MAX_CHARS, Meeting, Minutes, MinutesVersion
from comites.rendering import render_markdown
from tests.factories import MeetingFactory, MinutesFactory

LINK = "[lien](https://exemple.fr/a) "


@pytest.fixture
def meeting(cde59):
    return MeetingFactory(committee=cde59, status=Meeting.Status.PLANNED)


@pytest.fixture
def signed_in(client, secretary):
    client.force_login(secretary)
    return client


def links(size: int) -> str:
    return (LINK * (size // len(LINK) + 1))[:size]


def test_a_megabyte_of_links_is_refused_with_a_french_message_and_nothing_saved(signed_in, meeting, secretary):
    actions.save_minutes_draft(meeting=meeting, by=secretary, body="Brouillon court", attendees="")

    response = signed_in.post(
        reverse("secretary_meeting", args=["CDE-59", meeting.pk]), {"body": links(1024 * 1024), "attendees": ""}
    )

    assert response.status_code == 422
    assert "Le compte rendu dépasse 100\u202f000 caractères" in response.content.decode()
    assert Minutes.objects.get(meeting=meeting).body == "Brouillon court"


def test_the_actions_refuse_it_too_whatever_the_caller(meeting, secretary):
    minutes = actions.save_minutes_draft(meeting=meeting, by=secretary, body="Texte", attendees="")
    with pytest.raises(ValidationError, match="dépasse 100"):
        actions.save_minutes_draft(meeting=meeting, by=secretary, body=links(MINUTES_MAX_CHARS + 1), attendees="")
    actions.publish_minutes(minutes=minutes, by=secretary)
    with pytest.raises(ValidationError, match="dépasse 100"):
        actions.amend_minutes(
            minutes=minutes, by=secretary, body=links(MINUTES_MAX_CHARS + 1), attendees="", change_note="Ajout"
        )
    minutes.refresh_from_db()
    assert minutes.body == "Texte" and minutes.versions.count() == 1


def test_markdown_that_would_render_too_heavy_is_refused_at_publication(meeting, secretary):
    # Within the character limit, but every "[a]" becomes a whole link: 1.6 MB of HTML.
    body = "[a]: https://exemple.fr/a\n\n" + "[a] " * ((MINUTES_MAX_CHARS - 40) // 4)
    minutes = actions.save_minutes_draft(meeting=meeting, by=secretary, body=body, attendees="")

    with pytest.raises(ValidationError, match="trop volumineux"):
        actions.publish_minutes(minutes=minutes, by=secretary)

    minutes.refresh_from_db()
    assert minutes.state == Minutes.State.DRAFT and minutes.body_html == ""
    assert not MinutesVersion.objects.exists()


def test_the_live_preview_does_not_render_an_oversized_text(signed_in, meeting):
    response = signed_in.post(
        reverse("secretary_minutes_preview", args=["CDE-59", meeting.pk]),
        {"body": links(MINUTES_MAX_CHARS + 1)},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "dépasse 100\u202f000 caractères" in page and "exemple.fr" not in page


@pytest.fixture
def published_max(meeting, secretary):
    """Minutes of the maximum size, made of links, published through the action."""
    minutes = actions.save_minutes_draft(meeting=meeting, by=secretary, body=links(MINUTES_MAX_CHARS), attendees="")
    actions.publish_minutes(minutes=minutes, by=secretary)
    minutes.refresh_from_db()
    return minutes


def test_publication_stores_the_sanitised_html_of_the_minutes_and_of_its_version(published_max):
    # The record generated from the meeting's records comes first (comites/records.py), then the secretary's text.
    record = render_markdown(published_max.record)
    assert record.startswith("<h2>Relevé de la réunion</h2>") and published_max.body_html.startswith(record)
    body = published_max.body_html.removeprefix(record)
    assert body.startswith('<p><a href="https://exemple.fr/a" rel="noopener noreferrer nofollow"')
    assert published_max.versions.get().body_html == published_max.body_html


def test_the_meeting_page_and_the_feeds_serve_the_stored_html_in_few_queries(
    published_max, django_assert_max_num_queries
):
    # Proof that nothing renders the Markdown on a page view: change the stored HTML behind the model's back.
    Minutes.objects.filter(pk=published_max.pk).update(body_html="<p>Rendu stocké à la publication</p>")
    MinutesVersion.objects.filter(minutes=published_max).update(body_html="<p>Version stockée</p>")
    client = Client()
    url = published_max.meeting.get_absolute_url()

    with django_assert_max_num_queries(10):
        page = client.get(url)
    assert "Rendu stocké à la publication" in page.content.decode()
    assert "exemple.fr/a" not in page.content.decode()

    with django_assert_max_num_queries(2):
        feed = client.get("/flux/comptes-rendus/")
    assert "Rendu stocké à la publication" in feed.content.decode()
    assert "Rendu stocké à la publication" in client.get("/comites/CDE-59/flux/").content.decode()

    version = client.get(reverse("minutes_version", args=["CDE-59", published_max.meeting_id, 1]))
    assert "Version stockée" in version.content.decode()


def test_an_amendment_renders_its_new_text_once_and_keeps_the_old_version(published_max, secretary):
    actions.amend_minutes(minutes=published_max, by=secretary, body="## Corrigé", attendees="", change_note="Erreur")
    published_max.refresh_from_db()
    record = render_markdown(published_max.record)
    assert published_max.body_html == record + "<h2>Corrigé</h2>\n"
    first, second = published_max.versions.order_by("number")
    assert "exemple.fr" in first.body_html and second.body_html == record + "<h2>Corrigé</h2>\n"


def test_minutes_published_outside_the_actions_still_carry_their_html(cde59):
    """Loaded data and the admin save the model directly: the rendering follows the text."""
    minutes = MinutesFactory(meeting=MeetingFactory(committee=cde59), published=True, body="*un*")
    assert minutes.body_html == "<p><em>un</em></p>\n"
    minutes.body = "*deux*"
    minutes.save()
    assert Minutes.objects.get(pk=minutes.pk).body_html == "<p><em>deux</em></p>\n"


def test_the_data_migration_renders_the_minutes_published_before(cde59):
    minutes = MinutesFactory(meeting=MeetingFactory(committee=cde59), published=True, body="**gras**")
    draft = MinutesFactory(meeting=MeetingFactory(committee=cde59), body="brouillon")
    Minutes.objects.filter(pk=minutes.pk).update(body_html="")

    migration = importlib.import_module("comites.migrations.0006_render_published_minutes")
    migration.render_published(apps, None)

    assert Minutes.objects.get(pk=minutes.pk).body_html == "<p><strong>gras</strong></p>\n"
    assert Minutes.objects.get(pk=draft.pk).body_html == ""


def test_an_agenda_past_its_limit_is_refused(signed_in, cde59):
    response = signed_in.post(
        reverse("secretary_meeting_create", args=["CDE-59"]),
        {"starts_at": "2030-04-01T09:30", "agenda": links(20_001)},
    )
    assert response.status_code == 422
    assert "L&#x27;ordre du jour dépasse 20\u202f000 caractères" in response.content.decode()
    assert not Meeting.objects.filter(committee=cde59).exists()
