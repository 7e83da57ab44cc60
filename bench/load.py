"""Load benchmark: 50 users for 60 s on the portal as deployed (gunicorn, PostgreSQL, Redis, a Celery worker).

Usage (from the project root; PostgreSQL through DATABASE_URL, Redis through REDIS_URL, a Redis database of its
own: it is emptied at the start):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/francetravail REDIS_URL=redis://127.0.0.1:6379/6 \\
        .venv/bin/python bench/load.py [--users 50] [--seconds 60] [--workers 3]

``--smoke`` (5 users for 10 s) is what CI runs, so that the script cannot rot.

It creates a throwaway database beside the configured one (``<name>_bench_load``, dropped at the end), loads the
protocol and the demo data, collects the static files, starts a Celery worker (the recompute each save enqueues
runs in it, as in production) and gunicorn as the Dockerfile starts it (DEBUG=false), then runs locust headless
against it on 127.0.0.1 only: anonymous visitors on the public pages, open-data API clients and signed-in
partners saving values and progress reports through the workspace forms, as the browser does (CSRF, htmx
headers); see bench/load_locustfile.py. All the users come from 127.0.0.1, so the API's per-address limit is
lifted for the run (API_RATE_LIMIT).

Prints requests/s and p50/p95/p99 (ms) per kind of request and overall, the failures by kind, and the recomputes
still queued at the end. Targets: 0 errors, p95 < 300 ms. Exits 1 when a request failed (a wrong status or a
save without its confirmation); the latency target is reported, not enforced (the machine is shared).
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]

from bench._common import (  # noqa: E402
    celery_worker,
    collected_static,
    demo_database,
    editable_cells,
    empty_redis,
    queued_tasks,
    require_postgres_and_redis,
)
from tools.production_server import gunicorn, production_env  # noqa: E402

LOCUSTFILE = ROOT / "bench" / "load_locustfile.py"
P95_TARGET_MS = 300


def run_locust(url: str, users: int, seconds: int, prefix: str, cells: dict) -> None:
    """Locust's own output goes to <prefix>.log (printed when it fails): this script prints the figures."""
    with open(f"{prefix}.log", "w", encoding="utf-8") as log:
        _run_locust(url, users, seconds, prefix, cells, log)
    output = Path(f"{prefix}.log").read_text(encoding="utf-8")
    if "Traceback" in output:  # an exception in a user's code: locust logs it and goes on
        print(output[-6000:])
        raise SystemExit("locust: a user raised an exception (above)")


def _run_locust(url: str, users: int, seconds: int, prefix: str, cells: dict, log) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "locust",
            "-f",
            str(LOCUSTFILE),
            "--headless",
            "--host",
            url,
            "--users",
            str(users),
            "--spawn-rate",
            str(max(1, users // 5)),  # everyone on board within the first 5 s
            "--run-time",
            f"{seconds}s",
            "--stop-timeout",
            "10",
            "--csv",
            prefix,
            "--only-summary",
            "--loglevel",
            "WARNING",
            "--exit-code-on-error",
            "0",
        ],
        cwd=ROOT,
        env=dict(os.environ, LOAD_CELLS=json.dumps(cells)),
        check=True,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def cpu_seconds() -> dict[str, float]:
    """CPU time used so far by the server's processes (this script's descendants): a figure that does not depend
    on what else the machine runs, unlike the latencies."""
    import psutil  # locust's dependency

    totals = {"gunicorn": 0.0, "celery": 0.0}
    for process in psutil.Process().children(recursive=True):
        try:
            command, times = " ".join(process.cmdline()), process.cpu_times()
        except psutil.Error:
            continue
        for kind in totals:
            if kind in command:
                totals[kind] += times.user + times.system
    return totals


def report(prefix: str) -> tuple[int, int]:
    with open(f"{prefix}_stats.csv", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    with open(f"{prefix}_failures.csv", encoding="utf-8") as file:
        failures = list(csv.DictReader(file))
    columns = ("requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors")
    print(f"{'kind':<20} " + " ".join(f"{column:>8}" for column in columns))
    for row in rows:
        name = "all" if row["Name"] == "Aggregated" else f"{row['Type']} {row['Name']}"
        figures = (
            row["Request Count"],
            f"{float(row['Requests/s']):.1f}",
            row["50%"],
            row["95%"],
            row["99%"],
            f"{float(row['Max Response Time']):.0f}",
            row["Failure Count"],
        )
        print(f"{name:<20} " + " ".join(f"{figure:>8}" for figure in figures))
    total = next(row for row in rows if row["Name"] == "Aggregated")
    errors = int(total["Failure Count"])
    print("errors by kind:" + ("" if failures else " none"))
    for failure in failures:
        print(f"  {failure['Occurrences']:>6} × {failure['Method']} {failure['Name']}: {failure['Error']}")
    p95 = float(total["95%"])
    p95_verdict = "met" if p95 < P95_TARGET_MS else "MISSED"
    print(
        f"overall: {float(total['Requests/s']):.1f} req/s, p95 {p95:.0f} ms (target < {P95_TARGET_MS} ms: "
        f"{p95_verdict}), {errors} errors (target 0: {'met' if not errors else 'MISSED'})"
    )
    return errors, int(total["Request Count"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (the Dockerfile's CMD has 3)")
    parser.add_argument("--smoke", action="store_true", help="5 users for 10 s (CI)")
    parser.add_argument(
        "--template", metavar="DATABASE", help="copy this database (demo data loaded) instead of loading the demo"
    )
    parser.add_argument("--static-root", help="static files already collected there (else collected now)")
    args = parser.parse_args()
    if args.smoke:
        args.users, args.seconds = 5, 10
    require_postgres_and_redis()
    empty_redis(os.environ["REDIS_URL"])
    with (
        demo_database("bench_load", args.template) as database,
        collected_static(args.static_root) as static_root,
        tempfile.TemporaryDirectory() as folder,
    ):
        env = production_env(**database, STATIC_ROOT=static_root, API_RATE_LIMIT="1000000/m")
        cells = editable_cells(env["DATABASE_URL"])
        with celery_worker(env), gunicorn(env, workers=args.workers) as url:
            print(
                f"{args.users} users for {args.seconds} s · gunicorn {args.workers} workers (DEBUG=false) · "
                f"PostgreSQL · Redis · 1 Celery worker · locust on the same machine ({os.cpu_count()} cores) · "
                f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}"
            )
            cpu_before = cpu_seconds()
            run_locust(url, args.users, args.seconds, str(Path(folder) / "locust"), cells)
            cpu = {kind: used - cpu_before[kind] for kind, used in cpu_seconds().items()}
            print(f"recomputes still queued at the end: {queued_tasks(env['REDIS_URL'])}")
        errors, requests = report(str(Path(folder) / "locust"))
        print(
            f"CPU used during the run: gunicorn {cpu['gunicorn']:.1f} s "
            f"({1000 * cpu['gunicorn'] / max(requests, 1):.1f} ms per request), Celery worker {cpu['celery']:.1f} s "
            "(PostgreSQL, Redis and locust not counted)"
        )
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
