"""What bench/load.py and bench/pg_restart_drill.py share: the services a realistic run needs besides gunicorn
(tools/production_server.py starts that, prepares the throwaway database and collects the static files)."""

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def require_postgres_and_redis() -> None:
    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL server (the throwaway database is created beside it).")
    if not os.environ.get("REDIS_URL"):
        raise SystemExit("Set REDIS_URL to a Redis database of its own (it is emptied at the start).")


def empty_redis(url: str) -> None:
    """The run's Redis database starts empty: no page cached for another database, no task queued for one."""
    import redis

    redis.Redis.from_url(url).flushdb()


@contextmanager
def celery_worker(env: dict[str, str], concurrency: int = 1) -> Iterator[subprocess.Popen]:
    """A real Celery worker (the recomputes that saves enqueue run in it), stopped warm at the end."""
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "francetravail",
            "worker",
            "--concurrency",
            str(concurrency),
            "--loglevel",
            "warning",
            "--without-gossip",
            "--without-mingle",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        time.sleep(1)
        if worker.poll() is not None:
            raise RuntimeError(f"the Celery worker exited with status {worker.returncode}")
        yield worker
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()


def queued_tasks(url: str) -> int:
    import redis

    return redis.Redis.from_url(url).llen("celery")


@contextmanager
def demo_database(suffix: str, template: str | None = None) -> Iterator[dict[str, str]]:
    """A throwaway database beside DATABASE_URL's (`<name>_<suffix>`, dropped at the end) holding the protocol and
    the demo data: loaded (migrate, load_protocol, load_demo: about 25 s), or copied from `template`, a database
    of the same server where they are already loaded (CI's benchmark database: a second or two)."""
    import urllib.parse

    import psycopg

    from tools.production_server import load_demo_data, production_env, throwaway_database

    with throwaway_database(suffix) as database:
        if template:
            parsed = urllib.parse.urlparse(database["DATABASE_URL"])
            name = parsed.path.lstrip("/")
            with psycopg.connect(parsed._replace(path="/postgres").geturl(), autocommit=True) as conn:
                conn.execute(f'DROP DATABASE "{name}"')
                conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        else:
            load_demo_data(production_env(**database))
        yield database


@contextmanager
def collected_static(static_root: str | None) -> Iterator[str]:
    """STATIC_ROOT for a production process: `static_root` when given (files already collected there, e.g. by
    bench/pages.py earlier in CI), else a temporary folder collected now, as the Dockerfile does (one to two
    minutes on a busy 2-core machine: WhiteNoise compresses every file)."""
    import tempfile

    from tools.production_server import collectstatic, production_env

    if static_root:
        if not (Path(static_root) / "staticfiles.json").is_file():
            raise SystemExit(f"{static_root} holds no collected static files (no staticfiles.json)")
        yield str(Path(static_root).resolve())
        return
    with tempfile.TemporaryDirectory() as folder:
        collectstatic(production_env(STATIC_ROOT=folder))
        yield folder


PILOT, CONTRIBUTOR = "partenaire@demo.test", "mission-locale@demo.test"
CELLS_SQL = """
SELECT DISTINCT u.email, e.code, t.code
FROM reseau_user u
JOIN reseau_membership m ON m.user_id = u.id
JOIN engagements_engagementpartner p ON p.organisation_id = m.organisation_id
JOIN engagements_engagement e ON e.id = p.engagement_id
JOIN engagements_engagementpartner_territories pt ON pt.engagementpartner_id = p.id
JOIN reseau_territory t ON t.id = pt.territory_id
JOIN engagements_indicator i ON i.engagement_id = e.id
JOIN engagements_indicatorvalue v ON v.indicator_id = i.id AND v.territory_id = t.id
WHERE u.email IN (%s, %s) AND v.period >= date_trunc('month', current_date) - interval '5 months'
ORDER BY 1, 2, 3
"""


def editable_cells(database_url: str) -> dict[str, list[tuple[str, str]]]:
    """For each demo partner account, the (engagement, territory) pairs whose values grid (the last six months)
    has values to edit; the pilot's list leaves out the contributor's pairs, so that no two users of a run share a
    cell (a 409 is then a defect, never an expected outcome)."""
    import psycopg

    with psycopg.connect(database_url) as conn:
        rows = conn.execute(CELLS_SQL, [PILOT, CONTRIBUTOR]).fetchall()
    contributor = [(engagement, territory) for email, engagement, territory in rows if email == CONTRIBUTOR]
    pilot = [(e, t) for email, e, t in rows if email == PILOT and (e, t) not in contributor]
    return {PILOT: pilot, CONTRIBUTOR: contributor}
