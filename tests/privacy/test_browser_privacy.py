"""Invitation and personal data pages in a real Chromium, with axe-core on each."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from reseau.models import Membership, User
from tests.helpers.browser import assert_accessible

pytestmark = pytest.mark.browser


def log_in(page, url: str, email: str, password: str) -> None:
    page.goto(url + "/comptes/connexion/")
    page.get_by_label("Adresse électronique").fill(email)
    page.get_by_label("Mot de passe").fill(password)
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url("**/espace/")


def test_an_admin_invites_and_the_invitee_creates_their_account_from_the_link(live_demo, page, tasks_run_in_process):
    url = live_demo.url
    log_in(page, url, "partenaire@demo.test", "demo")
    page.goto(url + "/espace/organisations/demo-france-travail-hdf/membres/")
    page.get_by_label("Adresse électronique").fill("nouvelle.recrue@exemple.test")
    page.get_by_role("button", name="Envoyer l'invitation").click()
    page.wait_for_url("**/membres/")
    expect(page.get_by_text("Invitation envoyée à nouvelle.recrue@exemple.test")).to_be_visible()
    expect(page.get_by_role("cell", name="nouvelle.recrue@exemple.test", exact=True)).to_be_visible()
    assert_accessible(page)
    page.locator(".fr-header__tools").get_by_role("button", name="Se déconnecter").click()
    page.wait_for_url(url + "/")

    link = re.search(r"https?://\S+/comptes/invitation/\S+/", mail.outbox[-1].body).group(0)
    page.goto(link)
    expect(page.get_by_text("France Travail Hauts-de-France vous invite")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Nom complet").fill("Nouvelle Recrue")
    page.locator("#id_password1").fill("Un-mot-de-passe-solide-2026")
    page.locator("#id_password2").fill("Un-mot-de-passe-solide-2026")
    page.get_by_role("button", name="Créer mon compte et accepter").click()
    page.wait_for_url("**/espace/")
    expect(page.get_by_text("Vous êtes désormais membre de France Travail Hauts-de-France")).to_be_visible()
    assert_accessible(page)
    user = User.objects.get(email="nouvelle.recrue@exemple.test")
    assert Membership.objects.filter(user=user, organisation__slug="demo-france-travail-hdf").exists()

    with page.expect_download() as download:
        page.get_by_role("link", name="Télécharger mes données (JSON)").click()
    assert download.value.suggested_filename == "mes-donnees.json"

    page.goto(link)
    expect(page.get_by_text("déjà été acceptée")).to_be_visible()
    page.console_errors.clear()  # the 410 of the spent link is logged by Chromium on purpose
    assert_accessible(page)


def test_the_personal_data_notice_is_accessible(live_demo, page):
    page.goto(live_demo.url + "/donnees-personnelles/")
    expect(page.get_by_role("heading", name="Responsable du traitement")).to_be_visible()
    assert_accessible(page)
