"""HTTP benchmark of the public pages, served by gunicorn as in production.

Usage (from the project root, with the data loaded in the database the environment points at):

    .venv/bin/python bench/http_bench.py [--workers 2] [--connections 16] [--seconds 10] [URL_PATH ...]

It starts gunicorn on 127.0.0.1 (a free port), warms every path, then for each path runs N client
connections (keep-alive, one thread each) for a fixed time and prints requests/s and latency percentiles.
A static file served by the same server is measured too, as the yardstick of DESIGN §8. Traffic stays on
the loopback interface and the run stops by itself.
"""

from __future__ import annotations

import argparse
import http.client
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = ["/", "/engagements/", "/engagements/E02/", "/comites/", "/comites/CDE-59/", "/decisions/"]
STATIC_PATH = "/static/css/portal.css"


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
    args = parser.parse_args()

    port = free_port()
    env = dict(os.environ)
    # Production settings, so that DEBUG's overheads are not measured; plain HTTP on loopback.
    env.update(
        DEBUG="false",
        SECRET_KEY=env.get("SECRET_KEY", "bench-only-" + "x" * 50),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
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
            f"{database} · cache {cache}"
        )
        print(f"{'path':<28} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7}")
        for path in [STATIC_PATH, *args.paths]:
            hammer(port, path, 2, 1)  # warm-up
            result = hammer(port, path, args.connections, args.seconds)
            print(
                f"{result['path']:<28} {result['rps']:>8.0f} {result['p50']:>8.1f} {result['p95']:>8.1f} "
                f"{result['p99']:>8.1f} {result['errors']:>7}"
            )
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
