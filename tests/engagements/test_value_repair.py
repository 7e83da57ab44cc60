"""The data migration that gives back the accepted values a proposal had overwritten (figures issue, item 3)."""

import datetime
import importlib
from decimal import Decimal

import pytest
from django.apps import apps

from engagements.models import IndicatorValue
from tests.factories import IndicatorFactory, OrganisationFactory, TerritoryFactory

pytestmark = pytest.mark.django_db

repair = importlib.import_module("engagements.migrations.0009_restore_values_replaced_by_proposals")
MARCH = datetime.date(2026, 3, 1)


def overwrite(row: IndicatorValue, **fields) -> None:
    """What the old record_value/review_value did: rewrite the cell's only row in place."""
    for name, value in fields.items():
        setattr(row, name, value)
    row.version += 1
    row.save()


def test_a_proposal_that_overwrote_an_accepted_value_is_put_beside_it_again():
    indicator, territory = IndicatorFactory(), TerritoryFactory()
    pilot, contributor = OrganisationFactory(), OrganisationFactory()
    cell = {"indicator": indicator, "territory": territory}
    row = IndicatorValue.objects.create(
        **cell, period=MARCH, value=Decimal("47"), status="accepted", organisation=pilot, note="Saisie du pilote"
    )
    overwrite(row, value=Decimal("99"), status="proposed", organisation=contributor, note="Proposition")
    refused = IndicatorValue.objects.create(
        **cell, period=datetime.date(2026, 4, 1), value=Decimal("10"), status="accepted", organisation=pilot
    )
    overwrite(refused, value=Decimal("11"), status="proposed", organisation=contributor)
    overwrite(refused, status="rejected", review_note="Doublon.")
    alone = IndicatorValue.objects.create(
        **cell, period=datetime.date(2026, 5, 1), value=Decimal("5"), organisation=contributor
    )
    assert not IndicatorValue.objects.published().exists()  # the defect: both accepted values unpublished

    assert repair.restore_accepted_values(apps, None) == 2

    published = dict(IndicatorValue.objects.published().values_list("period", "value"))
    assert published == {MARCH: Decimal("47"), datetime.date(2026, 4, 1): Decimal("10")}
    restored = IndicatorValue.objects.get(pk=row.pk)
    assert (restored.organisation, restored.note) == (pilot, "Saisie du pilote")
    proposal = IndicatorValue.objects.get(period=MARCH, status="proposed")
    assert (proposal.value, proposal.organisation, proposal.note) == (Decimal("99"), contributor, "Proposition")
    kept = IndicatorValue.objects.get(period=datetime.date(2026, 4, 1), status="rejected")
    assert (kept.value, kept.review_note) == (Decimal("11"), "Doublon.")
    alone.refresh_from_db()
    assert alone.status == "proposed"  # a proposal on an empty cell took nothing: left as it is
    assert restored.history.first().history_change_reason == repair.REASON
    assert proposal.history.get().history_type == "+"
    # Running it again finds nothing left to repair.
    assert repair.restore_accepted_values(apps, None) == 0
