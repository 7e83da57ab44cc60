"""The rules of DESIGN §4 (version 2), each against hand-computed expectations (no database)."""

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from engagements import progress
from engagements.progress import Figure, IndicatorRules, MilestoneState, Trajectory

D = datetime.date
FLOW = IndicatorRules(aggregation="sum", measure="flow", frequency=1, delay_days=30)
STOCK = IndicatorRules(aggregation="sum", measure="stock", frequency=1, delay_days=30)
RATIO = IndicatorRules(aggregation="mean", measure="ratio", frequency=1, delay_days=30)


def reported(code: str, values: dict, rules=FLOW, trajectory=None, bases: dict | None = None) -> dict:
    return progress.reported_series(
        code, [(p, v, (bases or {}).get(p), False) for p, v in values.items()], rules, trajectory
    )


START, END = D(2024, 1, 1), D(2026, 1, 1)


def line(baseline: float, target: float, start=START, end=END) -> Trajectory:
    return Trajectory.build(start, baseline, end, target)


# --- Measures and aggregation ----------------------------------------------------------------------------------


def test_a_ytd_series_across_january_becomes_flows():
    ytd = {D(2024, 11, 1): 100, D(2024, 12, 1): 130, D(2025, 1, 1): 20, D(2025, 2, 1): 45, D(2025, 4, 1): 90}
    # November has no known October: its flow cannot be told. January restarts the count. April's March is missing.
    assert progress.ytd_to_flows(ytd) == {D(2024, 12, 1): 30, D(2025, 1, 1): 20, D(2025, 2, 1): 25}


def test_a_quarterly_ytd_series_uses_the_previous_quarter():
    ytd = {D(2025, 3, 1): 30, D(2025, 6, 1): 70, D(2025, 9, 1): 100}
    assert progress.ytd_to_flows(ytd, frequency=3) == {D(2025, 3, 1): 30, D(2025, 6, 1): 40, D(2025, 9, 1): 30}


def test_a_ratio_is_weighted_by_its_bases_when_every_base_is_given():
    combined = progress.aggregate([(50.0, 100.0), (20.0, 300.0)], "mean")
    assert combined.value == pytest.approx(27.5)  # (50×100 + 20×300) / 400
    assert combined.base == 400
    assert combined.method == progress.WEIGHTED


def test_a_ratio_without_every_base_is_a_plain_mean_marked_as_such():
    combined = progress.aggregate([(50.0, 100.0), (20.0, None)], "mean")
    assert combined.value == pytest.approx(35.0)
    assert combined.method == progress.PLAIN


def test_a_child_whose_base_is_zero_weighs_zero_instead_of_turning_the_mean_plain():
    # Defect 6: (53 × 100 + 60 × 0 + 50 × 300) / 400 = 50.75, not the plain mean 54.33.
    combined = progress.aggregate([(53.0, 100.0), (60.0, 0.0), (50.0, 300.0)], "mean")
    assert combined.value == pytest.approx(50.75)
    assert combined.method == progress.WEIGHTED


def test_aggregation_none_is_never_rolled_up():
    assert progress.aggregate([(1.0, None)], "none") is None
    rules = IndicatorRules(aggregation="none", measure="stock", frequency=1, delay_days=30)
    assert progress.roll_up({"A": reported("A", {D(2025, 1, 1): 1.0}, rules)}, rules) == {}


# --- Roll-up, coverage, carry-forward ---------------------------------------------------------------------------


def test_a_missing_child_makes_the_parent_partial_and_names_it():
    children = {
        "A": reported("A", {D(2025, 1, 1): 10.0, D(2025, 2, 1): 12.0}),
        "B": reported("B", {D(2025, 1, 1): 5.0}),
        "C": {},  # reports the indicator (a target, say) but has no value
    }
    parent = progress.roll_up(children, FLOW)
    january = parent[D(2025, 1, 1)]
    assert (january.value, january.coverage, january.status, january.missing) == (15, "2/3", "partial", ("C",))
    february = parent[D(2025, 2, 1)]
    # A flow is never carried forward: B is missing in February.
    assert (february.value, february.status, february.missing) == (12, "partial", ("B", "C"))


def test_a_fresh_level_is_carried_forward_and_the_parent_says_so():
    children = {
        "A": reported("A", {D(2025, 1, 1): 10.0, D(2025, 2, 1): 12.0, D(2025, 3, 1): 14.0}, STOCK),
        "B": reported("B", {D(2025, 1, 1): 5.0}, STOCK),
    }
    parent = progress.roll_up(children, STOCK)
    assert parent[D(2025, 1, 1)].status == "complete"
    # B's January level is due again on 30 March (end of February + 30 days): it still stands for February.
    february = parent[D(2025, 2, 1)]
    assert (february.value, february.status, february.carried) == (17, "carried", (("B", D(2025, 1, 1)),))
    assert february.coverage == "2/2"
    # By the end of March it is overdue: not carried any more, and March is partial.
    march = parent[D(2025, 3, 1)]
    assert (march.value, march.status, march.missing, march.carried) == (14, "partial", ("B",), ())


def test_complete_means_every_child_complete_all_the_way_down():
    # Defect 2: the region reads « 5/5 » while the Nord is itself partial (5/6): the region is partial, and the
    # missing local territory is named.
    nord = progress.roll_up(
        {"L1": reported("L1", {D(2026, 8, 1): 5.0}), "L2": reported("L2", {D(2026, 7, 1): 5.0})}, FLOW
    )
    region = progress.roll_up({"59": nord, "02": reported("02", {D(2026, 8, 1): 3.0})}, FLOW)
    august = region[D(2026, 8, 1)]
    assert (august.value, august.coverage, august.status, august.missing) == (8, "2/2", "partial", ("L2",))


def test_a_parent_complete_only_through_a_child_carried_value_is_carried():
    nord = progress.roll_up(
        {
            "L1": reported("L1", {D(2026, 7, 1): 5.0, D(2026, 8, 1): 6.0}, STOCK),
            "L2": reported("L2", {D(2026, 7, 1): 5.0}, STOCK),
        },
        STOCK,
    )
    region = progress.roll_up({"59": nord, "02": reported("02", {D(2026, 8, 1): 3.0}, STOCK)}, STOCK)
    assert region[D(2026, 8, 1)].status == "carried"
    assert region[D(2026, 8, 1)].carried == (("L2", D(2026, 7, 1)),)


def test_the_headline_is_the_latest_complete_or_carried_period_and_later_ones_are_provisional():
    children = {
        "A": reported("A", {D(2025, 1, 1): 10.0, D(2025, 2, 1): 12.0, D(2025, 3, 1): 11.0}),
        "B": reported("B", {D(2025, 1, 1): 5.0, D(2025, 2, 1): 6.0}),
    }
    parent = progress.roll_up(children, FLOW)
    assert progress.headline(parent).period == D(2025, 2, 1)
    assert parent[D(2025, 3, 1)].provisional


# --- Like for like ---------------------------------------------------------------------------------------------


def test_the_reference_of_a_partial_value_covers_exactly_the_children_present():
    # Defect 1: October's total misses the Somme; it is compared with the baseline and target of the four others.
    children = {
        "59": reported("59", {D(2026, 10, 1): 1500.0}, trajectory=line(1000, 2000)),
        "62": reported("62", {D(2026, 10, 1): 800.0}, trajectory=line(600, 1000)),
        "80": reported("80", {D(2026, 9, 1): 300.0}, trajectory=line(250, 350)),
    }
    october = progress.roll_up(children, FLOW)[D(2026, 10, 1)]
    assert october.status == "partial" and october.missing == ("80",)
    assert (october.trajectory.baseline, october.trajectory.target) == (1600, 3000)
    # Like for like: (2300 − 1600) / (3000 − 1600) = 50 points, not (2300 − 1850) / (3350 − 1850) = 30.
    assert progress.attainment(october.value, october.trajectory.baseline, october.trajectory.target, "up") == 50


def test_a_partial_period_never_drives_attainment_weather_or_trend():
    # The same partial data gave 0 points (orage) or 75 points (soleil) depending on who reported in 2024: now the
    # headline is the last complete period, whoever is missing later.
    months = [D(2026, m, 1) for m in range(1, 11)]
    a = {p: 100.0 + i for i, p in enumerate(months)}
    b = {p: 100.0 + i for i, p in enumerate(months[:7])}
    series = progress.roll_up(
        {"A": reported("A", a, trajectory=line(100, 120)), "B": reported("B", b, trajectory=line(100, 120))}, FLOW
    )
    result = progress.evaluate_indicator(
        code="X", weight=1, direction="up", aggregation="sum", series=series, source_series={}
    )
    assert result.period == D(2026, 7, 1)
    assert [f.period for f in result.provisional] == months[7:]
    assert result.attainment == pytest.approx((212 - 200) / (240 - 200) * 100)


def test_ratio_references_use_fixed_weights_from_the_baseline_period():
    # Defect 6: the regional reference of a ratio must not drift with each month's bases. Bases at the baseline
    # period (January 2024) are 100 and 300: baseline (30×100 + 20×300) / 400 = 22.5 every month.
    start = D(2024, 1, 1)
    children = {
        "A": reported(
            "A",
            {start: 30.0, D(2026, 1, 1): 28.0},
            RATIO,
            line(30, 20, start),
            bases={start: 100.0, D(2026, 1, 1): 900.0},
        ),
        "B": reported(
            "B",
            {start: 20.0, D(2026, 1, 1): 19.0},
            RATIO,
            line(20, 15, start),
            bases={start: 300.0, D(2026, 1, 1): 100.0},
        ),
    }
    parent = progress.roll_up(children, RATIO)
    for period in (start, D(2026, 1, 1)):
        reference = parent[period].trajectory
        assert reference.baseline == pytest.approx(22.5)
        assert reference.target == pytest.approx((20 * 100 + 15 * 300) / 400)
        assert reference.weighting == progress.WEIGHTED
    # The value itself is weighted by the bases of its own period: (28×900 + 19×100) / 1000.
    assert parent[D(2026, 1, 1)].value == pytest.approx(27.1)


# --- Trend ------------------------------------------------------------------------------------------------------


def test_the_trend_is_computed_on_the_territories_present_in_every_period():
    # Defect 7: C starts reporting in March; the plain totals jump (200, 210, 720…) while A and B, present
    # throughout, rise by 10 a month: the trend is fitted on A and B only.
    months = [D(2026, m, 1) for m in range(1, 7)]
    a = reported("A", {p: 100.0 + 5 * i for i, p in enumerate(months)})
    b = reported("B", {p: 100.0 + 5 * i for i, p in enumerate(months)})
    c = reported("C", {p: 500.0 for p in months[2:]})
    mixed = progress.roll_up({"A": a, "B": b, "C": c}, FLOW)
    assert [mixed[p].status for p in months] == ["partial"] * 2 + ["complete"] * 4
    trend = progress.trend(mixed, mixed[months[-1]], aggregation="sum", source_series={"A": a, "B": b, "C": c})
    assert trend.slope == pytest.approx(10.0)
    assert trend.territories == ("A", "B") and trend.periods == tuple(months)


def test_the_trend_needs_three_periods():
    series = reported("A", {D(2026, 1, 1): 1.0, D(2026, 2, 1): 2.0})
    assert progress.trend(series, series[D(2026, 2, 1)], aggregation="sum", source_series={}) is None


def test_ytd_flows_are_computed_child_by_child():
    # Defect 8: A and B report year-to-date totals; B is missing February. The parent's February flow is A's own
    # flow (40 − 20 = 20 would be wrong: it mixes B's January into it); B gives no flow for February nor March.
    ytd = IndicatorRules(aggregation="sum", measure="ytd", frequency=1, delay_days=30)
    a = reported("A", {D(2026, 1, 1): 20.0, D(2026, 2, 1): 60.0, D(2026, 3, 1): 100.0}, ytd)
    b = reported("B", {D(2026, 1, 1): 10.0, D(2026, 3, 1): 50.0}, ytd)
    parent = progress.roll_up({"A": a, "B": b}, ytd)
    assert parent[D(2026, 1, 1)].value == 30
    assert (parent[D(2026, 2, 1)].value, parent[D(2026, 2, 1)].missing) == (40, ("B",))
    assert (parent[D(2026, 3, 1)].value, parent[D(2026, 3, 1)].missing) == (40, ("B",))


# --- Targets, attainment, projection -------------------------------------------------------------------------


def test_a_decreasing_indicator_attains_as_it_goes_down():
    assert progress.attainment(27.0, 30.0, 24.0, "down") == pytest.approx(50.0)
    assert progress.attainment(31.0, 30.0, 24.0, "down") == 0.0
    assert progress.attainment(20.0, 30.0, 24.0, "down") == 100.0


def test_target_equal_to_baseline_is_100_once_reached():
    assert progress.attainment(50.0, 50.0, 50.0, "up") == 100.0
    assert progress.attainment(49.0, 50.0, 50.0, "up") == 0.0
    assert progress.attainment(49.0, 50.0, 50.0, "down") == 100.0


def test_intermediate_targets_bend_the_expected_line():
    trajectory = Trajectory.build(D(2024, 1, 1), 100.0, D(2026, 1, 1), 160.0, [(D(2025, 1, 1), 150.0)])
    assert trajectory.expected_at(D(2023, 6, 1)) == 100.0
    assert trajectory.expected_at(D(2024, 7, 2)) == pytest.approx(125.0, abs=0.01)  # 183 of 366 days of 2024
    assert trajectory.expected_at(D(2025, 1, 1)) == 150.0
    assert trajectory.expected_at(D(2025, 7, 2)) == pytest.approx(155.0, abs=0.02)
    assert trajectory.expected_at(D(2027, 1, 1)) == 160.0


def test_the_gap_to_trajectory_is_attainment_minus_expected_attainment_and_sets_the_weather():
    trajectory = Trajectory.build(D(2025, 1, 1), 100.0, D(2025, 12, 31), 200.0)
    series = reported("A", {D(2025, 6, 1): 120.0}, STOCK, trajectory)
    result = progress.evaluate_indicator(
        code="X", weight=1, direction="up", aggregation="sum", series=series, source_series={}
    )
    expected_value = 100 + 100 * (D(2025, 6, 30) - D(2025, 1, 1)).days / (D(2025, 12, 31) - D(2025, 1, 1)).days
    assert result.attainment == pytest.approx(20.0)
    assert result.expected == pytest.approx(expected_value - 100)
    assert result.gap == pytest.approx(20.0 - (expected_value - 100))
    assert result.weather == "orage"  # about −29 points


def test_the_projected_date_continues_the_trend_from_the_current_value():
    trajectory = line(0, 20, D(2024, 1, 1), D(2026, 12, 31))
    assert progress.projected_period(14.0, D(2025, 3, 1), 2.0, trajectory, "up") == D(2025, 6, 1)
    short = line(0, 20, D(2024, 1, 1), D(2025, 5, 31))
    assert progress.projected_period(14.0, D(2025, 3, 1), 2.0, short, "up") is None  # « pas avant l'échéance »
    assert progress.projected_period(14.0, D(2025, 3, 1), 2.0, line(30, 5), "down") is None  # the wrong way
    assert progress.projected_period(25.0, D(2025, 3, 1), -1.0, trajectory, "up") == D(2025, 3, 1)  # reached
    assert progress.projected_period(14.0, D(2025, 3, 1), 1e-12, trajectory, "up") is None  # never, no overflow


def test_the_projected_date_is_not_pushed_a_month_later_by_float_noise():
    # 2.1 / 0.3 is 7.000000000000001 in floating point: the target is reached after 7 months, not 8.
    trajectory = line(0, 2.1, D(2024, 1, 1), D(2026, 12, 31))
    assert progress.projected_period(0.0, D(2025, 1, 1), 0.3, trajectory, "up") == D(2025, 8, 1)


def test_the_next_value_is_due_after_the_frequency_and_the_publication_delay():
    assert progress.next_due(D(2025, 1, 1), 1, 30) == D(2025, 3, 30)
    assert progress.next_due(D(2025, 3, 1), 3, 0) == D(2025, 6, 30)


# --- Engagement progress, weather, flags ---------------------------------------------------------------------


def _indicator(attainment, gap, weight=1.0, falling=False, weather=None, code="X"):
    return progress.IndicatorResult(
        code=code,
        weight=weight,
        counted=weight > 0,
        attainment=attainment,
        gap=gap,
        falling=falling,
        weather=weather or progress.weather_from_gap(gap),
        current=Figure(period=D(2025, 1, 1), value=1.0) if attainment is not None else None,
    )


def _engagement(indicators, milestones=(), **kwargs):
    options = {
        "declared_weather": "non_renseignee",
        "declared_on": None,
        "update_frequency": 1,
        "late": False,
        "today": D(2025, 3, 1),
    }
    return progress.evaluate_engagement(indicators, list(milestones), **{**options, **kwargs})


def test_engagement_progress_is_the_weighted_mean_of_indicators_and_milestones():
    result = _engagement(
        [
            _indicator(80.0, 0.0, weight=2),
            _indicator(20.0, 0.0, weight=1),
            _indicator(None, None, weight=1),
            _indicator(0.0, 0.0, weight=0),
        ],
        [MilestoneState("a", 1, True, False), MilestoneState("b", 3, False, False)],
    )
    # (80×2 + 20×1 + 25×1) / 4, the milestones (1 of 4 weight points done) counting as one input of weight 1.
    assert result.percent == pytest.approx((160 + 20 + 25) / 4)
    assert (result.computable, result.counted) == (2, 3)  # "calculé sur 2 indicateurs sur 3"


def test_without_any_input_of_its_own_a_territory_has_no_progress():
    # Defect 5: no value and no milestone set here → blank, never the region's milestones.
    result = _engagement([_indicator(None, None)], declared_weather="soleil")
    assert result.percent is None
    assert result.weather_computed == "non_renseignee"


@pytest.mark.parametrize(
    "gap, weather",
    [(-25.0, "orage"), (-15.0, "nuage"), (-5.0, "couvert"), (0.0, "soleil"), (None, "non_renseignee")],
)
def test_each_weather_level_from_the_gap(gap, weather):
    assert progress.weather_from_gap(gap) == weather


def test_an_overdue_milestone_makes_the_engagement_weather_orage_and_is_flagged():
    result = _engagement(
        [_indicator(90.0, 5.0)],
        [MilestoneState("a", 1, False, True)],
        declared_weather="soleil",
        declared_on=D(2025, 2, 10),
        update_frequency=3,
    )
    assert result.weather_computed == "orage"
    assert "jalon_en_retard" in result.flags
    assert "meteo_divergente" in result.flags


def test_an_indicator_in_orage_inside_an_engagement_that_is_not_is_named():
    # Defect 7: +53.9 and −45.7 average to soleil; the indicator in orage is flagged by name.
    result = _engagement([_indicator(100, 53.9, code="DELAI"), _indicator(0, -45.7, code="POURVOI")])
    assert result.gap == pytest.approx(4.1)
    assert result.weather_computed == "soleil"
    assert result.alerts == ["POURVOI"] and "indicateur_en_alerte" in result.flags


def test_the_flags_of_stale_weather_falling_trend_and_late_update():
    result = _engagement(
        [_indicator(50.0, 1.0, falling=True)],
        declared_weather="soleil",
        declared_on=D(2025, 1, 10),
        update_frequency=1,
        late=True,
    )
    assert result.weather_computed == "soleil"
    assert set(result.flags) == {"meteo_perimee", "tendance_defavorable", "mise_a_jour_en_retard"}


def test_a_fresh_agreeing_weather_raises_no_flag():
    result = _engagement([_indicator(50.0, 1.0)], declared_weather="soleil", declared_on=D(2025, 2, 10))
    assert result.flags == []


def test_a_falling_trend_depends_on_the_direction():
    months = [D(2025, m, 1) for m in range(1, 5)]
    series = reported("A", {p: float(10 - i) for i, p in enumerate(months)}, STOCK)
    results = {
        direction: progress.evaluate_indicator(
            code="X", weight=1, direction=direction, aggregation="sum", series=series, source_series={}
        )
        for direction in ("up", "down")
    }
    assert results["up"].falling and not results["down"].falling


def test_the_sibling_median_flag_needs_more_than_10_points():
    assert progress.below_sibling_median(39.0, [50.0, 60.0, 40.0])
    assert not progress.below_sibling_median(41.0, [50.0, 60.0, 40.0])
    assert not progress.below_sibling_median(10.0, [])


def test_a_discrepancy_between_sources_is_compared_only_on_a_complete_period():
    period = D(2025, 1, 1)
    computed = {period: Figure(period=period, value=100.0, computed=True, status="complete", covered=2, total=2)}
    partial = {period: Figure(period=period, value=100.0, computed=True, status="partial", covered=1, total=2)}
    own = {period: Figure(period=period, value=110.0)}
    assert progress.choose_source(computed, own, "computed")[period].discrepancy  # 10 % apart
    assert not progress.choose_source(partial, own, "computed")[period].discrepancy
    kept = progress.choose_source(computed, own, "reported")[period]
    assert (kept.value, kept.other) == (110.0, 100.0)


def test_theme_progress_summarises_its_engagements():
    summary = progress.summarise(
        [
            (20.0, "orage", D(2026, 6, 1), D(2026, 8, 1)),
            (60.0, "soleil", D(2026, 10, 1), D(2026, 10, 1)),
            (None, "non_renseignee", None, None),
        ]
    )
    assert (summary.percent, summary.median, summary.counted, summary.total) == (40.0, 40.0, 2, 3)
    assert summary.distribution == {"soleil": 1, "orage": 1}
    assert (summary.data_period_start, summary.data_period) == (D(2026, 6, 1), D(2026, 10, 1))


# --- Properties ------------------------------------------------------------------------------------------------

leaf_values = st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=6)


@given(st.lists(leaf_values, min_size=1, max_size=4))
def test_the_roll_up_of_a_sum_equals_the_sum_of_the_leaves(tree):
    period = D(2025, 1, 1)
    middles = {}
    for i, leaves in enumerate(tree):
        children = {f"L{i}-{j}": reported(f"L{i}-{j}", {period: float(v)}) for j, v in enumerate(leaves)}
        middles[f"M{i}"] = progress.roll_up(children, FLOW)
    root = progress.roll_up(middles, FLOW)
    assert root[period].value == sum(sum(leaves) for leaves in tree)
    assert root[period].status == "complete"


finite = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False)


@given(finite, finite, finite, st.sampled_from(["up", "down"]))
def test_attainment_stays_within_0_and_100_points(current, baseline, target, direction):
    assert 0.0 <= progress.attainment(current, baseline, target, direction) <= 100.0


# Bases are whole numbers of cases (IndicatorValue.value_errors refuses anything else).
@given(st.lists(st.tuples(st.floats(0, 100), st.integers(0, 10**6).map(float)), min_size=1, max_size=10))
def test_a_mean_of_ratios_stays_between_the_smallest_and_largest(items):
    combined = progress.aggregate(items, "mean")
    values = [v for v, _ in items]
    assert min(values) - 1e-9 <= combined.value <= max(values) + 1e-9


@pytest.mark.parametrize(
    "number, decimals, text",
    [(24.7458, None, "24,7458"), (3561.0, None, "3\u202f561"), (-43.84, 1, "−43,8"), (50, 0, "50")],
)
def test_numbers_are_written_the_french_way(number, decimals, text):
    assert progress.fr(number, decimals) == text
