"""Issue #15 in a real Chromium: a visitor subscribes from an engagement's page, confirms from the e-mail, manages
and unsubscribes; axe-core finds no violation on any of those pages."""

import re

import pytest
from django.core import mail

from notifications import actions
from notifications.models import Subscriber
from tests.helpers.browser import assert_accessible
from tests.helpers.journeys import expect_refusal

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("tasks_run_in_process")]

VISITOR = "visiteur@exemple.fr"


def test_a_visitor_subscribes_confirms_and_unsubscribes(live_demo, page):
    base = live_demo.url
    page.goto(base + "/engagements/E02/")
    form = page.locator("section", has=page.get_by_role("heading", name="Suivre cet engagement par courriel"))
    form.get_by_label("Votre adresse électronique").fill(VISITOR)
    form.get_by_role("button", name="S'abonner").click()
    page.get_by_role("heading", name="Vérifiez votre messagerie").wait_for()
    assert_accessible(page)
    assert not Subscriber.objects.get(email=VISITOR).subscriptions.confirmed().exists()

    [message] = [m for m in mail.outbox if VISITOR in m.to]
    confirm = re.search(r"/abonnements/confirmer/\S+", message.body).group(0)
    page.goto(base + confirm)
    assert_accessible(page)
    page.get_by_role("button", name="Confirmer mon abonnement").click()
    page.get_by_role("heading", name="Abonnement confirmé").wait_for()
    assert_accessible(page)
    assert Subscriber.objects.get(email=VISITOR).subscriptions.confirmed().count() == 1

    page.get_by_role("link", name="Gérer mes abonnements").click()
    page.get_by_role("heading", name="Mes abonnements").wait_for()
    assert page.get_by_text("Engagement E02 — Développer l'apprentissage", exact=True).is_visible()
    assert_accessible(page)

    # The one-click link of every notification, opened in the browser: a page with one button.
    page.goto(base + actions.unsubscribe_url(Subscriber.objects.get(email=VISITOR)))
    assert_accessible(page)
    page.get_by_role("button", name="Me désabonner de tout").click()
    page.get_by_role("heading", name="Vous êtes désabonné").wait_for()
    assert_accessible(page)
    assert not Subscriber.objects.filter(email=VISITOR).exists()


def test_a_wrong_address_is_explained_on_the_subscription_page(live_demo, page):
    page.goto(live_demo.url + "/abonnements/?sujet=comite&code=CDE-59")
    page.get_by_label("Votre adresse électronique").fill("pas-une-adresse")
    page.get_by_role("button", name="Demander l'abonnement").click()
    page.get_by_text("Saisissez une adresse électronique valide").first.wait_for()
    expect_refusal(page, 422)
    assert_accessible(page)
    assert page.get_by_label("Votre adresse électronique").input_value() == "pas-une-adresse"
    assert not Subscriber.objects.filter(email="pas-une-adresse").exists()
