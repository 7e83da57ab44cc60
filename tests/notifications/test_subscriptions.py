"""Issue #15, items 3–5: subscriptions without an account, through a real SMTP server (aiosmtpd). Double opt-in,
one grouped e-mail per day, one-click unsubscription (RFC 8058), and links that refuse to be tampered with."""

import datetime
import html as html_escapes
import urllib.parse

import pytest
from django.core import signing
from django.urls import reverse
from django.utils import timezone

from comites import actions as comites_actions
from comites.models import Committee
from engagements.models import ProgressSnapshot
from notifications import actions, links
from notifications.models import Event, Outgoing, Subscriber, Subscription
from tests.factories import MeetingFactory, MinutesFactory, UserFactory
from tests.helpers.smtp import html_of, links_of, text_of

pytestmark = pytest.mark.usefixtures("tasks_run_in_process")

READER = "journaliste@exemple.fr"


def page(response) -> str:
    return html_escapes.unescape(response.content.decode())


def path_of(url: str) -> str:
    return urllib.parse.urlsplit(url).path


def subscribe(sent, client, topic: str, code: str, email: str = READER):
    return sent(client.post, reverse("subscribe"), {"courriel": email, "sujet": topic, "code": code})


def confirm_link(message) -> str:
    return next(link for link in links_of(message) if "/abonnements/confirmer/" in link)


def confirm(client, message) -> None:
    path = path_of(confirm_link(message))
    assert b"Confirmer mon abonnement" in client.get(path).content  # a GET only shows the button
    response = client.post(path)
    assert response.status_code == 200 and "Abonnement confirmé" in page(response)


def publish_minutes_of_cde59() -> None:
    secretary = UserFactory()
    committee = Committee.objects.get(code="CDE-59")
    meeting = MeetingFactory(committee=committee, starts_at=timezone.now() - datetime.timedelta(days=3))
    minutes = MinutesFactory(meeting=meeting, body="Le comité a examiné l'apprentissage & l'alternance.")
    comites_actions.publish_minutes(minutes=minutes, by=secretary)


def change_e02_weather_since_yesterday() -> None:
    """Yesterday's snapshot of E02 at the region said « orage »; today's (the demo's) says something else."""
    today = timezone.localdate()
    snapshot = ProgressSnapshot.objects.get(
        scope="engagement", engagement__code="E02", territory__code="32", as_of=today
    )
    assert snapshot.weather_computed != "orage"
    snapshot.pk, snapshot.as_of, snapshot.weather_computed = None, today - datetime.timedelta(days=1), "orage"
    snapshot.save()


def test_nothing_before_confirmation_then_one_grouped_email_a_day_then_nothing_after_one_click(
    sent, demo, smtp, client
):
    assert subscribe(sent, client, "comite", "CDE-59").status_code == 200
    assert subscribe(sent, client, "engagement", "E02").status_code == 200
    confirmations = smtp.to(READER)
    assert len(confirmations) == 2
    assert not Subscription.objects.confirmed().exists()

    # Minutes published before the confirmation: nothing goes to an unconfirmed address.
    publish_minutes_of_cde59()
    today = timezone.localdate()
    assert sent(actions.notify_subscribers, today) == 0
    assert len(smtp.to(READER)) == 2

    for message in confirmations:
        confirm(client, message)
    assert Subscription.objects.confirmed().count() == 2
    change_e02_weather_since_yesterday()

    assert sent(actions.notify_subscribers, today) == 1
    assert sent(actions.notify_subscribers, today) == 0  # the same day again: nothing more
    received = smtp.to(READER)[2:]
    assert len(received) == 1
    message = received[0]
    text, html = text_of(message), html_of(message)
    assert "CDE-59 — compte rendu de la réunion du" in text and "publié" in text
    assert "E02 — météo calculée : Objectifs compromis →" in text
    assert "&amp;" not in text and "&#x27;" not in text and "<" not in text
    assert "<h1" in html and "<h2" in html and 'lang="fr"' in html
    assert "https://emploi.exemple.gouv.fr/engagements/E02/" in text
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe_url = str(message["List-Unsubscribe"]).strip().strip("<>")
    assert unsubscribe_url.startswith("https://emploi.exemple.gouv.fr/abonnements/se-desabonner/")

    # RFC 8058: the mail client POSTs, with no cookie and no CSRF token.
    one_click = client.__class__(enforce_csrf_checks=True)
    response = one_click.post(
        path_of(unsubscribe_url), "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert not Subscriber.objects.exists() and not Subscription.objects.exists()

    tomorrow = today + datetime.timedelta(days=1)
    publish_minutes_of_cde59()
    Event.objects.all().update(occurred_on=tomorrow)
    assert sent(actions.notify_subscribers, tomorrow) == 0
    assert len(smtp.to(READER)) == 3


def test_the_audit_trail_records_subscriptions_without_the_address(sent, demo, smtp, client):
    subscribe(sent, client, "territoire", "59")
    confirm(client, smtp.to(READER)[0])
    subscriber = Subscriber.objects.get(email=READER)
    assert Subscription.history.filter(subscriber_id=subscriber.pk, history_type="+").count() == 1
    assert Subscription.history.filter(subscriber_id=subscriber.pk, confirmed_at__isnull=False).count() == 1
    assert "email" not in {field.name for field in Subscriber.history.model._meta.fields}


def test_the_answer_is_the_same_whether_or_not_the_address_is_subscribed(sent, demo, smtp, client):
    first = subscribe(sent, client, "engagement", "E02")
    confirm(client, smtp.to(READER)[0])
    again = subscribe(sent, client, "engagement", "E02")
    assert first.status_code == again.status_code == 200
    strip = lambda r: page(r).split("<main", 1)[1].split("</main>", 1)[0]  # noqa: E731
    assert strip(first) == strip(again)
    # The owner of the address is told, and nothing changes.
    note = smtp.to(READER)[-1]
    assert str(note["Subject"]).strip() == "Vous suivez déjà : Engagement E02 — Développer l'apprentissage"
    assert Subscription.objects.count() == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"courriel": "pas-une-adresse", "sujet": "engagement", "code": "E02"}, "adresse électronique valide"),
        ({"courriel": READER, "sujet": "engagement", "code": "E99"}, "n'existe pas"),
        ({"courriel": READER, "sujet": "tout", "code": ""}, "Ce choix n'existe pas"),
        ({"courriel": "", "sujet": "comite", "code": "CDE-59"}, "Saisissez votre adresse"),
        ({"courriel": READER, "sujet": "comite", "code": "x" * 40}, "16 caractères"),
    ],
)
def test_bad_input_gets_a_french_message_and_changes_nothing(sent, demo, smtp, client, data, message):
    response = client.post(reverse("subscribe"), data)
    assert response.status_code in (400, 422)
    assert message in page(response)
    assert not Subscriber.objects.exists() and not Outgoing.objects.exists() and not smtp.messages


def test_limits_per_client_per_address_and_confirmations_per_day(sent, demo, smtp, client, settings):
    settings.SUBSCRIBE_CONFIRMATIONS_PER_DAY = 2
    for code in ("E01", "E02", "E03"):
        assert subscribe(sent, client, "engagement", code).status_code == 200
    assert len(smtp.to(READER)) == 2  # the third confirmation is not sent: the cap per day
    settings.SUBSCRIBE_LIMIT_PER_EMAIL = 3
    response = subscribe(sent, client, "engagement", "E04")
    assert response.status_code == 429 and "pour cette adresse" in page(response)
    settings.SUBSCRIBE_LIMIT_PER_CLIENT = 4  # the fifth request from this client
    response = subscribe(sent, client, "engagement", "E05", email="autre@exemple.fr")
    assert response.status_code == 429 and "depuis votre connexion" in page(response)
    assert not Subscriber.objects.filter(email="autre@exemple.fr").exists()


def test_tampered_expired_reused_and_unknown_links_get_a_clear_page_and_reveal_nothing(sent, demo, smtp, client):
    subscribe(sent, client, "engagement", "E02")
    path = path_of(confirm_link(smtp.to(READER)[0]))
    token = path.rstrip("/").rsplit("/", 1)[1]

    tampered = path.replace(token, token[:-2] + ("AA" if not token.endswith("AA") else "BB"))
    response = client.post(tampered)
    assert response.status_code == 400 and "n'est pas valide" in page(response)
    assert not Subscription.objects.confirmed().exists()

    # A link for another purpose does not open this one (each purpose has its own salt).
    subscription = Subscription.objects.get()
    manage_token = links.make(links.MANAGE, a=subscription.subscriber_id, e=links.address_mark(READER))
    assert client.post(reverse("subscription_confirm", args=[manage_token])).status_code == 400

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(signing.TimestampSigner, "timestamp", lambda self: signing.b62_encode(0))
        expired = links.make(links.CONFIRM, s=subscription.pk, e=links.address_mark(READER))
    response = client.post(reverse("subscription_confirm", args=[expired]))
    assert response.status_code == 410 and "a expiré" in page(response)

    assert client.post(path).status_code == 200
    reused = client.post(path)
    assert reused.status_code == 200 and "déjà confirmé : rien n'a changé" in page(reused)

    unsubscribe = reverse("unsubscribe", args=[links.make(links.UNSUBSCRIBE, a=999999, e="0" * 16)])
    response = client.post(unsubscribe)
    assert response.status_code == 400 and "aucun abonnement ne lui correspond" in page(response)
    assert Subscriber.objects.count() == 1


def test_the_management_page_stops_one_choice_then_everything(sent, demo, smtp, client):
    subscribe(sent, client, "engagement", "E02")
    subscribe(sent, client, "comite", "CDE-59")
    subscriber = Subscriber.objects.get()
    url = path_of(actions.manage_url(subscriber))
    response = client.get(url)
    assert "Engagement E02" in page(response) and "en attente de confirmation" in page(response)
    first = subscriber.subscriptions.get(topic="engagement")
    response = client.post(url, {"abonnement": first.pk})
    assert response.status_code == 303
    assert list(subscriber.subscriptions.values_list("topic", flat=True)) == ["comite"]
    assert client.post(url, {"abonnement": "x"}).status_code == 400
    response = client.post(url, {"tout": "1"})
    assert response.status_code == 200 and not Subscriber.objects.exists()
    assert client.get(url).status_code == 400


def test_unconfirmed_requests_are_deleted_after_seven_days(sent, demo, smtp, client):
    subscribe(sent, client, "engagement", "E02")
    subscribe(sent, client, "engagement", "E03", email="confirme@exemple.fr")
    confirm(client, smtp.to("confirme@exemple.fr")[0])
    assert actions.purge_unconfirmed(timezone.now() + datetime.timedelta(days=6)) == 0
    assert actions.purge_unconfirmed(timezone.now() + datetime.timedelta(days=8)) == 1
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["confirme@exemple.fr"]


def test_the_feeds_list_the_same_events(sent, demo, client):
    publish_minutes_of_cde59()
    sent(actions.notify_subscribers, timezone.localdate())
    response = client.get(reverse("event_feed", args=["comite", "CDE-59"]))
    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    assert "CDE-59 — compte rendu de la réunion du" in page(response)
    assert client.get(reverse("event_feed", args=["comite", "NOPE"])).status_code == 404
    assert client.get(reverse("event_feed", args=["inconnu", "E02"])).status_code == 404
    assert client.get(reverse("event_feed_decisions")).status_code == 200


def test_the_subject_pages_carry_the_subscription_form_without_a_csrf_token(sent, demo, client):
    for url, topic, code in (
        ("/engagements/E02/", "engagement", "E02"),
        ("/comites/CDE-59/", "comite", "CDE-59"),
        ("/territoires/59/", "territoire", "59"),
        ("/decisions/", "decisions", ""),
    ):
        html = client.get(url).content.decode()
        form = html.split('action="/abonnements/"', 1)[1].split("</form>", 1)[0]
        assert f'name="sujet" value="{topic}"' in form and f'name="code" value="{code}"' in form, url
        assert "csrfmiddlewaretoken" not in form
