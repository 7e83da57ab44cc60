"""The partner journey in a real Chromium: login, report, value cell, milestone, history; axe on every page."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from engagements.models import IndicatorValue, Milestone, ProgressReport
from tests.conftest import assert_accessible

pytestmark = pytest.mark.browser


@pytest.fixture
def live_demo(transactional_db, live_server, settings):
    call_command("load_protocol", verbosity=0, stdout=io.StringIO())
    settings.DEBUG = True
    call_command("load_demo", stdout=io.StringIO())
    settings.DEBUG = False
    return live_server


def mark_page(page) -> None:
    """A flag that survives htmx swaps but not a full page load."""
    page.evaluate("window.__noReload = true")


def expect_refusal(page, status: int) -> None:
    """Chromium logs every 4xx answer; a validation error we provoked on purpose is not a fault of the page."""
    assert page.console_errors and all(f"status of {status}" in error for error in page.console_errors)
    page.console_errors.clear()


def still_same_page(page) -> bool:
    return page.evaluate("window.__noReload === true")


def test_a_partner_reports_enters_a_value_updates_a_milestone_and_reads_the_history(live_demo, page):
    url = live_demo.url
    page.goto(url + "/comptes/connexion/")
    page.get_by_label("Adresse électronique").fill("partenaire@demo.test")
    page.get_by_label("Mot de passe").fill("demo")
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url("**/espace/")
    assert page.get_by_role("heading", level=2, name="Engagements de France Travail Hauts-de-France").is_visible()
    assert_accessible(page)

    page.get_by_role("link", name="E02 — Développer l'apprentissage").click()
    page.wait_for_url("**/espace/engagements/E02/")
    assert_accessible(page)

    # A progress report, saved without a page reload.
    mark_page(page)
    report = page.locator("#report")
    report.get_by_label("Territoire").select_option("59")
    report.locator("label", has_text="Appuis nécessaires").click()
    report.get_by_label("Avancement déclaré (%)").fill("150")
    report.get_by_label("Commentaire").fill("Deux jobs datings organisés à Lille.")
    report.get_by_role("button", name="Enregistrer le compte rendu").click()
    page.locator("#report").get_by_text("L'avancement est compris entre 0 et 100 %.").wait_for()
    assert ProgressReport.objects.filter(narrative="Deux jobs datings organisés à Lille.").count() == 0
    expect_refusal(page, 422)
    page.locator("#report").get_by_label("Avancement déclaré (%)").fill("45")
    page.locator("#report").get_by_role("button", name="Enregistrer le compte rendu").click()
    page.get_by_text("Compte rendu enregistré").wait_for()
    assert still_same_page(page)
    assert page.locator("#report").get_by_text("Deux jobs datings organisés à Lille.").is_visible()
    # Focus lands on the confirmation, not lost at the top of the page.
    assert page.evaluate("document.activeElement.getAttribute('role')") == "status"
    saved = ProgressReport.objects.get(narrative="Deux jobs datings organisés à Lille.")
    assert (saved.weather, saved.declared_percent, saved.territory.code) == ("nuage", 45, "59")
    assert_accessible(page)

    # A milestone marked done in place.
    milestone = Milestone.objects.filter(engagement__code="E02", done_on__isnull=True).first()
    form = page.locator(f"form[action$='/jalons/{milestone.pk}/']")
    form.get_by_label(f"État du jalon « {milestone.title} »").select_option("1")
    form.get_by_role("button", name="Mettre à jour").click()
    page.get_by_text(f"Jalon « {milestone.title} » mis à jour.").wait_for()
    assert still_same_page(page)
    milestone.refresh_from_db()
    assert milestone.done_on == timezone.localdate()

    # A value cell edited in place in the grid.
    page.get_by_role("link", name="Saisir les valeurs des indicateurs").click()
    page.wait_for_url("**/valeurs/")
    page.get_by_label("Territoire").select_option("62")
    page.wait_for_url("**territoire=62**")
    assert_accessible(page)
    mark_page(page)
    month = timezone.localdate().replace(day=1)
    cell_link = page.locator("#grid a.workspace-cell-edit").last
    cell_link.click()
    value_input = page.locator("#cell-value")
    value_input.wait_for()
    assert page.evaluate("document.activeElement.id") == "cell-value"
    assert_accessible(page)
    value_input.fill("-3")
    page.locator("#grid").get_by_role("button", name="Enregistrer").click()
    page.get_by_text("Un effectif est un nombre entier positif ou nul.").first.wait_for()
    expect_refusal(page, 422)
    page.locator("#cell-value").fill("1 234")
    page.locator("#grid").get_by_role("button", name="Enregistrer").click()
    page.get_by_text("Valeur enregistrée").wait_for()
    assert still_same_page(page)
    row = IndicatorValue.objects.get(indicator__code="IND-APPR-ENTREES", territory__code="62", period=month)
    assert row.value == 1234 and row.status == "accepted"
    assert_accessible(page)

    # The history shows all three, with author and organisation.
    page.goto(url + "/espace/engagements/E02/historique/")
    body = page.locator("main").inner_text()
    assert "Deux jobs datings organisés à Lille." in body
    assert "Camille Partenaire (démo)" in body and milestone.title in body
    assert "1 234" in body or "1234" in body
    assert_accessible(page)

    # The report is on the public engagement page.
    page.goto(url + "/engagements/E02/")
    assert page.get_by_text("Deux jobs datings organisés à Lille.").is_visible()

    for path in (
        "/espace/engagements/E02/import/",
        "/comptes/mot-de-passe/",
        "/espace/organisations/demo-france-travail-hdf/membres/",
    ):
        page.goto(url + path)
        assert_accessible(page)


def test_the_contributor_and_review_pages_are_accessible(live_demo, page):
    page.goto(live_demo.url + "/comptes/connexion/")
    page.get_by_label("Adresse électronique").fill("mission-locale@demo.test")
    page.get_by_label("Mot de passe").fill("demo")
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url("**/espace/")
    assert_accessible(page)
    page.goto(live_demo.url + "/espace/engagements/E19/")
    assert page.get_by_role("heading", name="Vos valeurs proposées et leur revue").is_visible()
    assert_accessible(page)
    page.locator(".fr-header__tools").get_by_role("button", name="Se déconnecter").click()
    page.wait_for_url(live_demo.url + "/")
    page.goto(live_demo.url + "/comptes/connexion/")
    page.get_by_label("Adresse électronique").fill("partenaire@demo.test")
    page.get_by_label("Mot de passe").fill("demo")
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url("**/espace/")
    page.goto(live_demo.url + "/espace/engagements/E19/")
    assert page.get_by_role("heading", name="Valeurs proposées par les contributeurs").is_visible()
    assert_accessible(page)
    page.goto(live_demo.url + "/comptes/mot-de-passe/oublie/")
    assert_accessible(page)
