"""PostgreSQL restart drill: the database restarts under traffic; the portal recovers by itself and loses no write
it acknowledged.

Usage (from the project root, as root: it drives pg_ctlcluster; REDIS_URL a Redis database of its own):

    REDIS_URL=redis://127.0.0.1:6379/7 .venv/bin/python bench/pg_restart_drill.py \\
        [--cluster drill --port 5433 --create] [--copy-from postgres://…/francetravail_bench] [--static-root DIR]

The cluster it restarts is a parameter. By default it is a private one (``pg_createcluster <version> drill -p
5433`` with --create, trust authentication on the loopback, stopped and dropped at the end), so that nothing else
running on the machine's main cluster is disturbed; ``--cluster main --port 5432`` drills on the main one.

1. A database of its own on that cluster (``francetravail_drill``), with the protocol and the demo data: loaded
   with migrate/load_protocol/load_demo, or copied (pg_dump | pg_restore) from --copy-from.
2. gunicorn as the Dockerfile starts it (DEBUG=false, 2 workers; Django's persistent connections with health
   checks, as settings.py configures them for PostgreSQL), Redis for the cache and the broker.
3. Traffic in threads: writers, each signed in as the pilot partner (partenaire@demo.test) and owning one cell of
   the values grid, open the cell's form and save it with a unique note, as the browser does (htmx, CSRF); readers
   fetch public pages, the API and /sante/.
4. After a few seconds, ``pg_ctlcluster --skip-systemctl-redirect <version> <cluster> restart`` (fast mode: open
   connections are cut, transactions in flight roll back), traffic going on; then a second restart while the
   traffic is paused (no request in flight: each gunicorn worker's persistent connection is cut while idle, as
   by a restart at night), the traffic resuming once PostgreSQL is up.
5. Checks: after the busy restart every thread gets answers again within --recovery seconds, with gunicorn never
   restarted, and none fails after that; after the idle restart no request fails at all (the workers' stale
   connections are noticed before use: Django's health checks); every save answered 200 « Valeur enregistrée »
   is in the database (its note is in the value's history). Requests during the busy restart may fail: that is
   the outage, and they are counted.

Prints the timeline and the counts; exits 1 when a check fails.
"""

import argparse
import http.client
import os
import re
import subprocess
import sys
import threading
import time
import urllib.parse
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]

from bench._common import PILOT, collected_static, editable_cells, empty_redis  # noqa: E402
from tools.production_server import gunicorn, load_demo_data, production_env  # noqa: E402

FORM_CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
EDIT_LINK = re.compile(r"indicateur=([A-Z0-9-]+)&amp;periode=(\d{4}-\d{2})\"[^>]*>\s*Modifier")
HIDDEN = re.compile(r'<input type="hidden" name="(\w+)" value="([^"]*)"')
INPUT_VALUE = re.compile(r'name="(value|base)"[^>]*?value="([^"]*)"', re.S)
LOG = ROOT / "bench" / "out" / "pg_restart_drill.log"
READ_PATHS = ["/", "/engagements/", "/engagements/E02/", "/api/v1/engagements", "/sante/", "/territoires/59/"]


class Client:
    """Just enough of a browser: keep-alive, cookies (Secure ones too: Chromium sends them to a loopback
    origin), the CSRF header, htmx's headers. A broken connection is replaced at the next request."""

    def __init__(self, port: int, cookies: dict[str, str] | None = None) -> None:
        self.port = port
        self.origin = f"http://127.0.0.1:{port}"
        self.cookies = dict(cookies or {})
        self.connection: http.client.HTTPConnection | None = None

    def request(self, method: str, path: str, form: dict | None = None, htmx: bool = False) -> tuple[int, str]:
        if self.connection is None:
            self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=15)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers.update(
                {
                    "Content-Type": "application/x-www-form-urlencoded",
                    "X-CSRFToken": self.cookies.get("csrftoken", ""),
                    "Origin": self.origin,
                    "Referer": self.origin + path,
                }
            )
        if htmx:
            headers.update({"HX-Request": "true", "HX-Current-URL": self.origin + path})
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            text = response.read().decode()
        except (OSError, http.client.HTTPException):
            self.connection.close()
            self.connection = None
            raise
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";", 1)[0]
        return response.status, text


@dataclass
class Journal:
    """Every request's outcome, by thread, with its time (seconds since the traffic started)."""

    started: float = field(default_factory=time.monotonic)
    events: list[tuple[float, str, bool, str]] = field(default_factory=list)
    acknowledged: list[str] = field(default_factory=list)
    attempted: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    paused: bool = False
    in_flight: int = 0

    def now(self) -> float:
        return time.monotonic() - self.started

    def record(self, thread: str, ok: bool, what: str) -> None:
        with self.lock:
            self.events.append((self.now(), thread, ok, what))

    def enter(self, stop: threading.Event) -> bool:
        """Wait while the traffic is paused; False once the drill is over."""
        while not stop.is_set():
            with self.lock:
                if not self.paused:
                    self.in_flight += 1
                    return True
            time.sleep(0.02)
        return False

    def leave(self) -> None:
        with self.lock:
            self.in_flight -= 1

    def pause(self) -> None:
        """Stop the traffic and wait for the requests in flight: the server's workers are then idle."""
        with self.lock:
            self.paused = True
        deadline = time.monotonic() + 30
        while self.in_flight and time.monotonic() < deadline:
            time.sleep(0.02)

    def resume(self) -> None:
        with self.lock:
            self.paused = False


def sign_in(port: int) -> dict[str, str]:
    client = Client(port)
    _, page = client.request("GET", "/comptes/connexion/")
    form = {"csrfmiddlewaretoken": FORM_CSRF.search(page)[1], "username": PILOT, "password": "demo", "next": ""}
    status, _ = client.request("POST", "/comptes/connexion/", form)
    if status != 302 or "sessionid" not in client.cookies:
        raise SystemExit(f"{PILOT} could not sign in ({status})")
    return client.cookies


def writer(name: str, port: int, cookies: dict, cell: tuple[str, str], journal: Journal, stop: threading.Event):
    engagement, territory = cell
    client = Client(port, cookies)
    grid = f"/espace/engagements/{engagement}/valeurs/?territoire={territory}"
    status, page = client.request("GET", grid)
    links = EDIT_LINK.findall(page)
    if status != 200 or not links:
        raise RuntimeError(f"{name}: no value to edit on {grid} ({status})")
    indicator, period = links[0]
    sequence = 0
    while journal.enter(stop):
        sequence += 1
        try:
            ok = save_once(f"drill-{name}-{sequence}", name, client, grid, engagement, indicator, period, journal)
        finally:
            journal.leave()
        if not ok:
            time.sleep(0.2)


def save_once(token, name, client, grid, engagement, indicator, period, journal: Journal) -> bool:
    """Open the cell's form, save it with `token` as its note; True when the save was acknowledged."""
    try:
        status, fragment = client.request("GET", f"{grid}&indicateur={indicator}&periode={period}", htmx=True)
        if status != 200:
            journal.record(name, False, f"cell form HTTP {status}")
            return False
        form = dict(HIDDEN.findall(fragment))
        form.update(INPUT_VALUE.findall(fragment))
        form["note"] = token
        with journal.lock:
            journal.attempted.append(token)
        status, body = client.request("POST", f"/espace/engagements/{engagement}/valeurs/saisie/", form, htmx=True)
    except (OSError, http.client.HTTPException) as error:
        journal.record(name, False, type(error).__name__)
        return False
    if status == 200 and "Valeur enregistrée" in body:
        with journal.lock:
            journal.acknowledged.append(token)
        journal.record(name, True, "save")
        return True
    journal.record(name, False, f"save HTTP {status}")
    return False


def reader(name: str, port: int, journal: Journal, stop: threading.Event) -> None:
    client = Client(port)
    turn = 0
    while journal.enter(stop):
        path = READ_PATHS[turn % len(READ_PATHS)]
        turn += 1
        try:
            status, _ = client.request("GET", path)
            journal.record(name, status == 200, f"{path} HTTP {status}")
        except (OSError, http.client.HTTPException) as error:
            status = 0
            journal.record(name, False, f"{path} {type(error).__name__}")
        finally:
            journal.leave()
        time.sleep(0.05 if status == 200 else 0.2)


def pg_ctl(version: str, cluster: str, action: str) -> None:
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, cluster, action], check=True)


def wait_for_postgres(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1", "-p", str(port)]).returncode != 0:
        if time.monotonic() > deadline:
            raise SystemExit(f"PostgreSQL on port {port} is not ready")
        time.sleep(0.2)


def prepare_cluster(args) -> bool:
    """Create (with --create) and start the cluster when needed; True when this run created it."""
    clusters = subprocess.run(["pg_lsclusters", "-h"], capture_output=True, text=True, check=True).stdout
    exists = any(line.split()[:2] == [args.version, args.cluster] for line in clusters.splitlines())
    created = False
    if not exists:
        if not args.create:
            raise SystemExit(f"no cluster {args.version}/{args.cluster} (--create makes one)")
        subprocess.run(
            [
                "pg_createcluster",
                args.version,
                args.cluster,
                "-p",
                str(args.port),
                "--",
                "--auth-local=trust",
                "--auth-host=trust",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        created = True
    if subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1", "-p", str(args.port)]).returncode != 0:
        pg_ctl(args.version, args.cluster, "start")
    wait_for_postgres(args.port)
    return created


@contextmanager
def server_log():
    """The outage's tracebacks would fill CI's log: gunicorn's output (it inherits this process's stderr) goes to
    bench/out/pg_restart_drill.log; the drill counts the failed requests itself."""
    LOG.parent.mkdir(exist_ok=True)
    with open(LOG, "w", encoding="utf-8") as log:
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(log.fileno(), 2)
        try:
            yield
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
    print(f"server log: {LOG.relative_to(ROOT)} ({LOG.stat().st_size} bytes)")


def psql(url: str, sql: str) -> str:
    return subprocess.run(["psql", url, "-Atc", sql], capture_output=True, text=True, check=True).stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    installed = sorted(os.listdir("/etc/postgresql")) if os.path.isdir("/etc/postgresql") else ["15"]
    parser.add_argument("--version", default=installed[0], help="PostgreSQL major version of the cluster")
    parser.add_argument("--cluster", default="drill")
    parser.add_argument("--port", type=int, default=5433)
    parser.add_argument("--create", action="store_true", help="create the cluster if missing (dropped at the end)")
    parser.add_argument("--database", default="francetravail_drill")
    parser.add_argument("--copy-from", metavar="URL", help="a database with the demo data loaded, to copy")
    parser.add_argument("--static-root", help="static files already collected there (else collected now)")
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--readers", type=int, default=2)
    parser.add_argument("--before", type=float, default=4, help="seconds of traffic before the restart")
    parser.add_argument("--recovery", type=float, default=10, help="seconds allowed to recover after the restart")
    parser.add_argument("--mode", default="fast", choices=["fast", "immediate"], help="pg_ctlcluster's stop mode")
    args = parser.parse_args()
    if not os.environ.get("REDIS_URL"):
        raise SystemExit("Set REDIS_URL to a Redis database of its own (it is emptied at the start).")
    empty_redis(os.environ["REDIS_URL"])

    created = prepare_cluster(args)
    admin = f"postgres://postgres@127.0.0.1:{args.port}/postgres"
    url = f"postgres://postgres@127.0.0.1:{args.port}/{args.database}"
    failures: list[str] = []
    try:
        psql(admin, f'DROP DATABASE IF EXISTS "{args.database}" WITH (FORCE)')
        psql(admin, f'CREATE DATABASE "{args.database}"')
        if args.copy_from:
            dump = subprocess.Popen(["pg_dump", "-Fc", args.copy_from], stdout=subprocess.PIPE)
            subprocess.run(["pg_restore", "--no-owner", "-d", url], stdin=dump.stdout, check=True)
            if dump.wait() != 0:
                raise SystemExit("pg_dump failed")
        else:
            load_demo_data(production_env(DATABASE_URL=url))
        cells = editable_cells(url)[PILOT][: args.writers]
        if len(cells) < args.writers:
            raise SystemExit(f"only {len(cells)} cells to share between {args.writers} writers")
        with collected_static(args.static_root) as static_root:
            env = production_env(DATABASE_URL=url, STATIC_ROOT=static_root, API_RATE_LIMIT="1000000/m")
            with server_log(), gunicorn(env, workers=2) as base:
                port = urllib.parse.urlparse(base).port
                failures = drill(args, port, sign_in(port), cells, url)
    finally:
        psql(admin, f'DROP DATABASE IF EXISTS "{args.database}" WITH (FORCE)')
        if created:
            subprocess.run(["pg_dropcluster", "--stop", args.version, args.cluster], check=True)
        import redis

        redis.Redis.from_url(os.environ["REDIS_URL"]).flushdb()  # the recomputes queued for a dropped database
    if failures:
        print("DRILL FAILED:\n  " + "\n  ".join(failures))
        sys.exit(1)
    print("drill passed")


def drill(args, port: int, cookies: dict, cells: list, url: str) -> list[str]:
    journal = Journal()
    stop = threading.Event()
    threads = [
        threading.Thread(target=writer, args=(f"w{i}", port, cookies, cell, journal, stop), daemon=True)
        for i, cell in enumerate(cells)
    ] + [threading.Thread(target=reader, args=(f"r{i}", port, journal, stop), daemon=True) for i in range(args.readers)]
    for thread in threads:
        thread.start()
    restart = ["pg_ctlcluster", "--skip-systemctl-redirect", "-m", args.mode, args.version, args.cluster, "restart"]
    # 1. Busy restart: the traffic goes on through it.
    time.sleep(args.before)
    restart_started = journal.now()
    subprocess.run(restart, check=True)
    restart_ended = journal.now()
    time.sleep(args.recovery + 3)
    # 2. Idle restart: no request in flight, so every worker's persistent connection is cut while unused (a
    # restart at night): the first requests afterwards must not fail.
    journal.pause()
    idle_restart_started = journal.now()
    subprocess.run(restart, check=True)
    wait_for_postgres(args.port)
    journal.resume()
    resumed = journal.now()
    time.sleep(3)
    stop.set()
    for thread in threads:
        thread.join(timeout=20)
    ended = journal.now()

    failures = []
    names = sorted({name for _, name, _, _ in journal.events})
    print(
        f"cluster {args.version}/{args.cluster} (port {args.port}) · gunicorn 2 workers (DEBUG=false) · Redis · "
        f"{args.writers} writers, {args.readers} readers · restart -m {args.mode}"
    )
    print(
        f"busy restart: from {restart_started:.2f} s to {restart_ended:.2f} s; idle restart (traffic paused) from "
        f"{idle_restart_started:.2f} s, traffic again from {resumed:.2f} s until {ended:.2f} s"
    )
    before = [e for e in journal.events if e[0] < restart_started]
    outage = [e for e in journal.events if restart_started <= e[0] <= restart_ended]
    after = [e for e in journal.events if restart_ended < e[0] < idle_restart_started]
    after_idle = [e for e in journal.events if e[0] >= idle_restart_started]
    if any(not e[2] for e in after_idle):
        failures.append("requests failed after the idle restart (stale persistent connections reused)")
    for label, events in (
        ("before", before),
        ("during", outage),
        ("after", after),
        ("after idle restart", after_idle),
    ):
        ok = sum(1 for e in events if e[2])
        kinds: dict[str, int] = {}
        for e in events:
            if not e[2]:
                kinds[e[3]] = kinds.get(e[3], 0) + 1
        detail = ", ".join(f"{count} × {kind}" for kind, count in sorted(kinds.items()))
        print(f"{label:>18}: {ok} ok, {len(events) - ok} failed{' (' + detail + ')' if detail else ''}")
    if any(not e[2] for e in before):
        failures.append("requests failed before the restart")
    recovery = []
    for name in names:
        first_ok = next((e[0] for e in after if e[1] == name and e[2]), None)
        if first_ok is None:
            failures.append(f"{name} never succeeded after the restart")
            continue
        recovery.append(first_ok - restart_ended)
    late_failures = [e for e in after if not e[2] and e[0] > restart_ended + args.recovery]
    if late_failures:
        failures.append(f"{len(late_failures)} requests failed more than {args.recovery:g} s after the restart")
    if recovery:
        print(f"recovered: every thread answered again {max(recovery):.2f} s after the restart at most")
        if max(recovery) > args.recovery:
            failures.append(f"recovery took {max(recovery):.2f} s (allowed {args.recovery:g} s)")

    stored = set(psql(url, "SELECT note FROM engagements_historicalindicatorvalue WHERE note LIKE 'drill-%'").split())
    lost = [token for token in journal.acknowledged if token not in stored]
    unacknowledged_but_stored = [t for t in journal.attempted if t in stored and t not in journal.acknowledged]
    print(
        f"writes: {len(journal.acknowledged)} acknowledged (200), {len(lost)} of them lost; "
        f"{len(journal.attempted) - len(journal.acknowledged)} not acknowledged, "
        f"of which {len(unacknowledged_but_stored)} committed all the same"
    )
    if lost:
        failures.append(f"acknowledged writes missing from the database: {lost[:10]}")
    return failures


if __name__ == "__main__":
    main()
