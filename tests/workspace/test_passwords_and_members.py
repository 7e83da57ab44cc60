"""Accounts: password change and reset, lockout after repeated failures, acting organisation, members."""

import html
import re

import pytest
from django.core import mail

from reseau.models import Membership, User
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

STRONG = "Un-mot-de-passe-solide-2026"


def test_a_partner_changes_their_password(client):
    user = UserFactory()
    user.set_password("ancien-mot-de-passe-42")
    user.save()
    client.force_login(user)
    weak = client.post(
        "/comptes/mot-de-passe/",
        {"old_password": "ancien-mot-de-passe-42", "new_password1": "123", "new_password2": "123"},
    )
    assert weak.status_code == 200
    assert "trop court" in html.unescape(weak.content.decode())
    done = client.post(
        "/comptes/mot-de-passe/",
        {"old_password": "ancien-mot-de-passe-42", "new_password1": STRONG, "new_password2": STRONG},
    )
    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password(STRONG)


def test_the_password_change_page_needs_a_login(client):
    response = client.get("/comptes/mot-de-passe/")
    assert response.status_code == 302 and response["Location"].startswith("/comptes/connexion/")


def test_a_forgotten_password_is_reset_through_the_link_sent_by_email(client):
    user = UserFactory(email="agent@exemple.test")
    response = client.post("/comptes/mot-de-passe/oublie/", {"email": "AGENT@exemple.test"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/]+(/comptes/mot-de-passe/nouveau/\S+)", mail.outbox[0].body).group(1)
    form = client.get(link, follow=True)
    assert "Choisir un nouveau mot de passe" in form.content.decode()
    set_url = form.redirect_chain[-1][0]
    done = client.post(set_url, {"new_password1": STRONG, "new_password2": STRONG})
    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password(STRONG)
    # The link works once.
    assert "n'est plus valable" in client.get(link, follow=True).content.decode()


def test_an_unknown_address_gets_the_same_answer_and_no_email(client):
    response = client.post("/comptes/mot-de-passe/oublie/", {"email": "personne@exemple.test"})
    assert response.status_code == 302
    assert mail.outbox == []


def test_repeated_failures_lock_the_account_out_with_a_clear_message(client, settings):
    user = UserFactory(email="cible@exemple.test")
    user.set_password(STRONG)
    user.save()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        failed = client.post("/comptes/connexion/", {"username": "cible@exemple.test", "password": "faux"})
        assert failed.status_code == 200
        assert "Adresse électronique ou mot de passe incorrect." in failed.content.decode()
    locked = client.post("/comptes/connexion/", {"username": "CIBLE@exemple.test", "password": "faux"})
    assert locked.status_code == 429
    assert "Connexion temporairement bloquée" in locked.content.decode()
    assert "15 minutes" in locked.content.decode()
    # Even the right password is refused while locked out.
    right = client.post("/comptes/connexion/", {"username": "cible@exemple.test", "password": STRONG})
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_user_of_several_organisations_chooses_the_one_they_act_for(client):
    user = UserFactory()
    first = MembershipFactory(user=user, organisation=OrganisationFactory(name="Alpha")).organisation
    second = MembershipFactory(user=user, organisation=OrganisationFactory(name="Bêta")).organisation
    foreign = OrganisationFactory(name="Gamma")
    client.force_login(user)
    assert "Engagements de Alpha" in client.get("/espace/").content.decode()
    client.post("/espace/organisation/", {"organisation": second.pk})
    assert "Engagements de Bêta" in client.get("/espace/").content.decode()
    refused = client.post("/espace/organisation/", {"organisation": foreign.pk}, follow=True)
    assert "pas membre de cette organisation" in html.unescape(refused.content.decode())
    assert "Engagements de Bêta" in client.get("/espace/").content.decode()
    assert client.post("/espace/organisation/", {"organisation": "x"}).status_code == 302
    assert (
        client.post("/espace/organisation/", {"organisation": first.pk, "next": "https://ailleurs.test/"})["Location"]
        == "/espace/"
    )


def test_an_organisation_admin_changes_roles_and_removes_members(client):
    # Adding a member is an invitation the person accepts: tests/reseau/test_invitations.py.
    admin = MembershipFactory(role="admin").user
    organisation = admin.memberships.get().organisation
    membership = MembershipFactory(organisation=organisation)
    client.force_login(admin)
    url = f"/espace/organisations/{organisation.slug}/membres/"
    client.post(f"{url}{membership.pk}/", {"role": "admin"})
    membership.refresh_from_db()
    assert membership.role == "admin"
    assert membership.history.latest().history_user == admin
    client.post(f"{url}{membership.pk}/", {"action": "remove"})
    assert not Membership.objects.filter(pk=membership.pk).exists()
    # The last admin stays.
    own = admin.memberships.get()
    refused = client.post(f"{url}{own.pk}/", {"action": "remove"}, follow=True)
    assert "au moins un administrateur" in refused.content.decode()
    assert Membership.objects.filter(pk=own.pk).exists()


def test_members_are_managed_by_admins_only(client):
    contributor = MembershipFactory(role="contributor").user
    organisation = contributor.memberships.get().organisation
    other = MembershipFactory(organisation=organisation, role="admin")
    client.force_login(contributor)
    url = f"/espace/organisations/{organisation.slug}/membres/"
    assert client.get(url).status_code == 403
    assert client.post(url, {"email": "x@exemple.test", "role": "admin"}).status_code == 403
    assert client.post(f"{url}{other.pk}/", {"action": "remove"}).status_code == 403
    stranger = UserFactory()
    client.force_login(stranger)
    assert client.get(url).status_code == 404
    assert Membership.objects.filter(pk=other.pk).exists()
    assert not User.objects.filter(email="x@exemple.test").exists()
