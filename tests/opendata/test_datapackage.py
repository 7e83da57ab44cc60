"""Issue 16, item 1: the Data Package describes every file and its spreadsheet variant, and frictionless validates
each file against its published Table Schema, on the demo data and on generated data."""

import copy
import datetime
import io
import json
from decimal import Decimal

import frictionless
import pytest
from pytest_django.asserts import assertContains

from comites.models import Decision
from engagements.models import Indicator, IndicatorValue
from francetravail.csv_exports import DATASETS
from tests.factories import IndicatorValueFactory
from tests.helpers.pages import add_rows

pytestmark = pytest.mark.django_db


def download(client, url: str) -> bytes:
    response = client.get(url)
    assert response.status_code == 200, url
    return b"".join(response.streaming_content)


def validate_everything(client, tmp_path) -> frictionless.Report:
    """Download the Data Package and every file it lists, point its resources at the local copies, and validate
    the whole package (types, primary keys, foreign keys between files)."""
    package = client.get("/donnees/datapackage.json").json()
    local = copy.deepcopy(package)
    for resource in local["resources"]:
        path = resource["path"].split("://", 1)[1].split("/", 1)[1]
        name = f"{resource['name']}.csv"
        (tmp_path / name).write_bytes(download(client, "/" + path))
        resource["path"] = name
    (tmp_path / "datapackage.json").write_text(json.dumps(local, ensure_ascii=False), encoding="utf-8")
    return frictionless.validate(str(tmp_path / "datapackage.json"))


def errors(report: frictionless.Report) -> list:
    return [(task.name, e.type, e.note) for task in report.tasks for e in task.errors][:20] + [
        e.message for e in report.errors
    ]


def test_every_file_of_the_demo_data_is_valid_against_its_schema(client, demo, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    report = validate_everything(client, tmp_path)

    assert report.valid, errors(report)
    assert len(report.tasks) == 2 * len(DATASETS)
    assert all(task.stats["rows"] > 0 for task in report.tasks)


def test_every_file_of_generated_data_is_valid_against_its_schema(client, demo, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    add_rows(3)
    indicator = Indicator.objects.get(code="IND-APPR-ENTREES")
    IndicatorValueFactory(
        indicator=indicator, territory__code="02", period=datetime.date(2019, 1, 1), value=Decimal("-1234.5678")
    )
    decision = Decision.objects.public().first()
    decision.text = '=SOMME(A1;A2) « guillemets » "doubles", points-virgules ; et\nretour à la ligne'
    decision.save()

    report = validate_everything(client, tmp_path)

    assert report.valid, errors(report)


def test_codes_are_strings_months_are_yearmonths_and_decimals_are_numbers(client, demo):
    package = client.get("/donnees/datapackage.json").json()
    values = next(r for r in package["resources"] if r["name"] == "valeurs")
    fields = {f["name"]: f for f in values["schema"]["fields"]}

    assert fields["territoire"]["type"] == "string"
    assert fields["periode"]["type"] == "yearmonth"
    assert fields["valeur"]["type"] == "number" and fields["valeur"]["unit"]
    assert fields["demonstration"] == {**fields["demonstration"], "type": "boolean", "trueValues": ["oui"]}
    assert all(f["title"] and f["description"] for f in fields.values())
    assert values["schema"]["primaryKey"] == ["indicateur", "territoire", "periode"]
    assert {"fields": "indicateur", "reference": {"resource": "indicateurs", "fields": "code"}} in values["schema"][
        "foreignKeys"
    ]
    assert package["licenses"][0]["name"] == "etalab-2.0"
    assert package["publisher"]
    assert all(datetime.datetime.fromisoformat(r["last_modified"]) for r in package["resources"])
    assert all(r["sources"] for r in package["resources"])
    spreadsheet = next(r for r in package["resources"] if r["name"] == "valeurs-tableur")
    assert spreadsheet["dialect"]["delimiter"] == ";" and spreadsheet["encoding"] == "utf-8-sig"


def test_a_reuser_reads_territory_02_as_text_with_the_schema(client, demo):
    assert IndicatorValue.objects.published().filter(territory__code="02").exists()
    package = client.get("/donnees/datapackage.json").json()
    schema = next(r for r in package["resources"] if r["name"] == "valeurs")["schema"]
    schema.pop("foreignKeys")  # checked with the whole package above; this file alone
    data = download(client, "/donnees/valeurs.csv")

    resource = frictionless.Resource(data, format="csv", schema=frictionless.Schema.from_descriptor(schema))
    rows = resource.read_rows()

    assert "02" in {row["territoire"] for row in rows}
    assert {type(row["valeur"]) for row in rows} <= {Decimal, int, float}


# What a reuser's program reads each Table Schema type as, in pandas.
PANDAS_DTYPES = {"string": "string", "yearmonth": "string", "date": "string", "number": "float64", "integer": "Int64"}


@pytest.mark.parametrize("variant", ["", "tableur/"])
def test_pandas_with_dtypes_from_the_schema_reads_territory_02_as_text(client, demo, variant):
    """As a data journalist would: dtypes taken from the published schema, the file read by pandas."""
    import pandas

    package = client.get("/donnees/datapackage.json").json()
    name = "valeurs" if not variant else "valeurs-tableur"
    resource = next(r for r in package["resources"] if r["name"] == name)
    dtype = {f["name"]: PANDAS_DTYPES[f["type"]] for f in resource["schema"]["fields"] if f["type"] in PANDAS_DTYPES}
    dialect = resource.get("dialect", {})
    data = download(client, f"/donnees/{variant}valeurs.csv")

    frame = pandas.read_csv(
        io.BytesIO(data),
        dtype=dtype,
        sep=dialect.get("delimiter", ","),
        decimal="," if variant else ".",
        encoding=resource.get("encoding", "utf-8"),
        keep_default_na=False,
        na_values=[""],
    )

    assert dtype["territoire"] == "string" and dtype["valeur"] == "float64"
    territories = set(frame["territoire"])
    assert {"02", "CLPE59004"} <= territories and "2" not in territories
    assert str(frame["valeur"].dtype) == "float64"
    published = IndicatorValue.objects.published()
    assert len(frame) == published.count()
    assert frame["valeur"].sum() == pytest.approx(float(sum(v.value for v in published)))


def test_the_spreadsheet_variant_has_a_bom_semicolons_and_decimal_commas(client, demo):
    IndicatorValueFactory(
        indicator=Indicator.objects.get(code="IND-APPR-ENTREES"),
        territory__code="02",
        period=datetime.date(2019, 1, 1),
        value=Decimal("-12.5"),
    )

    data = download(client, "/donnees/tableur/valeurs.csv")

    assert data.startswith("\ufeff".encode())
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == ";".join(name for name, _ in DATASETS["valeurs"].columns)
    assert any(line.startswith("IND-APPR-ENTREES;02;2019-01;-12,5") for line in text.splitlines()), [
        line for line in text.splitlines() if "2019-01" in line
    ]
    assert IndicatorValue.objects.published().count() == len(text.splitlines()) - 1


def test_the_open_data_page_shows_the_same_description_to_people(client, demo):
    response = client.get("/donnees/")

    assertContains(response, 'href="/donnees/datapackage.json"')
    assertContains(response, "Licence Ouverte / Open Licence version 2.0")
    for slug, dataset in DATASETS.items():
        assertContains(response, f'href="/donnees/{slug}.csv"')
        assertContains(response, f'href="/donnees/tableur/{slug}.csv"')
        for name, _ in dataset.columns:
            assertContains(response, f"<code>{name}</code>", html=True)
    assertContains(response, "<td>mois AAAA-MM</td>", html=True)
    assertContains(response, "Dernière mise à jour")
    assertContains(response, "/integrer/engagements/E02/")


def test_the_open_data_pages_run_a_constant_number_of_queries(client, demo, django_assert_num_queries):
    def count(url: str) -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    urls = ["/donnees/", "/donnees/datapackage.json", "/donnees/calendrier/"]
    for url in urls:  # once: what a process reads once and keeps (the demo banner's flag) is not counted
        client.get(url)
    before = {url: count(url) for url in urls}
    add_rows(5)
    assert {url: count(url) for url in urls} == before
    with django_assert_num_queries(before["/donnees/datapackage.json"]):
        client.get("/donnees/datapackage.json")
    assert before["/donnees/datapackage.json"] <= 14
