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


# Redis probes give up after this long: /sante/ answers within a second even when Redis is down or unreachable.
PROBE_TIMEOUT = 0.25


def _ping_redis(url: str) -> None:
    import redis

    client = redis.Redis.from_url(url, socket_connect_timeout=PROBE_TIMEOUT, socket_timeout=PROBE_TIMEOUT)
    try:
        client.ping()
    finally:
        client.close()


def check_cache() -> dict:
    backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    if backend == "RedisCache":
        # A direct ping with a short timeout: the cache client's own timeouts (1 s per call, errors swallowed)
        # would make a set-get-delete round trip cost seconds during an outage.
        _ping_redis(settings.CACHES["default"]["LOCATION"])
        return {"status": "ok", "detail": backend}
    key = f"health:{uuid.uuid4().hex}"
    cache.set(key, "1", 10)
    ok = cache.get(key) == "1"
    cache.delete(key)
    return {"status": "ok" if ok else "erreur", "detail": backend}


def check_broker() -> dict:
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return {"status": "ok", "detail": "mode synchrone (pas de broker)"}
    if settings.CELERY_BROKER_URL.startswith(("redis://", "rediss://")):
        _ping_redis(settings.CELERY_BROKER_URL)
        return {"status": "ok", "detail": "redis"}
    with Connection(settings.CELERY_BROKER_URL, connect_timeout=PROBE_TIMEOUT) as conn:
        conn.ensure_connection(max_retries=1, timeout=PROBE_TIMEOUT)
    return {"status": "ok", "detail": conn.transport_cls}


def overall(report: dict) -> str:
    """One word for anonymous callers: "ok", "degrade" (cache or broker down, pages still served) or "erreur"."""
    if report["database"]["status"] != "ok":
        return "erreur"
    return "ok" if all(check["status"] == "ok" for check in report.values()) else "degrade"


def run_all() -> dict:
    return {
        "database": _timed(check_database),
        "cache": _timed(check_cache),
        "broker": _timed(check_broker),
    }
