"""Issue 11, item 7: Redis under docker-compose has a memory limit and an eviction policy that cannot drop a task,
and the cache lives in another Redis database than the broker."""

import shlex
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent.parent
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def _redis_options() -> dict[str, str]:
    words = shlex.split(COMPOSE["services"]["redis"]["command"])
    return {words[i].removeprefix("--"): words[i + 1] for i in range(1, len(words) - 1) if words[i].startswith("--")}


def test_redis_has_a_memory_limit_and_evicts_only_expiring_keys():
    options = _redis_options()

    assert options["maxmemory"].endswith(("mb", "gb"))
    # Cache entries all expire; the broker's queues never do, so they are never evicted.
    assert options["maxmemory-policy"] == "volatile-lru"


def test_the_cache_and_the_broker_use_different_redis_databases():
    for name in ("web", "worker", "beat"):
        env = COMPOSE["services"][name]["environment"]
        broker_db = env["REDIS_URL"].rsplit("/", 1)[1]
        cache_db = env["CACHE_REDIS_URL"].rsplit("/", 1)[1]
        assert env["CACHE_REDIS_URL"].startswith("redis://redis:6379/")
        assert broker_db != cache_db


def test_the_stack_sends_mail_to_its_local_catcher_until_a_relay_is_named():
    env = COMPOSE["services"]["web"]["environment"]
    assert env["EMAIL_HOST"] == "${EMAIL_HOST:-mailpit}" and env["EMAIL_PORT"] == "${EMAIL_PORT:-1025}"
    assert "8025" in COMPOSE["services"]["mailpit"]["ports"][0]  # its web view
    assert env["SITE_URL"].startswith("${SITE_URL:-")
