"""DSFR Chart's components as a visitor sees them, in a real Chromium under the strict CSP: drawn in the page's DOM
(so styled by DSFR Chart's stylesheet), legends with their colour swatches, French numbers and months, the hovered
figure equal to the accessible table's, no layout shift when the map's tooltip shows. Screenshots of each chart
type at 375, 1280 and 1920 px go to bench/out/charts/ (not committed), to be looked at."""

import re
from pathlib import Path

import pytest
from django.utils import timezone

from tests.helpers.browser import assert_accessible, scroll_to_chart

pytestmark = pytest.mark.browser

SHOTS = Path(__file__).resolve().parents[2] / "bench" / "out" / "charts"
WIDTHS = (375, 1280, 1920)
FRENCH_NUMBER = re.compile(r"^−?\d{1,3}(\u202f\d{3})*(,\d+)?$")
FRENCH_TICK = re.compile(r"^−?\d{1,3}(\u00a0\d{3})*(,\d+)?$")  # a no-break space on the canvas
SHORT_MONTHS = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()
FRENCH_MONTH = re.compile(r"^(janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.) \d{4}$")


@pytest.fixture(autouse=True)
def no_console_warning(page):
    """DSFR Chart's bundle is Vue's development build, which warns in the console of any misuse of a component (an
    attribute it does not know…); DSFR warns of incomplete markup: no warning at all on the chart pages."""
    warnings = []
    page.on("console", lambda message: message.type == "warning" and warnings.append(message.text))
    yield
    assert warnings == [], warnings


def demo_reference_month() -> str:
    """The demo's first month (its reference), 24 months before the current one, as the axis writes it."""
    today = timezone.localdate()
    months = today.year * 12 + today.month - 1 - 24
    return f"{SHORT_MONTHS[months % 12]} {months // 12}"


def long_month(label: str) -> str:
    """« sept. 2026 » as the accessible table writes it: « septembre 2026 »."""
    short, year = label.split(" ")
    full = dict(
        zip(
            SHORT_MONTHS,
            "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
            strict=True,
        )
    )
    return f"{full[short]} {year}"


def drawn(page, tag: str):
    """The component once DSFR Chart drew it and static/js/chart-loader.js adjusted it."""
    scroll_to_chart(page, tag)
    chart = page.locator(f"figure[data-adjusted] {tag}").first
    chart.wait_for(state="attached")
    assert chart.evaluate("el => el.shadowRoot") is None, "the component must render in the page's DOM"
    if tag != "map-chart-reg":
        page.wait_for_function(
            f"() => {{ const c = document.querySelector('{tag}')._instance.proxy.chart;"
            " return c.width > 200 && c.options.animation === false; }"
        )
    return chart


def shoot(page, chart, name: str, width: int) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    chart.scroll_into_view_if_needed()
    chart.locator("xpath=ancestor::figure").screenshot(path=SHOTS / f"{name}-{width}.png")


def legend_swatches(chart) -> list[dict]:
    return chart.evaluate(
        """el => [...el.querySelectorAll('.chart_legend .legende_dot')].map(dot => {
             const box = dot.getBoundingClientRect(), style = getComputedStyle(dot);
             return { width: box.width, height: box.height, colour: style.backgroundColor,
                      text: dot.nextElementSibling.textContent.trim() };
           })"""
    )


def table_cells(page, caption_start: str) -> list[list[str]]:
    table = page.locator("table", has=page.locator("caption", has_text=caption_start)).first
    rows = table.evaluate("t => [...t.tBodies[0].rows].map(r => [...r.cells].map(c => c.textContent))")
    return [[re.sub(r"[ \t\n]+", " ", cell).strip() for cell in row] for row in rows]


def hover_point(page, tag: str, dataset: int, index: int) -> None:
    x, y = page.evaluate(
        f"""() => {{ const c = document.querySelector('{tag}')._instance.proxy.chart;
                    const p = c.getDatasetMeta({dataset}).data[{index}].getCenterPoint();
                    const box = c.canvas.getBoundingClientRect();
                    return [box.left + p.x, box.top + p.y]; }}"""
    )
    page.mouse.move(x, y)


def tooltip(chart) -> dict:
    return chart.evaluate(
        """el => { const t = el.querySelector('.tooltip');
                   return { opacity: getComputedStyle(t).opacity,
                            header: t.querySelector('.tooltip_header').textContent,
                            values: Object.fromEntries([...t.querySelectorAll('.portal-tooltip-value')]
                                      .map(v => [v.dataset.series, v.textContent])),
                            swatches: [...t.querySelectorAll('.tooltip_dot')]
                                        .map(d => getComputedStyle(d).backgroundColor) }; }"""
    )


def ticks(page, tag: str, axis: str) -> list[str]:
    return page.evaluate(
        f"() => document.querySelector('{tag}')._instance.proxy.chart.scales.{axis}.ticks.map(t => String(t.label))"
    )


def test_the_line_chart_draws_values_trajectory_and_target_across_the_period_in_french(live_demo, page):
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(live_demo.url + "/engagements/E02/")
        chart = drawn(page, "line-chart")
        shoot(page, chart, "line-chart-E02", width)

    names = chart.evaluate("el => JSON.parse(el.getAttribute('name'))")
    assert names == ["Valeur", "Valeur provisoire", "Trajectoire attendue", "Cible"]
    swatches = legend_swatches(chart)
    assert [s["text"] for s in swatches] == names, "one legend, once"
    assert all(s["width"] >= 10 and s["height"] >= 10 for s in swatches)
    assert len({s["colour"] for s in swatches}) == len(names)
    assert chart.evaluate("el => getComputedStyle(el.querySelector('.tooltip')).opacity") == "0"

    # Months in French on the axis; the values' axis in French (« 3 500 », never « 3.5K »).
    assert all(FRENCH_MONTH.match(label) for label in ticks(page, "line-chart", "x"))
    values_axis = ticks(page, "line-chart", "y")
    assert all(FRENCH_TICK.match(label) for label in values_axis) and "4\u00a0000" in values_axis

    # The target and the trajectory span the whole period: from the reference month to the target's.
    labels = chart.evaluate("el => JSON.parse(el.getAttribute('x'))[0]")
    series = chart.evaluate("el => JSON.parse(el.getAttribute('y'))")
    assert labels[0] == demo_reference_month() and labels[-1] == "déc. 2027"
    assert all(value is not None for value in series[2] + series[3])
    assert len(set(series[3])) == 1
    # References are dashed lines without points; partial periods dashed too.
    drawing = page.evaluate(
        """() => { const c = document.querySelector('line-chart')._instance.proxy.chart;
                   return c.data.datasets.map((d, i) => [c.getDatasetMeta(i).data[0].options.radius,
                                                         (d.borderDash || []).length > 0]); }"""
    )
    assert drawing == [[5, False], [5, True], [0, True], [0, True]]

    # Hovering a month shows the table's figures for it, in French (the demo's fourth month is complete).
    notes = chart.evaluate("el => JSON.parse(el.closest('figure').dataset.notes)")
    rows = {row[0]: row for row in table_cells(page, "Entrées en apprentissage")}
    complete = labels[3]
    assert complete not in notes
    hover_point(page, "line-chart", 0, 3)
    page.wait_for_function("() => getComputedStyle(document.querySelector('line-chart .tooltip')).opacity === '1'")
    shown = tooltip(chart)
    assert shown["header"] == complete
    assert shown["values"]["Valeur"] == rows[long_month(complete)][1]
    assert shown["values"]["Trajectoire attendue"] == rows[long_month(complete)][3]
    assert shown["values"]["Cible"] == rows[long_month(complete)][4]
    assert all(FRENCH_NUMBER.match(value) for value in shown["values"].values())
    assert len(shown["swatches"]) == len(shown["values"]) == 3  # no partial value this month
    assert "rgba(0, 0, 0, 0)" not in shown["swatches"]

    # A partial period is its own series, and its tooltip says what it lacks.
    provisional = next(label for label in labels if notes.get(label, "").startswith("provisoire"))
    assert re.fullmatch(r"provisoire, \d/\d — (manque|manquent) : \S.*", notes[provisional])
    hover_point(page, "line-chart", 1, labels.index(provisional))
    page.wait_for_function(
        f"() => document.querySelector('line-chart .tooltip_header').textContent.startsWith('{provisional}')"
    )
    shown = tooltip(chart)
    assert shown["header"] == f"{provisional} — {notes[provisional]}"
    assert shown["values"]["Valeur provisoire"] == rows[f"{long_month(provisional)} (provisoire)"][1]
    assert "Valeur" not in shown["values"]
    page.mouse.move(0, 0)
    assert_accessible(page)


def test_the_bar_chart_has_its_legend_and_the_table_s_figures(live_demo, page):
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(live_demo.url + "/territoires/59/")
        chart = drawn(page, "bar-chart")
        shoot(page, chart, "bar-chart-59", width)

    swatches = legend_swatches(chart)
    assert [s["text"] for s in swatches] == ["Avancement de l'ensemble du protocole"]
    assert swatches[0]["width"] >= 10 and swatches[0]["colour"] != "rgba(0, 0, 0, 0)"
    assert all(FRENCH_TICK.match(label) for label in ticks(page, "bar-chart", "y"))

    names = chart.evaluate("el => JSON.parse(el.getAttribute('x'))[0]")
    header = table_cells(page, "Avancement calculé par engagement")[0]
    table = page.locator("table", has=page.locator("caption", has_text="Avancement calculé par engagement")).first
    columns = table.evaluate("t => [...t.tHead.rows[0].cells].slice(1).map(c => c.textContent.trim())")
    overall = dict(zip(columns, header[1:], strict=True))
    for index, name in enumerate(names):
        hover_point(page, "bar-chart", 0, index)
        page.wait_for_function(
            f"() => document.querySelector('bar-chart .tooltip_header').textContent === {name!r}"
            " && getComputedStyle(document.querySelector('bar-chart .tooltip')).opacity === '1'"
        )
        shown = tooltip(chart)
        (value,) = shown["values"].values()
        assert " ".join(f"{value} %".split()) == " ".join(overall[name].split())
    page.mouse.move(0, 0)
    assert_accessible(page)


def test_the_map_shows_the_region_then_its_departements_in_french_without_moving(live_demo, page):
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(live_demo.url + "/")
        chart = drawn(page, "map-chart-reg")
        shoot(page, chart, "map-hdf", width)

    rows = {row[0]: row for row in table_cells(page, "par département")}
    # Only the region's départements are drawn: the neighbours are not painted as if they carried data.
    drawn_codes = chart.evaluate(
        """el => [...el.querySelectorAll('.france_container path')]
                  .filter(p => getComputedStyle(p).display !== 'none').map(p => p.getAttribute('class'))"""
    )
    assert sorted(drawn_codes) == ["FR-02", "FR-59", "FR-60", "FR-62", "FR-80"]

    # The side panel is styled (a DSFR text class applies) and names the place its figure belongs to.
    panel = chart.locator(".map_info")
    assert panel.evaluate("p => getComputedStyle(p).display") == "flex"
    assert "Hauts-de-France" in panel.inner_text()
    assert re.search(r"Mise à jour : \w+ 20\d\d", panel.inner_text())

    before = chart.bounding_box()
    page.locator("map-chart-reg path.FR-02").hover()
    page.wait_for_function(
        "() => getComputedStyle(document.querySelector('map-chart-reg .map_tooltip')).visibility === 'visible'"
    )
    after = chart.bounding_box()
    assert (before["x"], before["y"], before["height"]) == (after["x"], after["y"], after["height"]), "the map moved"
    place = chart.locator(".map_tooltip .tooltip_header").inner_text().strip()
    value = chart.locator(".map_tooltip .tooltip_value").inner_text().strip()
    assert place == "Aisne"
    assert FRENCH_NUMBER.match(value)
    assert value == rows["Aisne (02)"][1]
    assert chart.evaluate("el => getComputedStyle(el.querySelector('.map_tooltip')).position") == "absolute"
    shoot(page, chart, "map-hdf-hover", 1920)

    # A click on a département: the panel names it, with the table's figure.
    page.locator("map-chart-reg path.FR-02").click()
    page.wait_for_function("() => document.querySelector('map-chart-reg .map_info').textContent.includes('Aisne')")
    assert rows["Aisne (02)"][1] in panel.inner_text()
    page.mouse.move(0, 0)
    assert_accessible(page)

    # Another indicator, swapped in by htmx: the new map is adjusted too, its figures in French (« 1 234 »).
    page.get_by_label("Indicateur représenté sur la carte").select_option("IND-APPR-ENTREES")
    page.wait_for_url("**carte=IND-APPR-ENTREES*")
    chart = page.locator("figure[data-adjusted] map-chart-reg").first
    chart.wait_for(state="attached")
    rows = {row[0]: row for row in table_cells(page, "par département")}
    page.locator("map-chart-reg path.FR-59").hover()
    page.wait_for_function(
        "() => document.querySelector('map-chart-reg .map_tooltip .tooltip_header').textContent.trim() === 'Nord'"
    )
    value = chart.locator(".map_tooltip .tooltip_value").inner_text().strip()
    assert FRENCH_NUMBER.match(value) and value == rows["Nord (59)"][1]
    assert "Hauts-de-France" in chart.locator(".map_info").inner_text()
    page.mouse.move(0, 0)
    assert page.console_errors == []
