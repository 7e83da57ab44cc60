"""Serve the portal as it is deployed: DEBUG=false, collected static files (WhiteNoise's manifest storage), gunicorn.

Used by the production browser tests (`tests/production/`) and by `bench/lighthouse.py`. The only departures from
a real deployment are the ones plain HTTP on the loopback interface needs: no HTTPS redirect.
"""

import json
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def production_env(**overrides: str) -> dict[str, str]:
    """The environment of a production process: this one's (DATABASE_URL, REDIS_URL…) with DEBUG off."""
    env = dict(os.environ)
    env.update(
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        # A production process refuses to start without a delivering e-mail back end (francetravail.E001); nothing
        # these local servers do sends mail.
        EMAIL_HOST=os.environ.get("EMAIL_HOST") or "localhost",
        # And without the address its e-mails link to (francetravail.E002).
        SITE_URL=os.environ.get("SITE_URL") or "http://127.0.0.1",
    )
    env.update(overrides)
    return env


@contextmanager
def throwaway_database(suffix: str) -> Iterator[dict[str, str]]:
    """A new database beside the configured one (`<name>_<suffix>` on PostgreSQL, a temporary SQLite file
    otherwise), dropped at the end; yields the environment variables that point at it."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        with tempfile.TemporaryDirectory() as folder:
            yield {"DATABASE_URL": "", "SQLITE_PATH": str(Path(folder) / "db.sqlite3")}
        return
    import psycopg

    parsed = urllib.parse.urlparse(url)
    name = f"{parsed.path.lstrip('/') or 'francetravail'}_{suffix}"
    admin_url = parsed._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield {"DATABASE_URL": parsed._replace(path=f"/{name}").geturl()}
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if os.environ.get("REDIS_URL"):
            import redis

            # The recomputes its writes enqueued concern the database just dropped: no worker should get them.
            redis.Redis.from_url(os.environ["REDIS_URL"]).delete("celery")


def load_demo_data(env: dict[str, str]) -> None:
    """Migrate, then load the protocol and the demo data (load_demo refuses DEBUG=false: loaded with DEBUG on)."""
    loading = dict(env, DEBUG="true")
    for command in (["migrate", "--noinput", "-v", "0"], ["load_protocol", "-v", "0"], ["load_demo"]):
        subprocess.run(
            [sys.executable, "manage.py", *command], cwd=ROOT, env=loading, check=True, stdout=subprocess.DEVNULL
        )


def collectstatic(env: dict[str, str]) -> None:
    """What the Dockerfile does: collect, hash and compress the static files into env's STATIC_ROOT."""
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--clear", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
    )


def dockerfile_command() -> list[str]:
    """The image's start command: the Dockerfile's CMD, in its exec (JSON) form."""
    for line in (ROOT / "Dockerfile").read_text(encoding="utf-8").splitlines():
        if line.startswith("CMD "):
            return json.loads(line.removeprefix("CMD "))
    raise RuntimeError("the Dockerfile has no CMD")


def _with_option(command: list[str], option: str, value: str) -> list[str]:
    if option in command:
        index = command.index(option)
        return [*command[: index + 1], value, *command[index + 2 :]]
    return [*command, option, value]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_healthy(process: subprocess.Popen, url: str, timeout: float) -> None:
    """Poll /sante/ until it answers 200; fail at once if gunicorn exits."""
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with status {process.returncode} before answering")
        try:
            with urllib.request.urlopen(url + "/sante/", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"gunicorn did not answer {url}/sante/ within {timeout:g} s")
        time.sleep(0.1)


@contextmanager
def gunicorn(env: dict[str, str], *, workers: int = 2, timeout: float = 60) -> Iterator[str]:
    """Run the Dockerfile's start command (gunicorn), on a free loopback port and with `workers` workers; yield
    its base URL once /sante/ is healthy."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    command = dockerfile_command()
    if command[0] != "gunicorn":
        raise RuntimeError(f"the Dockerfile's CMD no longer starts gunicorn: {command}")
    command = _with_option(command, "--bind", f"127.0.0.1:{port}")
    command = _with_option(command, "--workers", str(workers))
    command = _with_option(command, "--log-level", "warning")
    # The virtualenv's gunicorn, whatever PATH says.
    process = subprocess.Popen([sys.executable, "-m", *command], cwd=ROOT, env=env)
    try:
        _wait_until_healthy(process, url, timeout)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
