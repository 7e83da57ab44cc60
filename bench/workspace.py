"""Save round trip of the partner workspace (issue: partner workspace): p50/p95 over N saves, on PostgreSQL.

Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/francetravail REDIS_URL=redis://127.0.0.1:6379/9 \\
       .venv/bin/python bench/workspace.py [--saves 200]

It creates a throwaway database next to the configured one (``<name>_bench_workspace``), migrates it, loads the
protocol and the demo data, serves it with gunicorn (2 workers, production settings) and, as
partenaire@demo.test, sends htmx saves the way the browser does: indicator values through the grid and progress
reports. Each round trip is timed from the request to the last byte of the fragment. The recompute each save
enqueues goes to the broker (Redis when REDIS_URL is set); no worker runs, so only the save itself is measured.
The throwaway database is dropped at the end. Prints one name=value per line.
"""

import argparse
import datetime
import http.client
import os
import re
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Browser:
    """Just enough of a browser: cookies, the CSRF token, form posts with htmx's headers."""

    def __init__(self, port: int) -> None:
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.cookies: dict[str, str] = {}

    def request(
        self, method: str, path: str, form: dict | None = None, htmx: bool = False, file: tuple | None = None
    ) -> tuple[int, str]:
        headers = {"Host": "127.0.0.1", "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if file is not None:  # (field, filename, bytes): one multipart part, as a browser sends a file input
            field, filename, content = file
            boundary = "----bench-boundary"
            body = (
                (
                    f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; filename="{filename}"\r\n'
                    "Content-Type: text/csv\r\n\r\n"
                ).encode()
                + content
                + f"\r\n--{boundary}--\r\n".encode()
            )
            headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"
            headers["X-CSRFToken"] = self.cookies.get("csrftoken", "")
        elif form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["X-CSRFToken"] = self.cookies.get("csrftoken", "")
        if htmx:
            headers["HX-Request"] = "true"
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        text = response.read().decode()
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";", 1)[0]
        return response.status, text


def wait_until_up(port: int) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not answer in time")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def report(name: str, timings: list[float]) -> None:
    ms = [t * 1000 for t in timings]
    print(f"{name}_saves={len(ms)}")
    print(f"{name}_p50_ms={statistics.median(ms):.1f}")
    print(f"{name}_p95_ms={percentile(ms, 0.95):.1f}")
    print(f"{name}_max_ms={max(ms):.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--smoke", action="store_true", help="ten saves of each kind and a 600-line import (CI)")
    args = parser.parse_args()
    if args.smoke:
        args.saves = 10
    import_lines = 600 if args.smoke else 10_000
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL server: the figures are about PostgreSQL.")
    parsed = urllib.parse.urlparse(url)
    bench_db = f"{parsed.path.lstrip('/') or 'francetravail'}_bench_workspace"
    admin_url = parsed._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{bench_db}"')
        conn.execute(f'CREATE DATABASE "{bench_db}"')

    env = dict(os.environ, DATABASE_URL=parsed._replace(path=f"/{bench_db}").geturl())
    manage = [sys.executable, "manage.py"]
    server = None
    try:
        loading = dict(env, DEBUG="true")
        for command in (["migrate", "--noinput", "-v", "0"], ["load_protocol"], ["load_demo"]):
            subprocess.run(manage + command, cwd=ROOT, env=loading, check=True, stdout=subprocess.DEVNULL)
        env.update(
            DEBUG="false",
            SECRET_KEY="bench-only-" + "x" * 50,
            ALLOWED_HOSTS="127.0.0.1",
            SECURE_SSL_REDIRECT="false",
            # Production refuses to start without a delivering e-mail back end; nothing here sends mail.
            EMAIL_HOST=env.get("EMAIL_HOST") or "localhost",
            SITE_URL=env.get("SITE_URL") or "http://127.0.0.1",
        )
        subprocess.run(manage + ["collectstatic", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True)
        port = free_port()
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "francetravail.wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "2",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
        )
        wait_until_up(port)
        browser = Browser(port)
        _, page = browser.request("GET", "/comptes/connexion/")
        status, _ = browser.request(
            "POST", "/comptes/connexion/", {"username": "partenaire@demo.test", "password": "demo", "next": ""}
        )
        assert status == 302 and "sessionid" in browser.cookies, f"login failed ({status})"

        status, page = browser.request("GET", "/espace/engagements/E02/valeurs/?territoire=59")
        assert status == 200, status
        with psycopg.connect(env["DATABASE_URL"]) as conn:
            indicator_id = conn.execute(
                "SELECT id FROM engagements_indicator WHERE code='IND-APPR-ENTREES'"
            ).fetchone()[0]
            rows = conn.execute(
                "SELECT period, version FROM engagements_indicatorvalue v "
                "JOIN reseau_territory t ON t.id = v.territory_id "
                "WHERE indicator_id = %s AND t.code = '59' AND v.status = 'accepted'",
                [indicator_id],
            ).fetchall()
        versions = {period: version for period, version in rows}
        today = datetime.date.today().replace(day=1)
        periods = []
        for back in range(6):
            month = today.month - back
            periods.append(datetime.date(today.year + (month - 1) // 12, (month - 1) % 12 + 1, 1))

        value_timings, report_timings = [], []
        for i in range(args.saves):
            period = periods[i % len(periods)]
            form = {
                "indicator": indicator_id,
                "territory": "59",
                "period": f"{period:%Y-%m}",
                "version": versions.get(period, 0),
                "value": str(1000 + i),
                "fin": f"{today:%Y-%m}",
            }
            started = time.perf_counter()
            status, body = browser.request("POST", "/espace/engagements/E02/valeurs/saisie/", form, htmx=True)
            value_timings.append(time.perf_counter() - started)
            assert status == 200 and "Valeur enregistrée" in body, f"value save {i}: {status}"
            versions[period] = versions.get(period, 0) + 1

            report_form = {
                "territory": "59",
                "weather": "couvert",
                "declared_percent": i % 101,
                "narrative": f"Point {i}",
            }
            started = time.perf_counter()
            status, body = browser.request("POST", "/espace/engagements/E02/compte-rendu/", report_form, htmx=True)
            report_timings.append(time.perf_counter() - started)
            assert status == 200 and "Compte rendu enregistré" in body, f"report save {i}: {status}"
        print("database=postgresql")
        print(f"broker={'redis' if env.get('REDIS_URL') else 'none (eager: the recompute runs inside the save)'}")
        print("server=gunicorn 2 workers, DEBUG=false, one client")
        report("value", value_timings)
        report("report", report_timings)
        assert re.search(r"<html", page)

        # A CSV of 10 000 lines (the maximum; 600 with --smoke): the upload answers at once, the import runs in a
        # worker; here the worker's action is run in a process of its own and timed (validation, then the writes).
        with psycopg.connect(env["DATABASE_URL"]) as conn:
            codes = [
                row[0]
                for row in conn.execute(
                    "SELECT code FROM reseau_territory WHERE level <> 'national' ORDER BY code"
                ).fetchall()
            ]
        lines = ["indicateur;territoire;periode;valeur"]
        year, month = today.year, 1
        while len(lines) <= import_lines:
            for code in codes:
                if len(lines) > import_lines:
                    break
                lines.append(f"IND-APPR-ENTREES;{code};{year:04d}-{month:02d};{len(lines)}")
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        content = "\n".join(lines).encode()
        started = time.perf_counter()
        status, _ = browser.request(
            "POST", "/espace/engagements/E02/import/", htmx=True, file=("file", "valeurs.csv", content)
        )
        print(f"import_upload_s={time.perf_counter() - started:.2f}")
        assert status == 200, status
        started = time.perf_counter()
        outcome = subprocess.run(
            manage
            + [
                "shell",
                "-c",
                "from engagements import value_imports; from engagements.models import ValueImport; "
                "v = value_imports.run_import(import_id=ValueImport.objects.latest('pk').pk); "
                "print(v.state, v.imported)",
            ],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        print(f"import_{import_lines}_lines_s={time.perf_counter() - started:.2f}")
        print(f"import_outcome={outcome.stdout.strip().splitlines()[-1]}")
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{bench_db}" WITH (FORCE)')
        if env.get("REDIS_URL"):
            import redis

            # The recomputes the saves enqueued concern the database just dropped: no worker should get them.
            redis.Redis.from_url(env["REDIS_URL"]).delete("celery")


if __name__ == "__main__":
    main()
