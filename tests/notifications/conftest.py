import pytest

from notifications.models import Outgoing, Reminder, Subscriber
from tests.helpers.data import load_demo


@pytest.fixture(autouse=True)
def _fixed_day(request):
    """Every reminder and subscription test runs on the same day (a Monday: the weekly reminder day), except those
    that start a worker process (its own clock)."""
    if request.node.get_closest_marker("wall_clock") is None:
        request.getfixturevalue("frozen_clock")


@pytest.fixture
def sent(django_capture_on_commit_callbacks):
    """Runs ``action`` and then what it sends after its commit (a test's transaction never commits)."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run


@pytest.fixture
def demo(protocol, settings):
    """The demo without what it sends (this week's reminders, its follower): these tests start from no e-mail."""
    load_demo(settings)
    Reminder.objects.all().delete()
    Outgoing.objects.all().delete()
    Subscriber.objects.all().delete()
