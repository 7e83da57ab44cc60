"""The site as it is deployed, for the browser: gunicorn with DEBUG=false, the static files collected into the
production storage (WhiteNoise's compressed manifest storage), PostgreSQL and Redis.

gunicorn runs in another process: it reads the test database, so the data are committed (transactional_db) before
it starts, and it is stopped before pytest-django empties the tables.
"""

import urllib.parse
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.db import connection

from tests.helpers.data import load_demo, load_protocol
from tools.production_server import collectstatic, gunicorn, production_env


@pytest.fixture(autouse=True)
def _fast_hashing_and_clean_cache():
    """Passwords keep the real hashers here: gunicorn checks them with the project's settings, not the tests'."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session")
def production_static(tmp_path_factory) -> str:
    """collectstatic once per session, as the Dockerfile does, into a throwaway STATIC_ROOT."""
    root = str(tmp_path_factory.mktemp("staticfiles"))
    collectstatic(production_env(STATIC_ROOT=root))
    return root


def _test_database_url() -> str:
    db = connection.settings_dict
    credentials = urllib.parse.quote(db["USER"] or "", safe="")
    if db["PASSWORD"]:
        credentials += ":" + urllib.parse.quote(db["PASSWORD"], safe="")
    return f"postgres://{credentials}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def start_gunicorn(transactional_db, production_static):
    """A context manager that serves the test database with gunicorn, to enter once the test's data are in."""
    return lambda: gunicorn(production_env(STATIC_ROOT=production_static, DATABASE_URL=_test_database_url()))


@pytest.fixture
def live_protocol(start_gunicorn):
    load_protocol()
    with start_gunicorn() as url:
        yield SimpleNamespace(url=url)


@pytest.fixture
def live_demo(start_gunicorn, settings):
    # Loaded as in development (load_demo refuses DEBUG=false), then served with DEBUG off.
    load_demo(settings)
    with start_gunicorn() as url:
        yield SimpleNamespace(url=url)
