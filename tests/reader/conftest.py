import pytest


@pytest.fixture(autouse=True)
def _fixed_day(request):
    """Every reader test runs on the same day, except those that start a worker process (its own clock)."""
    if request.node.get_closest_marker("wall_clock") is None:
        request.getfixturevalue("frozen_clock")
