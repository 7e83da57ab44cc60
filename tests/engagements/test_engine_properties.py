"""Properties of the engine on the database, with hypothesis drawing the partners' edits."""

import datetime
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engagements import actions, recompute
from engagements.models import Engagement, Indicator, ProgressSnapshot
from reseau.models import Organisation, Territory

REPORTING = ["CLPE59001", "CLPE59002", "CLPE59003", "CLPE59004", "CLPE59005", "CLPE59006", "02", "60", "62", "80"]
INDICATORS = ["IND-APPR-ENTREES", "IND-OFFRES-POURVOI", "IND-OFFRES-DELAI", "IND-TAE6", "IND-FORM-TENSION"]

edits = st.lists(
    st.tuples(
        st.sampled_from(INDICATORS),
        st.sampled_from(REPORTING),
        st.integers(min_value=1, max_value=12),  # months ago
        st.decimals(min_value=0, max_value=5000, places=1, allow_nan=False, allow_infinity=False),
    ),
    min_size=1,
    max_size=6,
)


def state():
    return {
        (s.scope, s.indicator_id, s.engagement_id, s.theme_id, s.territory_id): (s.digest, s.computed_at)
        for s in ProgressSnapshot.objects.filter(as_of=timezone.localdate())
    }


def month_back(months: int) -> datetime.date:
    day = timezone.localdate().replace(day=1)
    index = day.year * 12 + day.month - 1 - months
    return datetime.date(index // 12, index % 12 + 1, 1)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=edits)
def test_incremental_recomputes_then_recompute_all_change_nothing(demo, django_capture_on_commit_callbacks, edits):
    pilot = Organisation.objects.get(slug="demo-france-travail-hdf")
    with transaction.atomic():  # each example rolls back, so that examples do not see each other's edits
        for code, territory, months_ago, value in edits:
            indicator = Indicator.objects.get(code=code)
            if indicator.unit != "nombre":
                value = min(value, Decimal(100))
            place = Territory.objects.get(code=territory)
            with django_capture_on_commit_callbacks(execute=False):
                actions.record_value(
                    indicator=indicator,
                    territory=place,
                    period=month_back(months_ago),
                    value=value,
                    organisation=pilot,
                    author=None,
                )
            # What the worker does with the write's task: the ancestor chain of that one value only.
            recompute.recompute_engagement(
                engagement_id=indicator.engagement_id,
                request=Engagement.objects.get(pk=indicator.engagement_id).recompute_requested,
                indicator_id=indicator.pk,
                territory_id=place.pk,
            )
        incremental = state()
        recompute.recompute_all()
        assert state() == incremental  # a full run finds nothing to rewrite: the partial ones wrote the same
        recompute.recompute_all()
        assert state() == incremental  # and neither does a second one
        transaction.set_rollback(True)
