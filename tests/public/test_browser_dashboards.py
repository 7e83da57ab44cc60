"""The public dashboards in a real Chromium: charts and the map render under the strict CSP, filters swap the list
through htmx and push the address, and axe-core finds nothing."""

import pytest

from tests.helpers.browser import assert_accessible, scroll_to_chart

pytestmark = pytest.mark.browser


def test_the_dashboards_render_their_charts_and_are_accessible(live_demo, page):
    page.goto(live_demo.url + "/")
    scroll_to_chart(page, "map-chart-reg")
    assert_accessible(page)

    page.goto(live_demo.url + "/engagements/E02/")
    scroll_to_chart(page, "line-chart")
    assert_accessible(page)

    page.goto(live_demo.url + "/territoires/59/")
    scroll_to_chart(page, "bar-chart")
    assert_accessible(page)

    page.goto(live_demo.url + "/indicateurs/IND-APPR-ENTREES/")
    scroll_to_chart(page, "line-chart")
    assert_accessible(page)

    for path in ["/engagements/", "/enjeux/T1/", "/donnees/"]:
        page.goto(live_demo.url + path)
        assert_accessible(page)


def test_a_filter_on_the_engagement_list_swaps_the_list_and_updates_the_address(live_demo, page):
    page.goto(live_demo.url + "/engagements/")
    page.evaluate("window.notReloaded = true")
    assert page.locator("#resultats tbody tr").count() == 23

    page.get_by_label("Enjeu").select_option("T2")

    page.wait_for_url("**/engagements/?*theme=T2*")
    page.locator("#resultats tbody tr").first.wait_for()
    codes = page.locator("#resultats tbody tr td:first-child").all_inner_texts()
    assert codes and all(code in {f"E{n:02d}" for n in range(7, 13)} for code in codes)
    assert page.evaluate("window.notReloaded") is True

    page.get_by_label("Rechercher").fill("apprentissage")
    page.wait_for_url("**q=apprentissage*")
    assert page.evaluate("window.notReloaded") is True
    assert_accessible(page)


def test_the_api_documentation_works_under_the_strict_policy(live_demo, page):
    page.goto(live_demo.url + "/api/v1/docs")
    page.get_by_text("/api/v1/engagements/{code}").first.wait_for()

    assert page.console_errors == []
