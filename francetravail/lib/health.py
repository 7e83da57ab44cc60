"""Checks behind /sante/: each returns {"status": "ok" | "erreur" | …, "detail": …} and never raises."""

import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from kombu import Connection


def _timed(check) -> dict:
    started = time.perf_counter()
    try:
        result = check()
    except Exception as exc:  # noqa: BLE001 — a health check reports every failure, whatever its kind
        result = {"status": "erreur", "detail": f"{type(exc).__name__}: {exc}"[:300]}
    result["ms"] = round((time.perf_counter() - started) * 1000, 1)
    return result


def check_database() -> dict:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"status": "ok", "detail": connection.vendor}


def check_cache() -> dict:
    key = f"health:{uuid.uuid4().hex}"
    cache.set(key, "1", 10)
    ok = cache.get(key) == "1"
    cache.delete(key)
    backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    # django-redis swallows outages (IGNORE_EXCEPTIONS): a failed round trip is how we see one.
    return {"status": "ok" if ok else "erreur", "detail": backend}


def check_broker() -> dict:
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return {"status": "ok", "detail": "mode synchrone (pas de broker)"}
    with Connection(settings.CELERY_BROKER_URL, connect_timeout=1) as conn:
        conn.ensure_connection(max_retries=1, timeout=1)
    return {"status": "ok", "detail": "redis"}


def run_all() -> dict:
    return {
        "database": _timed(check_database),
        "cache": _timed(check_cache),
        "broker": _timed(check_broker),
    }
