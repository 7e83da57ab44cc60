import os
import shutil
import tempfile
import urllib.parse

import pytest
from django.core.cache import cache

from tests.helpers.browser import record_csp_violations
from tests.helpers.celery_eager import tasks_run_in_process  # noqa: F401  (a fixture, for every folder)
from tests.helpers.clock import frozen_clock  # noqa: F401  (a fixture, for every folder)
from tests.helpers.data import load_demo, load_protocol
from tests.helpers.smtp import smtp  # noqa: F401  (a fixture, for every folder)


def pytest_configure(config):
    """Each test process gets caches of its own: under pytest-xdist (`make test` runs `-n auto`) a worker's
    `cache.clear()`, cached page or queued task never reaches another worker, and no run touches the development
    server's cache on disk (`var/cache/`). Throwaway PostgreSQL databases (`<name>_<suffix>`) are named after the
    worker too; pytest-django already gives each worker its own test database.

    The settings were read before any conftest (pytest-django sets Django up first), so both the settings and the
    environment that child processes (gunicorn, a Celery worker, `manage.py`) inherit are moved."""
    from django.conf import settings
    from django.test.signals import setting_changed

    from francetravail.celery import app

    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    number = int(worker.removeprefix("gw") or 0)
    database_url = os.environ.get("DATABASE_URL", "")
    if worker and database_url.startswith(("postgres://", "postgresql://")):
        parsed = urllib.parse.urlparse(database_url)
        os.environ["DATABASE_URL"] = parsed._replace(path=f"{parsed.path.rstrip('/')}_{worker}").geturl()
    cache = dict(settings.CACHES["default"])
    redis_url = os.environ.get("REDIS_URL")
    if redis_url and worker:
        # Redis has 16 databases (0-15): a worker's is the configured one plus 8 + its number, modulo 16.
        base, _, index = redis_url.rpartition("/")
        moved = f"{base}/{(int(index or 0) + 8 + number) % 16}"
        os.environ["REDIS_URL"] = moved
        os.environ.pop("CACHE_REDIS_URL", None)
        settings.REDIS_URL = settings.CACHE_REDIS_URL = settings.CELERY_BROKER_URL = moved
        settings.CELERY_RESULT_BACKEND = moved
        app.conf.broker_url = app.conf.result_backend = moved
        cache["LOCATION"] = moved
    elif cache["BACKEND"].endswith("FileBasedCache"):
        cache["LOCATION"] = tempfile.mkdtemp(prefix=f"ft-test-cache-{worker or 'main'}-")
        os.environ["CACHE_DIR"] = cache["LOCATION"]
        config.add_cleanup(lambda: shutil.rmtree(cache["LOCATION"], ignore_errors=True))
    else:
        return
    settings.CACHES = {**settings.CACHES, "default": cache}
    setting_changed.send(sender=None, setting="CACHES", value=settings.CACHES, enter=True)


@pytest.fixture(autouse=True)
def _fast_hashing_and_clean_cache(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def protocol(db):
    load_protocol()


@pytest.fixture
def demo(protocol, settings):
    load_demo(settings)


@pytest.fixture
def live_protocol(transactional_db, live_server):
    """The protocol behind a live server (the development server), for the browser tests."""
    load_protocol()
    return live_server


@pytest.fixture
def live_demo(transactional_db, live_server, settings):
    """The protocol and the demo data behind a live server, for the browser tests."""
    load_demo(settings)
    return live_server


@pytest.fixture
def htmx_client(client):
    """A test client whose requests look like htmx's."""
    client.defaults["HTTP_HX_REQUEST"] = "true"
    return client


def chromium_path() -> str | None:
    return os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")


def production_services_missing() -> str | None:
    """The production pass serves the test database from another process: it needs PostgreSQL, and Redis."""
    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        return "PostgreSQL absent (DATABASE_URL)"
    if not os.environ.get("REDIS_URL"):
        return "Redis absent (REDIS_URL)"
    return None


def pytest_collection_modifyitems(config, items):
    """Browser tests: required with BROWSER_TESTS=1, skipped with 0, run when Chromium is present otherwise.

    The production pass (marker `production`) also needs PostgreSQL and Redis, on the same terms.
    """
    wanted = os.environ.get("BROWSER_TESTS", "").strip()
    missing_services = production_services_missing()
    if wanted == "1":
        if not chromium_path():
            raise pytest.UsageError("BROWSER_TESTS=1 but no Chromium found (apt-get install chromium).")
        if missing_services and any("production" in item.keywords for item in items):
            raise pytest.UsageError(
                f"BROWSER_TESTS=1 but {missing_services}: the production pass needs DATABASE_URL (PostgreSQL) "
                "and REDIS_URL (or deselect it: -m 'not production')."
            )
        return
    reason = "BROWSER_TESTS=0" if wanted == "0" else "Chromium absent (BROWSER_TESTS=1 pour l'exiger)"
    skip_browser = wanted == "0" or not chromium_path()
    for item in items:
        if "browser" in item.keywords and skip_browser:
            item.add_marker(pytest.mark.skip(reason=reason))
        elif "production" in item.keywords and missing_services:
            item.add_marker(pytest.mark.skip(reason=f"{missing_services} (BROWSER_TESTS=1 pour l'exiger)"))


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium driven by Playwright (never a browser downloaded by Playwright)."""
    # Playwright's sync API runs an event loop in this thread; Django's ORM calls made by the test itself
    # (fixtures, assertions) are still synchronous and safe here.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(),
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    """A fresh browser page that records console errors (CSP violations, 404s of assets, script errors)."""
    context = chromium.new_context(locale="fr-FR")
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    record_csp_violations(page)
    yield page
    context.close()
    # Any CSP violation fails the test, even one logged after its last check or cleared with an expected error.
    assert page.csp_violations == [], page.csp_violations
