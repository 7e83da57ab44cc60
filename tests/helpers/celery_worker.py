"""A real Celery worker process on the test database and Redis, for the tests whose behaviour depends on one."""

import os
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent.parent


def worker_process(pool: str = "solo", concurrency: int = 1, **env: str) -> subprocess.Popen:
    """Start ``celery worker`` (``concurrency`` processes of ``pool``) in its own process group, so that a test can
    stop the pool's children with it; ``env`` adds settings (time limits, visibility timeout)."""
    db = connection.settings_dict
    environment = {
        **os.environ,
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
        "REDIS_URL": settings.REDIS_URL,
        **env,
    }
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "francetravail",
            "worker",
            "--pool",
            pool,
            "--concurrency",
            str(concurrency),
            "--without-heartbeat",
            "--without-gossip",
            "--without-mingle",
            "--loglevel",
            "warning",
        ],
        cwd=ROOT,
        env=environment,
        start_new_session=True,
    )


def wait_for(predicate, timeout: float, interval: float = 0.1):
    """What ``predicate`` returns once it is true (polled every ``interval`` s); fails after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := predicate():
            return result
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout} s")
