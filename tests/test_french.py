"""French in what visitors read: « 1er novembre » (never « 1 novembre »), « 0 décision » and « 2 décisions » (never
« décision(s) »)."""

import datetime
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import timezone

from common.french import plural

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"


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


@pytest.mark.parametrize(("count", "expected"), [(0, "0 territoire"), (1, "1 territoire"), (2, "2 territoires")])
def test_zero_and_one_take_the_singular(count, expected):
    assert plural(count, "territoire") == expected
    assert Template("{% load french %}{{ n }} territoire{{ n|pluriel }}").render(Context({"n": count})) == expected


def test_pluriel_takes_a_singular_and_a_plural_suffix_and_counts_lists():
    template = Template('{% load french %}{{ items|length }} journa{{ items|pluriel:"l,ux" }}')

    assert template.render(Context({"items": ["a"]})) == "1 journal"
    assert template.render(Context({"items": ["a", "b"]})) == "2 journaux"


def test_no_visible_text_hedges_a_plural_with_parentheses():
    """« 36 décision(s) », « territoire(s) »: written out, never hedged; Django's pluralize says « 0 décisions »."""
    sources = sorted(TEMPLATES.rglob("*.html")) + [
        ROOT / "engagements" / "explain.py",
        ROOT / "reseau" / "admin.py",
    ]
    offenders = [
        f"{path.relative_to(ROOT)}: {match}"
        for path in sources
        for match in re.findall(r"\w+\(s\)|\|pluralize", path.read_text())
    ]

    assert not offenders, offenders


def test_short_months_are_french_and_tell_june_from_july():
    """The values grid's columns: « juin 2026 | juil. 2026 », not « Jui 2026 | Jul 2026 » (the « M » format)."""
    template = Template('{{ june|date:"N Y" }} | {{ july|date:"N Y" }}')
    context = Context({"june": datetime.date(2026, 6, 1), "july": datetime.date(2026, 7, 1)})

    assert template.render(context) == "juin 2026 | juil. 2026"
    offenders = [
        str(path.relative_to(TEMPLATES))
        for path in sorted(TEMPLATES.rglob("*.html"))
        if re.search(r'\|date:"[^"]*\b[Mb]\b', path.read_text())
    ]
    assert not offenders, offenders
