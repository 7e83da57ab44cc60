"""Invitations (issue #11, item 5): an organisation admin invites an address; the membership exists only once
the person behind it accepts, through a single-use, expiring link. Nobody's name reaches the admin before."""

import datetime
import html
import re

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from reseau.models import Invitation, Membership, User
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory

# The invitation e-mail is a task sent on commit: run it in process to read the mailbox.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("tasks_run_in_process")]

STRONG = "Un-mot-de-passe-solide-2026"
LINK = re.compile(r"https?://[^/\s]+(/comptes/invitation/[^/\s]+/)")


@pytest.fixture
def admin():
    return MembershipFactory(role="admin", organisation=OrganisationFactory(name="Maison de l'emploi")).user


@pytest.fixture
def organisation(admin):
    return admin.memberships.get().organisation


def members_url(organisation) -> str:
    return f"/espace/organisations/{organisation.slug}/membres/"


def text(response) -> str:
    return html.unescape(response.content.decode())


def invite(client, admin, organisation, email, role="contributor", capture=None) -> str:
    """Invite as `admin` and return the path of the link e-mailed."""
    client.force_login(admin)
    sent = len(mail.outbox)
    with capture(execute=True):
        response = client.post(members_url(organisation), {"email": email, "role": role})
    assert response.status_code == 302
    assert len(mail.outbox) == sent + 1
    client.logout()
    return LINK.search(mail.outbox[-1].body).group(1)


def test_an_invitation_sends_a_link_and_attaches_nobody(
    client, admin, organisation, django_capture_on_commit_callbacks
):
    existing = UserFactory(email="zoe@exemple.test", full_name="Zoé Existante")
    client.force_login(admin)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(members_url(organisation), {"email": "Zoe@Exemple.test", "role": "admin"}, follow=True)

    assert response.status_code == 200
    page = text(response)
    assert "Invitation envoyée à zoe@exemple.test" in page
    # Before acceptance the admin sees the address they typed, never the account's name.
    assert "zoe@exemple.test" in page and "Zoé" not in page and "Existante" not in page
    assert not Membership.objects.filter(user=existing).exists()
    invitation = Invitation.objects.get()
    assert (invitation.email, invitation.role, invitation.status) == ("zoe@exemple.test", "admin", "pending")
    assert invitation.history.get().history_user == admin
    (message,) = mail.outbox
    assert message.to == ["zoe@exemple.test"]
    assert "Maison de l'emploi" in message.subject and "Zoé" not in message.body
    assert message.body.startswith("Bonjour,")  # no blank line left by the template's tags
    token = LINK.search(message.body).group(1).split("/")[-2]
    # Only a hash of the token is stored: a copy of the database gives no working link.
    assert invitation.token_hash == Invitation.hash_token(token) and token not in invitation.token_hash
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM reseau_historicalinvitation")
        assert token not in repr(cursor.fetchall())


def test_the_admin_cannot_tell_whether_an_address_has_an_account(
    client, admin, organisation, django_capture_on_commit_callbacks
):
    UserFactory(email="connue@exemple.test", full_name="Connue")
    client.force_login(admin)
    answers = []
    for email in ("connue@exemple.test", "inconnue@exemple.test"):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(members_url(organisation), {"email": email, "role": "contributor"}, follow=True)
        row = re.search(rf"<tr>\s*<td>{email}</td>.*?</tr>", response.content.decode(), re.S).group(0)
        said = [str(m) for m in response.context["messages"]]
        answers.append((row.replace(email, "X").split("invitations/")[0], [m.replace(email, "X") for m in said]))
    assert answers[0] == answers[1]
    assert not User.objects.filter(email="inconnue@exemple.test").exists()


def test_an_existing_account_logs_in_then_accepts_once(client, admin, organisation, django_capture_on_commit_callbacks):
    invitee = UserFactory(email="zoe@exemple.test", full_name="Zoé Existante")
    link = invite(client, admin, organisation, "zoe@exemple.test", capture=django_capture_on_commit_callbacks)

    anonymous = client.get(link)
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/comptes/connexion/?next=")
    client.force_login(invitee)
    page = client.get(link)
    assert page.status_code == 200
    assert "Maison de l'emploi" in text(page) and "Accepter l'invitation" in text(page)
    # Opening the link (as a mail scanner does) changes nothing.
    assert not Membership.objects.filter(user=invitee).exists()

    accepted = client.post(link)
    assert accepted.status_code == 302 and accepted["Location"] == "/espace/"
    membership = Membership.objects.get(user=invitee, organisation=organisation)
    assert membership.role == "contributor"
    assert membership.history.get().history_user == invitee
    invitation = Invitation.objects.get()
    assert invitation.status == "accepted" and invitation.accepted_by == invitee
    assert [h.status for h in invitation.history.order_by("history_id")] == ["pending", "accepted"]

    again = client.post(link)
    assert again.status_code == 410
    assert "déjà été acceptée" in text(again)
    assert Membership.objects.filter(user=invitee).count() == 1
    # Accepted, the name is now shown to the admin.
    client.force_login(admin)
    assert "Zoé Existante" in text(client.get(members_url(organisation)))


def test_a_person_without_account_creates_it_from_the_link(
    client, admin, organisation, django_capture_on_commit_callbacks
):
    link = invite(
        client, admin, organisation, "Nina@Exemple.test", role="admin", capture=django_capture_on_commit_callbacks
    )

    form = client.get(link)
    assert form.status_code == 200 and "Créer mon compte et accepter" in text(form)
    mismatch = client.post(link, {"full_name": "Nina Nouvelle", "password1": STRONG, "password2": STRONG + "x"})
    assert mismatch.status_code == 422 and "ne sont pas identiques" in text(mismatch)
    weak = client.post(link, {"full_name": "Nina Nouvelle", "password1": "123", "password2": "123"})
    assert weak.status_code == 422 and "trop court" in text(weak)
    assert not User.objects.filter(email__iexact="nina@exemple.test").exists()

    done = client.post(link, {"full_name": "Nina Nouvelle", "password1": STRONG, "password2": STRONG})
    assert done.status_code == 302 and done["Location"] == "/espace/"
    user = User.objects.get(email="nina@exemple.test")
    assert user.full_name == "Nina Nouvelle" and user.check_password(STRONG)
    assert Membership.objects.get(user=user).role == "admin"
    assert client.session["_auth_user_id"] == str(user.pk)
    client.logout()
    again = client.post(link, {"full_name": "Autre", "password1": STRONG, "password2": STRONG})
    assert again.status_code == 410 and User.objects.filter(email__iexact="nina@exemple.test").count() == 1


def test_an_expired_link_is_refused(client, admin, organisation, django_capture_on_commit_callbacks):
    invitee = UserFactory(email="zoe@exemple.test")
    link = invite(client, admin, organisation, "zoe@exemple.test", capture=django_capture_on_commit_callbacks)
    invitation = Invitation.objects.get()
    assert abs(invitation.expires_at - invitation.created_at - datetime.timedelta(days=7)) < datetime.timedelta(
        seconds=5
    )
    Invitation.objects.update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    client.force_login(invitee)
    for response in (client.get(link), client.post(link)):
        assert response.status_code == 410
        assert "a expiré" in text(response)
    assert not Membership.objects.filter(user=invitee).exists()
    assert Invitation.objects.get().status == "pending"


def test_another_account_cannot_accept(client, admin, organisation, django_capture_on_commit_callbacks):
    UserFactory(email="zoe@exemple.test")
    intruder = UserFactory(email="intrus@exemple.test")
    link = invite(client, admin, organisation, "zoe@exemple.test", capture=django_capture_on_commit_callbacks)
    client.force_login(intruder)
    for response in (client.get(link), client.post(link), client.post(link, {"action": "decline"})):
        assert response.status_code == 403
        assert "adressée à une autre adresse" in text(response)
    assert not Membership.objects.filter(user=intruder).exists()
    assert Invitation.objects.get().status == "pending"


@pytest.mark.parametrize(
    "tamper", [lambda t: t[:-1] + ("A" if t[-1] != "A" else "B"), lambda t: t[:-5], lambda t: "%00"]
)
def test_a_tampered_link_is_refused_in_french(client, admin, organisation, django_capture_on_commit_callbacks, tamper):
    invitee = UserFactory(email="zoe@exemple.test")
    link = invite(client, admin, organisation, "zoe@exemple.test", capture=django_capture_on_commit_callbacks)
    token = link.split("/")[-2]
    forged = f"/comptes/invitation/{tamper(token)}/"
    client.force_login(invitee)
    for response in (client.get(forged), client.post(forged)):
        if "%00" in forged:  # refused before any view by francetravail.middleware (issue 11, item 3)
            assert response.status_code == 400
            assert "caractère de contrôle" in text(response)
            continue
        assert response.status_code == 404
        assert "Ce lien d'invitation n'est pas valide" in text(response)
    assert not Membership.objects.filter(user=invitee).exists()


def test_the_invitee_may_decline(client, admin, organisation, django_capture_on_commit_callbacks):
    link = invite(client, admin, organisation, "non@exemple.test", capture=django_capture_on_commit_callbacks)
    declined = client.post(link, {"action": "decline"})
    assert declined.status_code == 302
    assert Invitation.objects.get().status == "declined"
    assert not User.objects.filter(email="non@exemple.test").exists()
    assert client.get(link).status_code == 410


def test_a_new_invitation_replaces_the_open_one_and_the_admin_may_cancel(
    client, admin, organisation, django_capture_on_commit_callbacks
):
    first = invite(client, admin, organisation, "zoe@exemple.test", capture=django_capture_on_commit_callbacks)
    second = invite(client, admin, organisation, "ZOE@exemple.test", capture=django_capture_on_commit_callbacks)
    assert client.get(first).status_code == 410 and "annulée" in text(client.get(first))
    assert client.get(second).status_code == 200
    open_invitation = Invitation.objects.open().get()
    client.force_login(admin)
    cancelled = client.post(f"/espace/organisations/{organisation.slug}/invitations/{open_invitation.pk}/annuler/")
    assert cancelled.status_code == 302
    client.logout()
    assert client.get(second).status_code == 410
    assert set(Invitation.objects.values_list("status", flat=True)) == {"cancelled"}
    assert Invitation.objects.get(pk=open_invitation.pk).history.latest().history_user == admin


def test_only_the_organisation_admins_invite_or_cancel(client, admin, organisation, django_capture_on_commit_callbacks):
    invite(client, admin, organisation, "zoe@exemple.test", capture=django_capture_on_commit_callbacks)
    invitation = Invitation.objects.get()
    cancel = f"/espace/organisations/{organisation.slug}/invitations/{invitation.pk}/annuler/"
    contributor = MembershipFactory(organisation=organisation).user
    foreign_admin = MembershipFactory(role="admin").user
    for user, status in ((contributor, 403), (foreign_admin, 404)):
        client.force_login(user)
        assert (
            client.post(members_url(organisation), {"email": "x@exemple.test", "role": "admin"}).status_code == status
        )
        assert client.post(cancel).status_code == status
    client.logout()
    assert client.post(cancel).status_code == 302
    assert Invitation.objects.get().status == "pending" and Invitation.objects.count() == 1
    assert client.get(cancel).status_code in (302, 405)


def test_a_member_cannot_be_invited_again(client, admin, organisation):
    member = MembershipFactory(organisation=organisation).user
    client.force_login(admin)
    response = client.post(members_url(organisation), {"email": member.email.upper(), "role": "admin"})
    assert response.status_code == 422
    assert "déjà membre" in text(response)
    assert not Invitation.objects.exists()
