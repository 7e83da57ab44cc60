"""Settings read from the environment: production checks, refusals of missing or malformed values, and the
two configurations (nothing set: embedded; DATABASE_URL + REDIS_URL: PostgreSQL and Redis).

Settings are read at import, so each configuration is checked in a fresh interpreter.
"""

import os
import secrets
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from francetravail.lib.env import env_bool, env_int, env_list, env_str
from tests.helpers.settings_env import (
    PROJECT_ROOT,
    environment,
    production,
    read_settings,
    run,
)

# --- Production ----------------------------------------------------------------------------------------------


def test_the_deployment_checks_pass_in_production():
    env = production()
    assert len(env["SECRET_KEY"]) == 60

    result = run("manage.py", "check", "--deploy", env=env)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = run("manage.py", "check", env=production(SECRET_KEY=None))

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run("manage.py", "check", env=production(ALLOWED_HOSTS=None))

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_reads_the_secret_key_from_a_file(tmp_path):
    secret_file = tmp_path / "secret_key"
    secret_file.write_text(secrets.token_urlsafe(45) + "\n", encoding="utf-8")

    result = run("manage.py", "check", "--deploy", env=production(SECRET_KEY=None, SECRET_KEY_FILE=str(secret_file)))

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_the_deployment_checks_fail_with_a_weak_secret_key():
    result = run("manage.py", "check", "--deploy", env=production(SECRET_KEY="court"))

    assert "security.W009" in result.stdout + result.stderr


def test_a_debug_value_that_is_not_a_boolean_is_refused():
    result = run("manage.py", "check", env=environment(DEBUG="maybe"))

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "DEBUG='maybe' is not a boolean" in result.stderr


# --- The two configurations ----------------------------------------------------------------------------------


def test_with_nothing_set_the_portal_is_embedded():
    values = read_settings(environment())

    assert values["debug"] is True
    assert values["engine"] == "django.db.backends.sqlite3"
    # On disk, shared by every process (a `manage.py` command and the server agree on the public data version).
    assert values["cache_backend"] == "django.core.cache.backends.filebased.FileBasedCache"
    assert values["eager"] is True
    assert values["broker"] == "memory://"
    assert values["result_backend"] is None


def test_with_database_and_redis_urls_the_portal_uses_postgresql_and_redis():
    values = read_settings(
        environment(
            DATABASE_URL="postgres://portail:secret@db.example:5432/portail",
            REDIS_URL="redis://cache.example:6379/0",
        )
    )

    assert values["engine"] == "django.db.backends.postgresql"
    assert values["conn_max_age"] > 0
    assert values["conn_health_checks"] is True
    assert values["cache_backend"] == "django_redis.cache.RedisCache"
    assert values["cache_options"]["IGNORE_EXCEPTIONS"] is True
    assert values["eager"] is False
    assert values["broker"] == "redis://cache.example:6379/0"
    # The full recompute's chord counts its tasks' results: kept beside the broker (only those tasks keep one).
    assert values["result_backend"] == "redis://cache.example:6379/0"


def test_the_database_connection_age_can_be_set():
    values = read_settings(
        environment(DATABASE_URL="postgres://portail@db.example/portail", DATABASE_CONN_MAX_AGE="60")
    )

    assert values["conn_max_age"] == 60


# --- francetravail.lib.env -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, expected",
    [("true", True), ("TRUE", True), ("1", True), ("yes", True), ("on", True)]
    + [("false", False), ("0", False), ("No", False), ("off", False), (" false ", False)],
)
def test_env_bool_reads_usual_spellings(monkeypatch, raw, expected):
    monkeypatch.setenv("PORTAIL_TEST_FLAG", raw)

    assert env_bool("PORTAIL_TEST_FLAG", not expected) is expected


@pytest.mark.parametrize("default", [True, False])
def test_env_bool_falls_back_to_its_default_when_unset_or_empty(monkeypatch, default):
    monkeypatch.delenv("PORTAIL_TEST_FLAG", raising=False)
    assert env_bool("PORTAIL_TEST_FLAG", default) is default

    monkeypatch.setenv("PORTAIL_TEST_FLAG", "")
    assert env_bool("PORTAIL_TEST_FLAG", default) is default


@pytest.mark.parametrize("raw", ["maybe", "2", "vrai", "truee"])
def test_env_bool_refuses_anything_else(monkeypatch, raw):
    monkeypatch.setenv("PORTAIL_TEST_FLAG", raw)

    with pytest.raises(ImproperlyConfigured, match="PORTAIL_TEST_FLAG"):
        env_bool("PORTAIL_TEST_FLAG", True)


def test_a_file_variant_gives_the_value(monkeypatch, tmp_path):
    secret = tmp_path / "secret"
    secret.write_text("  valeur-du-secret\n", encoding="utf-8")
    monkeypatch.setenv("PORTAIL_TEST_SECRET", "valeur-directe")
    monkeypatch.setenv("PORTAIL_TEST_SECRET_FILE", str(secret))

    assert env_str("PORTAIL_TEST_SECRET") == "valeur-du-secret"


def test_a_file_variant_works_for_booleans_too(monkeypatch, tmp_path):
    flag = tmp_path / "flag"
    flag.write_text("false\n", encoding="utf-8")
    monkeypatch.setenv("PORTAIL_TEST_FLAG_FILE", str(flag))

    assert env_bool("PORTAIL_TEST_FLAG", True) is False


def test_a_file_variant_that_cannot_be_read_is_refused(monkeypatch, tmp_path):
    monkeypatch.setenv("PORTAIL_TEST_SECRET_FILE", str(tmp_path / "absent"))

    with pytest.raises(ImproperlyConfigured, match="PORTAIL_TEST_SECRET_FILE"):
        env_str("PORTAIL_TEST_SECRET")


def test_env_int_refuses_a_non_integer(monkeypatch):
    monkeypatch.setenv("PORTAIL_TEST_NUMBER", "dix")

    with pytest.raises(ImproperlyConfigured, match="PORTAIL_TEST_NUMBER"):
        env_int("PORTAIL_TEST_NUMBER", 1)


def test_env_list_splits_on_commas_and_drops_blanks(monkeypatch):
    monkeypatch.setenv("PORTAIL_TEST_HOSTS", " a.example.fr, ,b.example.fr ,")

    assert env_list("PORTAIL_TEST_HOSTS") == ["a.example.fr", "b.example.fr"]


def test_a_write_from_another_process_is_seen_by_this_one():
    # Defect 12 of the figures issue: with a per-process cache, a value saved from a shell (or a worker) left the
    # running server's pages stale. Whatever the configuration, the public data version is shared.
    from common.public_cache import public_data_version

    before = public_data_version()
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from common.public_cache import bump_public_data_version; "
            "print(bump_public_data_version())",
        ],
        cwd=PROJECT_ROOT,
        env=dict(os.environ, DJANGO_SETTINGS_MODULE="francetravail.settings"),
        capture_output=True,
        text=True,
        check=True,
    )
    written = int(result.stdout.strip().splitlines()[-1])
    assert written != before
    assert public_data_version() == written
