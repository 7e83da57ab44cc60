"""Open data: the CSV files parse with their documented columns, and the JSON API keeps DESIGN §6."""

import csv
import io

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections, connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from pytest_django.asserts import assertContains

from comites.models import Decision, Meeting
from engagements.models import IndicatorValue
from francetravail.csv_exports import DATASETS
from tests.helpers.pages import add_rows

pytestmark = pytest.mark.django_db


def read_csv(client, url: str) -> tuple[list[str], list[dict]]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = b"".join(response.streaming_content).decode("utf-8")
    reader = csv.DictReader(io.StringIO(text))
    return reader.fieldnames, list(reader)


# --- CSV -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("slug", list(DATASETS))
def test_each_csv_parses_with_its_documented_columns(client, demo, slug):
    header, rows = read_csv(client, f"/donnees/{slug}.csv")

    assert header == [name for name, _ in DATASETS[slug].columns]
    assert rows
    assert all(len(row) == len(header) and None not in row for row in rows)


def test_the_open_data_page_documents_every_dataset_and_column(client, protocol):
    response = client.get("/donnees/")

    for slug, dataset in DATASETS.items():
        assertContains(response, f'href="/donnees/{slug}.csv"')
        for name, _ in dataset.columns:
            assertContains(response, f"<code>{name}</code>", html=True)
    assertContains(response, 'href="/api/v1/openapi.json"')


def test_the_values_csv_holds_accepted_values_only_and_filters_by_indicator(client, demo):
    accepted = IndicatorValue.objects.filter(status="accepted", indicator__code="IND-APPR-ENTREES")

    _, rows = read_csv(client, "/donnees/valeurs.csv?indicateur=IND-APPR-ENTREES")

    assert len(rows) == accepted.count() > 0
    assert {row["indicateur"] for row in rows} == {"IND-APPR-ENTREES"}
    assert all(len(row["periode"]) == 7 for row in rows)
    assert IndicatorValue.objects.exclude(status="accepted").exists()
    _, everything = read_csv(client, "/donnees/valeurs.csv")
    assert len(everything) == IndicatorValue.objects.filter(status="accepted").count()


def test_the_decisions_csv_holds_published_decisions_only(client, demo):
    _, rows = read_csv(client, "/donnees/decisions.csv")

    assert {int(row["id"]) for row in rows} == set(Decision.objects.public().values_list("pk", flat=True))
    assert Decision.objects.exclude(pk__in=Decision.objects.public()).exists()


def test_the_meetings_csv_gives_a_publication_date_to_published_minutes_only(client, demo):
    _, rows = read_csv(client, "/donnees/reunions.csv")

    assert len(rows) == Meeting.objects.count()
    published = {str(pk) for pk in Meeting.objects.filter(minutes__state="published").values_list("pk", flat=True)}
    assert {row["id"] for row in rows if row["compte_rendu_publie_le"]} == published


def test_a_csv_with_an_unknown_indicator_is_refused_in_french(client, protocol):
    response = client.get("/donnees/valeurs.csv?indicateur=NOPE")

    assert response.status_code == 400
    assert "Indicateur inconnu" in response.content.decode()


def test_an_unknown_dataset_answers_404(client, protocol):
    assert client.get("/donnees/inconnu.csv").status_code == 404


def test_every_csv_runs_a_constant_number_of_queries_whatever_the_amount_of_data(client, demo):
    def count(slug: str) -> int:
        with CaptureQueriesContext(connection) as queries:
            b"".join(client.get(f"/donnees/{slug}.csv").streaming_content)
        return len(queries)

    before = {slug: count(slug) for slug in DATASETS}
    add_rows(5)
    assert {slug: count(slug) for slug in DATASETS} == before


# --- API -----------------------------------------------------------------------------------------------------


def test_api_lists_are_paginated_as_items_and_count(client, protocol):
    response = client.get("/api/v1/territories?limit=5&offset=2")

    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 33
    assert [t["code"] for t in body["items"]] == ["59", "60", "62", "80", "CLPE02001"]
    assert body["items"][0] == {"code": "59", "name": "Nord", "level": "departement", "parent": "32"}


def test_api_engagements_give_progress_and_weather(client, demo):
    body = client.get("/api/v1/engagements?theme=T1").json()

    assert body["count"] == 6
    e02 = next(item for item in body["items"] if item["code"] == "E02")
    assert e02["theme"] == "T1" and e02["provisional"] is True
    assert e02["progress"]["territory"] == "32"
    assert set(e02["progress"]["weather"]) == {"declared", "computed"}
    assert client.get("/api/v1/engagements/e02").json()["code"] == "E02"


def test_api_indicator_values_filter_by_territory_and_months(client, demo):
    body = client.get("/api/v1/indicators/IND-APPR-ENTREES/values?territory=59&since=2025-01&until=2025-03").json()

    assert [item["period"] for item in body["items"]] == ["2025-01", "2025-02", "2025-03"]
    assert all(item["territory"] == "59" and item["computed"] for item in body["items"])
    assert body["items"][0]["coverage"] == "6/6"
    leaf = client.get("/api/v1/indicators/IND-APPR-ENTREES/values?territory=CLPE59004&limit=1").json()
    assert leaf["items"][0]["computed"] is False and leaf["items"][0]["coverage"] is None


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/engagements/E99",
        "/api/v1/indicators/NOPE",
        "/api/v1/indicators/NOPE/values",
        "/api/v1/indicators/IND-APPR-ENTREES/values?territory=ZZ",
        "/api/v1/progress?territory=ZZ",
        "/api/v1/meetings?committee=NOPE",
        "/api/v1/decisions?engagement=E99",
    ],
)
def test_api_unknown_codes_answer_404_in_french(client, protocol, url):
    response = client.get(url)

    assert response.status_code == 404
    assert "inconnu" in response.json()["message"]


@pytest.mark.parametrize(
    "url",
    ["/api/v1/indicators/IND-TAE6/values?since=2025-13", "/api/v1/territories?limit=0", "/api/v1/progress?scope=x"],
)
def test_api_malformed_parameters_answer_422_in_french(client, protocol, url):
    response = client.get(url)

    assert response.status_code == 422
    assert response.json()["message"] == "Paramètres invalides."


def test_api_publishes_only_published_decisions_and_minutes(client, demo):
    decisions = client.get("/api/v1/decisions?limit=1000").json()
    meetings = client.get("/api/v1/meetings?limit=1000").json()

    assert {d["id"] for d in decisions["items"]} == set(Decision.objects.public().values_list("pk", flat=True))
    draft = Meeting.objects.filter(minutes__state="draft").first()
    item = next(m for m in meetings["items"] if m["id"] == draft.pk)
    assert item["minutes"] is None and item["minutes_published_at"] is None
    assert meetings["count"] == Meeting.objects.count()


def test_api_refuses_writes(client, protocol):
    assert client.post("/api/v1/engagements").status_code == 405


def test_api_is_rate_limited(client, protocol, settings):
    settings.API_RATE_LIMIT = "3/m"

    statuses = [client.get("/api/v1/themes").status_code for _ in range(4)]

    assert statuses == [200, 200, 200, 429]


def test_api_documentation_is_served_from_our_static_files(client, protocol):
    response = client.get("/api/v1/docs")

    assert response.status_code == 200
    content = response.content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in content
    assert "cdn" not in content.lower()
    # Inside the portal's own layout: its header, navigation and footer, a French title.
    assert 'class="fr-header"' in content and 'class="fr-footer"' in content
    assert "<title>Documentation de l&#x27;API — " in content or "<title>Documentation de l'API — " in content
    assert client.get("/api/v1/openapi.json").json()["openapi"].startswith("3.")


# --- Schemathesis over the OpenAPI schema --------------------------------------------------------------------


@pytest.fixture
def keep_test_connection():
    """Called through WSGI, Django closes the database connection after each request (the test client does not):
    that would end the test's transaction, so the signal is detached as the test client does."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


def test_api_conforms_to_its_schema(demo, settings, keep_test_connection):
    """Every operation with generated parameters: never a 500, and each response matches the schema."""
    settings.API_RATE_LIMIT = "100000/m"
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 14

    for operation in operations:

        @given(case=operation.as_strategy())
        @hypothesis_settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def conforms(case):
            # The WSGI client asks for "gzip, deflate" (requests' default) but does not decompress the answer.
            case.call_and_validate(headers={"Accept-Encoding": "identity"})

        conforms()


# --- What the open data says of itself (figures issue, defect 11) ----------------------------------------------

DEMO_FILES = ["engagements", "valeurs", "valeurs-consolidees", "avancement", "jalons", "reunions", "decisions"]


@pytest.mark.parametrize("slug", DEMO_FILES)
def test_every_row_from_the_demo_data_says_so(client, demo, slug):
    _, rows = read_csv(client, f"/donnees/{slug}.csv")

    assert {row["demonstration"] for row in rows} <= {"oui", "non"}
    assert any(row["demonstration"] == "oui" for row in rows)


def test_values_of_a_real_organisation_are_not_marked_as_demonstration(client, db):
    from tests.factories import IndicatorValueFactory

    value = IndicatorValueFactory(indicator__code="IND-REEL", organisation__is_demo=False)
    _, rows = read_csv(client, "/donnees/valeurs.csv")

    assert [(row["indicateur"], row["demonstration"]) for row in rows] == [(value.indicator.code, "non")]


def test_api_items_from_the_demo_data_say_so_and_the_documentation_explains_it(client, demo):
    for url in ("/api/v1/engagements", "/api/v1/progress?scope=indicator", "/api/v1/meetings", "/api/v1/decisions"):
        items = client.get(url + ("&" if "?" in url else "?") + "limit=1000").json()["items"]
        assert items and all(item["demonstration"] is True for item in items), url
    values = client.get("/api/v1/indicators/IND-APPR-ENTREES/values?territory=32").json()["items"]
    assert values and all(item["demonstration"] for item in values)
    schema = client.get("/api/v1/openapi.json").json()
    assert "Données de démonstration" in schema["info"]["description"]
    assertContains(client.get("/donnees/"), "Ce portail sert aujourd'hui des données de démonstration")


def test_every_indicator_says_its_source_nature_and_publication_delay(client, protocol):
    items = client.get("/api/v1/indicators?limit=100").json()["items"]

    assert len(items) == 15
    for item in items:
        methodology = item["methodology"]
        assert methodology["source"], item["code"]
        assert methodology["nature"] in {"statistique publique", "données de gestion", "enquête"}
    delays = {item["code"]: item["methodology"]["publication_delay_days"] for item in items}
    assert delays["IND-APPR-ENTREES"] == 45 and delays["IND-SORT-FORM-TAE6"] == 210


def test_engagements_run_from_the_signature_to_a_provisional_end(client, protocol):
    for item in client.get("/api/v1/engagements?limit=100").json()["items"]:
        assert (item["starts_on"], item["ends_on"], item["ends_on_provisional"]) == ("2023-06-08", "2026-12-31", True)
    _, rows = read_csv(client, "/donnees/engagements.csv")
    assert {(row["debut"], row["echeance"], row["echeance_provisoire"]) for row in rows} == {
        ("2023-06-08", "2026-12-31", "oui")
    }


def test_the_api_publishes_coverage_and_the_like_for_like_reference_of_each_value(client, demo):
    items = client.get("/api/v1/indicators/IND-APPR-ENTREES/values?territory=32").json()["items"]
    partial = [item for item in items if item["coverage_status"] == "partial"]
    complete = [item for item in items if item["coverage_status"] == "complete"]

    assert partial and complete
    assert all(item["provisional"] for item in partial[-2:])
    assert partial[-1]["missing"] == ["80", "CLPE59005"] and partial[-1]["coverage"] == "4/5"
    # The reference of the partial value covers the four territories present only.
    assert partial[-1]["target"] < complete[-1]["target"]
    progress = client.get("/api/v1/progress?scope=indicator&territory=32").json()["items"]
    entries = next(item for item in progress if item["object"] == "IND-APPR-ENTREES")
    assert entries["data_period"] == complete[-1]["period"]
    assert entries["coverage_status"] == "complete" and entries["value"] == pytest.approx(complete[-1]["value"])
    assert entries["as_of"] >= entries["data_period"]
