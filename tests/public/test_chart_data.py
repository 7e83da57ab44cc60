"""What the line chart is given (engagements.queries.line_chart): months in French across the whole period of the
trajectory, partial periods as their own series with their coverage note, target and trajectory on every month."""

import datetime
import json

from engagements import progress, queries

D = datetime.date


def point(period, value, *, provisional=False, missing=()):
    return queries.ChartPoint(
        period=period,
        value=value,
        computed=True,
        coverage="4/5" if provisional else "5/5",
        status=progress.PARTIAL if provisional else progress.COMPLETE,
        missing=missing,
        carried=(),
        expected=None,
        target=None,
        provisional=provisional,
    )


def test_the_target_and_the_trajectory_span_the_whole_period_and_partial_periods_are_marked():
    trajectory = progress.Trajectory(points=((D(2024, 10, 31), 100.0), (D(2025, 3, 31), 150.0)))
    points = [
        point(D(2024, 11, 1), 4512.25),
        point(D(2024, 12, 1), 110.0),
        point(D(2025, 1, 1), 90.0, provisional=True, missing=("80",)),
    ]

    chart = queries.line_chart(points, trajectory, {"80": "Somme"})

    labels = json.loads(chart["x"])[0]
    assert labels == ["oct. 2024", "nov. 2024", "déc. 2024", "janv. 2025", "févr. 2025", "mars 2025"]
    assert json.loads(chart["names"]) == ["Valeur", "Valeur provisoire", "Trajectoire attendue", "Cible"]
    value, partial, expected, target = json.loads(chart["y"])
    assert value == [None, 4512.25, 110.0, None, None, None]
    assert partial == [None, None, 110.0, 90.0, None, None]  # joined to the last complete period
    assert expected[0] == 100.0 and expected[-1] == 150.0 and None not in expected
    assert target == [150.0] * 6
    assert json.loads(chart["decimals"]) == [None, None, 1, 1]
    assert json.loads(chart["styles"]) == ["", "provisional", "reference", "reference"]
    assert json.loads(chart["notes"]) == {"janv. 2025": "provisoire, 4/5 — manque : Somme"}


def test_without_a_trajectory_only_the_values_are_drawn():
    chart = queries.line_chart([point(D(2026, 5, 1), 3.5), point(D(2026, 7, 1), 4.0)], None, {})

    assert json.loads(chart["x"]) == [["mai 2026", "juin 2026", "juil. 2026"]]
    assert json.loads(chart["y"]) == [[3.5, None, 4.0]]
    assert json.loads(chart["notes"]) == {}
    assert queries.line_chart([], None, {})["y"] == "[]"
