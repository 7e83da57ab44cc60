"""Lighthouse on the site as it is deployed: the four scores and the weight of each page, against the targets.

Usage (from the project root, after `npm ci --prefix tools/lighthouse`; PostgreSQL and Redis through
DATABASE_URL and REDIS_URL, SQLite and the local-memory cache without them):

    .venv/bin/python bench/lighthouse.py [--runs 3] [--no-targets] [PATH ...]

It loads the protocol and the demo data into a throwaway database (`<name>_lighthouse`, dropped at the end),
collects the static files as the Dockerfile does, serves them with gunicorn and DEBUG=false, and runs
Lighthouse (tools/lighthouse, Debian's Chromium through CHROME_PATH, headless, its default mobile profile:
simulated slow 4G and a 4x slower CPU) on each path, once the page has been asked for once (public pages are
then served from the page cache, as visitors get them). It prints the scores, the page weight (bytes
transferred, and uncompressed, summed over Lighthouse's network requests) and the heaviest files.

Lighthouse's simulation still scales the CPU time it observes, so a busy machine lowers the performance score:
a page that misses a target is measured again, up to --runs times, and judged on its run of median
performance. The « cpu index » column is Lighthouse's own benchmark of the machine during that run (higher is
faster; about 1 900 on this 2-core machine when it is quiet, half that when it is busy): a low score beside a low
index says the machine was busy, not that the page got heavier. Exits 1 when a page misses a target (unless
--no-targets), after listing the audits that cost it points. The JSON reports are left in bench/out/.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# A script's folder comes first on sys.path; the project root replaces it, so that no file here can shadow a module.
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import urllib.request  # noqa: E402

from tools.production_server import (  # noqa: E402
    collectstatic,
    gunicorn,
    load_demo_data,
    production_env,
    throwaway_database,
)

LIGHTHOUSE = ROOT / "tools" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
OUT = ROOT / "bench" / "out"
DEFAULT_PATHS = ["/", "/engagements/E02/", "/comites/CDE-59/"]
CATEGORIES = {"performance": 90, "accessibility": 96, "best-practices": 100, "seo": 95}
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking "
    "--disable-component-update --disable-sync"
)


def run_lighthouse(url: str, output: Path, attempts: int = 3) -> dict:
    """One Lighthouse report of ``url``. Lighthouse itself sometimes fails to record the page load's trace on a
    busy machine (« NO_NAVSTART », « Please run Lighthouse again »): that run says nothing of the page, so it is
    run again, up to ``attempts`` times; any other failure, or the same one every time, stops the benchmark."""
    env = dict(os.environ, CHROME_PATH=os.environ.get("CHROME_PATH") or shutil.which("chromium") or "")
    command = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        f"--output-path={output}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
        "--quiet",
    ]
    for attempt in range(1, attempts + 1):
        result = subprocess.run(command, env=env, capture_output=True, text=True)
        if result.returncode == 0:
            return json.loads(output.read_text(encoding="utf-8"))
        retryable = "run Lighthouse again" in result.stderr or "NO_NAVSTART" in result.stderr
        sys.stderr.write(result.stderr)
        if not retryable or attempt == attempts:
            raise subprocess.CalledProcessError(result.returncode, command, result.stdout, result.stderr)
        print(f"Lighthouse could not record {url} (attempt {attempt}/{attempts}): running it again", flush=True)
    raise AssertionError("unreachable")


def scores(report: dict) -> dict[str, int]:
    return {name: round((report["categories"][name]["score"] or 0) * 100) for name in CATEGORIES}


def misses(page_scores: dict[str, int]) -> list[str]:
    return [name for name, target in CATEGORIES.items() if page_scores[name] < target]


def weight(report: dict) -> dict:
    requests = report["audits"]["network-requests"]["details"]["items"]
    return {
        "requests": len(requests),
        "transferred": sum(item.get("transferSize") or 0 for item in requests),
        "uncompressed": sum(item.get("resourceSize") or 0 for item in requests),
        "heaviest": sorted(requests, key=lambda item: item.get("resourceSize") or 0, reverse=True)[:4],
    }


def lost_points(report: dict, category: str) -> list[str]:
    """The audits of a category that did not pass, as Lighthouse titles them."""
    lines = []
    for ref in report["categories"][category]["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
            value = f" ({audit['displayValue']})" if audit.get("displayValue") else ""
            lines.append(f"    {category}: {audit['title']}{value}")
    return lines


def kb(size: int) -> str:
    return f"{size / 1024:,.0f} KB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", default=DEFAULT_PATHS)
    parser.add_argument("--runs", type=int, default=3, help="runs at most per page that misses a target")
    parser.add_argument("--no-targets", action="store_true", help="print the figures, never fail")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        raise SystemExit("Lighthouse is not installed: npm ci --prefix tools/lighthouse")

    OUT.mkdir(parents=True, exist_ok=True)
    missed = []
    with throwaway_database("lighthouse") as database, tempfile.TemporaryDirectory() as static_root:
        env = production_env(STATIC_ROOT=static_root, **database)
        load_demo_data(env)
        collectstatic(env)
        with gunicorn(env) as base_url:
            version = subprocess.run([str(LIGHTHOUSE), "--version"], capture_output=True, text=True).stdout.strip()
            database_name = "PostgreSQL" if database.get("DATABASE_URL") else "SQLite"
            cache_name = "Redis" if env.get("REDIS_URL") else "local memory"
            print(
                f"Lighthouse {version} · mobile (simulated slow 4G, 4× CPU) · gunicorn 2 workers, DEBUG=false, "
                f"collected static files · {database_name} · cache {cache_name} · up to {args.runs} runs"
            )
            print(
                f"{'page':<22} {'runs':>4} {'perf':>5} {'a11y':>5} {'best':>5} {'seo':>5} {'requests':>9} "
                f"{'transferred':>12} {'uncompressed':>13} {'cpu index':>10}"
            )
            details = []
            for path in args.paths:
                slug = path.strip("/").replace("/", "-") or "accueil"
                # Public pages are served from the page cache once a visitor has asked for them: measure that.
                urllib.request.urlopen(base_url + path, timeout=30).read()
                reports = []
                while len(reports) < max(1, args.runs):
                    reports.append(run_lighthouse(base_url + path, OUT / f"lighthouse-{slug}-{len(reports) + 1}.json"))
                    if len(reports) == 1 and not misses(scores(reports[0])):
                        break
                performance = [scores(r)["performance"] for r in reports]
                report = reports[performance.index(statistics.median_low(performance))]
                page_scores, page_weight = scores(report), weight(report)
                print(
                    f"{path:<22} {len(reports):>4} {page_scores['performance']:>5} {page_scores['accessibility']:>5} "
                    f"{page_scores['best-practices']:>5} {page_scores['seo']:>5} {page_weight['requests']:>9} "
                    f"{kb(page_weight['transferred']):>12} {kb(page_weight['uncompressed']):>13} "
                    f"{report['environment']['benchmarkIndex']:>10.0f}"
                )
                heaviest = ", ".join(
                    f"{item['url'].rsplit('/', 1)[-1]} {kb(item.get('resourceSize') or 0)}"
                    for item in page_weight["heaviest"]
                )
                details.append(f"  {path} heaviest: {heaviest}")
                for category in misses(page_scores):
                    missed.append(f"  {path}: {category} {page_scores[category]} < {CATEGORIES[category]}")
                    missed.extend(lost_points(report, category))
            print("\n".join(details))
    print("targets: " + ", ".join(f"{name} ≥ {target}" for name, target in CATEGORIES.items()))
    if missed:
        print("missed:\n" + "\n".join(missed))
        return 0 if args.no_targets else 1
    print("every target met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
