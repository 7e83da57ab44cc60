"""Issue 12: pages that read right on every screen, and htmx that keeps the browser's promises.

Every public and workspace page at 375, 768, 1280 and 1920 px: the page never scrolls sideways, and from 1280 px
every table shows its last column. Then Back and Forward on the filtered list, arrow keys in a filter list, the
values grid's Escape key and the header's search field. Any CSP violation fails these tests (the `page` fixture)."""

import json

import pytest
from playwright.sync_api import expect

from tests.helpers.browser import assert_accessible
from tests.helpers.site_pages import PARTNER, demo_pages

pytestmark = pytest.mark.browser

WIDTHS = (375, 768, 1280, 1920)
OVERFLOW = """() => {
  const cut = [];
  for (const table of document.querySelectorAll('table')) {
    for (const row of table.rows) {
      const last = row.cells[row.cells.length - 1];
      if (last && last.getBoundingClientRect().right > innerWidth + 0.5) {
        cut.push((table.caption ? table.caption.textContent : '').trim());
        break;
      }
    }
  }
  return {scrollWidth: document.documentElement.scrollWidth, innerWidth, cut};
}"""


def sign_in(page, url: str, email: str) -> None:
    page.goto(url + "/comptes/connexion/")
    page.get_by_label("Adresse électronique").fill(email)
    page.get_by_label("Mot de passe").fill("demo")
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url("**/espace/**")


def test_no_page_scrolls_sideways_and_every_column_shows_from_1280_px(live_demo, chromium, page):
    pages = demo_pages()
    readers = {None: page}
    problems = []
    # DSFR's script warns in the console of markup it finds incomplete (a modal without a name…): none, anywhere.
    dsfr_warnings = []

    def watch(reader):
        reader.on(
            "console",
            lambda message: (
                message.type == "warning"
                and "dsfr" in message.text
                and dsfr_warnings.append(f"{reader.url}: {message.text}")
            ),
        )

    watch(page)
    for account, path in pages:
        if account not in readers:
            readers[account] = chromium.new_context(locale="fr-FR").new_page()
            watch(readers[account])
            sign_in(readers[account], live_demo.url, account)
        reader = readers[account]
        for width in WIDTHS:
            reader.set_viewport_size({"width": width, "height": 900})
            reader.goto(live_demo.url + path)
            found = reader.evaluate(OVERFLOW)
            if found["scrollWidth"] > found["innerWidth"]:
                problems.append(f"{path} at {width} px scrolls sideways ({found['scrollWidth']} px)")
            if width >= 1280 and found["cut"]:
                problems.append(f"{path} at {width} px hides the last column of {found['cut']}")
    for account, reader in readers.items():
        if account is not None:
            reader.context.close()
    assert problems == [], "\n".join(problems)
    assert dsfr_warnings == [], "\n".join(dsfr_warnings)
    assert len(pages) >= 25


def test_a_wide_table_scrolls_inside_its_container_with_its_first_column_in_view_on_a_phone(live_demo, page):
    page.set_viewport_size({"width": 375, "height": 800})
    sign_in(page, live_demo.url, PARTNER)
    page.goto(live_demo.url + "/espace/engagements/E02/valeurs/")
    container = page.locator("#grid .fr-table__container")
    assert container.evaluate("c => c.scrollWidth > c.clientWidth")
    container.evaluate("c => { c.scrollLeft = c.scrollWidth; }")
    first = page.locator("#grid tbody th").first
    box, frame = first.bounding_box(), container.bounding_box()
    assert box["x"] >= frame["x"] - 0.5 and box["x"] + box["width"] <= 375
    assert page.evaluate("document.documentElement.scrollWidth") <= 375


def test_back_and_forward_keep_the_filters_and_the_list_in_agreement(live_demo, page):
    page.goto(live_demo.url + "/engagements/")
    theme = page.get_by_label("Enjeu")
    theme.select_option("T4")
    page.wait_for_url("**theme=T4**")
    expect(page.locator("#resultats tbody tr")).to_have_count(5)

    page.go_back()
    page.wait_for_url(live_demo.url + "/engagements/")
    expect(page.locator("#resultats tbody tr")).to_have_count(23)
    expect(page.get_by_label("Enjeu")).to_have_value("")

    page.go_forward()
    page.wait_for_url("**theme=T4**")
    expect(page.locator("#resultats tbody tr")).to_have_count(5)
    expect(page.get_by_label("Enjeu")).to_have_value("T4")

    # The next filter change keeps T4.
    page.get_by_label("Météo calculée").select_option(index=1)
    page.wait_for_url("**meteo=**")
    assert "theme=T4" in page.url


def test_arrow_keys_in_a_filter_list_make_one_request_and_the_count_alone_is_announced(live_demo, page):
    page.goto(live_demo.url + "/engagements/")
    requests = []
    page.on("request", lambda request: request.headers.get("hx-request") and requests.append(request.url))
    history = page.evaluate("history.length")
    theme = page.get_by_label("Enjeu")
    theme.focus()
    for _ in range(3):
        page.keyboard.press("ArrowDown")
    page.wait_for_url("**theme=T3**")
    expect(page.locator("#resultats tbody tr")).not_to_have_count(23)

    assert len(requests) == 1, requests
    assert page.evaluate("history.length") == history + 1
    assert page.locator("#resultats").get_attribute("aria-live") is None
    announce = page.locator("#resultats-annonce")
    assert announce.get_attribute("role") == "status"
    count = page.locator("#resultats tbody tr").count()
    expect(announce).to_have_text(f"{count} engagement{'s' if count > 1 else ''}")


def test_escape_closes_the_cell_editor_and_focus_returns_to_the_cell(live_demo, page):
    sign_in(page, live_demo.url, PARTNER)
    page.goto(live_demo.url + "/espace/engagements/E02/valeurs/")
    cell = page.locator("#grid a.workspace-cell-edit").last
    key = cell.get_attribute("data-cell")
    cell.click()
    expect(page.locator("#cell-value")).to_be_focused()

    page.keyboard.press("Escape")

    expect(page.locator("#cell-value")).to_have_count(0)
    expect(page.locator(f"#grid a.workspace-cell-edit[data-cell={json.dumps(key)}]")).to_be_focused()
    assert_accessible(page)


def test_without_javascript_the_cell_editor_s_cancel_link_returns_to_the_cell(live_demo, chromium):
    """The same promise when htmx is not there (scripts off, or a click before htmx has read the page, as happens
    on a slow machine): « Annuler » is a plain link back to the grid, and its fragment focuses the cell's link."""
    context = chromium.new_context(locale="fr-FR", java_script_enabled=False)
    page = context.new_page()
    try:
        sign_in(page, live_demo.url, PARTNER)
        page.goto(live_demo.url + "/espace/engagements/E02/valeurs/")
        cell = page.locator("#grid a.workspace-cell-edit").last
        key = cell.get_attribute("data-cell")
        cell.click()
        page.wait_for_url("**periode=**")
        page.locator(".workspace-cell-form").get_by_role("link", name="Annuler").click()
        page.wait_for_url("**#case-**")
        expect(page.locator(".workspace-cell-form")).to_have_count(0)
        expect(page.locator(f"#grid a.workspace-cell-edit[data-cell={json.dumps(key)}]")).to_be_focused()
    finally:
        context.close()


@pytest.mark.parametrize("width", [375, 1280])
def test_the_header_search_field_leads_to_the_search_page(live_demo, page, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(live_demo.url + "/decisions/")
    if width < 992:
        page.get_by_role("button", name="Rechercher").first.click()
    search = page.get_by_role("search").get_by_label("Recherche sur le portail")
    search.fill("apprentissage")
    search.press("Enter")
    page.wait_for_url("**/recherche/?q=apprentissage")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_accessible(page)
