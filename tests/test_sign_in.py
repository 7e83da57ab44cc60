"""Signing in with an e-mail address, signing out, and the workspace of a signed-in user."""

import pytest
from django.contrib.auth import SESSION_KEY
from pytest_django.asserts import assertContains, assertNotContains, assertRedirects

from tests.factories import CommitteeFactory, MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

LOGIN_URL = "/comptes/connexion/"
LOGOUT_URL = "/comptes/deconnexion/"
PASSWORD = "un-mot-de-passe-solide-2025"


@pytest.fixture
def user():
    user = UserFactory(email="camille.lefebvre@exemple.test", full_name="Camille Lefebvre")
    user.set_password(PASSWORD)
    user.save()
    return user


def signed_in_user_id(client) -> str | None:
    return client.session.get(SESSION_KEY)


# --- Signing in ----------------------------------------------------------------------------------------------


def test_the_login_page_asks_for_an_email_address_and_a_password(client):
    response = client.get(LOGIN_URL)

    assert response.status_code == 200
    assertContains(response, "Adresse électronique")
    assertContains(response, 'type="email"')
    assertContains(response, 'autocomplete="email"')
    assertContains(response, "Mot de passe")


@pytest.mark.parametrize(
    "typed", ["camille.lefebvre@exemple.test", "Camille.Lefebvre@Exemple.test", "CAMILLE.LEFEBVRE@EXEMPLE.TEST"]
)
def test_a_user_signs_in_with_the_email_address_in_any_case(client, user, typed):
    response = client.post(LOGIN_URL, {"username": typed, "password": PASSWORD})

    assertRedirects(response, "/espace/", fetch_redirect_response=False)
    assert signed_in_user_id(client) == str(user.pk)


def test_signing_in_goes_back_to_the_page_asked_for(client, user):
    response = client.post(LOGIN_URL, {"username": user.email, "password": PASSWORD, "next": "/espace/?onglet=2"})

    assertRedirects(response, "/espace/?onglet=2", fetch_redirect_response=False)


def test_signing_in_never_redirects_to_another_site(client, user):
    response = client.post(
        LOGIN_URL, {"username": user.email, "password": PASSWORD, "next": "https://ailleurs.example.com/"}
    )

    assertRedirects(response, "/espace/", fetch_redirect_response=False)


def test_a_wrong_password_is_refused_with_a_french_message(client, user):
    response = client.post(LOGIN_URL, {"username": user.email, "password": "pas-le-bon-mot-de-passe"})

    assert response.status_code == 200
    assertContains(response, "Adresse électronique ou mot de passe incorrect.")
    assert signed_in_user_id(client) is None


def test_an_unknown_address_gets_the_same_message(client, user):
    response = client.post(LOGIN_URL, {"username": "personne@exemple.test", "password": PASSWORD})

    assert response.status_code == 200
    assertContains(response, "Adresse électronique ou mot de passe incorrect.")
    assert signed_in_user_id(client) is None


def test_a_deactivated_account_cannot_sign_in(client, user):
    user.is_active = False
    user.save()

    response = client.post(LOGIN_URL, {"username": user.email, "password": PASSWORD})

    assert response.status_code == 200
    assert signed_in_user_id(client) is None


def test_a_signed_in_user_visiting_the_login_page_goes_to_the_workspace(client, user):
    client.force_login(user)

    assertRedirects(client.get(LOGIN_URL), "/espace/", fetch_redirect_response=False)


# --- The workspace and signing out ---------------------------------------------------------------------------


def test_the_workspace_sends_anonymous_visitors_to_the_login_page(client):
    response = client.get("/espace/")

    assertRedirects(response, f"{LOGIN_URL}?next=/espace/", fetch_redirect_response=False)


def test_the_workspace_refuses_post(client, user):
    client.force_login(user)

    assert client.post("/espace/").status_code == 405


def test_signing_out_needs_a_post(client, user):
    client.force_login(user)

    response = client.get(LOGOUT_URL)

    assert response.status_code == 405
    assert signed_in_user_id(client) == str(user.pk)


def test_signing_out_by_post_ends_the_session(client, user):
    client.force_login(user)

    response = client.post(LOGOUT_URL)

    assertRedirects(response, "/", fetch_redirect_response=False)
    assert signed_in_user_id(client) is None
    assertRedirects(client.get("/espace/"), f"{LOGIN_URL}?next=/espace/", fetch_redirect_response=False)


def test_the_header_offers_to_sign_out_by_a_form(client, user):
    client.force_login(user)

    response = client.get("/espace/")

    assertContains(response, f'<form method="post" action="{LOGOUT_URL}">')
    assertContains(response, "Se déconnecter")


def test_the_workspace_shows_the_users_organisations_and_committees(client, user):
    MembershipFactory(user=user, organisation=OrganisationFactory(name="Mission locale de Lille"))
    MembershipFactory(user=user, organisation=OrganisationFactory(name="Cap emploi Nord"), role="admin")
    MembershipFactory(organisation=OrganisationFactory(name="Organisation d'un autre utilisateur"))
    own = CommitteeFactory(code="CDE-59", name="Comité départemental pour l'emploi du Nord")
    own.secretaries.add(user)
    CommitteeFactory(code="CDE-62", name="Comité départemental pour l'emploi du Pas-de-Calais").secretaries.add(
        UserFactory()
    )
    client.force_login(user)

    response = client.get("/espace/")

    assert response.status_code == 200
    assertContains(response, "Camille Lefebvre")
    # Two organisations: the user chooses which one they act for (the first by name until they choose).
    assertContains(response, "J'agis pour")
    assertContains(response, "Mission locale de Lille")
    assertContains(response, "Engagements de Cap emploi Nord")
    assertNotContains(response, "Organisation d&#x27;un autre utilisateur")
    assertContains(
        response, '<a href="/espace/comites/CDE-59/">Comité départemental pour l&#x27;emploi du Nord</a>', html=True
    )
    assertNotContains(response, "Pas-de-Calais")


def test_the_workspace_of_a_user_without_organisation_says_so(client, user):
    client.force_login(user)

    response = client.get("/espace/")

    assertContains(response, "Vous n'êtes rattaché à aucune organisation partenaire.")
    assertNotContains(response, "Mes comités")
