"""Public committee pages: the tree's counts, the decisions register's filters, "what changed", the engagement
include."""

import datetime

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from comites.models import Attendance, Committee, CommitteeMember, Convocation, Decision
from engagements.models import Engagement, ProgressSnapshot
from tests.factories import DecisionFactory, MeetingFactory, MinutesFactory, OrganisationFactory

TODAY = timezone.localdate()


def published_meeting(committee, **kwargs):
    return MinutesFactory(meeting=MeetingFactory(committee=committee, **kwargs), published=True).meeting


def test_the_tree_counts_meetings_and_open_public_decisions(client, cde59):
    meeting = published_meeting(cde59)
    MeetingFactory(committee=cde59)
    DecisionFactory(meeting=meeting)
    DecisionFactory(meeting=meeting, status="done", closed_at=timezone.now())
    draft = MinutesFactory(meeting=MeetingFactory(committee=cde59)).meeting
    DecisionFactory(meeting=draft)

    response = client.get("/comites/")

    text = " ".join(response.content.decode().split())
    assert "(CDE-59 · départemental · Nord · 3 réunions · 1 décision en cours)" in text
    assert "(CDE-62 · départemental · Pas-de-Calais · 0 réunion · 0 décision en cours)" in text


@pytest.fixture
def register(cde59, protocol):
    e02, e05 = Engagement.objects.get(code="E02"), Engagement.objects.get(code="E05")
    nord = published_meeting(cde59)
    somme = published_meeting(Committee.objects.get(code="CDE-80"))
    return {
        "late": DecisionFactory(
            meeting=nord, engagement=e02, text="Décision en retard", due_on=TODAY - datetime.timedelta(days=3)
        ),
        "open": DecisionFactory(
            meeting=nord, engagement=e05, text="Décision à venir", due_on=TODAY + datetime.timedelta(days=30)
        ),
        "done": DecisionFactory(
            meeting=somme,
            engagement=e02,
            text="Décision réalisée",
            status="done",
            closed_at=timezone.now(),
            due_on=TODAY,
        ),
    }


def texts(response) -> set[str]:
    return {decision.text for decision in response.context["page_obj"].object_list}


@pytest.mark.parametrize(
    "query, expected",
    [
        ({}, {"Décision en retard", "Décision à venir", "Décision réalisée"}),
        ({"committee": "CDE-59"}, {"Décision en retard", "Décision à venir"}),
        ({"engagement": "E02"}, {"Décision en retard", "Décision réalisée"}),
        ({"status": "done"}, {"Décision réalisée"}),
        ({"overdue": "on"}, {"Décision en retard"}),
        ({"committee": "CDE-59", "engagement": "E05", "status": "open"}, {"Décision à venir"}),
    ],
)
def test_the_register_filters(client, register, query, expected):
    response = client.get("/decisions/", query)

    assert response.status_code == 200
    assert texts(response) == expected


def test_the_register_marks_overdue_decisions(client, register):
    response = client.get("/decisions/", {"overdue": "on"})

    assertContains(response, "En retard")
    assert [d.late for d in response.context["page_obj"].object_list] == [True]


@pytest.mark.parametrize(
    "query, message",
    [
        ({"committee": "CDE-99"}, "Ce comité n&#x27;existe pas"),
        ({"engagement": "<script>"}, "Cet engagement n&#x27;existe pas"),
        ({"status": "perdu"}, "Ce statut n&#x27;existe pas"),
    ],
)
def test_an_invalid_filter_is_reported_in_french_and_ignored(client, register, query, message):
    response = client.get("/decisions/", {**query, "page": "abc"})

    assert response.status_code == 200
    assertContains(response, message)
    assert len(texts(response)) == 3


def test_the_register_answers_htmx_with_the_results_fragment(htmx_client, register):
    response = htmx_client.get("/decisions/", {"committee": "CDE-80"})

    content = response.content.decode()
    assert content.strip().startswith('<div id="results"')
    assert "<html" not in content
    assert "Décision réalisée" in content and "Décision en retard" not in content


def test_the_register_form_works_without_javascript_and_pushes_the_url_with_htmx(client, register):
    response = client.get("/decisions/")

    assertContains(response, '<form method="get"')
    assertContains(response, 'action="/decisions/"')
    assertContains(response, 'data-hx-push-url="true"')
    assertContains(response, 'data-hx-target="#results"')


def test_a_draft_decision_is_never_in_the_register(client, cde59):
    DecisionFactory(meeting=MinutesFactory(meeting=MeetingFactory(committee=cde59)).meeting, text="Brouillon")

    assertNotContains(client.get("/decisions/"), "Brouillon")


def add_register_rows(count: int) -> None:
    committees = list(Committee.objects.order_by("code")[:5])
    engagement = Engagement.objects.get(code="E02")
    for n in range(count):
        meeting = published_meeting(committees[n % 5])
        DecisionFactory(meeting=meeting, engagement=engagement, due_on=TODAY - datetime.timedelta(days=n))


@pytest.mark.parametrize("query", [{}, {"committee": "CDE-59", "engagement": "E02", "overdue": "on"}])
def test_the_filtered_register_runs_a_constant_number_of_queries(client, protocol, django_assert_num_queries, query):
    add_register_rows(2)
    client.get("/decisions/", query)
    expected = 4 if not query else 6  # + one look-up per model choice filter

    with django_assert_num_queries(expected):
        client.get("/decisions/", query)

    add_register_rows(30)
    with CaptureQueriesContext(connection) as queries:
        client.get("/decisions/", query)
    assert len(queries) == expected


def test_the_committee_page_lists_published_minutes_only(client, cde59):
    published = published_meeting(cde59)
    draft = MinutesFactory(meeting=MeetingFactory(committee=cde59)).meeting

    response = client.get("/comites/CDE-59/")

    assertContains(response, f'<a href="{published.get_absolute_url()}">Compte rendu de la réunion')
    assertNotContains(response, f'<a href="{draft.get_absolute_url()}">Compte rendu de la réunion')


def snapshot(engagement, territory, day, percent, weather="soleil"):
    return ProgressSnapshot.objects.create(
        scope="engagement",
        engagement=engagement,
        territory=territory,
        as_of=day,
        percent=percent,
        weather_computed=weather,
        rules_version="test",
    )


def test_a_meeting_shows_what_changed_since_the_previous_committee(client, cde59):
    e02 = Engagement.objects.get(code="E02")
    earlier = MeetingFactory(committee=cde59, starts_at=timezone.now() - datetime.timedelta(days=90))
    cancelled = MeetingFactory(
        committee=cde59, starts_at=timezone.now() - datetime.timedelta(days=60), status="cancelled"
    )
    meeting = MeetingFactory(committee=cde59, starts_at=timezone.now() - datetime.timedelta(days=30))
    snapshot(e02, cde59.territory, timezone.localdate(earlier.starts_at), 40)
    snapshot(e02, cde59.territory, timezone.localdate(meeting.starts_at), 55, weather="couvert")

    response = client.get(meeting.get_absolute_url())

    changes = response.context["changes"]
    assert changes["previous"] == earlier != cancelled
    assert [(row["engagement"].code, row["delta"]) for row in changes["rows"]] == [("E02", 15)]
    text = " ".join(response.content.decode().split())
    assert "40 %" in text and "55 %" in text


def test_a_meeting_without_frozen_figures_says_so(client, cde59):
    meeting = MeetingFactory(committee=cde59)

    response = client.get(meeting.get_absolute_url())

    assertContains(response, "n'ont pas été figés pour cette réunion")


def test_the_engagement_include_lists_public_decisions_with_their_status(cde59):
    e02 = Engagement.objects.get(code="E02")
    meeting = published_meeting(cde59)
    DecisionFactory(
        meeting=meeting, engagement=e02, text="Décision publique en retard", due_on=TODAY - datetime.timedelta(days=1)
    )
    DecisionFactory(meeting=meeting, engagement=e02, text="Décision close", status="dropped", closed_at=timezone.now())
    DecisionFactory(
        meeting=MinutesFactory(meeting=MeetingFactory(committee=cde59)).meeting, engagement=e02, text="Brouillon"
    )

    html = render_to_string(
        "comites/includes/_engagement_decisions.html",
        {"decisions": e02.decisions.public().select_related("meeting__committee", "owner")},
    )

    assert "Décision publique en retard" in html and "En retard" in html
    assert "Décision close" in html and "Abandonnée" in html
    assert "Brouillon" not in html
    assert f'href="{meeting.get_absolute_url()}#decision-' in html


def test_the_engagement_include_says_when_there_is_no_decision(protocol):
    html = render_to_string("comites/includes/_engagement_decisions.html", {"decisions": Decision.objects.none()})

    assert "Aucune décision de comité publiée sur cet engagement." in html


def add_meeting_rows(meeting, count: int) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from comites import actions
    from tests.helpers.files import make_pdf

    minutes = meeting.minutes
    e02 = Engagement.objects.get(code="E02")
    for n in range(count):
        DecisionFactory(meeting=meeting, engagement=e02, owner=None)
        actions.add_attachment(
            minutes=minutes, by=None, upload=SimpleUploadedFile("a.pdf", make_pdf()), title=f"Annexe {n}"
        )
        actions.amend_minutes(minutes=minutes, by=None, body=f"Version {n}", attendees="", change_note=f"Motif {n}")
        engagement = Engagement.objects.order_by("code")[ProgressSnapshot.objects.count()]
        snapshot(engagement, meeting.committee.territory, timezone.localdate(meeting.starts_at), n)
        Convocation.objects.create(meeting=meeting, sequence=meeting.convocations.count() + 1, agenda="Ordre du jour")
        seat = CommitteeMember.objects.create(
            committee=meeting.committee,
            organisation=OrganisationFactory(kind="autre"),
            first_name="Membre",
            last_name=str(n),
            role="votant",
            term_start=meeting.day - datetime.timedelta(days=1),
            term_end=meeting.day + datetime.timedelta(days=1),
        )
        Attendance.objects.create(meeting=meeting, member=seat, status="present")


@pytest.mark.parametrize("url_name", ["meeting", "committee", "feed", "committee_feed", "calendar"])
def test_meeting_pages_feeds_and_calendars_run_a_constant_number_of_queries(client, cde59, url_name):
    meeting = published_meeting(cde59)
    urls = {
        "meeting": meeting.get_absolute_url(),
        "committee": "/comites/CDE-59/",
        "feed": "/flux/comptes-rendus/",
        "committee_feed": "/comites/CDE-59/flux/",
        "calendar": "/comites/CDE-59/calendrier.ics",
    }
    url = urls[url_name]
    add_meeting_rows(meeting, 1)
    client.get(url)
    with CaptureQueriesContext(connection) as small:
        assert client.get(url).status_code == 200

    add_meeting_rows(meeting, 8)
    for _ in range(5):
        published_meeting(cde59)
    with CaptureQueriesContext(connection) as large:
        assert client.get(url).status_code == 200

    # The meeting page: + its convocations, its attendance sheet, the meetings that convene it again.
    assert len(small) == len(large) <= (9 if url_name == "meeting" else 7)


@pytest.mark.parametrize(
    "url",
    ["/recherche/", "/decisions/", "/comites/CDE-59/flux/", "/flux/comptes-rendus/", "/comites/CDE-59/calendrier.ics"],
)
def test_public_committee_urls_refuse_post(client, protocol, url):
    response = client.post(url)

    assert response.status_code == 405


def test_a_minutes_version_and_an_attachment_of_a_draft_are_not_found(client, cde59):
    meeting = MinutesFactory(meeting=MeetingFactory(committee=cde59)).meeting

    assert client.get(f"/comites/CDE-59/reunions/{meeting.pk}/compte-rendu/version-1/").status_code == 404
    assert client.get(f"/comites/CDE-59/reunions/{meeting.pk}/pieces-jointes/1/").status_code == 404


def test_a_history_restore_gets_the_whole_register_page(htmx_client, register):
    response = htmx_client.get("/decisions/", {"committee": "CDE-80"}, HTTP_HX_HISTORY_RESTORE_REQUEST="true")

    assertContains(response, "<html")
    assert "HX-Request" in response["Vary"]
