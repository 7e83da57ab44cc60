"""The site as it is deployed, in a real Chromium: gunicorn, DEBUG=false, the static files collected into the
production storage (hashed names, compressed), PostgreSQL and Redis.

Every development browser test runs Django's live server with plain static files; a fault of the production
storage (a stylesheet rewritten after its integrity hash was computed, a missing file in the manifest) shows only
here. The design system must be applied on every page, the console must stay clean (no CSP or SRI violation,
no 404) and axe-core must find nothing.
"""

import re

import pytest

from tests.helpers import journeys
from tests.helpers.browser import assert_accessible, scroll_to_chart
from tools.dsfr_css import MAIN_OUTPUT as REDUCED_MAIN_CSS
from tools.dsfr_css import OUTPUT as REDUCED_UTILITY_CSS
from tools.dsfr_css import classes_in, dsfr_main_css, dsfr_utility_css

pytestmark = [pytest.mark.browser, pytest.mark.production]


# The development journeys (tests/helpers/journeys.py), here served by gunicorn with production settings: this
# folder's live_protocol / live_demo fixtures (tests/production/conftest.py).
def test_a_visitor_follows_a_theme_then_an_engagement_and_every_page_is_accessible(live_protocol, page):
    journeys.visitor_follows_a_theme_then_an_engagement(live_protocol, page)


def test_the_committee_tree_and_a_committee_page_are_accessible(live_protocol, page):
    journeys.committee_tree_and_a_committee_page(live_protocol, page)


def test_a_partner_reports_enters_a_value_updates_a_milestone_and_reads_the_history(live_demo, page):
    journeys.partner_reports_enters_a_value_updates_a_milestone_and_reads_the_history(live_demo, page)
    assert_no_dsfr_class_is_missing(page)  # the workspace, with the classes its scripts added along the way


# Each public page, with the chart it must draw (its script is a collected file with an integrity too).
PUBLIC_PAGES = {
    "/": "map-chart-reg",
    "/enjeux/T1/": None,
    "/engagements/": None,
    "/engagements/E02/": "line-chart",
    "/indicateurs/IND-APPR-ENTREES/": "line-chart",
    "/territoires/59/": "bar-chart",
    "/comites/": None,
    "/comites/CDE-59/": None,
    "/decisions/": None,
    "/donnees/": None,
    "/comptes/connexion/": None,
}
MOBILE_PAGES = ["/", "/engagements/E02/", "/comites/CDE-59/"]

HASHED_NAME = re.compile(r"\.[0-9a-f]{12}\.(css|js)$")


def assert_design_system_applied(page) -> None:
    """The DSFR stylesheets were accepted: Marianne is the body's font and is loaded, the header is laid out."""
    font_family = page.evaluate("getComputedStyle(document.body).fontFamily")
    assert "Marianne" in font_family, f"{page.url}: body font is {font_family!r}"
    assert page.evaluate(
        """async () => {
            await document.fonts.ready;
            return [...document.fonts].some((font) => font.family.includes("Marianne") && font.status === "loaded");
        }"""
    ), f"{page.url}: the Marianne font was never loaded"
    header_row = page.locator(".fr-header__body-row")
    assert header_row.evaluate("(row) => getComputedStyle(row).display") == "flex", f"{page.url}: header not laid out"


def assert_no_dsfr_class_is_missing(page) -> None:
    """The reduced DSFR stylesheets (tools/dsfr_css.py) have every class on the page that DSFR styles, including
    the ones scripts added."""
    on_page = set(page.evaluate("() => [...document.querySelectorAll('[class]')].flatMap((el) => [...el.classList])"))
    for reduced, source in ((REDUCED_UTILITY_CSS, dsfr_utility_css()), (REDUCED_MAIN_CSS, dsfr_main_css())):
        missing = (on_page & classes_in(source)) - classes_in(reduced.read_text())
        assert not missing, f"{page.url}: {sorted(missing)} missing from {reduced.name}"


def assert_assets_from_the_production_storage(page) -> None:
    """Every stylesheet and script is a hashed, collected file with an integrity attribute the browser accepted."""
    assets = page.evaluate(
        """() => [...document.querySelectorAll('link[rel="stylesheet"], script[src]')].map((el) => ({
            url: el.href || el.src, integrity: el.integrity, nomodule: el.noModule,
        }))"""
    )
    assert assets
    for asset in assets:
        assert HASHED_NAME.search(asset["url"]), f"{page.url}: {asset['url']} is not a collected, hashed file"
        assert asset["integrity"].startswith("sha384-"), f"{page.url}: {asset['url']} has no integrity"
    loaded = page.evaluate("() => [...document.styleSheets].filter((sheet) => sheet.href).map((s) => s.href)")
    assert sorted(loaded) == sorted(a["url"] for a in assets if not a["url"].endswith(".js"))


def test_every_public_page_renders_with_the_design_system_and_a_clean_console(live_demo, page):
    visits = [(1280, path) for path in PUBLIC_PAGES] + [(375, path) for path in MOBILE_PAGES]
    for width, path in visits:
        page.set_viewport_size({"width": width, "height": 900})
        response = page.goto(live_demo.url + path)
        assert response.status == 200, path
        if PUBLIC_PAGES[path]:
            scroll_to_chart(page, PUBLIC_PAGES[path])
        assert_design_system_applied(page)
        assert_assets_from_the_production_storage(page)
        assert_no_dsfr_class_is_missing(page)
        assert_accessible(page)

    # DSFR Chart's 754 KB script is fetched only once the map, far down the page, comes near the viewport.
    page.set_viewport_size({"width": 375, "height": 800})
    bundles = []
    page.on(
        "request",
        lambda request: "DSFRChart." in request.url and request.url.endswith(".js") and bundles.append(request),
    )
    fonts = []
    page.on("request", lambda request: request.resource_type == "font" and fonts.append(request.url))
    page.goto(live_demo.url + "/")
    page.wait_for_load_state("networkidle")
    assert bundles == []
    # The three faces the page sets text in, preloaded; no italic face for the search field's placeholder.
    assert sorted(url.rsplit("/", 1)[1].split(".")[0] for url in fonts) == [
        "Marianne-Bold",
        "Marianne-Medium",
        "Marianne-Regular",
    ], fonts
    scroll_to_chart(page, "map-chart-reg")
    assert len(bundles) == 1
    assert page.console_errors == []

    # WhiteNoise serves the collected files compressed, and for ever under their hashed names.
    stylesheet = page.locator('link[rel="stylesheet"]').first.get_attribute("href")
    asset = page.request.get(live_demo.url + stylesheet, headers={"Accept-Encoding": "gzip"})
    assert asset.ok
    assert "immutable" in asset.headers["cache-control"]
    assert asset.headers.get("content-encoding") == "gzip"
