"""A fixed clock for the tests whose answer depends on the date (the engine, the demo, the reader).

The demo is dated relative to today and the engine's headline period, lateness and trajectories all depend on the
day: without a fixed clock, a test could pass on the 15th and fail on the 1st. Time still moves (``tick``), so that
timestamps keep their order. Tests that talk to another process (a live server, a Celery worker) keep the wall
clock: that process would not share the frozen one.
"""

import datetime
import os
import zoneinfo

import pytest
import time_machine

# Mid-month, mid-morning in Paris: neither a month's first nor its last day, nor near midnight in UTC.
# TESTS_FROZEN_AT (ISO 8601, Paris time) runs them on another moment: a month's last evening, the next morning.
FROZEN_AT = datetime.datetime.fromisoformat(os.environ.get("TESTS_FROZEN_AT") or "2026-11-16T10:00").replace(
    tzinfo=zoneinfo.ZoneInfo("Europe/Paris")
)


@pytest.fixture
def frozen_clock():
    with time_machine.travel(FROZEN_AT, tick=True) as traveller:
        yield traveller
