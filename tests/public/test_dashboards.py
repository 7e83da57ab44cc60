"""The public dashboards through the test client, against the demo data: content, filters, htmx fragments, cache."""

import csv
import datetime
import io

import pytest
from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.contrib.messages.storage.cookie import CookieStorage
from django.db import connection
from django.http import HttpRequest
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape
from pytest_django.asserts import assertContains, assertNotContains

from comites.models import Decision, Meeting, Minutes
from common.public_cache import bump_public_data_version
from engagements.models import Engagement, EngagementPartner, ProgressReport, ProgressSnapshot
from engagements.queries import latest
from reseau.models import Organisation, Territory, User
from tests.helpers.pages import engagement_codes, main

pytestmark = pytest.mark.django_db


def region_snapshot(code: str) -> ProgressSnapshot:
    return latest("engagement").get(engagement__code=code, territory__code="32")


# --- Home ----------------------------------------------------------------------------------------------------


def test_home_shows_the_key_figures_of_the_demo_data(client, demo):
    snapshots = list(latest("engagement").filter(territory__code="32"))
    on_track = sum(s.weather_computed in ("soleil", "couvert") for s in snapshots)
    open_decisions = Decision.objects.public().filter(status="open").count()
    held = Meeting.objects.filter(status="held").count()

    response = client.get("/")

    assert response.status_code == 200
    assertContains(response, f'<p class="portal-figure">{on_track} / 23</p>', html=True)
    assertContains(response, f'<p class="portal-figure">{held}</p>', html=True)
    assertContains(response, f'<p class="portal-figure">{open_decisions}</p>', html=True)
    assert held > 0 and open_decisions > 0


def test_home_shows_each_theme_progress_and_its_weather_distribution(client, demo):
    theme = latest("theme").get(theme__code="T1", territory__code="32")

    response = client.get("/")

    assertContains(response, f"<strong>{round(theme.percent)} %</strong>", html=True)
    assert theme.outcome.distribution
    for weather, count in theme.outcome.distribution.items():
        assert count > 0
        assertContains(response, f"portal-weather--{weather}")


def test_home_maps_the_five_departements_with_the_same_figures_in_a_table(client, demo):
    response = client.get("/")

    assertContains(response, 'region="HDF"')
    for code in ["02", "59", "60", "62", "80"]:
        percent = latest("overall").get(territory__code=code).percent
        assertContains(response, escape(f'"{code}": {round(float(percent), 1)}'))
        assertContains(response, f'<a href="/territoires/{code}/">')
    # Every other département is named without a value: DSFR Chart hides it instead of painting it.
    assertContains(response, escape('"75": null'))
    assertContains(response, escape('"2A": null'))


def test_home_maps_a_chosen_indicator_through_htmx(htmx_client, demo):
    response = htmx_client.get("/?carte=IND-APPR-ENTREES")

    assert response.status_code == 200
    content = response.content.decode()
    assert content.lstrip().startswith('<div id="carte"')
    assert "Entrées en apprentissage" in content
    assert "<h1>" not in content


def test_home_lists_only_published_minutes_and_upcoming_meetings(client, demo):
    draft = Minutes.objects.filter(state="draft").select_related("meeting__committee").first()
    assert draft is not None
    upcoming = Meeting.objects.filter(starts_at__gte=datetime.datetime.now(datetime.UTC)).order_by("starts_at").first()

    response = client.get("/")

    assertContains(response, f'href="{upcoming.get_absolute_url()}"')
    newest = Minutes.objects.filter(state="published").order_by("-published_at").first()
    assertContains(response, f'href="{newest.meeting.get_absolute_url()}"')
    minutes_section = response.content.decode().split('id="derniers-cr"')[1].split('id="prochaines-reunions"')[0]
    assert draft.meeting.get_absolute_url() not in minutes_section


# --- Engagement list and filters -----------------------------------------------------------------------------


def test_the_list_filters_by_theme(client, demo):
    response = client.get("/engagements/?theme=T2")

    assert engagement_codes(main(response)) == {f"E{n:02d}" for n in range(7, 13)}


def test_the_list_filters_by_computed_weather_on_a_territory(client, demo):
    expected = {s.engagement.code for s in latest("engagement").filter(territory__code="59", weather_computed="orage")}
    assert expected

    response = client.get("/engagements/?meteo=orage&territoire=59")

    assert engagement_codes(main(response)) == expected
    assertContains(response, "sur le territoire")


def test_the_list_filters_by_partner(client, demo):
    partner = Organisation.objects.get(slug__isnull=False, memberships__user__email="mission-locale@demo.test")
    expected = set(partner.engagement_roles.values_list("engagement__code", flat=True))

    response = client.get(f"/engagements/?partenaire={partner.slug}")

    assert engagement_codes(main(response)) == expected


def test_the_home_page_the_list_the_api_and_the_csv_give_one_answer_to_which_engagements_are_late(client, demo):
    # Defect 4: one freshness rule. Counted over every reporting territory, the Somme (two months without values)
    # and Sambre-Avesnois (three) make every engagement they report on late.
    late = {
        row["code"]
        for row in client.get("/api/v1/engagements?limit=100").json()["items"]
        if row["late"] and row["late_since"] and row["oldest_missing"]
    }
    assert 0 < len(late) < 23
    assert engagement_codes(main(client.get("/engagements/?en_retard=on"))) == late
    assertContains(client.get("/"), f'<p class="portal-figure">{len(late)}</p>', html=True)
    content = b"".join(client.get("/donnees/engagements.csv").streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(content)))
    assert {row["code"] for row in rows if row["en_retard"] == "oui"} == late
    for code in ("E02", "E21"):
        assert code in late
    # The pilot's workspace lists the same late engagements among those it pilots, each with what is missing.
    pilot = User.objects.get(email="partenaire@demo.test")
    client.force_login(pilot)
    whole = client.get("/espace/").content.decode()
    todo = whole.split('aria-labelledby="todo-title">')[1].split("</section>")[0]
    page = whole.split("<h2>Engagements de ")[1]  # the table of the organisation's engagements
    for partner in EngagementPartner.objects.filter(organisation__slug="demo-france-travail-hdf", role="pilot"):
        code = partner.engagement.code
        row = page.split(f'/espace/engagements/{code}/"')[1].split("</tr>")[0]
        assert ("En retard depuis" in row) == (code in late), code
        # « À traiter », above the table, gives the same answer.
        assert (f">{code} : en retard depuis " in todo) == (code in late), code
    e02 = page.split('/espace/engagements/E02/"')[1].split("</tr>")[0]
    assert "Entrées en apprentissage — Sambre-Avesnois : valeur" in e02


def test_the_list_searches_titles_summaries_and_codes(client, demo):
    # E02 by its title, E03 by its summary (« Au-delà de l'apprentissage, … »).
    assert engagement_codes(main(client.get("/engagements/?q=apprentissage"))) == {"E02", "E03"}
    assert engagement_codes(main(client.get("/engagements/?q=job datings"))) == {"E17"}
    assert engagement_codes(main(client.get("/engagements/?q=e05"))) == {"E05"}


def test_an_htmx_filter_answers_only_the_results_fragment(htmx_client, demo):
    response = htmx_client.get("/engagements/?theme=T1")

    content = response.content.decode()
    assert response.status_code == 200
    assert content.lstrip().startswith('<div id="resultats"')
    assert "<form" not in content
    assert response["Vary"].count("HX-Request") == 1


@pytest.mark.parametrize(
    "query, field",
    [
        ("theme=T9", "Enjeu"),
        ("meteo=canicule", "Météo calculée"),
        ("territoire=99", "Territoire"),
        ("partenaire=inconnue", "Partenaire"),
        ("q=" + "x" * 101, "Rechercher"),
    ],
)
def test_an_invalid_filter_is_refused_in_french_and_the_list_still_shows(client, demo, query, field):
    response = client.get(f"/engagements/?{query}")

    assert response.status_code == 422
    assertContains(response, "Filtre non reconnu", status_code=422)
    assertContains(response, f"{field} :", status_code=422)
    assert len(engagement_codes(main(response))) == 23


def test_a_theme_page_filters_its_own_engagements_only(client, demo):
    response = client.get("/enjeux/T1/?q=apprentissage")

    assert engagement_codes(main(response)) == {"E02", "E03"}
    assert engagement_codes(main(client.get("/enjeux/T1/?q=mobilit"))) == set()


def test_the_filter_form_works_without_javascript(client, demo):
    response = client.get("/engagements/")

    assertContains(response, 'method="get"')
    assertContains(response, 'data-hx-push-url="true"')
    assertContains(response, 'data-hx-trigger="input changed delay:300ms')
    assertContains(response, '<button type="submit"')


# --- Engagement page -----------------------------------------------------------------------------------------


def test_an_engagement_page_charts_each_indicator_with_its_table(client, demo):
    response = client.get("/engagements/E02/")

    assertContains(response, "<line-chart", count=1)
    assertContains(response, "Entrées en apprentissage — Hauts-de-France")
    # The headline is the latest complete period; the later partial ones are marked, with who is missing.
    assertContains(response, "5/5 territoires, complète")
    assertContains(response, "provisoire, 4/5 — manquent : Somme, Sambre-Avesnois")
    assertContains(response, "Comment ce chiffre est calculé")
    assertContains(response, "/static/vendor/dsfr-chart/2.0.4/DSFRChart/DSFRChart.js")
    assertContains(response, 'data-tag="line-chart"')


def test_an_engagement_page_switches_territory_through_htmx(htmx_client, demo):
    response = htmx_client.get("/engagements/E02/?territoire=59")

    content = response.content.decode()
    assert response.status_code == 200
    assert content.lstrip().startswith('<div id="indicateurs"')
    assert "Avancement — Nord" in content
    snapshot = latest("engagement").get(engagement__code="E02", territory__code="59")
    assert f"{round(snapshot.percent)} %" in content


def test_an_unknown_territory_falls_back_to_the_region_with_a_french_message(client, demo):
    response = client.get("/engagements/E02/?territoire=ZZ")

    assert response.status_code == 422
    assertContains(response, "Territoire inconnu", status_code=422)
    assertContains(response, "Avancement — Hauts-de-France", status_code=422)


def test_an_engagement_page_lists_the_reports_history(client, demo):
    report = ProgressReport.objects.filter(engagement__code="E02").select_related("organisation").first()
    assert report is not None

    response = client.get("/engagements/E02/")

    assertContains(response, escape(report.organisation.name))
    assertContains(response, escape(report.narrative[:40]))


def test_an_engagement_page_lists_only_published_decisions(client, demo):
    engagement = Engagement.objects.filter(decisions__isnull=False).first()
    published = Decision.objects.public().filter(engagement=engagement)
    hidden = Decision.objects.filter(engagement=engagement).exclude(pk__in=published)

    response = client.get(engagement.get_absolute_url())

    for decision in published:
        assertContains(response, escape(decision.text))
    for decision in hidden:
        assertNotContains(response, escape(decision.text))


# --- Indicator and territory pages ---------------------------------------------------------------------------


def test_an_indicator_page_shows_its_methodology_values_and_csv(client, demo):
    response = client.get("/indicateurs/IND-APPR-ENTREES/")

    assert response.status_code == 200
    assertContains(response, "Fiche méthodologique")
    assertContains(response, "Somme")
    assertContains(response, 'href="/donnees/valeurs-consolidees.csv?indicateur=IND-APPR-ENTREES"')
    assertContains(response, "publié environ 45 jours après la fin de la période")
    assertContains(response, "statistique publique")
    for code in ["32", "59", "CLPE59004"]:
        assertContains(response, f'href="/territoires/{code}/"')


def test_an_unknown_indicator_or_territory_answers_404(client, demo):
    assert client.get("/indicateurs/IND-NOPE/").status_code == 404
    assert client.get("/territoires/99/").status_code == 404


def test_a_territory_page_links_parent_children_and_siblings(client, demo):
    response = client.get("/territoires/59/")

    assert response.status_code == 200
    assertContains(response, '<a href="/territoires/32/">')
    assertContains(response, '<a href="/territoires/CLPE59004/">')
    assertContains(response, '<a href="/territoires/62/">')
    assertContains(response, "<bar-chart")
    assertContains(response, 'href="/engagements/E02/?territoire=59"')
    overall = latest("overall").get(territory__code="59")
    assertContains(response, f"<strong>{round(overall.percent)} %</strong>", html=True)


def test_the_region_page_compares_with_no_sibling(client, demo):
    response = client.get("/territoires/32/")

    assert response.status_code == 200
    assertNotContains(response, "<bar-chart")
    for code in ["02", "59", "60", "62", "80"]:
        assertContains(response, f'href="/territoires/{code}/"')


@pytest.mark.parametrize("url", ["/indicateurs/IND-APPR-ENTREES/", "/territoires/59/", "/donnees/"])
def test_new_public_pages_refuse_post(client, protocol, url):
    assert client.post(url).status_code == 405


# --- Cache ---------------------------------------------------------------------------------------------------


def test_a_cached_page_runs_no_query_and_is_refreshed_by_a_new_public_version(client, demo):
    client.get("/engagements/E02/")
    Engagement.objects.filter(code="E02").update(title="Titre modifié en base")

    with CaptureQueriesContext(connection) as queries:
        cached = client.get("/engagements/E02/")
    assert len(queries) == 0
    assertNotContains(cached, "Titre modifié en base")

    bump_public_data_version()

    assertContains(client.get("/engagements/E02/"), "Titre modifié en base")


def test_the_cache_keys_on_known_parameters_only_and_never_on_a_search(client, demo):
    client.get("/engagements/?theme=T1")
    client.get("/engagements/?q=E02")
    Engagement.objects.filter(code="E02").update(title="Titre modifié en base")

    assertNotContains(client.get("/engagements/?theme=T1&utm_source=x"), "Titre modifié en base")
    assertContains(client.get("/engagements/?q=E02"), "Titre modifié en base")
    assertContains(client.get("/engagements/?theme=T1&territoire=32"), "Titre modifié en base")


def test_a_cached_hit_is_the_stored_page_with_its_headers_and_nothing_of_any_visitor(client, demo):
    first = client.get("/engagements/E02/")

    with CaptureQueriesContext(connection) as queries:
        second = client.get("/engagements/E02/")

    assert len(queries) == 0
    assert second.content == first.content
    for header in ("Content-Type", "Content-Security-Policy", "X-Frame-Options", "Vary", "Content-Language"):
        assert second.headers.get(header) == first.headers.get(header), header
    assert "frame-ancestors 'none'" in second["Content-Security-Policy"] and second["X-Frame-Options"] == "DENY"
    assert not second.cookies and not first.cookies
    body = second.content.decode()
    assert "csrfmiddlewaretoken" not in body and "X-CSRFToken" not in body and "fr-alert" not in body


def test_a_page_built_for_a_visitor_with_a_message_is_never_stored(client, demo):
    """A message is shown once, to its visitor: the page that shows it (and clears its cookie) is not cached."""
    storage = CookieStorage(HttpRequest())
    client.cookies["messages"] = storage._encode([Message(constants.SUCCESS, "Message pour un seul visiteur")])
    built = client.get("/engagements/E03/")
    Engagement.objects.filter(code="E03").update(title="Titre modifié en base")

    assertContains(built, "Message pour un seul visiteur")
    assert built.cookies["messages"].value == ""  # shown, so cleared
    next_visitor = client.get("/engagements/E03/")
    assertNotContains(next_visitor, "Message pour un seul visiteur")
    assertContains(next_visitor, "Titre modifié en base")


def test_a_signed_in_visitor_is_not_served_the_anonymous_cache(client, demo, django_user_model):
    client.get("/")
    user = django_user_model.objects.create_user(email="lecteur@exemple.test", password="x" * 12)
    client.force_login(user)

    response = client.get("/")

    assertContains(response, "X-CSRFToken")


def test_territories_exist_for_every_level(protocol):
    assert set(Territory.objects.values_list("level", flat=True)) == {"national", "region", "departement", "local"}
