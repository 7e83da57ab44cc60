"""HTTP benchmark of the public pages, served by gunicorn as in production (DESIGN §8).

Usage (from the project root, with the protocol and demo data loaded in the database the environment points at;
PostgreSQL and Redis through DATABASE_URL and REDIS_URL):

    .venv/bin/python bench/pages.py [--workers 2] [--connections 16] [--seconds 10] [--client wrk|python] [PATH ...]

``--smoke`` runs each path for one second with two connections: CI runs it so that the script cannot rot.

It starts gunicorn on 127.0.0.1 (a free port), warms every path (so the public pages are in the page cache),
then loads each path from a second process: wrk when it is installed (`apt-get install wrk`), otherwise
threads of this script with keep-alive connections. It prints requests/s and latency percentiles for each path
and for the smallest static file served by the same server, the yardstick of the target: cached public pages at
least 0.8× the static file's requests/s (issue #17), p95 under 100 ms at 16 connections. Traffic stays on the
loopback interface.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = ["/", "/engagements/", "/engagements/E02/", "/territoires/59/", "/indicateurs/IND-APPR-ENTREES/"]
# The smallest static file the server sends (125 bytes): the yardstick of a cached page (issue #17).
STATIC_PATH = "/static/css/dsfr-django-overrides.css"

# wrk reports percentiles through its Lua API; this prints the ones we need as one JSON line.
WRK_REPORT = """
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format('{"requests": %d, "seconds": %f, "p50": %f, "p95": %f, "p99": %f, "errors": %d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, errors))
end
"""


def hammer_wrk(port: int, path: str, connections: int, seconds: float, script: str) -> dict:
    output = subprocess.run(
        [
            "wrk",
            f"-t{min(2, connections)}",
            f"-c{connections}",
            f"-d{seconds:g}s",
            "-s",
            script,
            f"http://127.0.0.1:{port}{path}",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    report = json.loads(output.strip().splitlines()[-1])
    return {
        "path": path,
        "requests": report["requests"],
        "rps": report["requests"] / report["seconds"],
        "p50": report["p50"],
        "p95": report["p95"],
        "p99": report["p99"],
        "errors": report["errors"],
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/sante/")
            if conn.getresponse().status in (200, 503):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not answer in time")


def hammer(port: int, path: str, connections: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client() -> None:
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        mine: list[float] = []
        bad = 0
        while time.monotonic() < stop_at:
            started = time.perf_counter()
            try:
                conn.request("GET", path, headers={"Host": "127.0.0.1"})
                response = conn.getresponse()
                response.read()
                if response.status != 200:
                    bad += 1
            except (OSError, http.client.HTTPException):
                bad += 1
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                continue
            mine.append(time.perf_counter() - started)
        conn.close()
        with lock:
            latencies.extend(mine)
            errors += bad

    threads = [threading.Thread(target=client) for _ in range(connections)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    latencies.sort()

    def pct(q: float) -> float:
        return latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000 if latencies else float("nan")

    return {
        "path": path,
        "requests": len(latencies),
        "rps": len(latencies) / elapsed,
        "p50": pct(0.50),
        "p95": pct(0.95),
        "p99": pct(0.99),
        "mean": statistics.fmean(latencies) * 1000 if latencies else float("nan"),
        "errors": errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", default=DEFAULT_PATHS)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--client", choices=["wrk", "python"], default="wrk" if shutil.which("wrk") else "python")
    parser.add_argument("--smoke", action="store_true", help="one second per path, two connections (CI)")
    args = parser.parse_args()
    if args.smoke:
        args.seconds, args.connections = 1, 2

    port = free_port()
    env = dict(os.environ)
    # Production settings, so that DEBUG's overheads are not measured; plain HTTP on loopback.
    env.update(
        DEBUG="false",
        SECRET_KEY=env.get("SECRET_KEY", "bench-only-" + "x" * 50),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        # Production refuses to start without a delivering e-mail back end; nothing here sends mail.
        EMAIL_HOST=env.get("EMAIL_HOST") or "localhost",
        SITE_URL=env.get("SITE_URL") or "http://127.0.0.1",
    )
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True
    )
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "francetravail.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(args.workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        wait_until_up(port)
        database = "PostgreSQL" if env.get("DATABASE_URL") else "SQLite"
        cache = "Redis" if env.get("REDIS_URL") else "local memory"
        print(
            f"gunicorn {args.workers} workers · {args.connections} connections · {args.seconds:g} s per path · "
            f"{database} · cache {cache} · client {args.client}"
        )
        print(f"{'path':<34} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7}")
        with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
            script.write(WRK_REPORT)
            script.flush()
            results = []
            for path in [STATIC_PATH, *args.paths]:
                hammer(port, path, 2, 1)  # warm-up: fills the page cache on both workers
                if args.client == "wrk":
                    result = hammer_wrk(port, path, args.connections, args.seconds, script.name)
                else:
                    result = hammer(port, path, args.connections, args.seconds)
                results.append(result)
                print(
                    f"{result['path']:<34} {result['rps']:>8.0f} {result['p50']:>8.1f} {result['p95']:>8.1f} "
                    f"{result['p99']:>8.1f} {result['errors']:>7}"
                )
        static_rps = results[0]["rps"]
        pages = results[1:]
        for result in pages:
            print(f"{result['path']}: {result['rps'] / static_rps:.2f}× the static file's requests/s (target ≥ 0.80×)")
        worst_p95 = max(pages, key=lambda r: r["p95"])
        print(f"worst p95 {worst_p95['p95']:.1f} ms on {worst_p95['path']} (target < 100 ms)")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
