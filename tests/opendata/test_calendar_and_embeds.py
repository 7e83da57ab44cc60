"""Issue 16, items 3 and 4: the publication calendar (page, CSV, iCalendar) and the embeddable figures, the only
pages another site may frame."""

import csv
import io

import icalendar
import pytest
from django.utils import timezone
from pytest_django.asserts import assertContains

from engagements.models import Indicator

pytestmark = pytest.mark.django_db


def calendar_rows(client) -> list[dict]:
    response = client.get("/donnees/calendrier.csv")
    assert response.status_code == 200
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_the_calendar_lists_the_sommes_late_values_as_overdue(client, demo):
    rows = calendar_rows(client)

    late = [row for row in rows if row["en_retard"] == "oui"]
    assert "80" in {row["territoire"] for row in late}
    today = timezone.localdate().isoformat()
    assert all(row["attendue_le"] < today and int(row["jours_de_retard"]) > 0 for row in late)
    on_time = [row for row in rows if row["en_retard"] == "non"]
    assert all(row["attendue_le"] >= timezone.localdate().isoformat() for row in on_time)
    page = client.get("/donnees/calendrier/")
    assertContains(page, "Valeurs en retard")
    assertContains(page, "Somme (80)")


def test_the_calendar_gives_the_next_expected_month_of_each_indicator(client, demo):
    rows = calendar_rows(client)

    with_values = Indicator.objects.filter(engagement__isnull=False, values__isnull=False).distinct()
    assert {row["indicateur"] for row in rows} >= set(with_values.values_list("code", flat=True))
    for row in rows:
        assert row["periode_attendue"] > (row["derniere_periode"] or "0000")
    assert any(row["en_retard"] == "non" for row in rows)


def test_the_icalendar_feed_parses_and_speaks_french_only(client, demo):
    response = client.get("/donnees/calendrier.ics")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    events = list(calendar.walk("VEVENT"))
    assert events
    assert any(str(e["SUMMARY"]).startswith("En retard — ") for e in events)
    assert all(" attendue" in str(e["SUMMARY"]) for e in events)
    text = response.content.decode()
    for english in ("This timezone", "timezone only works", "Untitled", "expected"):
        assert english not in text
    assert not list(calendar.walk("VTIMEZONE"))


def test_an_embeddable_figure_may_be_framed_by_any_site_and_sets_no_cookie(client, demo):
    response = client.get("/integrer/engagements/E02/")

    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    csp = response["Content-Security-Policy"]
    assert "frame-ancestors *" in csp
    assert "script-src 'self'" in csp and "default-src 'self'" in csp
    assert not response.cookies
    assertContains(response, "Avancement calculé en Hauts-de-France")
    assertContains(response, "Météo calculée")
    assertContains(response, "données ")
    assertContains(response, "Licence Ouverte")
    assertContains(response, 'href="http://testserver/engagements/E02/"')
    territory = client.get("/integrer/territoires/59/")
    assert territory.status_code == 200 and "frame-ancestors *" in territory["Content-Security-Policy"]
    assert not territory.cookies
    assert client.get("/integrer/engagements/E99/").status_code == 404
    from_the_cache = client.get("/integrer/engagements/E02/")
    assert "frame-ancestors *" in from_the_cache["Content-Security-Policy"]
    assert "X-Frame-Options" not in from_the_cache and not from_the_cache.cookies


@pytest.mark.parametrize(
    "url", ["/", "/engagements/E02/", "/donnees/", "/donnees/calendrier/", "/territoires/59/", "/api/v1/engagements"]
)
def test_every_other_page_refuses_to_be_framed(client, demo, url):
    response = client.get(url)

    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def test_the_embeds_run_a_constant_number_of_queries(client, demo, django_assert_num_queries, settings):
    from tests.helpers.pages import add_rows

    def count(url: str) -> int:
        from django.core.cache import cache
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    urls = ["/integrer/engagements/E02/", "/integrer/territoires/59/"]
    before = {url: count(url) for url in urls}
    add_rows(5)
    assert {url: count(url) for url in urls} == before
    client.get("/integrer/engagements/E02/")
    with django_assert_num_queries(0):
        client.get("/integrer/engagements/E02/")  # from the public page cache


def test_the_open_data_page_gives_the_snippet_to_copy(client, demo):
    response = client.get("/donnees/")

    assertContains(response, '&lt;iframe src="http://testserver/integrer/engagements/E02/"')
