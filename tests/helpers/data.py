"""The protocol and the demo data for tests: loaded once per session, then replayed."""

import io

from django.core.management import call_command

from tests.helpers.db_replay import replay


def load_protocol() -> None:
    """The real protocol of the Hauts-de-France, from the project's own YAML copy (loaded once per session, then
    replayed: tests/helpers/db_replay.py)."""
    replay.load("protocol", lambda: call_command("load_protocol", verbosity=0, stdout=io.StringIO()))


def load_demo(settings) -> None:
    """The protocol and the demo data set on top of it (loaded once per session, then replayed)."""
    load_protocol()
    # load_demo refuses DEBUG=false (it creates accounts with known passwords): loaded as in development.
    settings.DEBUG = True
    try:
        replay.load("demo", lambda: call_command("load_demo", stdout=io.StringIO()))
    finally:
        settings.DEBUG = False
