"""Issue 16, item 2: Last-Modified and ETag on every CSV file and API response, 304 on a conditional request, a new
validator once a value is accepted, and Cache-Control for public data."""

import datetime
from decimal import Decimal

import pytest

from engagements import actions
from engagements.models import Indicator
from francetravail.csv_exports import DATASETS
from reseau.models import Organisation, Territory, User

pytestmark = pytest.mark.django_db

URLS = [
    *(f"/donnees/{slug}.csv" for slug in DATASETS),
    *(f"/donnees/tableur/{slug}.csv" for slug in DATASETS),
    "/donnees/valeurs.csv?indicateur=IND-APPR-ENTREES",
    "/donnees/datapackage.json",
    "/donnees/calendrier.ics",
    "/api/v1/engagements",
    "/api/v1/engagements/E02",
    "/api/v1/indicators/IND-APPR-ENTREES/values?territory=59",
]


def accept_a_value() -> None:
    """The pilot (France Travail) enters a value for E21 on CLPE59004: accepted and published at once."""
    indicator = Indicator.objects.get(engagement__code="E21")
    actions.record_value(
        indicator=indicator,
        territory=Territory.objects.get(code="CLPE59004"),
        period=datetime.date(2026, 3, 1),
        value=Decimal("51"),
        base=Decimal("120") if indicator.takes_base else None,
        organisation=Organisation.objects.get(slug="demo-france-travail-hdf"),
        author=User.objects.get(email="partenaire@demo.test"),
    )


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize("url", URLS)
def test_a_conditional_request_with_the_returned_validator_answers_304(client, demo, url):
    first = client.get(url)
    assert first.status_code == 200
    body(first)
    assert first["ETag"] and first["Last-Modified"]
    assert "public" in first["Cache-Control"] and "max-age=" in first["Cache-Control"]

    by_etag = client.get(url, headers={"If-None-Match": first["ETag"]})
    by_date = client.get(url, headers={"If-Modified-Since": first["Last-Modified"]})

    assert by_etag.status_code == 304 and by_etag["ETag"] == first["ETag"]
    assert by_date.status_code == 304
    assert body(by_etag) == b""


@pytest.mark.parametrize(
    "url",
    [
        "/donnees/valeurs.csv",
        "/donnees/tableur/valeurs.csv",
        "/donnees/valeurs-consolidees.csv",
        "/donnees/revisions.csv",
        "/api/v1/engagements",
        "/api/v1/indicators/{code}/values?territory=CLPE59004",
    ],
)
def test_after_a_value_is_accepted_the_next_request_answers_200_with_a_new_validator(
    client, demo, url, django_capture_on_commit_callbacks
):
    url = url.format(code=Indicator.objects.get(engagement__code="E21").code)
    first = client.get(url)
    body(first)

    with django_capture_on_commit_callbacks(execute=True):
        accept_a_value()
    again = client.get(url, headers={"If-None-Match": first["ETag"]})

    assert again.status_code == 200
    assert again["ETag"] != first["ETag"]
    assert body(again)


def test_two_different_filters_have_different_validators(client, demo):
    one = client.get("/donnees/valeurs.csv?indicateur=IND-APPR-ENTREES")
    other = client.get("/donnees/valeurs.csv")

    assert one["ETag"] != other["ETag"]


def test_a_refused_or_missing_file_carries_no_validator(client, demo):
    assert client.get("/donnees/inconnu.csv").status_code == 404
    refused = client.get("/donnees/valeurs.csv?indicateur=NOPE")
    assert refused.status_code == 400 and not refused.has_header("ETag")
    missing = client.get("/api/v1/engagements/E99")
    assert missing.status_code == 404 and not missing.has_header("ETag")


def test_a_head_request_gets_the_validators_and_the_files_description(client, demo):
    got = client.get("/donnees/valeurs.csv")
    head = client.head("/donnees/valeurs.csv")

    assert head.status_code == 200
    assert head["ETag"] == got["ETag"] and head["Last-Modified"] == got["Last-Modified"]
    assert got["Link"] == '</donnees/datapackage.json>; rel="describedby"; type="application/json"'
    assert client.post("/donnees/valeurs.csv").status_code == 405
