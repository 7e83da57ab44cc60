"""/sante/: the health check of the database, the cache and the broker, including a real database outage."""

import os
import sqlite3
from contextlib import contextmanager

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _monitoring_token(settings, client):
    """These tests read the details, which /sante/ gives a probe holding the token (anonymous callers get the status
    only: tests/hardening/test_production_guards.py)."""
    settings.HEALTH_TOKEN = "jeton-de-test"
    client.defaults["HTTP_AUTHORIZATION"] = "Bearer jeton-de-test"


def test_health_is_ok_on_the_default_settings(client):
    response = client.get("/sante/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    report = response.json()
    assert set(report) == {"database", "cache", "broker"}
    assert {name: check["status"] for name, check in report.items()} == {
        "database": "ok",
        "cache": "ok",
        "broker": "ok",
    }
    assert report["database"]["detail"] == connection.vendor
    assert all(isinstance(check["ms"], int | float) for check in report.values())


def test_health_is_never_cached(client):
    response = client.get("/sante/")

    assert "no-cache" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


def test_health_refuses_post(client):
    assert client.post("/sante/").status_code == 405


@pytest.mark.skipif(bool(os.environ.get("REDIS_URL")), reason="REDIS_URL is set: the cache and broker are Redis")
def test_health_reports_the_embedded_cache_and_eager_tasks_without_redis(client):
    report = client.get("/sante/").json()

    assert report["cache"]["detail"] == "FileBasedCache"
    assert report["broker"]["detail"] == "mode synchrone (pas de broker)"


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="REDIS_URL is not set (CI sets it)")
def test_health_checks_redis_for_real_when_redis_url_is_set(client):
    response = client.get("/sante/")

    assert response.status_code == 200
    report = response.json()
    assert report["broker"] == {"status": "ok", "detail": "redis", "ms": report["broker"]["ms"]}
    assert report["cache"]["status"] == "ok"
    assert report["cache"]["detail"] == "RedisCache"


@contextmanager
def unreachable_database():
    """The default connection pointed at a database that cannot be reached, for real (no mock); then restored."""
    original = connection.settings_dict
    broken = dict(original)
    keeper = None
    if connection.vendor == "sqlite":
        broken["NAME"] = "/nonexistent/dir/x.sqlite3"
        if connection.is_in_memory_db():
            # Closing the last connection to an in-memory database destroys it, which is why Django ignores
            # close() on one: hold another connection to it while Django's is really closed.
            keeper = sqlite3.connect(original["NAME"], uri=True)
    else:
        broken["PORT"] = "1"
    connection.close()
    connection.settings_dict = broken
    connection.close()  # Now effective on an in-memory SQLite database too.
    try:
        yield
    finally:
        connection.settings_dict = original
        connection.close()
        connection.ensure_connection()
        if keeper is not None:
            keeper.close()


def test_health_answers_503_when_the_database_is_unreachable(client, transactional_db):
    with unreachable_database():
        response = client.get("/sante/")

    assert response.status_code == 503
    report = response.json()
    assert report["database"]["status"] == "erreur"
    assert report["database"]["detail"].startswith("OperationalError: "), report["database"]["detail"]
    # The other checks still run and report on their own.
    assert report["cache"]["status"] == "ok"
    assert report["broker"]["status"] == "ok"


def test_health_is_ok_again_once_the_database_is_back(client, transactional_db):
    with unreachable_database():
        assert client.get("/sante/").status_code == 503

    response = client.get("/sante/")

    assert response.status_code == 200
    assert response.json()["database"] == {
        "status": "ok",
        "detail": connection.vendor,
        "ms": response.json()["database"]["ms"],
    }
