"""A person's rights (issue #11, item 12): they download their data from /espace/; staff anonymise an account
whose records must stay; /donnees-personnelles/ says who, why, how long and which rights."""

import html
import json

import pytest
from axes.models import AccessLog
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from engagements.models import IndicatorValue, ProgressReport, ValueImport
from francetravail import retention
from francetravail.demo import USERS
from reseau.models import Invitation, Membership, Organisation, User
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

ML = "mission-locale@demo.test"
CSV = b"indicateur;territoire;periode;valeur\nIND-TAE6;CLPE59004;2013-01;40\n"


@pytest.fixture
def contributor(demo, client):
    """The demo mission locale's contributor, logged in through the form (so a login is recorded), with an import."""
    response = client.post(reverse("login"), {"username": ML, "password": "demo"})
    assert response.status_code == 302
    upload = SimpleUploadedFile("valeurs.csv", CSV, content_type="text/csv")
    assert client.post("/espace/engagements/E19/import/", {"file": upload}).status_code in (200, 302)
    user = User.objects.get(email=ML)
    assert ValueImport.objects.filter(author=user).exists()
    return user


def download(client) -> dict:
    response = client.get("/espace/mes-donnees.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"] == 'attachment; filename="mes-donnees.json"'
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    return json.loads(response.content)


def section(data: dict, model: str, link: str) -> list[dict]:
    found = [s for s in data["donnees_liees"] if s["modele"] == model and s["lien"] == link]
    return found[0]["lignes"] if found else []


# --- Download -------------------------------------------------------------------------------------------------


def test_a_partner_downloads_their_data_from_the_workspace(client, contributor):
    assert "/espace/mes-donnees.json" in client.get("/espace/").content.decode()
    data = download(client)

    assert data["compte"]["adresse_electronique"] == ML
    assert data["compte"]["nom_complet"] == "Sami Conseiller (démo)"
    assert data["appartenances"] == [
        {
            "organisation": "Mission locale de Lille",
            "role": "Contributeur",
            "depuis": data["appartenances"][0]["depuis"],
        }
    ]
    assert len(data["connexions"]) >= 1 and data["connexions"][0]["adresse_ip"] == "127.0.0.1"
    reports = section(data, "engagements.progressreport", "auteur")
    assert len(reports) == ProgressReport.objects.filter(author=contributor).count() >= 3
    assert {r["organisation"] for r in reports} == {"Mission locale de Lille"}
    values = section(data, "engagements.indicatorvalue", "saisie par")
    assert len(values) == IndicatorValue.objects.filter(author=contributor).count() > 0
    (imported,) = section(data, "engagements.valueimport", "déposé par")
    assert imported["filename"] == "valeurs.csv" and imported["content"] == CSV.decode()
    assert imported["author"] == "vous"
    assert section(data, "engagements.historicalindicatorvalue", "history user")
    # Nobody else is identified, not even the pilot who reviewed the values.
    body = json.dumps(data, ensure_ascii=False)
    for email, full_name, *_ in USERS:
        if email != ML:
            assert email not in body and full_name not in body
    assert "un autre compte" in body
    assert "password" not in body and "token_hash" not in body


def test_the_download_is_the_caller_own_data_only(client, contributor):
    other = MembershipFactory().user
    client.force_login(other)
    data = download(client)
    assert data["compte"]["adresse_electronique"] == other.email
    body = json.dumps(data, ensure_ascii=False)
    assert ML not in body and "Sami" not in body and "valeurs.csv" not in body
    assert (
        client.get("/espace/mes-donnees.json?user=" + str(contributor.pk)).json()["compte"]["adresse_electronique"]
        == other.email
    )


def test_the_download_needs_a_login_and_a_get(client, contributor):
    assert client.post("/espace/mes-donnees.json").status_code == 405
    client.logout()
    response = client.get("/espace/mes-donnees.json")
    assert response.status_code == 302 and response["Location"].startswith("/comptes/connexion/")


# --- Anonymisation ---------------------------------------------------------------------------------------------


def anonymise(client, *users, by):
    client.force_login(by)
    return client.post(
        reverse("admin:reseau_user_changelist"),
        {"action": "anonymise", "_selected_action": [u.pk for u in users]},
        follow=True,
    )


def test_staff_anonymise_a_user_who_imported_a_csv_and_the_records_stay(client, contributor):
    staff = User.objects.get(email="admin@demo.test")
    imports = list(ValueImport.objects.filter(author=contributor).values_list("pk", flat=True))
    values = IndicatorValue.objects.filter(author=contributor).count()
    reports = ProgressReport.objects.filter(author=contributor).count()
    invited = Invitation.objects.create(
        organisation=Organisation.objects.get(slug="demo-france-travail-hdf"),
        email=ML,
        role="contributor",
        token_hash="1" * 64,
        expires_at=retention.months_before(contributor.date_joined, -1),
    )
    membership = Membership.objects.get(user=contributor)
    assert AccessLog.objects.filter(username=ML).exists()
    for row in (contributor, membership):  # earlier admin changes, logged under the name of the day
        LogEntry.objects.create(
            user=staff,
            content_type=ContentType.objects.get_for_model(row),
            object_id=str(row.pk),
            object_repr=str(row),
            action_flag=CHANGE,
        )
    assert LogEntry.objects.filter(object_repr__contains="Sami").exists()

    response = anonymise(client, contributor, by=staff)

    assert response.status_code == 200
    assert "1 compte anonymisé ;" in html.unescape(response.content.decode())
    user = User.objects.get(pk=contributor.pk)
    assert user.email == f"anonyme-{user.pk}@anonyme.invalid" and user.full_name == ""
    assert not user.is_active and not user.has_usable_password() and user.anonymised_at
    assert str(user) == user.get_full_name() == "Compte anonymisé"
    # What they did stays, attributed to the anonymised account.
    assert list(ValueImport.objects.filter(author=user).values_list("pk", flat=True)) == imports
    assert IndicatorValue.objects.filter(author=user).count() == values
    assert ProgressReport.objects.filter(author=user).count() == reports
    # Who they were goes: memberships (audited), login records, the address in invitations and their history.
    assert not Membership.objects.filter(user=user).exists()
    assert Membership.history.filter(id=membership.pk, history_type="-").get().history_user == staff
    assert not AccessLog.objects.filter(username__iexact=ML).exists()
    invited.refresh_from_db()
    assert invited.email == user.email and invited.status == "cancelled"
    assert not Invitation.history.filter(email__iexact=ML).exists()
    assert LogEntry.objects.filter(object_id=str(user.pk), change_message__contains="anonymisé").exists()
    assert not LogEntry.objects.filter(object_repr__contains="Sami").exists()
    # They can no longer log in, and the workspace history names nobody.
    client.logout()
    assert client.post(reverse("login"), {"username": ML, "password": "demo"}).status_code == 200
    client.force_login(User.objects.get(email="partenaire@demo.test"))
    history = client.get("/espace/engagements/E19/historique/").content.decode()
    assert "Sami" not in history and "Compte anonymisé" in html.unescape(history)


def test_anonymisation_is_idempotent_and_never_of_oneself(client, demo):
    staff = User.objects.get(email="admin@demo.test")
    person = UserFactory(full_name="Personne Effacée")
    anonymise(client, person, by=staff)
    first = User.objects.get(pk=person.pk)
    again = anonymise(client, first, by=staff)
    assert "0 compte anonymisé ;" in html.unescape(again.content.decode())
    assert User.objects.get(pk=person.pk).anonymised_at == first.anonymised_at
    refused = anonymise(client, staff, by=staff)
    assert "votre propre compte" in html.unescape(refused.content.decode())
    staff.refresh_from_db()
    assert staff.is_active and staff.anonymised_at is None


def test_deleting_an_importer_explains_why_instead_of_failing(client, contributor):
    client.force_login(User.objects.get(email="admin@demo.test"))
    page = client.get(reverse("admin:reseau_user_delete", args=[contributor.pk]))
    assert page.status_code == 200
    assert "import de valeurs" in html.unescape(page.content.decode()).lower()
    assert User.objects.filter(pk=contributor.pk).exists()


def test_partners_cannot_anonymise(client, demo):
    partner = User.objects.get(email="partenaire@demo.test")
    victim = UserFactory()
    response = anonymise(client, victim, by=partner)
    assert response.redirect_chain and response.redirect_chain[0][0].startswith("/admin/login/")
    victim.refresh_from_db()
    assert victim.is_active and victim.anonymised_at is None


# --- The notice --------------------------------------------------------------------------------------------------


def test_the_notice_names_controller_contact_purposes_bases_durations_and_rights(client, settings):
    settings.PRIVACY_CONTACT_EMAIL = "dpd@exemple.gouv.fr"
    page = html.unescape(client.get("/donnees-personnelles/").content.decode())
    assert "Responsable du traitement" in page
    assert "dpd@exemple.gouv.fr" in page and 'href="mailto:dpd@exemple.gouv.fr"' in page
    for purpose in ("Gestion des comptes", "Suivi des engagements", "Sécurité des connexions", "Import de fichiers"):
        assert purpose in page, purpose
    assert "mission d'intérêt public" in page and "article 6" in page
    assert f"<td>{retention.LOGIN_RECORDS_MONTHS} mois</td>" in page
    assert f"effacé {retention.IMPORT_CONTENT_MONTHS} mois après le dépôt" in page
    for right in (
        "Droit d'accès",
        "Droit de rectification",
        "Droit à l'effacement",
        "Droit à la limitation",
        "Droit d'opposition",
    ):
        assert right in page, right
    assert "www.cnil.fr" in page and "réclamation" in page
    assert "/espace/mes-donnees.json" in page
    settings.PRIVACY_CONTACT_EMAIL = ""
    assert "mailto:" not in client.get("/donnees-personnelles/").content.decode()
