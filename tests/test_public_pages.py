"""Public pages through the test client: content from the protocol, layout, errors, methods, CSP, query counts."""

import re

import pytest
import yaml
from django.conf import settings
from django.test.html import Element
from django.utils.html import escape
from pytest_django.asserts import assertContains, assertNotContains, assertTemplateUsed

from comites.models import Committee
from common.public_cache import bump_public_data_version
from engagements.models import Engagement
from francetravail.protocol import DEFAULT_PATH
from tests.factories import (
    DecisionFactory,
    EngagementPartnerFactory,
    MeetingFactory,
    MilestoneFactory,
    MinutesFactory,
    OrganisationFactory,
)
from tests.helpers.pages import (
    COMMITTEE_LINK,
    add_rows,
    count_queries,
    engagement_codes,
    find,
    find_all,
    hrefs,
    html,
    main,
    text,
)

pytestmark = pytest.mark.django_db


PROTOCOL_FILE = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
ALL_ENGAGEMENTS = {f"E{n:02d}" for n in range(1, 24)}


# --- Reading HTML ------------------------------------------------------------------------------------------


# --- Home ----------------------------------------------------------------------------------------------------


def test_home_shows_the_full_title_of_each_theme(client, protocol):
    response = client.get("/")

    assert response.status_code == 200
    assert len(PROTOCOL_FILE["themes"]) == 4
    for theme in PROTOCOL_FILE["themes"]:
        assertContains(response, escape(theme["title"]), count=1)


def test_home_links_to_every_engagement(client, protocol):
    response = client.get("/")

    assert engagement_codes(main(response)) == ALL_ENGAGEMENTS


def test_home_links_each_theme_to_its_page(client, protocol):
    links = hrefs(main(client.get("/")))

    for code in ["T1", "T2", "T3", "T4"]:
        assert f"/enjeux/{code}/" in links


# --- Themes and engagements ----------------------------------------------------------------------------------


def test_a_theme_page_lists_its_engagements_only(client, protocol):
    response = client.get("/enjeux/T1/")

    assert response.status_code == 200
    assert engagement_codes(main(response)) == {"E01", "E02", "E03", "E04", "E05", "E06"}
    assertContains(response, escape(PROTOCOL_FILE["themes"][0]["title"]))


def test_a_theme_code_is_read_in_any_case(client, protocol):
    # Redirected to the canonical (upper-case) address, the one the public page cache keys on.
    response = client.get("/enjeux/t1/", follow=True)

    assert response.status_code == 200
    assert engagement_codes(main(response)) == {"E01", "E02", "E03", "E04", "E05", "E06"}


def test_the_engagement_list_links_to_the_23_engagements(client, protocol):
    response = client.get("/engagements/")

    assert response.status_code == 200
    assert engagement_codes(main(response)) == ALL_ENGAGEMENTS


def test_an_engagement_page_shows_its_title_and_summary_and_flags_them_provisional(client, protocol):
    response = client.get("/engagements/E02/")

    assert response.status_code == 200
    assertContains(response, escape("Développer l'apprentissage"))
    assertContains(response, "Intitulé et résumé provisoires")
    assertContains(response, escape("suivent le nombre d'entrées en apprentissage"))


def test_every_engagement_has_a_summary_of_its_own(protocol):
    summaries = list(Engagement.objects.values_list("summary", flat=True))

    assert len(summaries) == 23 and all(len(summary) > 80 for summary in summaries)
    assert len(set(summaries)) == 23


def test_an_engagement_code_is_read_in_any_case(client, protocol):
    response = client.get("/engagements/e02/", follow=True)

    assert response.status_code == 200
    assertContains(response, escape("Développer l'apprentissage"))


def test_a_confirmed_engagement_is_not_flagged_provisional(client, protocol):
    Engagement.objects.filter(code="E02").update(provisional=False)

    response = client.get("/engagements/E02/")

    assert response.status_code == 200
    assertNotContains(response, "Intitulé et résumé provisoires")
    assertNotContains(response, "Intitulé provisoire")
    assertContains(client.get("/engagements/E03/"), "Intitulé et résumé provisoires")


def test_an_engagement_page_lists_its_partners_milestones_and_indicators(client, protocol):
    e02 = Engagement.objects.get(code="E02")
    EngagementPartnerFactory(
        engagement=e02, organisation=OrganisationFactory(name="Région Hauts-de-France"), pilot=True
    )
    MilestoneFactory(engagement=e02, title="Plan régional de l'apprentissage adopté")

    response = client.get("/engagements/E02/")

    assertContains(response, "Région Hauts-de-France — pilote")
    assertContains(response, escape("Plan régional de l'apprentissage adopté"))
    assertContains(response, "Entrées en apprentissage")


# --- Committees ----------------------------------------------------------------------------------------------


def children(node: Element, name: str) -> list[Element]:
    return [child for child in node.children if isinstance(child, Element) and child.name == name]


def tree_item(tree: Element, code: str) -> Element:
    """The <li> of the committee tree whose own link (its first child) leads to `code`."""
    (item,) = [
        li
        for li in find_all(tree, "li")
        if children(li, "a") and dict(children(li, "a")[0].attributes)["href"] == f"/comites/{code}/"
    ]
    return item


def committee_codes(node: Element) -> set[str]:
    return {match[1] for href in hrefs(node) if href and (match := COMMITTEE_LINK.match(href))}


def test_the_committee_tree_links_to_the_33_committees(client, protocol):
    response = client.get("/comites/")

    assert response.status_code == 200
    assert committee_codes(main(response)) == set(Committee.objects.values_list("code", flat=True))
    assert len(committee_codes(main(response))) == 33


def test_the_committee_tree_nests_each_committee_under_its_parent(client, protocol):
    tree = find(main(client.get("/comites/")), "ul", **{"class": "committee-tree"})

    def nested_codes(code: str) -> set[str]:
        """The committees listed in the <ul> nested in the item of `code`."""
        nested = children(tree_item(tree, code), "ul")
        return set().union(*(committee_codes(ul) for ul in nested))

    (root,) = children(tree, "li")
    assert root == tree_item(tree, "CNE")
    everything = committee_codes(tree)
    assert nested_codes("CNE") == everything - {"CNE"}
    assert nested_codes("CRE-32") == everything - {"CNE", "CRE-32"}
    assert nested_codes("CDE-59") == {f"CLPE5900{n}" for n in range(1, 7)}
    assert "CLPE59004" not in nested_codes("CDE-62")
    assert nested_codes("CLPE59004") == set()
    # Each département's committee directly under the regional one, each local one directly under its own.
    (regional_list,) = children(tree_item(tree, "CRE-32"), "ul")
    assert [dict(children(li, "a")[0].attributes)["href"] for li in children(regional_list, "li")] == [
        f"/comites/CDE-{dep}/" for dep in ("02", "59", "60", "62", "80")
    ]
    (cde59_list,) = children(tree_item(tree, "CDE-59"), "ul")
    assert "/comites/CLPE59004/" in [dict(children(li, "a")[0].attributes)["href"] for li in children(cde59_list, "li")]


def test_a_committee_page_shows_its_name_chairs_parent_and_children(client, protocol):
    response = client.get("/comites/CDE-59/")

    assert response.status_code == 200
    content = main(response)
    assertContains(response, escape("Comité départemental pour l'emploi du Nord"))
    assertContains(response, "<li>Préfet du Nord</li>", html=True)
    assertContains(response, "<li>Président du conseil départemental du Nord</li>", html=True)
    assert "/comites/CRE-32/" in hrefs(content)
    assert committee_codes(content) == {"CRE-32"} | {f"CLPE5900{n}" for n in range(1, 7)}


def test_a_committee_code_is_read_in_any_case(client, protocol):
    response = client.get("/comites/cde-59/")

    assert response.status_code == 200
    assertContains(response, escape("Comité départemental pour l'emploi du Nord"))


def test_a_committee_page_shows_only_published_decisions(client, protocol):
    cde59 = Committee.objects.get(code="CDE-59")
    published = MinutesFactory(meeting=MeetingFactory(committee=cde59), published=True)
    draft = MinutesFactory(meeting=MeetingFactory(committee=cde59))
    DecisionFactory(meeting=published.meeting, text="Ouvrir un second guichet unique à Roubaix")
    DecisionFactory(meeting=draft.meeting, text="Décision encore au brouillon")

    response = client.get("/comites/CDE-59/")

    assertContains(response, "Ouvrir un second guichet unique à Roubaix")
    assertNotContains(response, "Décision encore au brouillon")


# --- Meetings ------------------------------------------------------------------------------------------------


@pytest.fixture
def meeting(protocol):
    return MeetingFactory(committee=Committee.objects.get(code="CDE-59"), agenda="Point sur l'apprentissage")


def test_a_meeting_with_draft_minutes_shows_neither_minutes_nor_decisions(client, meeting):
    MinutesFactory(meeting=meeting, body="Texte du brouillon à ne pas montrer")
    DecisionFactory(meeting=meeting, text="Décision non encore publiée")

    response = client.get(f"/comites/CDE-59/reunions/{meeting.pk}/")

    assert response.status_code == 200
    assertNotContains(response, "Texte du brouillon à ne pas montrer")
    assertNotContains(response, "Décision non encore publiée")
    assertContains(response, "Aucun compte rendu n'est publié pour cette réunion.")


def test_a_meeting_with_published_minutes_shows_them_and_its_decisions(client, meeting):
    MinutesFactory(meeting=meeting, body="Les partenaires valident le plan d'action.", published=True)
    DecisionFactory(meeting=meeting, text="Réunir les CFA du Nord avant l'été")

    response = client.get(f"/comites/CDE-59/reunions/{meeting.pk}/")

    assert response.status_code == 200
    # Minutes are Markdown rendered to HTML (then sanitised): the apostrophe comes out as is.
    assertContains(response, "Les partenaires valident le plan d'action.")
    assertContains(response, escape("Réunir les CFA du Nord avant l'été"))


def test_a_meeting_is_not_found_under_another_committee(client, meeting):
    response = client.get(f"/comites/CDE-62/reunions/{meeting.pk}/")

    assert response.status_code == 404


# --- Decisions register --------------------------------------------------------------------------------------


def test_the_decision_register_lists_only_published_decisions(client, meeting):
    MinutesFactory(meeting=meeting, published=True)
    DecisionFactory(meeting=meeting, text="Décision publiée au registre")
    # Committees of the protocol only: the factory's own committee codes (CDE-nn) may clash with them.
    draft = MinutesFactory(meeting=MeetingFactory(committee=meeting.committee))
    DecisionFactory(meeting=draft.meeting, text="Décision d'un brouillon")

    response = client.get("/decisions/")

    assert response.status_code == 200
    assertContains(response, "Décision publiée au registre")
    assertNotContains(response, escape("Décision d'un brouillon"))


def test_the_decision_register_answers_when_empty(client, protocol):
    response = client.get("/decisions/")

    assert response.status_code == 200
    assertContains(response, "Aucune décision n'est encore publiée.")


# --- Legal pages and layout ----------------------------------------------------------------------------------


LEGAL_PAGES = ["/accessibilite/", "/mentions-legales/", "/donnees-personnelles/"]


@pytest.mark.parametrize("url", LEGAL_PAGES)
def test_legal_pages_answer(client, url):
    assert client.get(url).status_code == 200


def test_the_footer_links_to_the_legal_pages(client, protocol):
    footer = find(html(client.get("/")), "footer", id="footer")

    for url in LEGAL_PAGES:
        assert url in hrefs(footer)


NAV_LABELS = ["Tableau de bord", "Engagements", "Comités", "Décisions", "Données"]


@pytest.mark.parametrize(
    "url, current",
    [
        ("/", "Tableau de bord"),
        ("/engagements/", "Engagements"),
        ("/engagements/E02/", "Engagements"),
        ("/enjeux/T1/", "Engagements"),
        ("/comites/", "Comités"),
        ("/comites/CDE-59/", "Comités"),
        ("/decisions/", "Décisions"),
        ("/donnees/", "Données"),
        ("/accessibilite/", None),
    ],
)
def test_the_main_navigation_marks_the_current_section(client, protocol, url, current):
    nav = find(html(client.get(url)), "nav", id="fr-navigation")

    links = find_all(nav, "a")
    assert [text(link).strip() for link in links] == NAV_LABELS
    assert [dict(link.attributes)["href"] for link in links] == [
        "/",
        "/engagements/",
        "/comites/",
        "/decisions/",
        "/donnees/",
    ]
    marked = [text(link).strip() for link in find_all(nav, "a", aria_current="page")]
    assert marked == ([current] if current else [])


def test_pages_are_in_french(client, protocol):
    response = client.get("/")

    assert re.search(r"<html\s+lang=\"fr\"", response.content.decode())


def test_skip_links_lead_to_targets_on_the_page(client, protocol):
    page = html(client.get("/"))

    skiplinks = find(page, "div", **{"class": "fr-skiplinks"})
    targets = hrefs(skiplinks)
    assert targets == ["#content", "#fr-navigation", "#footer"]
    ids = {dict(element.attributes).get("id") for name in ("main", "nav", "footer") for element in find_all(page, name)}
    assert {target[1:] for target in targets} <= ids


# --- Errors and methods --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "/engagements/E99/",
        "/enjeux/T9/",
        "/comites/XXX/",
        "/comites/CDE-59/reunions/999999/",
        "/nimporte/",
    ],
)
def test_unknown_pages_answer_404_with_the_portal_template(client, protocol, url):
    response = client.get(url)

    assert response.status_code == 404
    assertTemplateUsed(response, "404.html")
    assertContains(response, "Page non trouvée", status_code=404)
    assertContains(response, '<html lang="fr"', status_code=404)


@pytest.mark.parametrize("url", ["/", "/engagements/", "/engagements/E02/", "/comites/", "/decisions/"])
def test_public_pages_refuse_post(client, protocol, url):
    response = client.post(url)

    assert response.status_code == 405
    assert response["Allow"] == "GET"


# --- Content Security Policy ---------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/", "/engagements/E02/", "/api/v1/docs"])
def test_pages_carry_a_strict_content_security_policy_and_run_only_script_files_of_ours(client, demo, url):
    response = client.get(url)

    policy = response["Content-Security-Policy"]
    directives = {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy and "nonce-" not in policy
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    scripts = [dict(s.attributes) for s in find_all(html(response), "script")]
    executable = [s for s in scripts if s.get("type") not in ("application/json",)]
    assert executable
    # Every script a browser runs is one of our static files, with its integrity: none is inline.
    assert all(s.get("src", "").startswith(settings.STATIC_URL) and s.get("integrity") for s in executable)


# --- Query counts at two sizes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url, expected",
    [
        # The public pages of the dashboards measure their uncached path: a hit in the page cache runs none.
        ("/", 23),
        ("/engagements/", 7),
        ("/enjeux/T1/", 7),
        ("/engagements/E02/", 19),  # + the fiches actions that carry it
        ("/engagements/E02/?territoire=59", 19),
        ("/territoires/59/", 6),
        ("/indicateurs/IND-APPR-ENTREES/", 15),  # + the revisions beside the values and their list
        ("/comites/", 1),
        ("/comites/CDE-59/", 6),  # + its members in office
        # The count, the page, and the committee and engagement choices of the filters.
        ("/decisions/", 4),
    ],
)
def test_a_public_page_runs_as_many_queries_whatever_the_amount_of_data(
    client, protocol, django_assert_num_queries, url, expected
):
    # The smaller size has one row of each kind: an empty list skips its query (the register does), so
    # comparing an empty page with a full one would not tell a fixed cost from a per-row one.
    add_rows(1)
    client.get(url)  # Warms the cached "demo data present" flag, computed once and not per request.
    bump_public_data_version()  # A new public version: the page is computed again, not read from the cache.

    with django_assert_num_queries(expected):
        assert client.get(url).status_code == 200

    add_rows(12)
    bump_public_data_version()

    assert count_queries(client, url) == expected
