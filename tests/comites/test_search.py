"""/recherche/: engagements, published minutes and public decisions; never a draft; constant query count."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from pytest_django.asserts import assertContains, assertNotContains

from comites import actions
from comites.models import Committee
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
    assert kinds == {"engagement", "indicator", "minutes", "decision"}
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

    # The counts by kind, the page's count, the page.
    with django_assert_num_queries(3):
        client.get("/recherche/", {"q": "insertion"})

    add_matches(cde59, secretary, 15)
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/recherche/", {"q": "insertion"})
    assert len(queries) == 3
    assert response.context["page_obj"].paginator.count >= 32


@pytest.mark.parametrize("q", ["mobilite", "MOBILITÉ", "Mobilité"])
def test_search_ignores_accents_and_case(client, protocol, q):
    response = client.get("/recherche/", {"q": q})

    results = response.context["page_obj"].object_list
    assert "/engagements/E20/" in {r.url for r in results}
    assert any("<mark>mobilité</mark>" in r.excerpt.lower() for r in results)


def test_search_finds_territories_committees_and_meetings_by_name(client, protocol):
    MeetingFactory(committee=Committee.objects.get(code="CLPE59004"), place="Hôtel de ville de Lille")

    response = client.get("/recherche/", {"q": "lille"})

    urls = {r.url for r in response.context["page_obj"].object_list}
    kinds = {r.kind for r in response.context["page_obj"].object_list}
    assert {"territory", "committee", "meeting"} <= kinds
    assert "/territoires/CLPE59004/" in urls and "/comites/CLPE59004/" in urls


def test_results_are_grouped_by_kind_with_their_counts_and_a_kind_can_be_chosen(client, corpus):
    response = client.get("/recherche/", {"q": "apprentissage"})

    page = response.content.decode()
    counts = dict(response.context["counts"] and [(code, n) for code, _, n in response.context["counts"]])
    assert counts["engagement"] == 2 and counts["minutes"] == 1 and counts["decision"] == 1
    assert f"Tout ({sum(counts.values())})" in page and f"Engagements ({counts['engagement']})" in page
    headings = re.findall(r'<h2 class="fr-h4 fr-mt-4w">([^<]+)</h2>', page)
    assert headings == ["Engagements", "Indicateurs", "Comptes rendus", "Décisions"]

    only = client.get("/recherche/", {"q": "apprentissage", "type": "decision"})

    assert {r.kind for r in only.context["page_obj"].object_list} == {"decision"}
    assert re.search(r'href="\?q=apprentissage&amp;type=decision"\s+aria-current="page"', only.content.decode())


def test_an_unknown_kind_gets_a_french_message_and_shows_everything(client, corpus):
    response = client.get("/recherche/", {"q": "apprentissage", "type": "<script>"})

    assert response.status_code == 200
    assertContains(response, "Type de résultat inconnu : tous les types sont affichés.")
    assert len({r.kind for r in response.context["page_obj"].object_list}) > 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the stored vector and its index are PostgreSQL's")
def test_the_stored_vector_follows_every_write_and_has_a_gin_index(client, protocol):
    Engagement.objects.filter(code="E05").update(summary="Un mot rare : quinquagénaires.")

    response = client.get("/recherche/", {"q": "quinquagenaire"})

    assert [r.url for r in response.context["page_obj"].object_list] == ["/engagements/E05/"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname LIKE '%%_search_gin'")
        indexes = [row[0] for row in cursor.fetchall()]
    assert len(indexes) == 7 and all("USING gin (search_vector)" in index for index in indexes)
