"""« 1er novembre », never « 1 novembre »: the date_fr filter, and no template left on Django's date filter for a
day of the month."""

import datetime
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import timezone

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def render(value, fmt: str) -> str:
    return Template('{% load french %}{{ value|date_fr:"' + fmt + '" }}').render(Context({"value": value}))


@pytest.mark.parametrize(
    ("value", "fmt", "expected"),
    [
        (datetime.date(2026, 11, 1), "j F Y", "1er novembre 2026"),
        (datetime.date(2026, 11, 2), "j F Y", "2 novembre 2026"),
        (datetime.date(2026, 1, 1), "j F", "1er janvier"),
        (datetime.date(2026, 11, 1), r"\j j F", "j 1er novembre"),
        (datetime.date(2026, 11, 1), "d/m/Y", "01/11/2026"),
        (None, "j F Y", ""),
    ],
)
def test_the_first_of_the_month_is_written_1er(value, fmt, expected):
    assert render(value, fmt) == expected


def test_an_aware_datetime_is_read_in_the_current_time_zone(settings):
    settings.TIME_ZONE = "Europe/Paris"
    # 23:30 UTC on 31 October is half past midnight on 1 November in Paris.
    moment = datetime.datetime(2026, 10, 31, 23, 30, tzinfo=ZoneInfo("UTC"))
    with timezone.override("Europe/Paris"):
        assert render(moment, r"j F Y à H\hi") == "1er novembre 2026 à 00h30"


def test_no_template_writes_a_day_of_the_month_with_djangos_date_filter():
    offenders = [
        str(path.relative_to(TEMPLATES))
        for path in sorted(TEMPLATES.rglob("*"))
        if path.suffix in (".html", ".txt", ".ics") and re.search(r'\|date:"[^"]*\bj\b', path.read_text())
    ]

    assert not offenders, f"use date_fr (« 1er novembre ») in {offenders}"
