import datetime

import factory
from django.utils import timezone

from comites.models import Committee, Decision, Meeting, Minutes
from engagements.models import (
    Engagement,
    EngagementPartner,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Milestone,
    ProgressReport,
    Theme,
)
from reseau.models import Membership, Organisation, Territory, User


class TerritoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Territory
        django_get_or_create = ["code"]

    code = "FR"
    name = "France"
    level = Territory.Level.NATIONAL
    parent = None

    class Params:
        region = factory.Trait(
            code=factory.Sequence(lambda n: f"R{n:02d}"),
            name=factory.Sequence(lambda n: f"Région {n}"),
            level=Territory.Level.REGION,
            parent=factory.SubFactory("tests.factories.TerritoryFactory"),
        )
        departement = factory.Trait(
            code=factory.Sequence(lambda n: f"D{n:03d}"),
            name=factory.Sequence(lambda n: f"Département {n}"),
            level=Territory.Level.DEPARTEMENT,
            parent=factory.SubFactory("tests.factories.TerritoryFactory", region=True),
        )


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    kind = Organisation.Kind.FRANCE_TRAVAIL
    territory = factory.SubFactory(TerritoryFactory)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"personne{n}@exemple.test")
    full_name = factory.Sequence(lambda n: f"Personne {n}")
    password = factory.PostGenerationMethodCall("set_password", "motdepasse-solide-42")

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        if create:
            instance.save()

    class Params:
        staff = factory.Trait(is_staff=True, is_superuser=True)


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = Membership.Role.CONTRIBUTOR


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme

    code = factory.Sequence(lambda n: f"T{n + 1}")
    short_title = factory.Sequence(lambda n: f"Enjeu {n}")
    title = factory.LazyAttribute(lambda o: f"Intitulé complet de l'{o.short_title.lower()}")
    order = factory.Sequence(int)


class EngagementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Engagement

    code = factory.Sequence(lambda n: f"E{n + 1:02d}")
    theme = factory.SubFactory(ThemeFactory)
    title = factory.Sequence(lambda n: f"Engagement {n}")
    provisional = True
    order = factory.Sequence(int)


class EngagementPartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EngagementPartner

    engagement = factory.SubFactory(EngagementFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = EngagementPartner.Role.CONTRIBUTOR

    class Params:
        pilot = factory.Trait(role=EngagementPartner.Role.PILOT)


class MilestoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Milestone

    engagement = factory.SubFactory(EngagementFactory)
    title = factory.Sequence(lambda n: f"Jalon {n}")
    due_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=90))


class IndicatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Indicator

    code = factory.Sequence(lambda n: f"IND-{n}")
    engagement = factory.SubFactory(EngagementFactory)
    name = factory.Sequence(lambda n: f"Indicateur {n}")
    unit = Indicator.Unit.NUMBER
    measure = Indicator.Measure.FLOW
    aggregation = Indicator.Aggregation.SUM
    direction = Indicator.Direction.UP


class IndicatorTargetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IndicatorTarget

    indicator = factory.SubFactory(IndicatorFactory)
    territory = factory.SubFactory(TerritoryFactory)
    baseline_value = 100
    baseline_on = datetime.date(2023, 6, 1)
    target_value = 200
    target_on = datetime.date(2027, 12, 31)


class IndicatorValueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IndicatorValue

    indicator = factory.SubFactory(IndicatorFactory)
    territory = factory.SubFactory(TerritoryFactory)
    period = datetime.date(2025, 1, 1)
    value = 10
    status = IndicatorValue.Status.ACCEPTED
    organisation = factory.SubFactory(OrganisationFactory)


class ProgressReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProgressReport

    engagement = factory.SubFactory(EngagementFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    territory = factory.SubFactory(TerritoryFactory)
    weather = "soleil"
    declared_percent = 50


class CommitteeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Committee

    code = factory.Sequence(lambda n: f"CDE-TEST-{n}")
    name = factory.Sequence(lambda n: f"Comité départemental {n}")
    level = Committee.Level.DEPARTMENTAL
    territory = factory.SubFactory(TerritoryFactory, departement=True)
    parent = factory.LazyFunction(
        lambda: Committee.objects.get_or_create(
            code="CNE",
            defaults={
                "name": "Comité national pour l'emploi",
                "level": "national",
                "territory": TerritoryFactory(),
            },
        )[0]
    )


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    committee = factory.SubFactory(CommitteeFactory)
    starts_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=30))
    place = "Préfecture"
    status = Meeting.Status.HELD


class MinutesFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Minutes

    meeting = factory.SubFactory(MeetingFactory)
    body = "Compte rendu de la réunion."
    state = Minutes.State.DRAFT

    class Params:
        published = factory.Trait(state=Minutes.State.PUBLISHED, published_at=factory.LazyFunction(timezone.now))


class DecisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Decision

    meeting = factory.SubFactory(MeetingFactory)
    text = factory.Sequence(lambda n: f"Décision n° {n}")
    status = Decision.Status.OPEN
