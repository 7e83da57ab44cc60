"""Browser journeys run twice: on the development server (tests/test_browser.py, tests/workspace/) and on
gunicorn with production settings (tests/production/): the tests are thin callers of these."""

from django.utils import timezone
from playwright.sync_api import expect

from engagements.models import IndicatorValue, Milestone, ProgressReport
from tests.helpers.browser import assert_accessible, assert_no_csp_violation


def mark_page(page) -> None:
    """A flag that survives htmx swaps but not a full page load."""
    page.evaluate("window.__noReload = true")


def expect_refusal(page, status: int) -> None:
    """Chromium logs every 4xx answer; a validation error we provoked on purpose is not a fault of the page."""
    assert page.console_errors and all(f"status of {status}" in error for error in page.console_errors)
    page.console_errors.clear()
    # The refused form swapped in place without any CSP violation (an inline style applied by the swap).
    assert_no_csp_violation(page)


def still_same_page(page) -> bool:
    return page.evaluate("window.__noReload === true")


def visitor_follows_a_theme_then_an_engagement(live_protocol, page):
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
    expect(page.get_by_text("Intitulé et résumé provisoires", exact=True)).to_be_visible()
    assert_accessible(page)


def committee_tree_and_a_committee_page(live_protocol, page):
    page.goto(live_protocol.url + "/comites/")
    assert page.locator(".committee-tree a").count() == 33
    assert_accessible(page)
    page.get_by_role("link", name="Comité départemental pour l'emploi du Nord").click()
    page.wait_for_url("**/comites/CDE-59/")
    assert_accessible(page)


def partner_reports_enters_a_value_updates_a_milestone_and_reads_the_history(live_demo, page):
    url = live_demo.url
    page.goto(url + "/comptes/connexion/")
    page.get_by_label("Adresse électronique").fill("partenaire@demo.test")
    page.get_by_label("Mot de passe").fill("demo")
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url("**/espace/")
    expect(page.get_by_role("heading", level=2, name="Engagements de France Travail Hauts-de-France")).to_be_visible()
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
    expect(page.locator("#report").get_by_text("Deux jobs datings organisés à Lille.")).to_be_visible()
    # Focus lands on the confirmation, not lost at the top of the page.
    # Focus moves once htmx has settled the swap: wait for that condition rather than reading it at once.
    page.wait_for_function("document.activeElement && document.activeElement.getAttribute('role') === 'status'")
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
    page.wait_for_function("document.activeElement && document.activeElement.id === 'cell-value'")
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
    # French number formatting separates thousands with a (narrow) no-break space.
    assert "1 234" in body.replace("\u202f", " ").replace("\xa0", " ")
    assert_accessible(page)

    # The report is on the public engagement page.
    page.goto(url + "/engagements/E02/")
    expect(page.get_by_text("Deux jobs datings organisés à Lille.")).to_be_visible()
    for path in (
        "/espace/engagements/E02/import/",
        "/comptes/mot-de-passe/",
        "/espace/organisations/demo-france-travail-hdf/membres/",
    ):
        page.goto(url + path)
        assert_accessible(page)
