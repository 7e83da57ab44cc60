"""The protocol's models: every database constraint, and progress reports being append-only."""

import datetime
from contextlib import contextmanager
from decimal import Decimal

import pytest
from django.db import IntegrityError, connection, transaction

from engagements.models import (
    Engagement,
    EngagementPartner,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    IntermediateTarget,
    ProgressReport,
    ProgressSnapshot,
)
from tests.factories import (
    EngagementFactory,
    EngagementPartnerFactory,
    IndicatorFactory,
    IndicatorTargetFactory,
    IndicatorValueFactory,
    OrganisationFactory,
    ProgressReportFactory,
    TerritoryFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

DAY = datetime.date(2025, 3, 1)


@contextmanager
def violates(constraint: str, *, sqlite_unique: str | None = None):
    """The block must fail on `constraint` itself, not on some other rule.

    PostgreSQL names the constraint in its message; SQLite names check constraints, but reports a unique
    constraint by its columns, given as `sqlite_unique`.
    """
    with pytest.raises(IntegrityError) as excinfo, transaction.atomic():
        yield
    expected = sqlite_unique if connection.vendor == "sqlite" and sqlite_unique else constraint
    assert expected in str(excinfo.value)


# --- Engagement --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "starts_on, ends_on",
    [
        (None, None),
        (datetime.date(2024, 1, 1), None),
        (None, datetime.date(2027, 12, 31)),
        (datetime.date(2024, 1, 1), datetime.date(2024, 1, 1)),
        (datetime.date(2024, 1, 1), datetime.date(2027, 12, 31)),
    ],
)
def test_an_engagement_ending_on_or_after_its_start_saves(starts_on, ends_on):
    theme = ThemeFactory()

    Engagement.objects.create(code="E01", theme=theme, title="Engagement", starts_on=starts_on, ends_on=ends_on)

    assert Engagement.objects.filter(code="E01", starts_on=starts_on, ends_on=ends_on).exists()


def test_it_refuses_an_engagement_ending_before_it_starts():
    theme = ThemeFactory()

    with violates("engagement_ends_after_start"):
        Engagement.objects.create(
            code="E01",
            theme=theme,
            title="Engagement",
            starts_on=datetime.date(2024, 1, 2),
            ends_on=datetime.date(2024, 1, 1),
        )
    assert not Engagement.objects.exists()


# --- EngagementPartner -------------------------------------------------------------------------------------


def test_an_organisation_may_be_partner_of_several_engagements():
    organisation = OrganisationFactory()

    EngagementPartner.objects.create(engagement=EngagementFactory(), organisation=organisation, role="contributor")
    EngagementPartner.objects.create(engagement=EngagementFactory(), organisation=organisation, role="pilot")

    assert organisation.engagement_roles.count() == 2


def test_it_refuses_an_organisation_twice_on_the_same_engagement():
    partner = EngagementPartnerFactory()

    with violates(
        "partner_once_per_engagement",
        sqlite_unique="engagements_engagementpartner.engagement_id, engagements_engagementpartner.organisation_id",
    ):
        EngagementPartner.objects.create(
            engagement=partner.engagement, organisation=partner.organisation, role="contributor"
        )
    assert EngagementPartner.objects.count() == 1


def test_an_engagement_has_one_pilot_and_any_number_of_contributors():
    engagement = EngagementFactory()

    EngagementPartner.objects.bulk_create(
        [
            EngagementPartner(engagement=engagement, organisation=OrganisationFactory(), role="pilot"),
            EngagementPartner(engagement=engagement, organisation=OrganisationFactory(), role="contributor"),
            EngagementPartner(engagement=engagement, organisation=OrganisationFactory(), role="contributor"),
        ]
    )
    # Another engagement has its own pilot.
    EngagementPartnerFactory(pilot=True)

    assert engagement.partners.filter(role="pilot").count() == 1
    assert EngagementPartner.objects.filter(role="pilot").count() == 2


def test_it_refuses_a_second_pilot_on_an_engagement():
    pilot = EngagementPartnerFactory(pilot=True)

    with violates("one_pilot_per_engagement", sqlite_unique="engagements_engagementpartner.engagement_id"):
        EngagementPartner.objects.create(engagement=pilot.engagement, organisation=OrganisationFactory(), role="pilot")
    assert list(pilot.engagement.partners.all()) == [pilot]


# --- Indicator ---------------------------------------------------------------------------------------------


def indicator(**overrides) -> Indicator:
    values = {
        "code": "IND-TEST",
        "name": "Indicateur",
        "unit": "nombre",
        "measure": "flow",
        "aggregation": "sum",
        "engagement": None,
        "theme": None,
    }
    values.update(overrides)
    return Indicator.objects.create(**values)


def test_an_indicator_of_an_engagement_saves():
    indicator(engagement=EngagementFactory())

    assert Indicator.objects.get(code="IND-TEST").theme is None


def test_a_context_series_of_a_theme_saves():
    indicator(theme=ThemeFactory(), weight=0, measure="stock")

    assert Indicator.objects.get(code="IND-TEST").engagement is None


def test_it_refuses_an_indicator_of_both_an_engagement_and_a_theme():
    engagement = EngagementFactory()

    with violates("indicator_engagement_xor_theme"):
        indicator(engagement=engagement, theme=engagement.theme)
    assert not Indicator.objects.exists()


def test_it_refuses_an_indicator_of_neither_an_engagement_nor_a_theme():
    with violates("indicator_engagement_xor_theme"):
        indicator()
    assert not Indicator.objects.exists()


@pytest.mark.parametrize(
    "measure, aggregation",
    [
        ("stock", "sum"),
        ("stock", "none"),
        ("flow", "sum"),
        ("flow", "none"),
        ("ytd", "sum"),
        ("ytd", "none"),
        ("ratio", "mean"),
        ("ratio", "none"),
    ],
)
def test_an_indicator_consolidated_as_its_measure_allows_saves(measure, aggregation):
    indicator(engagement=EngagementFactory(), measure=measure, aggregation=aggregation)

    assert Indicator.objects.filter(measure=measure, aggregation=aggregation).exists()


@pytest.mark.parametrize(
    "measure, aggregation", [("ratio", "sum"), ("stock", "mean"), ("flow", "mean"), ("ytd", "mean")]
)
def test_it_refuses_an_indicator_consolidated_against_its_measure(measure, aggregation):
    engagement = EngagementFactory()

    with violates("indicator_aggregation_fits_measure"):
        indicator(engagement=engagement, measure=measure, aggregation=aggregation)
    assert not Indicator.objects.exists()


@pytest.mark.parametrize("weight", [Decimal("0"), Decimal("0.5"), Decimal("999.99")])
def test_an_indicator_of_positive_or_zero_weight_saves(weight):
    indicator(engagement=EngagementFactory(), weight=weight)

    assert Indicator.objects.get(code="IND-TEST").weight == weight


def test_it_refuses_an_indicator_of_negative_weight():
    engagement = EngagementFactory()

    with violates("indicator_weight_not_negative"):
        indicator(engagement=engagement, weight=Decimal("-0.01"))
    assert not Indicator.objects.exists()


# --- IndicatorTarget and IntermediateTarget ----------------------------------------------------------------


def target(**overrides) -> IndicatorTarget:
    values = {
        "baseline_value": 100,
        "baseline_on": datetime.date(2023, 6, 1),
        "target_value": 200,
        "target_on": datetime.date(2027, 12, 31),
    }
    values.update(overrides)
    return IndicatorTarget.objects.create(**values)


def test_an_indicator_has_one_target_per_territory():
    measured = IndicatorFactory()
    region = TerritoryFactory(region=True)

    target(indicator=measured, territory=region)
    target(indicator=measured, territory=region.parent)

    assert measured.targets.count() == 2


def test_it_refuses_a_second_target_of_an_indicator_on_a_territory():
    existing = IndicatorTargetFactory()

    with violates(
        "target_once_per_territory",
        sqlite_unique="engagements_indicatortarget.indicator_id, engagements_indicatortarget.territory_id",
    ):
        target(indicator=existing.indicator, territory=existing.territory)
    assert IndicatorTarget.objects.count() == 1


def test_a_target_due_after_its_baseline_saves():
    target(
        indicator=IndicatorFactory(),
        territory=TerritoryFactory(),
        baseline_on=datetime.date(2023, 6, 1),
        target_on=datetime.date(2023, 6, 2),
    )

    assert IndicatorTarget.objects.count() == 1


@pytest.mark.parametrize("target_on", [datetime.date(2023, 6, 1), datetime.date(2023, 5, 31)])
def test_it_refuses_a_target_due_on_or_before_its_baseline(target_on):
    measured, territory = IndicatorFactory(), TerritoryFactory()

    with violates("target_after_baseline"):
        target(indicator=measured, territory=territory, baseline_on=datetime.date(2023, 6, 1), target_on=target_on)
    assert not IndicatorTarget.objects.exists()


def test_a_target_has_one_intermediate_value_per_date():
    final = IndicatorTargetFactory()

    IntermediateTarget.objects.bulk_create(
        [
            IntermediateTarget(target=final, on=datetime.date(2024, 12, 31), value=125),
            IntermediateTarget(target=final, on=datetime.date(2025, 12, 31), value=150),
        ]
    )

    assert final.intermediates.count() == 2


def test_it_refuses_two_intermediate_values_of_a_target_on_the_same_date():
    final = IndicatorTargetFactory()
    IntermediateTarget.objects.create(target=final, on=datetime.date(2024, 12, 31), value=125)

    with violates(
        "intermediate_target_once_per_date",
        sqlite_unique="engagements_intermediatetarget.target_id, engagements_intermediatetarget.on",
    ):
        IntermediateTarget.objects.create(target=final, on=datetime.date(2024, 12, 31), value=130)
    assert list(final.intermediates.values_list("value", flat=True)) == [125]


# --- IndicatorValue ----------------------------------------------------------------------------------------


def value_row(existing: IndicatorValue | None = None, **overrides) -> IndicatorValue:
    """A new value, on the same indicator, territory and organisation as `existing` when given."""
    if existing is not None:
        values = {
            "indicator": existing.indicator,
            "territory": existing.territory,
            "organisation": existing.organisation,
            "period": existing.period,
        }
    else:
        values = {
            "indicator": IndicatorFactory(),
            "territory": TerritoryFactory(),
            "organisation": OrganisationFactory(),
            "period": datetime.date(2025, 1, 1),
        }
    values["value"] = 10
    values.update(overrides)
    return IndicatorValue.objects.create(**values)


def test_an_indicator_has_one_value_per_territory_and_month():
    first = IndicatorValueFactory(period=datetime.date(2025, 1, 1))

    value_row(first, period=datetime.date(2025, 2, 1))
    value_row(first, territory=TerritoryFactory(region=True))

    assert IndicatorValue.objects.filter(indicator=first.indicator).count() == 3


def test_it_refuses_a_second_published_value_of_an_indicator_on_a_territory_for_a_month():
    first = IndicatorValueFactory()

    with violates(
        "value_published_once_per_cell",
        sqlite_unique=(
            "engagements_indicatorvalue.indicator_id, engagements_indicatorvalue.territory_id, "
            "engagements_indicatorvalue.period"
        ),
    ):
        value_row(first, value=11, status="accepted")
    assert list(IndicatorValue.objects.values_list("value", flat=True)) == [10]


def test_a_proposal_and_refused_proposals_sit_beside_the_published_value():
    first = IndicatorValueFactory()

    value_row(first, value=11, status="proposed")
    value_row(first, value=12, status="rejected", review_note="Doublon.")
    value_row(first, value=13, status="rejected", review_note="Doublon.")
    value_row(first, value=9, status="replaced")

    assert IndicatorValue.objects.published().get().value == 10
    assert IndicatorValue.objects.count() == 5


def test_it_refuses_a_second_open_proposal_of_an_organisation_on_a_cell():
    first = value_row(status="proposed")

    with violates(
        "value_one_open_proposal_per_organisation",
        sqlite_unique=(
            "engagements_indicatorvalue.indicator_id, engagements_indicatorvalue.territory_id, "
            "engagements_indicatorvalue.period, engagements_indicatorvalue.organisation_id"
        ),
    ):
        value_row(first, value=11, status="proposed")
    assert list(IndicatorValue.objects.values_list("value", flat=True)) == [10]


def test_a_value_for_the_first_day_of_a_month_saves():
    value_row(period=datetime.date(2024, 2, 1))

    assert IndicatorValue.objects.get().period == datetime.date(2024, 2, 1)


@pytest.mark.parametrize("period", [datetime.date(2025, 1, 2), datetime.date(2025, 1, 31)])
def test_it_refuses_a_value_for_a_period_other_than_the_first_of_a_month(period):
    measured, territory, organisation = IndicatorFactory(), TerritoryFactory(), OrganisationFactory()

    with violates("value_period_is_first_of_month"):
        IndicatorValue.objects.create(
            indicator=measured, territory=territory, organisation=organisation, period=period, value=10
        )
    assert not IndicatorValue.objects.exists()


@pytest.mark.parametrize("base", [None, Decimal("0"), Decimal("250")])
def test_a_value_without_base_or_with_a_base_of_zero_or_more_saves(base):
    value_row(base=base)

    assert IndicatorValue.objects.get().base == base


def test_it_refuses_a_value_with_a_negative_base():
    measured, territory, organisation = IndicatorFactory(), TerritoryFactory(), OrganisationFactory()

    with violates("value_base_not_negative"):
        IndicatorValue.objects.create(
            indicator=measured,
            territory=territory,
            organisation=organisation,
            period=datetime.date(2025, 1, 1),
            value=10,
            base=Decimal("-1"),
        )
    assert not IndicatorValue.objects.exists()


@pytest.mark.parametrize(
    "status, review_note",
    [("proposed", ""), ("accepted", ""), ("rejected", "Valeur incohérente avec le mois précédent.")],
)
def test_a_value_rejected_with_a_reason_or_not_rejected_saves(status, review_note):
    value_row(status=status, review_note=review_note)

    assert IndicatorValue.objects.get().status == status


def test_it_refuses_a_value_rejected_without_a_reason():
    measured, territory, organisation = IndicatorFactory(), TerritoryFactory(), OrganisationFactory()

    with violates("value_rejection_has_reason"):
        IndicatorValue.objects.create(
            indicator=measured,
            territory=territory,
            organisation=organisation,
            period=datetime.date(2025, 1, 1),
            value=10,
            status="rejected",
            review_note="",
        )
    assert not IndicatorValue.objects.exists()


# --- ProgressReport ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("declared_percent", [None, 0, 100])
def test_a_report_declaring_between_0_and_100_percent_saves(declared_percent):
    ProgressReportFactory(declared_percent=declared_percent)

    assert ProgressReport.objects.get().declared_percent == declared_percent


def test_it_refuses_a_report_declaring_more_than_100_percent():
    engagement, organisation, territory = EngagementFactory(), OrganisationFactory(), TerritoryFactory()

    with violates("report_percent_within_0_100"):
        ProgressReport.objects.create(
            engagement=engagement, organisation=organisation, territory=territory, declared_percent=101
        )
    assert not ProgressReport.objects.exists()


def test_it_refuses_to_save_a_report_a_second_time():
    report = ProgressReportFactory(declared_percent=40, narrative="Premier bilan.")

    report.declared_percent = 90
    report.narrative = "Réécrit après coup."
    with pytest.raises(ValueError, match="append-only"):
        report.save()

    report.refresh_from_db()
    assert (report.declared_percent, report.narrative) == (40, "Premier bilan.")
    assert report.history.count() == 1


def test_a_new_report_supersedes_the_previous_one_without_changing_it():
    first = ProgressReportFactory(declared_percent=40)

    second = ProgressReportFactory(
        engagement=first.engagement,
        organisation=first.organisation,
        territory=first.territory,
        declared_percent=60,
    )

    assert list(first.engagement.reports.all()) == [second, first]
    first.refresh_from_db()
    assert first.declared_percent == 40


# --- ProgressSnapshot --------------------------------------------------------------------------------------


def snapshot(**fields) -> ProgressSnapshot:
    fields.setdefault("as_of", DAY)
    fields.setdefault("rules_version", "2025.1")
    return ProgressSnapshot.objects.create(**fields)


def test_a_snapshot_of_each_scope_with_its_own_object_saves():
    engagement = EngagementFactory()
    territory = TerritoryFactory()

    snapshot(scope="engagement", engagement=engagement, territory=territory)
    snapshot(scope="theme", theme=engagement.theme, territory=territory)
    snapshot(scope="overall", territory=territory)

    assert sorted(ProgressSnapshot.objects.values_list("scope", flat=True)) == ["engagement", "overall", "theme"]


@pytest.mark.parametrize(
    "scope, with_engagement, with_theme",
    [
        ("engagement", False, False),
        ("engagement", True, True),
        ("engagement", False, True),
        ("theme", False, False),
        ("theme", True, False),
        ("theme", True, True),
        ("overall", True, False),
        ("overall", False, True),
    ],
)
def test_it_refuses_a_snapshot_whose_object_does_not_match_its_scope(scope, with_engagement, with_theme):
    engagement = EngagementFactory()
    territory = TerritoryFactory()

    with violates("snapshot_object_matches_scope"):
        snapshot(
            scope=scope,
            engagement=engagement if with_engagement else None,
            theme=engagement.theme if with_theme else None,
            territory=territory,
        )
    assert not ProgressSnapshot.objects.exists()


@pytest.mark.parametrize("percent", [None, Decimal("0"), Decimal("57.25"), Decimal("100")])
def test_a_snapshot_between_0_and_100_percent_saves(percent):
    snapshot(scope="overall", territory=TerritoryFactory(), percent=percent)

    assert ProgressSnapshot.objects.get().percent == percent


@pytest.mark.parametrize("percent", [Decimal("-0.01"), Decimal("100.01")])
def test_it_refuses_a_snapshot_outside_0_to_100_percent(percent):
    territory = TerritoryFactory()

    with violates("snapshot_percent_within_0_100"):
        snapshot(scope="overall", territory=territory, percent=percent)
    assert not ProgressSnapshot.objects.exists()


def test_an_engagement_has_one_snapshot_per_territory_and_day():
    engagement = EngagementFactory()
    region = TerritoryFactory(region=True)

    snapshot(scope="engagement", engagement=engagement, territory=region)
    snapshot(scope="engagement", engagement=engagement, territory=region.parent)
    snapshot(scope="engagement", engagement=engagement, territory=region, as_of=DAY + datetime.timedelta(days=1))
    snapshot(scope="engagement", engagement=EngagementFactory(), territory=region)

    assert ProgressSnapshot.objects.count() == 4


def test_it_refuses_a_second_snapshot_of_an_engagement_on_a_territory_for_a_day():
    engagement = EngagementFactory()
    territory = TerritoryFactory()
    snapshot(scope="engagement", engagement=engagement, territory=territory)

    with violates(
        "snapshot_once_per_engagement_day",
        sqlite_unique=(
            "engagements_progresssnapshot.engagement_id, engagements_progresssnapshot.territory_id, "
            "engagements_progresssnapshot.as_of"
        ),
    ):
        snapshot(scope="engagement", engagement=engagement, territory=territory, percent=12)
    assert ProgressSnapshot.objects.count() == 1


def test_a_theme_has_one_snapshot_per_territory_and_day():
    theme = ThemeFactory()
    region = TerritoryFactory(region=True)

    snapshot(scope="theme", theme=theme, territory=region)
    snapshot(scope="theme", theme=theme, territory=region.parent)
    snapshot(scope="theme", theme=ThemeFactory(), territory=region)

    assert ProgressSnapshot.objects.count() == 3


def test_it_refuses_a_second_snapshot_of_a_theme_on_a_territory_for_a_day():
    theme = ThemeFactory()
    territory = TerritoryFactory()
    snapshot(scope="theme", theme=theme, territory=territory)

    with violates(
        "snapshot_once_per_theme_day",
        sqlite_unique=(
            "engagements_progresssnapshot.theme_id, engagements_progresssnapshot.territory_id, "
            "engagements_progresssnapshot.as_of"
        ),
    ):
        snapshot(scope="theme", theme=theme, territory=territory, percent=12)
    assert ProgressSnapshot.objects.count() == 1


def test_the_overall_snapshot_is_one_per_territory_and_day_whatever_the_other_scopes():
    engagement = EngagementFactory()
    territory = TerritoryFactory()

    snapshot(scope="overall", territory=territory)
    snapshot(scope="overall", territory=territory, as_of=DAY + datetime.timedelta(days=1))
    snapshot(scope="engagement", engagement=engagement, territory=territory)
    snapshot(scope="theme", theme=engagement.theme, territory=territory)

    assert ProgressSnapshot.objects.filter(as_of=DAY).count() == 3


def test_it_refuses_a_second_overall_snapshot_on_a_territory_for_a_day():
    territory = TerritoryFactory()
    snapshot(scope="overall", territory=territory)

    with violates(
        "snapshot_once_per_overall_day",
        sqlite_unique="engagements_progresssnapshot.territory_id, engagements_progresssnapshot.as_of",
    ):
        snapshot(scope="overall", territory=territory, percent=12)
    assert ProgressSnapshot.objects.count() == 1
