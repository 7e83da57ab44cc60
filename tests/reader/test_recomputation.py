"""The reader's recomputation test (issue #10, « How it is checked »).

An independent reader downloads the public CSV files and the API through the test client and recomputes, with
its own code (``tests/reader/recompute.py``, which never imports the engine), every published figure of every
indicator at every territory — value, coverage, missing and carried territories, baseline and target rolled up like
for like, expected value, headline period, attainment, gap and weather — and compares them with what the portal
publishes. It runs over the demo data and over data sets drawn by hypothesis. The engine publishes through
``engagements.recompute.recompute_all()``, called in each set-up (with ``REDIS_URL`` set Celery is not eager).
"""

import ast
import datetime
import functools
import inspect
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from engagements import recompute as engine_recompute
from engagements.models import Indicator, IndicatorTarget, IndicatorValue, IntermediateTarget
from reseau.models import Territory
from tests.factories import EngagementFactory, OrganisationFactory, ThemeFactory
from tests.reader import recompute as reader

pytestmark = pytest.mark.django_db

ENGINE_MODULES = {
    "engagements.progress",
    "engagements.engine",
    "engagements.outcomes",
    "engagements.explain",
    "engagements.recompute",
    "engagements.queries",
}


def imported_modules(module) -> set[str]:
    """Every module a module imports, read from its source (``import x``, ``from x import y``, ``from x import
    module``), so that a name hidden behind ``from engagements import progress`` is found too."""
    found = set()
    for node in ast.walk(ast.parse(inspect.getsource(module))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("__import__", "import_module"):
            found |= {arg.value for arg in node.args if isinstance(arg, ast.Constant)}
    return found


def test_the_reader_never_imports_the_engine():
    imports = imported_modules(reader)

    assert not imports & ENGINE_MODULES
    assert not {name for name in imports if name.split(".")[0] in ("engagements", "francetravail", "reseau")}
    assert "json" in imports and "csv" in imports  # the check above reads the module's real imports


def test_the_import_check_would_see_an_engine_import():
    import tests.reader.test_recomputation as this_module

    assert "engagements.recompute" in imported_modules(this_module)


def check(client) -> reader.Comparison:
    cache.clear()
    public = reader.download(client)
    result, _ = reader.compare(public, milestones_absent=False)
    assert result.disagreements == [], reader.summary(result)
    return result


def test_the_reader_recomputes_every_published_figure_of_the_demo(client, demo):
    engine_recompute.recompute_all()

    result = check(client)

    # 15 indicators, 2 410 declared values, 2 904 published figures, 168 headline figures, 759 engagement rows.
    assert result.by_kind["figure exists"] > 2800
    assert result.by_kind["percent"] > 150
    assert result.by_kind["coverage_status"] > 2800
    print(f"demo: {result.compared} comparisons, no disagreement")


# --- Hypothesis data sets -------------------------------------------------------------------------------------

MEASURES = {
    # measure: (aggregations, unit)
    "stock": (["sum", "sum", "none"], Indicator.Unit.NUMBER),
    "flow": (["sum", "sum", "none"], Indicator.Unit.NUMBER),
    "ytd": (["sum"], Indicator.Unit.NUMBER),
    "ratio": (["mean", "mean", "mean", "none"], Indicator.Unit.PERCENT),
}
WINDOW = 10  # months of data, ending last month


def scaled(value: int, scale: int) -> Decimal:
    return Decimal(value) / scale


@st.composite
def indicator_specs(draw, departements: list[list[str]]):
    measure = draw(st.sampled_from(list(MEASURES)))
    aggregation = draw(st.sampled_from(MEASURES[measure][0]))
    frequency = draw(st.sampled_from([1, 1, 3]))
    spec = {
        "measure": measure,
        "aggregation": aggregation,
        "frequency": frequency,
        "delay": draw(st.sampled_from([0, 10, 30, 45, 90, 210])),
        "direction": draw(st.sampled_from(["up", "down"])),
        "parent_source": draw(st.sampled_from(["computed", "computed", "reported"])),
        "weight": draw(st.sampled_from([1, 1, 2, 0])),
        "engagement": draw(st.integers(0, 1)),
        "series": {},
        "targets": {},
    }
    reporters = []
    for index, locals_ in enumerate(departements):
        code = f"D{index + 1}"
        mode = draw(st.sampled_from(["locals", "locals", "self", "both", "silent"] if locals_ else ["self", "silent"]))
        if mode in ("self", "both"):
            reporters.append(code)
        if mode in ("locals", "both"):
            reporters += draw(st.lists(st.sampled_from(locals_), min_size=1, unique=True))
    if draw(st.booleans()) and draw(st.booleans()):
        reporters.append("32")  # a value declared at the region itself
    if draw(st.integers(0, 5)) == 0:
        reporters.append("FR")  # national data: the only figures the national level may have
    for code in reporters:
        start = draw(st.integers(0, 3))
        stop = WINDOW - draw(st.sampled_from([0, 0, 0, 1, 2, 4]))  # a territory that stopped reporting
        phase = draw(st.integers(0, frequency - 1))
        gaps = draw(st.sets(st.integers(0, WINDOW - 1), max_size=2))
        months = [m for m in range(start, stop) if (m - phase) % frequency == 0 and m not in gaps]
        values = {}
        running = {}
        for m in months:
            if measure == "ratio":
                value = Decimal(draw(st.integers(0, 1000))) / 10
                base = draw(st.sampled_from([None, 0, 0, 1, 7, 40, 120, 300, 300]))
                values[m] = (value, None if base is None else Decimal(base))
            elif measure == "ytd":
                values[m] = draw(st.integers(0, 200))  # the month's flow, cumulated below
            else:
                values[m] = (Decimal(draw(st.integers(0, 900))), None)
        if measure == "ytd":
            cumulated = {}
            for m in sorted(values):
                year = month_index(m) // 12
                running[year] = running.get(year, 0) + values[m]
                cumulated[m] = (Decimal(running[year]), None)
            values = cumulated
        spec["series"][code] = values
        spec.setdefault("synthetic", {})[code] = draw(st.sampled_from([True, True, False]))
    # Proposals and refused values on empty cells: never published, never counted.
    cells = [(code, m) for code in ["32", *reporters] for m in range(WINDOW) if m not in spec["series"].get(code, {})]
    spec["unpublished"] = draw(st.lists(st.sampled_from(cells), unique=True, max_size=3)) if cells else []
    everyone = sorted({*reporters, *(f"D{i + 1}" for i in range(len(departements))), *sum(departements, []), "32"})
    for code in draw(st.lists(st.sampled_from(everyone), unique=True, max_size=len(everyone))):
        scale = 10 if measure == "ratio" else 1  # ratios: 0.0 to 90.0
        baseline = draw(st.integers(0, 900))
        target = draw(st.one_of(st.just(baseline), st.integers(0, 900)))
        spec["targets"][code] = {
            "baseline": Decimal(baseline) / scale,
            "baseline_month": draw(st.sampled_from([0, 0, 1, 2, -3])),
            "target": Decimal(target) / scale,
            "target_months": draw(st.sampled_from([2, 5, 12, 18, 24, 30])),
            # (share of the way from baseline to target, value); outside 0–1 is no intermediate target at all
            "intermediates": draw(
                st.lists(
                    st.tuples(
                        st.sampled_from([0.25, 0.5, 0.75, 1.5, -0.5]),
                        st.integers(0, 900).map(functools.partial(scaled, scale=scale)),
                    ),
                    max_size=2,
                    unique_by=lambda i: i[0],
                )
            ),
        }
    return spec


@st.composite
def data_sets(draw):
    departements = []
    for index in range(draw(st.integers(2, 3))):
        count = draw(st.integers(0, 3))
        departements.append([f"D{index + 1}L{k + 1}" for k in range(count)])
    return {
        "departements": departements,
        "indicators": draw(st.lists(indicator_specs(departements), min_size=1, max_size=4)),
    }


def month_index(offset: int) -> int:
    """The month number of the window's ``offset``-th month (the window ends last month)."""
    today = timezone.localdate()
    return today.year * 12 + today.month - 1 - WINDOW + offset


def first_day(index: int) -> datetime.date:
    return datetime.date(index // 12, index % 12 + 1, 1)


def build(data: dict) -> None:
    """Write a drawn data set through the models, as the portal's forms and imports would."""
    france = Territory.objects.create(code="FR", name="France", level="national")
    region = Territory.objects.create(code="32", name="Région", level="region", parent=france)
    territories = {"FR": france, "32": region}
    for index, locals_ in enumerate(data["departements"]):
        code = f"D{index + 1}"
        territories[code] = Territory.objects.create(code=code, name=code, level="departement", parent=region)
        for local in locals_:
            territories[local] = Territory.objects.create(
                code=local, name=local, level="local", parent=territories[code]
            )
    theme = ThemeFactory(code="T1")
    engagements = [EngagementFactory(code="E01", theme=theme), EngagementFactory(code="E02", theme=theme)]
    synthetic = OrganisationFactory(territory=region, is_demo=True)
    real = OrganisationFactory(territory=region, is_demo=False)
    values = []
    for number, spec in enumerate(data["indicators"]):
        indicator = Indicator.objects.create(
            code=f"IND-{number + 1}",
            engagement=engagements[spec["engagement"]],
            name=f"Indicateur {number + 1}",
            unit=MEASURES[spec["measure"]][1],
            measure=spec["measure"],
            aggregation=spec["aggregation"],
            direction=spec["direction"],
            frequency=spec["frequency"],
            publication_delay_days=spec["delay"],
            parent_source=spec["parent_source"],
            weight=spec["weight"],
        )
        for code, series in spec["series"].items():
            for offset, (value, base) in series.items():
                values.append(
                    IndicatorValue(
                        indicator=indicator,
                        territory=territories[code],
                        period=first_day(month_index(offset)),
                        value=value,
                        base=base,
                        status=IndicatorValue.Status.ACCEPTED,
                        organisation=synthetic if spec["synthetic"][code] else real,
                    )
                )
        for index, (code, offset) in enumerate(spec["unpublished"]):
            refused = index % 2 == 1
            values.append(
                IndicatorValue(
                    indicator=indicator,
                    territory=territories[code],
                    period=first_day(month_index(offset)),
                    value=Decimal(1),
                    status=IndicatorValue.Status.REJECTED if refused else IndicatorValue.Status.PROPOSED,
                    review_note="Valeur refusée." if refused else "",
                    organisation=real,
                )
            )
        for code, target in spec["targets"].items():
            baseline_on = first_day(month_index(target["baseline_month"]))
            target_on = first_day(month_index(target["baseline_month"]) + target["target_months"])
            row = IndicatorTarget.objects.create(
                indicator=indicator,
                territory=territories[code],
                baseline_value=target["baseline"],
                baseline_on=baseline_on,
                target_value=target["target"],
                target_on=target_on,
            )
            for share, value in target["intermediates"]:
                on = baseline_on + datetime.timedelta(days=round((target_on - baseline_on).days * share))
                IntermediateTarget.objects.create(target=row, on=on, value=value)
    IndicatorValue.objects.bulk_create(values)


def ratio_spec(**fields) -> dict:
    return {
        "measure": "ratio",
        "aggregation": "mean",
        "frequency": 1,
        "delay": 0,
        "direction": "up",
        "parent_source": "computed",
        "weight": 1,
        "engagement": 0,
        "series": {},
        "targets": {},
        "synthetic": {},
        "unpublished": [],
    } | fields


def target(baseline, target, baseline_month=0, target_months=24, intermediates=()) -> dict:
    return {
        "baseline": Decimal(baseline),
        "baseline_month": baseline_month,
        "target": Decimal(target),
        "target_months": target_months,
        "intermediates": list(intermediates),
    }


# Data sets where the reader first disagreed with the engine (each engine fix has its own unit test in
# tests/engagements/test_reader_findings.py): they run on every test run, before the drawn ones.
FOUND = [
    # D1 starts reporting in the window's second month (the region's first month is partial, but earlier than its
    # headline: not provisional); D2's only local territory has bases of 0 (D2 weighs 0 in the region).
    {
        "departements": [[], ["D2L1"]],
        "indicators": [
            ratio_spec(
                series={
                    "D1": {m: (Decimal(40 + m), Decimal(300)) for m in range(1, WINDOW)},
                    "D2L1": {m: (Decimal(20 + m), Decimal(0)) for m in range(WINDOW)},
                },
                targets={"D1": target(40, 60, 1), "D2L1": target(20, 30)},
                synthetic={"D1": True, "D2L1": False},
            )
        ],
    },
    # D2 reported in the window's first two months only; with a 210-day delay its level is carried to the end:
    # the region's trend is D1's own.
    {
        "departements": [[], []],
        "indicators": [
            ratio_spec(
                delay=210,
                series={
                    "D1": {m: (Decimal(10 + 5 * m), Decimal(100)) for m in range(WINDOW)},
                    "D2": {m: (Decimal(50), Decimal(300)) for m in range(2)},
                },
                targets={"D1": target(10, 90), "D2": target(50, 60)},
                synthetic={"D1": True, "D2": True},
            )
        ],
    },
    # A quarterly year-to-date series, a region that declares its own values and counts them, and a département
    # whose only local territory has a target but no value: it is missing from every regional value.
    {
        "departements": [[], ["D2L1"]],
        "indicators": [
            ratio_spec(
                measure="ytd",
                aggregation="sum",
                frequency=3,
                delay=45,
                parent_source="reported",
                series={
                    "D1": {m: (Decimal(30 * (m // 3 + 1)), None) for m in range(0, WINDOW, 3)},
                    "32": {3: (Decimal(75), None), 6: (Decimal(100), None)},
                },
                targets={"D1": target(20, 40, 0, 18, [(0.5, Decimal(25))]), "D2L1": target(5, 9)},
                synthetic={"D1": True, "32": False},
                unpublished=[("D2L1", 3)],
            )
        ],
    },
]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=data_sets())
@example(data=FOUND[0])
@example(data=FOUND[1])
@example(data=FOUND[2])
def test_the_reader_recomputes_every_published_figure_of_drawn_data_sets(client, data):
    with transaction.atomic():  # each example rolls back, so that examples do not see each other's data
        build(data)
        engine_recompute.recompute_all()
        cache.clear()
        public = reader.download(client)
        result, _ = reader.compare(public, milestones_absent=True)

        assert result.disagreements == [], f"{reader.summary(result)}\n{data!r}"
        assert result.compared > 0  # a drawn data set may publish no figure at all, but always its snapshots
        print(f"drawn data set: {result.compared} comparisons, {result.by_kind['figure exists']} published figures")
        transaction.set_rollback(True)


def test_the_reader_sees_a_wrong_published_figure(client):
    """The comparison is not a mirror: every kind of published field, altered after download, is reported."""
    build(FOUND[0])
    engine_recompute.recompute_all()
    public = reader.download(client)
    assert reader.compare(public, milestones_absent=True)[0].disagreements == []

    regional = [item for item in public.values["IND-1"] if item["territory"] == "32"]
    first, last = regional[0], regional[-1]
    first["value"] += 0.01
    first["provisional"] = not first["provisional"]
    last["coverage_status"] = "complete" if last["coverage_status"] != "complete" else "partial"
    last["missing"] = ["D9"]
    last["target"] += 1
    snapshot = next(s for s in public.indicator_snapshots if s["territory"] == "32")
    snapshot["percent"] += 0.5
    snapshot["weather"]["computed"] = "orage" if snapshot["weather"]["computed"] != "orage" else "soleil"
    public.consolidated_rows[0]["valeur"] = "123456"

    found = reader.compare(public, milestones_absent=True)[0].disagreements

    kinds = {line.split(":")[0].rsplit(" ", 1)[-1] for line in found}
    assert {"value", "provisional", "coverage_status", "missing", "target", "percent", "weather", "valeur"} <= kinds
