"""The rules of DESIGN §4, each against hand-computed expectations (no database)."""

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from engagements import progress
from engagements.progress import Cell, MilestoneState, Trajectory

D = datetime.date


def cells(values: dict, base: dict | None = None) -> dict:
    return {period: Cell(value=v, base=(base or {}).get(period)) for period, v in values.items()}


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
    assert combined.method == "moyenne pondérée par les bases"


def test_a_ratio_without_every_base_is_a_plain_mean_marked_as_such():
    combined = progress.aggregate([(50.0, 100.0), (20.0, None)], "mean")
    assert combined.value == pytest.approx(35.0)
    assert combined.method == "moyenne simple"


def test_aggregation_none_is_never_rolled_up():
    assert progress.aggregate([(1.0, None)], "none") is None
    children = {"A": cells({D(2025, 1, 1): 1.0})}
    assert progress.roll_up(children, aggregation="none", measure="stock", frequency=1, delay_days=30) == {}


# --- Roll-up, coverage, carry-forward ---------------------------------------------------------------------------


def test_a_missing_child_makes_the_parent_partial_and_a_fresh_level_is_carried_forward():
    children = {
        "A": cells({D(2025, 1, 1): 10.0, D(2025, 2, 1): 12.0, D(2025, 3, 1): 14.0}),
        "B": cells({D(2025, 1, 1): 5.0}),
        "C": {},
    }
    parent = progress.roll_up(children, aggregation="sum", measure="stock", frequency=1, delay_days=30)
    assert parent[D(2025, 1, 1)].value == 15 and parent[D(2025, 1, 1)].coverage == "2/3"
    # B's January level is due again on 30 March (end of February + 30 days): it still stands for February.
    assert parent[D(2025, 2, 1)].value == 17
    assert parent[D(2025, 2, 1)].carried == ("B",)
    assert parent[D(2025, 2, 1)].coverage == "2/3"
    # By the end of March it is overdue: not carried any more.
    assert parent[D(2025, 3, 1)].value == 14
    assert parent[D(2025, 3, 1)].carried == ()
    assert parent[D(2025, 3, 1)].coverage == "1/3"
    assert not parent[D(2025, 3, 1)].complete


def test_a_flow_is_never_carried_forward():
    children = {"A": cells({D(2025, 1, 1): 10.0, D(2025, 2, 1): 12.0}), "B": cells({D(2025, 1, 1): 5.0})}
    parent = progress.roll_up(children, aggregation="sum", measure="flow", frequency=1, delay_days=30)
    assert parent[D(2025, 2, 1)].value == 12
    assert parent[D(2025, 2, 1)].coverage == "1/2"


def test_a_complete_parent_says_so():
    children = {"A": cells({D(2025, 1, 1): 1.0}), "B": cells({D(2025, 1, 1): 2.0})}
    parent = progress.roll_up(children, aggregation="sum", measure="flow", frequency=1, delay_days=0)
    assert parent[D(2025, 1, 1)].complete
    assert parent[D(2025, 1, 1)].computed


@pytest.mark.parametrize("parent_source, kept, other", [("computed", 100.0, 110.0), ("reported", 110.0, 100.0)])
def test_a_value_reported_at_the_parent_under_both_source_settings(parent_source, kept, other):
    period = D(2025, 1, 1)
    computed = {period: Cell(value=100.0, computed=True, covered=2, total=2, method="somme")}
    reported = {period: Cell(value=110.0)}
    chosen = progress.choose_source(computed, reported, parent_source)[period]
    assert chosen.value == kept
    assert chosen.other == other
    assert chosen.discrepancy  # 10 % apart: more than 5 %


def test_a_small_gap_between_sources_is_not_flagged():
    period = D(2025, 1, 1)
    chosen = progress.choose_source({period: Cell(value=100.0, computed=True)}, {period: Cell(value=104.0)}, "computed")
    assert not chosen[period].discrepancy


# --- Targets, attainment, trajectory, projection -----------------------------------------------------------


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


def test_the_gap_to_trajectory_is_attainment_minus_expected_attainment():
    trajectory = Trajectory.build(D(2025, 1, 1), 100.0, D(2025, 12, 31), 200.0)
    series = {D(2025, 6, 1): Cell(value=120.0)}
    result = progress.evaluate_indicator(
        code="X",
        weight=1,
        measure="stock",
        direction="up",
        frequency=1,
        delay_days=30,
        series=series,
        trajectory=trajectory,
        today=D(2025, 7, 15),
    )
    expected_value = 100 + 100 * (D(2025, 6, 30) - D(2025, 1, 1)).days / (D(2025, 12, 31) - D(2025, 1, 1)).days
    assert result.attainment == pytest.approx(20.0)
    assert result.expected == pytest.approx(expected_value - 100)
    assert result.gap == pytest.approx(20.0 - (expected_value - 100))


def test_the_projected_date_follows_the_trend_of_the_last_flows():
    series = {D(2025, 1, 1): 10.0, D(2025, 2, 1): 12.0, D(2025, 3, 1): 14.0}
    assert progress.projected_period(series, 20.0, D(2026, 12, 31), "up") == D(2025, 6, 1)
    assert progress.projected_period(series, 20.0, D(2025, 5, 31), "up") is None  # "pas avant l'échéance"
    assert progress.projected_period(series, 5.0, D(2026, 12, 31), "down") is None  # going the wrong way
    assert progress.projected_period({D(2025, 1, 1): 1.0, D(2025, 2, 1): 2.0}, 5.0, D(2026, 1, 1), "up") is None


def test_the_next_value_is_due_after_the_frequency_and_the_publication_delay():
    assert progress.next_due(D(2025, 1, 1), 1, 30) == D(2025, 3, 30)
    assert progress.next_due(D(2025, 3, 1), 3, 0) == D(2025, 6, 30)


def test_an_indicator_past_its_due_date_is_overdue():
    result = progress.evaluate_indicator(
        code="X",
        weight=1,
        measure="flow",
        direction="up",
        frequency=1,
        delay_days=30,
        series={D(2025, 1, 1): Cell(value=1.0)},
        trajectory=None,
        today=D(2025, 3, 31),
    )
    assert result.overdue and result.attainment is None and result.explanation == "pas de cible"


# --- Engagement progress, weather, flags ---------------------------------------------------------------------


def _indicator(attainment, gap, weight=1.0, falling=False, overdue=False):
    return progress.IndicatorResult(
        code="X", weight=weight, counted=weight > 0, attainment=attainment, gap=gap, falling=falling, overdue=overdue
    )


def test_engagement_progress_is_the_weighted_mean_of_indicators_and_milestones():
    result = progress.evaluate_engagement(
        [
            _indicator(80.0, 0.0, weight=2),
            _indicator(20.0, 0.0, weight=1),
            _indicator(None, None, weight=1),
            _indicator(0.0, 0.0, weight=0),
        ],
        [MilestoneState(1, True, False), MilestoneState(3, False, False)],
        declared_weather="non_renseignee",
        declared_on=None,
        update_frequency=1,
        today=D(2025, 1, 1),
    )
    # (80×2 + 20×1 + 25×1) / 4, the milestones (1 of 4 weight points done) counting as one input of weight 1.
    assert result.percent == pytest.approx((160 + 20 + 25) / 4)
    assert (result.computable, result.counted) == (2, 3)  # "calculé sur 2 indicateurs sur 3"


def test_without_any_input_progress_is_blank():
    result = progress.evaluate_engagement(
        [_indicator(None, None)],
        [],
        declared_weather="soleil",
        declared_on=None,
        update_frequency=1,
        today=D(2025, 1, 1),
    )
    assert result.percent is None
    assert result.weather_computed == "non_renseignee"


@pytest.mark.parametrize(
    "gap, overdue, weather",
    [
        (-25.0, False, "orage"),
        (-15.0, False, "nuage"),
        (-5.0, False, "couvert"),
        (0.0, False, "soleil"),
        (12.0, True, "orage"),
        (None, False, "non_renseignee"),
    ],
)
def test_each_computed_weather_level(gap, overdue, weather):
    assert progress.computed_weather(gap, overdue) == weather


def test_an_overdue_milestone_makes_the_weather_orage_and_is_flagged():
    result = progress.evaluate_engagement(
        [_indicator(90.0, 5.0)],
        [MilestoneState(1, False, True)],
        declared_weather="soleil",
        declared_on=D(2025, 1, 10),
        update_frequency=3,
        today=D(2025, 2, 1),
    )
    assert result.weather_computed == "orage"
    assert "jalon_en_retard" in result.flags
    assert "meteo_divergente" in result.flags


def test_the_flags_of_stale_weather_falling_trend_and_late_update():
    result = progress.evaluate_engagement(
        [_indicator(50.0, 1.0, falling=True, overdue=True)],
        [],
        declared_weather="soleil",
        declared_on=D(2025, 1, 10),
        update_frequency=1,
        today=D(2025, 3, 1),
    )
    assert result.weather_computed == "soleil"
    assert set(result.flags) == {"meteo_perimee", "tendance_defavorable", "mise_a_jour_en_retard"}


def test_a_fresh_agreeing_weather_raises_no_flag():
    result = progress.evaluate_engagement(
        [_indicator(50.0, 1.0)],
        [],
        declared_weather="soleil",
        declared_on=D(2025, 2, 10),
        update_frequency=1,
        today=D(2025, 3, 1),
    )
    assert result.flags == []


def test_a_falling_trend_depends_on_the_direction():
    series = {D(2025, m, 1): Cell(value=float(10 - m)) for m in range(1, 5)}
    down = progress.evaluate_indicator(
        code="X",
        weight=1,
        measure="stock",
        direction="down",
        frequency=1,
        delay_days=30,
        series=series,
        trajectory=None,
        today=D(2025, 5, 1),
    )
    up = progress.evaluate_indicator(
        code="X",
        weight=1,
        measure="stock",
        direction="up",
        frequency=1,
        delay_days=30,
        series=series,
        trajectory=None,
        today=D(2025, 5, 1),
    )
    assert not down.falling and up.falling


def test_the_sibling_median_flag_needs_more_than_10_points():
    assert progress.below_sibling_median(39.0, [50.0, 60.0, 40.0])
    assert not progress.below_sibling_median(41.0, [50.0, 60.0, 40.0])
    assert not progress.below_sibling_median(10.0, [])


# --- Properties ------------------------------------------------------------------------------------------------

leaf_values = st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=6)


@given(st.lists(leaf_values, min_size=1, max_size=4))
def test_the_roll_up_of_a_sum_equals_the_sum_of_the_leaves(tree):
    period = D(2025, 1, 1)
    middles = {}
    for i, leaves in enumerate(tree):
        children = {f"L{i}-{j}": {period: Cell(value=float(v))} for j, v in enumerate(leaves)}
        middles[f"M{i}"] = progress.roll_up(children, aggregation="sum", measure="flow", frequency=1, delay_days=0)
    root = progress.roll_up(middles, aggregation="sum", measure="flow", frequency=1, delay_days=0)
    assert root[period].value == sum(sum(leaves) for leaves in tree)
    assert root[period].complete


finite = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False)


@given(finite, finite, finite, st.sampled_from(["up", "down"]))
def test_attainment_stays_within_0_and_100_points(current, baseline, target, direction):
    assert 0.0 <= progress.attainment(current, baseline, target, direction) <= 100.0


@given(st.lists(st.tuples(st.floats(0, 100), st.floats(1, 1e6)), min_size=1, max_size=10))
def test_a_weighted_mean_of_ratios_stays_between_the_smallest_and_largest(items):
    combined = progress.aggregate(items, "mean")
    values = [v for v, _ in items]
    assert min(values) - 1e-9 <= combined.value <= max(values) + 1e-9


def test_a_discrepancy_between_sources_is_flagged_on_the_engagement():
    indicator = _indicator(50.0, 1.0)
    indicator.current = Cell(value=110.0, other=100.0, discrepancy=True)
    result = progress.evaluate_engagement(
        [indicator], [], declared_weather="non_renseignee", declared_on=None, update_frequency=1, today=D(2025, 3, 1)
    )
    assert result.flags == ["ecart_entre_sources"]


@pytest.mark.parametrize(
    "number, decimals, text", [(24.7458, None, "24,7458"), (3561.0, None, "3561"), (-43.84, 1, "−43,8"), (50, 0, "50")]
)
def test_numbers_are_written_the_french_way(number, decimals, text):
    assert progress.fr(number, decimals) == text
