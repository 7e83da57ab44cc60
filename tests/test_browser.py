import pytest

from tests.helpers import journeys
from tests.helpers.browser import assert_accessible

pytestmark = pytest.mark.browser


def test_a_visitor_follows_a_theme_then_an_engagement_and_every_page_is_accessible(live_protocol, page):
    journeys.visitor_follows_a_theme_then_an_engagement(live_protocol, page)


def test_the_committee_tree_and_a_committee_page_are_accessible(live_protocol, page):
    journeys.committee_tree_and_a_committee_page(live_protocol, page)


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
