"""Issue 11, item 8: production guards — e-mail back end, /sante/ for anonymous callers and during a Redis outage,
the Permissions-Policy header, the French CSRF failure page."""

import socket
import time

import pytest
from django.core.checks import run_checks
from django.test import Client

from tests.factories import UserFactory
from tests.helpers.settings_env import production, run

pytestmark = pytest.mark.django_db


# --- E-mail back end ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("backend", ["console", "locmem"])
def test_production_refuses_to_start_with_an_e_mail_backend_that_does_not_deliver(backend):
    env = production(EMAIL_HOST=None, EMAIL_BACKEND=f"django.core.mail.backends.{backend}.EmailBackend")

    result = run("manage.py", "check", "--deploy", env=env)

    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "francetravail.E001" in output
    assert "les courriels" in output and "EMAIL_HOST" in output


def test_the_production_server_refuses_to_serve_with_the_console_backend():
    # gunicorn imports the WSGI application and runs no system check: the entry point refuses by itself.
    env = production(EMAIL_HOST=None)

    result = run("-c", "import francetravail.wsgi", env=env)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and "EMAIL_HOST" in result.stderr
    assert run("-c", "import francetravail.wsgi", env=production()).returncode == 0


def test_production_starts_with_smtp():
    result = run("manage.py", "check", "--deploy", env=production(EMAIL_HOST="smtp.example.gouv.fr"))

    assert result.returncode == 0, result.stdout + result.stderr


def test_the_check_in_process(settings):
    settings.DEBUG = False
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    assert [e.id for e in run_checks() if e.id == "francetravail.E001"] == ["francetravail.E001"]

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    assert not [e for e in run_checks() if e.id == "francetravail.E001"]

    settings.DEBUG = True
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    assert not [e for e in run_checks() if e.id == "francetravail.E001"]


# --- /sante/ --------------------------------------------------------------------------------------------------


def test_anonymous_callers_get_the_status_only(client):
    response = client.get("/sante/")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_staff_get_the_details(client):
    client.force_login(UserFactory(is_staff=True))

    assert set(client.get("/sante/").json()) == {"database", "cache", "broker"}


def test_a_signed_in_partner_gets_the_status_only(client):
    client.force_login(UserFactory())

    assert client.get("/sante/").json() == {"status": "ok"}


def test_a_probe_with_the_token_gets_the_details(client, settings):
    settings.HEALTH_TOKEN = "jeton-de-supervision"

    assert set(client.get("/sante/", HTTP_AUTHORIZATION="Bearer jeton-de-supervision").json()) == {
        "database",
        "cache",
        "broker",
    }
    assert client.get("/sante/", HTTP_AUTHORIZATION="Bearer autre").json() == {"status": "ok"}
    settings.HEALTH_TOKEN = ""
    assert client.get("/sante/", HTTP_AUTHORIZATION="Bearer ").json() == {"status": "ok"}


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _black_hole_port():
    """A listening socket that never accepts: connections hang until their timeout (a stuck Redis)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(0)
    return sock


@pytest.fixture
def redis_down(settings):
    url = f"redis://127.0.0.1:{_closed_port()}/0"
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
        }
    }
    settings.CELERY_BROKER_URL = url
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.HEALTH_TOKEN = "t"
    return url


def test_health_answers_within_a_second_when_redis_is_down(redis_down):
    client = Client()
    # The first call in a process also imports and builds the Redis client (2 s once on a busy machine): time a
    # call as a monitor makes it, every minute, from a warm process.
    client.get("/sante/")
    started = time.perf_counter()
    response = client.get("/sante/", HTTP_AUTHORIZATION="Bearer t")
    elapsed = time.perf_counter() - started

    assert elapsed < 1
    assert response.status_code == 200  # the pages are still served, from the database
    report = response.json()
    assert report["cache"]["status"] == "erreur"
    assert report["broker"]["status"] == "erreur"
    assert Client().get("/sante/").json() == {"status": "degrade"}


def test_health_answers_within_a_second_when_redis_hangs(settings):
    hole = _black_hole_port()
    try:
        url = f"redis://127.0.0.1:{hole.getsockname()[1]}/0"
        settings.CACHES = {
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": url,
                "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.1, "SOCKET_TIMEOUT": 0.1},
            }
        }
        settings.CELERY_BROKER_URL = url
        settings.CELERY_TASK_ALWAYS_EAGER = False
        client = Client()
        # The first call in a process also imports and builds the Redis client: time a call as a monitor makes it.
        client.get("/sante/")
        started = time.perf_counter()
        response = client.get("/sante/")
        elapsed = time.perf_counter() - started
    finally:
        hole.close()

    assert elapsed < 1
    assert response.json() == {"status": "degrade"}


# --- Headers and the CSRF page ------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/", "/sante/", "/api/v1/themes", "/comptes/connexion/", "/page-inexistante/"])
def test_every_response_carries_a_permissions_policy(client, url):
    response = client.get(url)

    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_a_csrf_failure_is_explained_in_french_in_the_site_layout():
    client = Client(enforce_csrf_checks=True)

    response = client.post("/comptes/connexion/", {"username": "a@b.test", "password": "x"})

    assert response.status_code == 403
    content = response.content.decode()
    assert "Formulaire expiré ou refusé" in content
    assert "fr-header" in content  # the DSFR layout
    assert "CSRF verification failed" not in content
