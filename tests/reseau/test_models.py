"""The network's models: the database constraints of Territory, User and Membership, and the e-mail login."""

from contextlib import contextmanager

import pytest
from django.contrib.auth import authenticate
from django.db import IntegrityError, connection, transaction
from django.test import RequestFactory

from reseau.models import Membership, Territory, User
from tests.factories import MembershipFactory, OrganisationFactory, TerritoryFactory, UserFactory

pytestmark = pytest.mark.django_db


@contextmanager
def violates(constraint: str, *, sqlite_unique: str | None = None):
    """The block must fail on `constraint` itself, not on some other rule.

    PostgreSQL names the constraint in its message; SQLite names check constraints and expression indexes,
    but reports a column unique constraint by its columns, given as `sqlite_unique`.
    """
    with pytest.raises(IntegrityError) as excinfo, transaction.atomic():
        yield
    expected = sqlite_unique if connection.vendor == "sqlite" and sqlite_unique else constraint
    assert expected in str(excinfo.value)


# --- Territory ---------------------------------------------------------------------------------------------


def test_a_national_territory_without_parent_saves():
    territory = Territory.objects.create(code="FR", name="France", level=Territory.Level.NATIONAL)

    assert Territory.objects.get(code="FR").parent is None
    assert territory.pk


@pytest.mark.parametrize("level", [Territory.Level.REGION, Territory.Level.DEPARTEMENT, Territory.Level.LOCAL])
def test_a_non_national_territory_with_a_parent_saves(level):
    france = TerritoryFactory()

    Territory.objects.create(code="X1", name="Quelque part", level=level, parent=france)

    assert Territory.objects.get(code="X1").parent == france


def test_it_refuses_a_national_territory_with_a_parent():
    france = TerritoryFactory()

    with violates("territory_root_iff_national"):
        Territory.objects.create(code="FR2", name="Autre France", level=Territory.Level.NATIONAL, parent=france)
    assert not Territory.objects.filter(code="FR2").exists()


@pytest.mark.parametrize("level", [Territory.Level.REGION, Territory.Level.DEPARTEMENT, Territory.Level.LOCAL])
def test_it_refuses_a_non_national_territory_without_a_parent(level):
    with violates("territory_root_iff_national"):
        Territory.objects.bulk_create([Territory(code="ORPHELIN", name="Orphelin", level=level)])
    assert not Territory.objects.filter(code="ORPHELIN").exists()


def test_a_territory_may_move_under_another_parent():
    region = TerritoryFactory(region=True)
    other_region = TerritoryFactory(region=True)
    departement = Territory.objects.create(code="D1", name="Département", level="departement", parent=region)

    Territory.objects.filter(pk=departement.pk).update(parent=other_region)

    departement.refresh_from_db()
    assert departement.parent == other_region


def test_it_refuses_a_territory_that_is_its_own_parent():
    region = TerritoryFactory(region=True)
    france = region.parent

    with violates("territory_not_own_parent"):
        Territory.objects.filter(pk=region.pk).update(parent=region.pk)
    region.refresh_from_db()
    assert region.parent == france


# --- User --------------------------------------------------------------------------------------------------


def test_two_users_with_different_addresses_save():
    User.objects.create(email="marie@exemple.test")
    User.objects.create(email="marion@exemple.test")

    assert User.objects.count() == 2


def test_it_refuses_an_address_that_differs_from_another_only_by_case():
    User.objects.create(email="marie.curie@exemple.test")

    # Both rows are written as given (no lower-casing in between): only the case-insensitive index can refuse.
    with violates("user_email_ci_unique"):
        User.objects.create(email="Marie.Curie@Exemple.test")
    assert list(User.objects.values_list("email", flat=True)) == ["marie.curie@exemple.test"]


def test_create_user_stores_the_address_in_lower_case():
    user = User.objects.create_user("Jean.DUPONT@Exemple.Test", password="motdepasse-solide-42")

    assert User.objects.get(pk=user.pk).email == "jean.dupont@exemple.test"


def test_create_user_refuses_an_address_already_taken_in_another_case():
    User.objects.create_user("jean.dupont@exemple.test")

    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.create_user("JEAN.Dupont@exemple.test")
    assert User.objects.count() == 1


def test_get_by_natural_key_ignores_the_case_of_the_address():
    user = UserFactory(email="claire.martin@exemple.test")

    assert User.objects.get_by_natural_key("Claire.MARTIN@Exemple.TEST") == user
    assert User.objects.get_by_natural_key("claire.martin@exemple.test") == user


def test_get_by_natural_key_finds_nobody_for_an_unknown_address():
    UserFactory(email="claire.martin@exemple.test")

    with pytest.raises(User.DoesNotExist):
        User.objects.get_by_natural_key("claire.martine@exemple.test")


def test_authentication_accepts_the_address_in_any_case():
    user = UserFactory(email="paul.durand@exemple.test")
    user.set_password("motdepasse-solide-42")
    user.save()

    request = RequestFactory().post("/comptes/connexion/")  # django-axes needs the request it guards
    assert authenticate(request, username="PAUL.Durand@exemple.TEST", password="motdepasse-solide-42") == user
    assert authenticate(request, username="paul.durand@exemple.test", password="mauvais-mot-de-passe") is None


# --- Membership --------------------------------------------------------------------------------------------


def test_a_user_may_belong_to_several_organisations():
    user = UserFactory()

    Membership.objects.create(user=user, organisation=OrganisationFactory())
    Membership.objects.create(user=user, organisation=OrganisationFactory(), role=Membership.Role.ADMIN)

    assert user.memberships.count() == 2


def test_it_refuses_a_second_membership_of_a_user_in_the_same_organisation():
    membership = MembershipFactory()

    with violates(
        "membership_unique_per_organisation",
        sqlite_unique="reseau_membership.user_id, reseau_membership.organisation_id",
    ):
        Membership.objects.create(
            user=membership.user, organisation=membership.organisation, role=Membership.Role.ADMIN
        )
    assert Membership.objects.count() == 1
