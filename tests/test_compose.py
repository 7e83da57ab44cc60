"""docker-compose.yml cannot be started here (no Docker engine): check that it parses and names what exists."""

import importlib
import re
import shlex
from pathlib import Path

import yaml
from django.core.management import get_commands

from francetravail.celery import app as celery_app
from tools.production_server import dockerfile_command

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def _command_words(service: str) -> list[str]:
    command = COMPOSE["services"][service]["command"]
    return shlex.split(command) if isinstance(command, str) else list(command)


def test_it_describes_exactly_the_six_processes_with_health_checks():
    services = COMPOSE["services"]
    assert set(services) == {"web", "worker", "beat", "postgres", "redis", "mailpit"}
    for name, service in services.items():
        assert "healthcheck" in service, name
        assert service["healthcheck"]["test"], name
    assert services["postgres"]["image"] == "postgres:15"
    assert services["redis"]["image"] == "redis:7"


def test_the_application_services_get_the_environment_they_need_and_wait_for_healthy_services():
    for name in ("web", "worker", "beat"):
        service = COMPOSE["services"][name]
        env = service["environment"]
        assert env["DEBUG"] == "false"
        assert env["DATABASE_URL"].startswith("postgres://") and "@postgres:5432/" in env["DATABASE_URL"]
        assert env["REDIS_URL"].startswith("redis://redis:6379")
        assert "SECRET_KEY" in env and "ALLOWED_HOSTS" in env
        assert service["depends_on"] == {
            "postgres": {"condition": "service_healthy"},
            "redis": {"condition": "service_healthy"},
        }
    assert (ROOT / "Dockerfile").is_file()


def test_the_web_command_names_management_commands_and_a_wsgi_module_that_exist(settings):
    # The WSGI module refuses a production start without a delivering e-mail back end (tests use locmem).
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.SITE_URL = "https://portail.example.gouv.fr"
    words = _command_words("web")
    script = words[-1] if words[:2] == ["sh", "-c"] else " ".join(words)
    for command in re.findall(r"manage\.py (\w+)", script):
        assert command in get_commands(), command
    module, _, attribute = re.search(r"gunicorn (\S+)", script).group(1).partition(":")
    assert callable(getattr(importlib.import_module(module), attribute))


def test_the_worker_and_beat_commands_name_our_celery_app():
    for name, sub in (("worker", "worker"), ("beat", "beat")):
        words = _command_words(name)
        assert words[:3] == ["celery", "-A", "francetravail"]
        assert words[3] == sub
    assert importlib.import_module("francetravail").celery_app is celery_app


def test_the_production_pass_runs_the_images_start_command():
    """tests/production and bench/lighthouse.py start the Dockerfile's CMD (on another port): keep it gunicorn."""
    command = dockerfile_command()

    assert command[:2] == ["gunicorn", "francetravail.wsgi:application"]
    assert "--bind" in command and "--workers" in command
