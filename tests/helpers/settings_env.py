"""Settings as a fresh interpreter reads them from an environment: for the tests of settings and production guards."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent.parent


SETTINGS_VARIABLES = [
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DATABASE_URL",
    "REDIS_URL",
    "SQLITE_PATH",
    "DATABASE_CONN_MAX_AGE",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
]


READ_SETTINGS = """
import json
from django.conf import settings

database = settings.DATABASES["default"]
cache = settings.CACHES["default"]
print(json.dumps({
    "debug": settings.DEBUG,
    "engine": database["ENGINE"],
    "conn_max_age": database.get("CONN_MAX_AGE"),
    "conn_health_checks": database.get("CONN_HEALTH_CHECKS"),
    "cache_backend": cache["BACKEND"],
    "cache_options": cache.get("OPTIONS", {}),
    "eager": settings.CELERY_TASK_ALWAYS_EAGER,
    "broker": settings.CELERY_BROKER_URL,
    "result_backend": settings.CELERY_RESULT_BACKEND,
}))
"""


def environment(**values: str) -> dict[str, str]:
    """This process's environment without any of the portal's settings (nor their *_FILE forms), plus `values`."""
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in SETTINGS_VARIABLES
        and name.removesuffix("_FILE") not in SETTINGS_VARIABLES
        # Set by the browser tests for Playwright's event loop; never part of a real deployment.
        and name != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    env["DJANGO_SETTINGS_MODULE"] = "francetravail.settings"
    env.update(values)
    return env


def production(**overrides: str) -> dict[str, str]:
    values = {
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(45),  # 60 characters
        "ALLOWED_HOSTS": "portail.example.gouv.fr",
        # A production start needs a delivering e-mail back end (francetravail.E001).
        "EMAIL_HOST": "smtp.example.gouv.fr",
        # And the address its e-mails link to (francetravail.E002).
        "SITE_URL": "https://portail.example.gouv.fr",
    }
    if os.environ.get("DATABASE_URL"):
        values["DATABASE_URL"] = os.environ["DATABASE_URL"]
    values.update(overrides)
    return environment(**{name: value for name, value in values.items() if value is not None})


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def read_settings(env: dict[str, str]) -> dict:
    result = run("-c", READ_SETTINGS, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)
