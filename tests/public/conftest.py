import io

import pytest
from django.core.management import call_command


@pytest.fixture
def live_demo(transactional_db, live_server, settings):
    """The protocol and the demo data behind a live server, for the browser tests."""
    call_command("load_protocol", verbosity=0, stdout=io.StringIO())
    settings.DEBUG = True
    call_command("load_demo", stdout=io.StringIO())
    settings.DEBUG = False
    return live_server
