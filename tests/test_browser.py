import io

import pytest
from django.core.management import call_command

from tests.conftest import assert_accessible

pytestmark = pytest.mark.browser


@pytest.fixture
def live_protocol(transactional_db, live_server):
    call_command("load_protocol", verbosity=0, stdout=io.StringIO())
    return live_server


def test_a_visitor_follows_a_theme_then_an_engagement_and_every_page_is_accessible(live_protocol, page):
    page.goto(live_protocol.url + "/")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.get_by_role("heading", level=1).inner_text() == "Réseau pour l'emploi des Hauts-de-France"
    assert_accessible(page)

    page.get_by_role("link", name="T1 — Compétences, formation et alternance").click()
    page.wait_for_url("**/enjeux/T1/")
    assert page.get_by_role("heading", level=1).inner_text() == "Compétences, formation et alternance"
    assert_accessible(page)

    page.get_by_role("link", name="Développer l'apprentissage").click()
    page.wait_for_url("**/engagements/E02/")
    assert page.get_by_role("heading", level=1).inner_text() == "Développer l'apprentissage"
    assert page.get_by_text("Intitulé provisoire", exact=True).is_visible()
    assert_accessible(page)


def test_the_committee_tree_and_a_committee_page_are_accessible(live_protocol, page):
    page.goto(live_protocol.url + "/comites/")
    assert page.locator(".committee-tree a").count() == 33
    assert_accessible(page)
    page.get_by_role("link", name="Comité départemental pour l'emploi du Nord").click()
    page.wait_for_url("**/comites/CDE-59/")
    assert_accessible(page)


def test_the_login_page_is_accessible_and_a_partner_reaches_the_workspace(live_protocol, page, django_user_model):
    django_user_model.objects.create_user(email="agent@exemple.test", password="un-mot-de-passe-solide")
    page.goto(live_protocol.url + "/comptes/connexion/")
    assert_accessible(page)
    page.get_by_label("Adresse électronique").fill("Agent@Exemple.test")
    page.get_by_label("Mot de passe").fill("un-mot-de-passe-solide")
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url("**/espace/")
    assert page.get_by_role("heading", level=1).inner_text() == "Mon espace"
    assert_accessible(page)
