import io
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
    call_command("load_protocol", verbosity=0, stdout=io.StringIO())


@pytest.fixture
def demo(protocol, settings):
    settings.DEBUG = True
    call_command("load_demo", stdout=io.StringIO())
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
    yield page
    context.close()


def assert_accessible(page) -> None:
    """axe-core on the current page: no violation, and nothing went wrong in the console."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    assert results.response["passes"], "axe-core did not run any rule"
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"
    assert page.console_errors == [], f"{page.url}: {page.console_errors}"
