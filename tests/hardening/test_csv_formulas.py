"""Issue 11, item 4: no cell of a CSV file the portal writes starts a spreadsheet formula; numbers stay numbers."""

import csv
import datetime
import io
from decimal import Decimal

import pytest

from common.csv_safe import safe_cell
from engagements.models import ValueImport
from tests.factories import (
    DecisionFactory,
    EngagementFactory,
    IndicatorFactory,
    IndicatorValueFactory,
    MeetingFactory,
    MinutesFactory,
    OrganisationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

HOSTILE = ['=HYPERLINK("http://x.test","clic")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=1"]


def _rows(response) -> list[list[str]]:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline=""), delimiter=_delimiter(content)))


def _delimiter(content: bytes) -> str:
    return ";" if b";" in content.split(b"\n", 1)[0] else ","


def _no_formula(rows: list[list[str]]) -> None:
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
            if cell.startswith("-"):
                float(cell.replace(",", "."))  # only a number may start with a minus


@pytest.mark.parametrize(
    ("raw", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+33 6 00", "'+33 6 00"),
        ("-x", "'-x"),
        ("@a", "'@a"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("-12", "-12"),
        ("-0,25", "-0,25"),
        ("texte", "texte"),
        (Decimal("-3.5"), Decimal("-3.5")),
        (-4, -4),
        ("", ""),
    ],
)
def test_the_rule(raw, written):
    assert safe_cell(raw) == written


@pytest.mark.parametrize("text", HOSTILE)
def test_decisions_csv(client, text):
    meeting = MeetingFactory()
    MinutesFactory(meeting=meeting, published=True)
    DecisionFactory(meeting=meeting, text=text)

    rows = _rows(client.get("/donnees/decisions.csv"))

    _no_formula(rows)
    assert any(cell == "'" + text for cell in rows[1])


@pytest.mark.parametrize("place", HOSTILE)
def test_reunions_csv(client, place):
    MeetingFactory(place=place)

    rows = _rows(client.get("/donnees/reunions.csv"))

    _no_formula(rows)
    assert "'" + place in rows[1]


def test_values_csv_keeps_negative_numbers_as_numbers(client):
    indicator = IndicatorFactory()
    IndicatorValueFactory(indicator=indicator, value=Decimal("-12.5"), period=datetime.date(2025, 1, 1))

    rows = _rows(client.get("/donnees/valeurs.csv"))

    assert any(cell == "-12.5" or cell == "-12.50" or cell.startswith("-12.5") for cell in rows[1]), rows[1]
    _no_formula(rows)


def test_engagements_csv(client):
    EngagementFactory(title="=cmd|' /C calc'!A0")

    rows = _rows(client.get("/donnees/engagements.csv"))

    _no_formula(rows)
    assert "'=cmd|' /C calc'!A0" in rows[1]


@pytest.mark.parametrize("message", HOSTILE)
def test_import_error_report(client, message):
    user = UserFactory()
    value_import = ValueImport.objects.create(
        engagement=EngagementFactory(),
        organisation=OrganisationFactory(),
        author=user,
        filename="x.csv",
        content="",
        state="failed",
        errors=[{"ligne": 2, "colonne": message, "message": message}],
    )
    client.force_login(user)

    rows = _rows(client.get(f"/espace/imports/{value_import.pk}/erreurs.csv"))

    _no_formula(rows)
    assert rows[1][1:] == ["'" + message, "'" + message]
