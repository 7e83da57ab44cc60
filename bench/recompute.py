"""Progress engine at national scale (DESIGN §8): full and incremental recompute, against the SQL floor.

Usage: .venv/bin/python bench/recompute.py [--regions 18] [--months 36] [--smoke] [--scale]

``--smoke`` runs two regions over six months (CI runs it so that the script cannot rot).

``--scale`` prints how the cost grows instead: the full and incremental recompute at 1×, 2× and 4× the data
(regions × months: the regions doubled, then the months too), each in a database of its own, with the full
recompute's cost per value (flat when the cost grows linearly with the number of values).

With REDIS_URL set it also times the full recompute spread over real Celery workers (``engagements.tasks.
fan_out_recompute_all``: one task per engagement, then the summaries), with a worker of 1 process and then of 2,
from the enqueue to the summaries' end, each run writing every snapshot afresh as the first full run does.

Runs against whatever DATABASE_URL says (PostgreSQL for the figures), in a throwaway test database created
next to it and dropped at the end: the configured database is never touched. Prints one name=value per line.
"""

import argparse
import os
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "francetravail.settings")
# A national data set: the regions are rolled up to the national level (a regional deployment does not).
os.environ.setdefault("ROLL_UP_TO_NATIONAL", "true")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import F, Sum  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402

from engagements import actions, recompute, tasks  # noqa: E402
from engagements.models import Engagement, Indicator, IndicatorValue, ProgressSnapshot  # noqa: E402
from francetravail import national  # noqa: E402
from francetravail.celery import app  # noqa: E402
from reseau.models import Organisation, Territory  # noqa: E402


def _recompute_pending(indicator: Indicator, territory: Territory, today) -> None:
    """What the worker's task does for the one pending write (a no-op when the eager task already did it)."""
    request = Engagement.objects.values_list("recompute_requested", flat=True).get(pk=indicator.engagement_id)
    recompute.recompute_engagement(
        engagement_id=indicator.engagement_id,
        today=today,
        request=request,
        indicator_id=indicator.pk,
        territory_id=territory.pk,
    )


def _fan_out(concurrency: int, today) -> float:
    """Seconds from enqueueing the fan-out to the end of its summaries, with a worker of ``concurrency``
    processes on this (throwaway) database."""
    ProgressSnapshot.objects.filter(as_of=today).delete()
    app.control.purge()
    db = connection.settings_dict
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
    }
    command = [sys.executable, "-m", "celery", "-A", "francetravail", "--quiet", "worker", "--pool", "prefork"]
    command += ["--concurrency", str(concurrency), "--without-gossip", "--without-mingle", "--loglevel", "error"]
    worker = subprocess.Popen(command, env=env, cwd=Path(__file__).resolve().parent.parent)
    try:
        deadline = time.monotonic() + 60
        while not app.control.ping(timeout=0.5):
            if time.monotonic() > deadline or worker.poll() is not None:
                raise SystemExit("the Celery worker did not start")
        started = time.perf_counter()
        _, summaries = tasks.fan_out_recompute_all(today.isoformat())
        summaries.get(timeout=1800)
        return time.perf_counter() - started
    finally:
        worker.terminate()
        worker.wait(timeout=120)


def _analyze() -> None:
    """A database that has just been bulk-loaded has no planner statistics yet; a live one has."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def _incremental(today) -> float:
    """Best of three: one local value changed, its engagement marked, its ancestor chain recomputed."""
    indicator = Indicator.objects.get(code="IND-APPR-ENTREES")
    leaf = Territory.objects.filter(level="local").order_by("code").first()
    period = IndicatorValue.objects.filter(indicator=indicator, territory=leaf).latest("period").period
    times = []
    for step in range(3):
        IndicatorValue.objects.filter(indicator=indicator, territory=leaf, period=period).update(
            value=Decimal(22346 + step)
        )
        Engagement.objects.filter(pk=indicator.engagement_id).update(recompute_requested=F("recompute_requested") + 1)
        started = time.perf_counter()
        _recompute_pending(indicator, leaf, today)
        times.append(time.perf_counter() - started)
    return min(times)


def scale(regions: int, months: int) -> None:
    """Full and incremental recompute at 1×, 2× and 4× the data, each size in a throwaway database."""
    today = timezone.localdate()
    print("size  regions  months   values  full_s  full_us_per_value  incremental_s")
    for factor, (r, m) in ((1, (regions, months)), (2, (2 * regions, months)), (4, (2 * regions, 2 * months))):
        old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
        try:
            counts = national.build(regions=r, months=m, today=today)
            _analyze()
            started = time.perf_counter()
            recompute.recompute_all(today=today)
            full = time.perf_counter() - started
            incremental = _incremental(today)
            values = counts["values"]
            per_value = full / values * 1e6
            print(f"{factor}x    {r:>7}  {m:>6}  {values:>7}  {full:>6.2f}  {per_value:>17.1f}  {incremental:>13.3f}")
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--regions", type=int, default=18)
    parser.add_argument("--months", type=int, default=36)
    parser.add_argument("--smoke", action="store_true", help="two regions over six months (CI)")
    parser.add_argument("--scale", action="store_true", help="1×, 2× and 4× the data: how the cost grows")
    args = parser.parse_args()
    if args.smoke:
        args.regions, args.months = 2, 6

    setup_test_environment()
    if args.scale:
        scale(args.regions, args.months)
        return
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        today = timezone.localdate()
        started = time.perf_counter()
        counts = national.build(regions=args.regions, months=args.months, today=today)
        print(f"database={connection.vendor}")
        print(f"territories={counts['territories']}")
        print(f"values={counts['values']}")
        print(f"dataset_build_s={time.perf_counter() - started:.2f}")
        _analyze()

        started = time.perf_counter()
        recompute.recompute_all(today=today)
        full = time.perf_counter() - started
        print(f"full_recompute_s={full:.2f}")
        print(f"snapshots={ProgressSnapshot.objects.count()}")

        started = time.perf_counter()
        recompute.recompute_all(today=today)
        print(f"full_recompute_again_s={time.perf_counter() - started:.2f}")

        indicator = Indicator.objects.get(code="IND-APPR-ENTREES")
        leaf = Territory.objects.filter(level="local").order_by("code").first()
        period = IndicatorValue.objects.filter(indicator=indicator, territory=leaf).latest("period").period
        # A partner's write as the workspace does it: with Celery eager (no REDIS_URL) the recompute of the
        # ancestor chain runs on commit, inside this call; with a broker it is the worker's task, run here.
        started = time.perf_counter()
        actions.record_value(
            indicator=indicator,
            territory=leaf,
            period=period,
            value=Decimal(12345),
            organisation=Organisation.objects.get(slug="bench-france-travail"),
            author=None,
        )
        _recompute_pending(indicator, leaf, today)
        print(f"write_and_recompute_s={time.perf_counter() - started:.2f}")
        assert not Engagement.objects.get(pk=indicator.engagement_id).is_dirty

        # The recompute alone, best of three: one value changed, its engagement marked, the chain recomputed.
        print(f"incremental_s={_incremental(today):.2f}")

        # The floor: one GROUP BY rolling every value up one level. Best of three, so that noise favours it.
        floors = []
        for _ in range(3):
            started = time.perf_counter()
            rows = list(
                IndicatorValue.objects.published()
                .values("indicator_id", "territory__parent_id", "period")
                .annotate(total=Sum("value"))
            )
            floors.append(time.perf_counter() - started)
        floor = min(floors)
        print(f"sql_floor_s={floor:.2f}")
        print(f"sql_floor_rows={len(rows)}")
        print(f"full_over_floor={full / floor:.1f}")

        if settings.REDIS_URL and connection.vendor == "postgresql":
            one = _fan_out(1, today)
            print(f"fan_out_1_process_s={one:.2f}")
            two = _fan_out(2, today)
            print(f"fan_out_2_processes_s={two:.2f}")
            print(f"fan_out_2_over_1={two / one:.2f}")
            print(f"fan_out_2_over_floor={two / floor:.1f}")
        else:
            print("fan_out=skipped (needs REDIS_URL and PostgreSQL: workers in other processes)")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
