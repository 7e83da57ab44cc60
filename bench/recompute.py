"""Progress engine at national scale (DESIGN §8): full and incremental recompute, against the SQL floor.

Usage: .venv/bin/python bench/recompute.py [--regions 18] [--months 36]

Runs against whatever DATABASE_URL says (PostgreSQL for the figures), in a throwaway test database created
next to it and dropped at the end: the configured database is never touched. Prints one name=value per line.
"""

import argparse
import os
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "francetravail.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.db.models import Sum  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402

from engagements import actions  # noqa: E402
from engagements.models import Engagement, Indicator, IndicatorValue, ProgressSnapshot  # noqa: E402
from francetravail import national  # noqa: E402
from reseau.models import Organisation, Territory  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--regions", type=int, default=18)
    parser.add_argument("--months", type=int, default=36)
    args = parser.parse_args()

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        today = timezone.localdate()
        started = time.perf_counter()
        counts = national.build(regions=args.regions, months=args.months, today=today)
        print(f"database={connection.vendor}")
        print(f"territories={counts['territories']}")
        print(f"values={counts['values']}")
        print(f"dataset_build_s={time.perf_counter() - started:.2f}")
        if connection.vendor == "postgresql":
            # A database that has just been bulk-loaded has no planner statistics yet; a live one has.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")

        started = time.perf_counter()
        actions.recompute_all(today=today)
        full = time.perf_counter() - started
        print(f"full_recompute_s={full:.2f}")
        print(f"snapshots={ProgressSnapshot.objects.count()}")

        started = time.perf_counter()
        actions.recompute_all(today=today)
        print(f"full_recompute_again_s={time.perf_counter() - started:.2f}")

        indicator = Indicator.objects.get(code="IND-APPR-ENTREES")
        leaf = Territory.objects.filter(level="local").order_by("code").first()
        period = IndicatorValue.objects.filter(indicator=indicator, territory=leaf).latest("period").period
        started = time.perf_counter()
        actions.record_value(
            indicator=indicator,
            territory=leaf,
            period=period,
            value=Decimal(12345),
            organisation=Organisation.objects.get(slug="bench-france-travail"),
            author=None,
        )
        # With Celery eager (no REDIS_URL) the write's own task already ran on commit; otherwise this call does it.
        actions.recompute_engagement(engagement_id=indicator.engagement_id, today=today)
        print(f"incremental_s={time.perf_counter() - started:.2f}")
        assert not Engagement.objects.get(pk=indicator.engagement_id).is_dirty

        # The floor: one GROUP BY rolling every value up one level. Best of three, so that noise favours it.
        floors = []
        for _ in range(3):
            started = time.perf_counter()
            rows = list(
                IndicatorValue.objects.filter(status="accepted")
                .values("indicator_id", "territory__parent_id", "period")
                .annotate(total=Sum("value"))
            )
            floors.append(time.perf_counter() - started)
        floor = min(floors)
        print(f"sql_floor_s={floor:.2f}")
        print(f"sql_floor_rows={len(rows)}")
        print(f"full_over_floor={full / floor:.1f}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
