"""A synthetic national-scale dataset (DESIGN §8) for the recompute benchmark and the crash drill.

The protocol (4 themes, 23 engagements, 15 indicators, the Hauts-de-France tree) is loaded as usual; the other
regions, départements and local basins are generated, each with monthly values for every indicator. With
``regions=18`` the tree has 1 + 18 + 101 + 362 = 482 territories and 36 months give ≈ 260 000 values.
"""

from __future__ import annotations

import datetime
import random
from decimal import Decimal

from django.db import transaction

from engagements.models import (
    Engagement,
    EngagementPartner,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Milestone,
)
from engagements.progress import add_months
from francetravail import protocol
from reseau.models import Organisation, Territory

NATIONAL_DEPARTEMENTS = 101
NATIONAL_LOCALS = 362


def _spread(total: int, parts: int) -> list[int]:
    return [total // parts + (1 if i < total % parts else 0) for i in range(parts)]


@transaction.atomic
def build(*, regions: int = 18, months: int = 36, today: datetime.date, seed: int = 1) -> dict[str, int]:
    """Create the dataset in an empty database. Returns counts."""
    protocol.load(protocol.DEFAULT_PATH.read_text(encoding="utf-8"))
    rng = random.Random(seed)
    france = Territory.objects.get(code="FR")
    hdf = Territory.objects.get(code="32")
    scale = regions / 18
    extra_departements = max(0, round(NATIONAL_DEPARTEMENTS * scale) - 5)
    extra_locals = max(0, round(NATIONAL_LOCALS * scale) - 26)
    other_regions = [
        Territory(code=f"R{i:02d}", name=f"Région synthétique {i}", level="region", parent=france)
        for i in range(1, regions)
    ]
    Territory.objects.bulk_create(other_regions)
    other_regions = list(Territory.objects.filter(code__startswith="R").order_by("code"))
    departements = []
    for region, count in zip(other_regions, _spread(extra_departements, max(1, len(other_regions))), strict=False):
        departements += [
            Territory(
                code=f"{region.code}D{j:02d}", name=f"Département {region.code}-{j}", level="departement", parent=region
            )
            for j in range(count)
        ]
    Territory.objects.bulk_create(departements)
    departements = list(Territory.objects.filter(level="departement").exclude(parent=hdf).order_by("code"))
    basins = []
    for departement, count in zip(departements, _spread(extra_locals, max(1, len(departements))), strict=False):
        basins += [
            Territory(
                code=f"{departement.code}L{k}", name=f"Bassin {departement.code}-{k}", level="local", parent=departement
            )
            for k in range(count)
        ]
    Territory.objects.bulk_create(basins)

    pilot = Organisation.objects.create(
        name="France Travail (synthétique)", slug="bench-france-travail", kind="france_travail", territory=france
    )
    EngagementPartner.objects.bulk_create(
        EngagementPartner(engagement=e, organisation=pilot, role="pilot") for e in Engagement.objects.all()
    )
    for engagement in Engagement.objects.all():
        Milestone.objects.create(
            engagement=engagement,
            title="Jalon",
            due_on=today - datetime.timedelta(days=30),
            done_on=today - datetime.timedelta(days=40),
        )
        Milestone.objects.create(engagement=engagement, title="Jalon", due_on=today + datetime.timedelta(days=90))

    territories = list(Territory.objects.all())
    leaves = [t for t in territories if t.level == "local"]
    last = add_months(today.replace(day=1), -1)
    periods = [add_months(last, -offset) for offset in range(months - 1, -1, -1)]
    values = []
    targets = []
    for indicator in Indicator.objects.all():
        ratio = indicator.measure == "ratio"
        for territory in territories:
            level = rng.uniform(20, 80) if ratio else rng.uniform(100, 1000)
            for index, period in enumerate(periods):
                value = level * (1 + 0.004 * index) * rng.uniform(0.95, 1.05)
                values.append(
                    IndicatorValue(
                        indicator=indicator,
                        territory=territory,
                        period=period,
                        value=Decimal(f"{min(value, 99) if ratio else value:.1f}"),
                        base=Decimal(rng.randint(100, 5000)) if ratio else None,
                        status="accepted",
                        organisation=pilot,
                    )
                )
        if indicator.weight:
            targets += [
                IndicatorTarget(
                    indicator=indicator,
                    territory=leaf,
                    baseline_value=Decimal(50),
                    baseline_on=periods[0],
                    target_value=Decimal(60 if ratio else 800),
                    target_on=datetime.date(today.year + 1, 12, 31),
                )
                for leaf in leaves
            ]
    IndicatorValue.objects.bulk_create(values, batch_size=5000)
    IndicatorTarget.objects.bulk_create(targets, batch_size=5000)
    return {"territories": len(territories), "values": len(values), "targets": len(targets)}
