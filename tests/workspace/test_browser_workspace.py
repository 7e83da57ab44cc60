"""The partner journey in a real Chromium: login, report, value cell, milestone, history; axe on every page."""

import pytest
from playwright.sync_api import expect

from engagements.models import IndicatorValue, ValueRevision
from tests.helpers import journeys
from tests.helpers.browser import assert_accessible

pytestmark = pytest.mark.browser


def test_a_partner_reports_enters_a_value_updates_a_milestone_and_reads_the_history(live_demo, page):
    journeys.partner_reports_enters_a_value_updates_a_milestone_and_reads_the_history(live_demo, page)


def test_the_contributor_and_review_pages_are_accessible(live_demo, page):
    page.goto(live_demo.url + "/comptes/connexion/")
    page.get_by_label("Adresse électronique").fill("mission-locale@demo.test")
    page.get_by_label("Mot de passe").fill("demo")
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url("**/espace/")
    assert_accessible(page)
    page.goto(live_demo.url + "/espace/engagements/E19/")
    expect(page.get_by_role("heading", name="Vos valeurs proposées et leur revue")).to_be_visible()
    assert_accessible(page)
    # Its grid: the published values, with its own proposals beside them.
    page.goto(live_demo.url + "/espace/engagements/E19/valeurs/?territoire=CLPE59004")
    assert page.locator("#grid .fr-badge", has_text="proposée").count() > 0
    assert_accessible(page)
    page.locator(".fr-header__tools").get_by_role("button", name="Se déconnecter").click()
    page.wait_for_url(live_demo.url + "/")
    page.goto(live_demo.url + "/comptes/connexion/")
    page.get_by_label("Adresse électronique").fill("partenaire@demo.test")
    page.get_by_label("Mot de passe").fill("demo")
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url("**/espace/")
    page.goto(live_demo.url + "/espace/engagements/E19/")
    expect(page.get_by_role("heading", name="Valeurs proposées par les contributeurs")).to_be_visible()
    assert_accessible(page)
    # The pilot accepts a proposal made beside a published value: the value is revised, publicly.
    form = page.locator("form.workspace-review", has_text="Valeur publiée aujourd'hui").first
    pk = int(form.get_attribute("action").rstrip("/").split("/")[-2])
    proposal = IndicatorValue.objects.get(pk=pk)
    before = ValueRevision.objects.count()
    form.get_by_label("Motif").fill("Chiffre du bassin vérifié.")
    form.get_by_role("button", name="Enregistrer la revue").click()
    page.get_by_text("Revue enregistrée.").wait_for()
    assert ValueRevision.objects.count() == before + 1
    assert (
        IndicatorValue.objects.published()
        .get(indicator=proposal.indicator, territory=proposal.territory, period=proposal.period)
        .pk
        == proposal.pk
    )
    page.goto(f"{live_demo.url}/indicateurs/{proposal.indicator.code}/")
    expect(page.get_by_text("Chiffre du bassin vérifié.").first).to_be_visible()
    assert_accessible(page)
    page.goto(live_demo.url + "/comptes/mot-de-passe/oublie/")
    assert_accessible(page)
