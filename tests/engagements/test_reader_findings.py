"""Defects of the engine found by the reader's recomputation test (tests/reader), each reduced to a minimal case
with hand-computed expectations (no database)."""

import datetime

import pytest

from engagements import progress
from engagements.progress import IndicatorRules

D = datetime.date
FLOW = IndicatorRules(aggregation="sum", measure="flow", frequency=1, delay_days=30)
RATIO = IndicatorRules(aggregation="mean", measure="ratio", frequency=1, delay_days=0)


def reported(code: str, values: dict, rules=FLOW, bases: dict | None = None) -> dict:
    return progress.reported_series(code, [(p, v, (bases or {}).get(p), False) for p, v in values.items()], rules, None)


def test_a_partial_period_earlier_than_the_headline_is_not_provisional():
    # B starts reporting in February: January is partial, but it is history, not a *provisoire* figure waiting
    # for late values (DESIGN §4: « later partial periods are shown, labelled provisoire »).
    children = {
        "A": reported("A", {D(2025, 1, 1): 10.0, D(2025, 2, 1): 12.0, D(2025, 3, 1): 11.0}),
        "B": reported("B", {D(2025, 2, 1): 6.0}),
    }
    parent = progress.roll_up(children, FLOW)

    assert progress.headline(parent).period == D(2025, 2, 1)
    assert parent[D(2025, 1, 1)].status == "partial" and not parent[D(2025, 1, 1)].provisional
    assert parent[D(2025, 3, 1)].status == "partial" and parent[D(2025, 3, 1)].provisional


def test_the_provisional_label_follows_the_headline_of_the_source_that_counts():
    # The parent's roll-up is partial every month (A and B never report the same month), so on its own every
    # month would be provisional; but the indicator counts the parent's reported value, and its February is the
    # headline: January, earlier, is not provisional; March (computed, partial, later) is.
    computed = progress.roll_up(
        {
            "A": reported("A", {D(2025, 1, 1): 10.0, D(2025, 3, 1): 11.0}),
            "B": reported("B", {D(2025, 2, 1): 6.0}),
        },
        FLOW,
    )
    own = reported("P", {D(2025, 2, 1): 20.0})
    chosen = progress.choose_source(computed, own, "reported")

    assert [(p.month, f.status, f.provisional) for p, f in sorted(chosen.items())] == [
        (1, "partial", False),
        (2, None, False),
        (3, "partial", True),
    ]


def test_a_child_whose_bases_are_all_zero_still_weighs_zero_one_level_up():
    # Defect 6, one level up: D2's only local territory had no case (base 0), so D2's base is 0 and D2 must weigh
    # 0 in the region, not turn the region's mean plain: (43.4 × 300 + 23.8 × 0) / 300 = 43.4, not 33.6.
    october = D(2026, 10, 1)
    d2 = progress.roll_up({"D2L1": reported("D2L1", {october: 23.8}, RATIO, {october: 0.0})}, RATIO)
    assert d2[october].value == pytest.approx(23.8)  # no case at all: a plain mean, stated
    assert d2[october].base == 0

    region = progress.roll_up({"D1": reported("D1", {october: 43.4}, RATIO, {october: 300.0}), "D2": d2}, RATIO)

    assert region[october].value == pytest.approx(43.4)
    assert region[october].base == 300
    assert region[october].method == progress.WEIGHTED


def test_the_trend_never_rests_on_carried_levels():
    # DESIGN §4: the trend is « computed on the territories present in all of [the periods] » with their own value.
    # B reported in January and February only; with a 210-day publication delay its level is carried through
    # September, so that A is the only territory with a value of its own in every period of the window. The trend
    # is A's own: +5 points a month, not the +1.25 of the region's mean where B's frozen level weighs 3/4.
    ratio = IndicatorRules(aggregation="mean", measure="ratio", frequency=1, delay_days=210)
    months = [D(2026, m, 1) for m in range(1, 10)]
    a = reported("A", {p: 10.0 + 5 * i for i, p in enumerate(months)}, ratio, {p: 100.0 for p in months})
    b = reported("B", {months[0]: 50.0, months[1]: 50.0}, ratio, {months[0]: 300.0, months[1]: 300.0})
    region = progress.roll_up({"A": a, "B": b}, ratio)
    current = progress.headline(region)
    assert current.period == D(2026, 9, 1) and current.status == "carried"

    fitted = progress.trend(region, current, aggregation="mean", source_series={"A": a, "B": b})

    assert fitted.territories == ("A",)
    assert fitted.slope == pytest.approx(5.0)
