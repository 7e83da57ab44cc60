"""Issue #14, item 7: /donnees/deliberations.csv conforms to SCDL « Délibérations » 2.1.5, checked by frictionless
against the schema written from the field reference (francetravail/data/schemas/), on the demo data."""

import csv
import io
import json
from pathlib import Path

import frictionless
import pytest

from comites import governance, governance_actions
from comites.models import Committee, Decision
from reseau.models import User

SCHEMA = Path(__file__).resolve().parents[2] / "francetravail" / "data" / "schemas" / "scdl-deliberations-2.1.5.json"
COLUMNS = (
    "COLL_NOM COLL_SIRET DELIB_ID DELIB_DATE DELIB_MATIERE_CODE DELIB_MATIERE_NOM DELIB_OBJET BUDGET_ANNEE BUDGET_NOM "
    "PREF_ID PREF_DATE VOTE_EFFECTIF VOTE_REEL VOTE_POUR VOTE_CONTRE VOTE_ABSTENTION DELIB_URL"
).split()


def download(client) -> str:
    response = client.get("/donnees/deliberations.csv")
    assert response.status_code == 200
    return b"".join(response.streaming_content).decode("utf-8")


def validate(text: str) -> frictionless.Report:
    schema = frictionless.Schema.from_descriptor(
        {k: v for k, v in json.loads(SCHEMA.read_text(encoding="utf-8")).items() if not k.startswith("$")}
    )
    return frictionless.Resource(text.encode(), format="csv", schema=schema).validate()


def test_the_file_has_the_scdl_columns_in_order_and_validates_against_the_schema(client, demo):
    text = download(client)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == COLUMNS
    report = validate(text)
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    # One row per adopted decision of published minutes of the committees with a SIRET (CDE-59, CLPE59004).
    adopted = Decision.objects.public().filter(
        outcome=governance.Outcome.ADOPTED, meeting__committee__code__in=("CDE-59", "CLPE59004")
    )
    assert len(rows) == adopted.count() == 6
    for row in rows:
        assert (
            int(row["VOTE_POUR"]) + int(row["VOTE_CONTRE"]) + int(row["VOTE_ABSTENTION"])
            <= int(row["VOTE_REEL"])
            <= int(row["VOTE_EFFECTIF"])
        )
        assert row["DELIB_MATIERE_CODE"] == "8.6"
        assert row["DELIB_URL"].startswith("http://testserver/comites/")
    tie = next(row for row in rows if row["VOTE_POUR"] == row["VOTE_CONTRE"])
    assert (tie["VOTE_POUR"], tie["VOTE_ABSTENTION"]) == ("1", "1")


def test_the_validator_catches_a_row_that_breaks_the_schema(client, demo):
    """The check can fail: a SIRET of 13 digits and a subject with a comma are reported."""
    text = download(client)
    broken = text.replace(",00000000000000,", ",0000000000000,", 1)
    assert not validate(broken).valid
    rows = list(csv.reader(io.StringIO(text)))
    rows[1][5] = "emploi, formation"
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    assert not validate(out.getvalue()).valid


def test_rejected_records_unpublished_minutes_and_committees_without_siret_stay_out(client, demo):
    secretary = User.objects.get(email="secretaire@demo.test")
    committee = Committee.objects.get(code="CDE-59")
    draft = committee.meetings.filter(minutes__state="draft").first()
    governance_actions.add_decision(meeting=draft, by=secretary, text="Décision du brouillon")
    before = download(client)
    assert "Décision du brouillon" not in before
    Committee.objects.filter(code="CLPE59004").update(secretariat_siret="")
    after = download(client)
    assert "CLPE59004-" not in after and "CDE-59-" in after


@pytest.mark.parametrize("slug", ["deliberations"])
def test_the_data_package_publishes_the_national_schema_as_it_is(client, demo, slug):
    package = client.get("/donnees/datapackage.json").json()
    resource = next(r for r in package["resources"] if r["name"] == slug)
    national = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert resource["schema"]["fields"] == national["fields"]
    page = client.get("/donnees/").content.decode()
    assert "deliberations.csv" in page and "SIRET du secrétariat" in page
