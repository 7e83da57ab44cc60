"""/recherche/: engagements, published minutes and public decisions; never a draft; constant query count."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from pytest_django.asserts import assertContains, assertNotContains

from comites import actions
from engagements.models import Engagement
from tests.factories import DecisionFactory, MeetingFactory, MinutesFactory


@pytest.fixture
def corpus(cde59, secretary):
    meeting = MeetingFactory(committee=cde59)
    minutes = actions.save_minutes_draft(
        meeting=meeting, by=secretary, body="Les partenaires ont examiné l'apprentissage dans le Nord.", attendees=""
    )
    DecisionFactory(meeting=meeting, text="Organiser un forum de l'apprentissage à Roubaix")
    actions.publish_minutes(minutes=minutes, by=secretary)
    draft = MinutesFactory(meeting=MeetingFactory(committee=cde59), body="Brouillon sur l'apprentissage confidentiel")
    DecisionFactory(meeting=draft.meeting, text="Décision confidentielle sur l'apprentissage")
    return meeting


def test_search_finds_engagements_published_minutes_and_decisions(client, corpus):
    response = client.get("/recherche/", {"q": "apprentissage"})

    assert response.status_code == 200
    kinds = {result.kind for result in response.context["page_obj"].object_list}
    assert kinds == {"engagement", "minutes", "decision"}
    assertContains(response, corpus.get_absolute_url())
    assertContains(response, "/engagements/E02/")
    assertNotContains(response, "confidentiel")


def test_search_never_shows_a_draft(client, corpus):
    response = client.get("/recherche/", {"q": "confidentiel"})

    assert response.context["page_obj"].paginator.count == 0
    assert "0 résultat pour « confidentiel »" in " ".join(response.content.decode().split())


@pytest.mark.skipif(connection.vendor != "postgresql", reason="full-text search in French needs PostgreSQL")
def test_postgres_search_stems_french_words_and_highlights_them(client, corpus):
    response = client.get("/recherche/", {"q": "partenaire examiner"})

    results = response.context["page_obj"].object_list
    assert [r.kind for r in results] == ["minutes"]
    assert "<mark>partenaires</mark>" in results[0].excerpt
    assert "<mark>examiné</mark>" in results[0].excerpt


def test_an_excerpt_is_escaped(client, cde59, secretary):
    meeting = MeetingFactory(committee=cde59)
    minutes = actions.save_minutes_draft(
        meeting=meeting, by=secretary, body="<script>alert(1)</script> emploi", attendees=""
    )
    actions.publish_minutes(minutes=minutes, by=secretary)

    response = client.get("/recherche/", {"q": "emploi"})

    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.parametrize("q", ["", "   ", "'; DROP TABLE comites_minutes; --", '"non fermé', "a & | ! ( :*", "x" * 500])
def test_odd_queries_answer_without_error(client, corpus, q):
    response = client.get("/recherche/", {"q": q})

    assert response.status_code == 200


def test_a_too_long_query_gets_a_french_message(client, protocol):
    assertContains(client.get("/recherche/", {"q": "x" * 500}), "La recherche est limitée à 200 caractères.")


def test_search_paginates(client, cde59, secretary):
    for n in range(25):
        meeting = MeetingFactory(committee=cde59)
        minutes = actions.save_minutes_draft(
            meeting=meeting, by=secretary, body=f"Réunion numéro {n} sur le bilan quadrimestriel", attendees=""
        )
        actions.publish_minutes(minutes=minutes, by=secretary)

    first = client.get("/recherche/", {"q": "quadrimestriel"})
    second = client.get("/recherche/", {"q": "quadrimestriel", "page": 2})

    assert first.context["page_obj"].paginator.count == 25
    assert len(first.context["page_obj"].object_list) == 20
    assert len(second.context["page_obj"].object_list) == 5
    assertContains(first, "?q=quadrimestriel&amp;page=2")


def add_matches(cde59, secretary, count: int) -> None:
    for _ in range(count):
        meeting = MeetingFactory(committee=cde59)
        minutes = actions.save_minutes_draft(meeting=meeting, by=secretary, body="Insertion et emploi", attendees="")
        DecisionFactory(meeting=meeting, text="Suivre l'insertion", engagement=Engagement.objects.get(code="E02"))
        actions.publish_minutes(minutes=minutes, by=secretary)


def test_search_runs_a_constant_number_of_queries(client, cde59, secretary, django_assert_num_queries):
    add_matches(cde59, secretary, 1)
    client.get("/recherche/", {"q": "insertion"})

    with django_assert_num_queries(2):
        client.get("/recherche/", {"q": "insertion"})

    add_matches(cde59, secretary, 15)
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/recherche/", {"q": "insertion"})
    assert len(queries) == 2
    assert response.context["page_obj"].paginator.count >= 32
