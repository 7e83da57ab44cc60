import os
import shutil

import pytest
from django.core.cache import cache
from django.core.management import call_command


@pytest.fixture(autouse=True)
def _fast_hashing_and_clean_cache(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def protocol(db):
    """The real protocol of the Hauts-de-France, loaded from the project's own YAML copy."""
    call_command("load_protocol", verbosity=0, stdout=open(os.devnull, "w"))


@pytest.fixture
def demo(protocol, settings):
    settings.DEBUG = True
    call_command("load_demo", stdout=open(os.devnull, "w"))
    settings.DEBUG = False


@pytest.fixture
def htmx_client(client):
    """A test client whose requests look like htmx's."""
    client.defaults["HTTP_HX_REQUEST"] = "true"
    return client


def chromium_path() -> str | None:
    return os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")


def pytest_collection_modifyitems(config, items):
    """Browser tests: required with BROWSER_TESTS=1, skipped with 0, run when Chromium is present otherwise."""
    wanted = os.environ.get("BROWSER_TESTS", "").strip()
    if wanted == "1":
        if not chromium_path():
            raise pytest.UsageError("BROWSER_TESTS=1 but no Chromium found (apt-get install chromium).")
        return
    reason = "BROWSER_TESTS=0" if wanted == "0" else "Chromium absent (BROWSER_TESTS=1 pour l'exiger)"
    if wanted == "0" or not chromium_path():
        skip = pytest.mark.skip(reason=reason)
        for item in items:
            if "browser" in item.keywords:
                item.add_marker(skip)
