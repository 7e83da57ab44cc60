"""Issue 11, item 3: a NUL byte (or another control character) anywhere in the address, the query string or a form
body is a French 400, before any query reaches the database (PostgreSQL refuses NUL in text: DataError)."""

import urllib.parse

import pytest
from django.test import Client

from reseau.models import User

pytestmark = pytest.mark.django_db

URLS = [
    "/enjeux/%00/",
    "/engagements/E02%00/",
    "/comites/%00/calendrier.ics",
    "/comites/%00/flux/",
    "/api/v1/indicators/%00",
    "/api/v1/engagements/%00",
    "/engagements/?theme=%00",
    "/engagements/?q=%00",
    "/?carte=%00",
    "/donnees/valeurs.csv?indicateur=%00",
    "/api/v1/meetings?committee=%00",
    "/engagements/?%00=1",
    "/engagements/?theme=%01",
    "/engagements/?theme=%0A",
]


@pytest.mark.parametrize("url", URLS)
def test_a_control_character_in_the_address_is_a_french_400(client, protocol, url):
    response = client.get(url)

    assert response.status_code == 400
    body = response.content.decode()
    assert "caractère de contrôle" in body
    assert "\x00" not in body


def test_the_api_answers_in_json(client, protocol):
    response = client.get("/api/v1/indicators/%00")

    assert response.status_code == 400
    assert "caractère de contrôle" in response.json()["message"]


def test_a_nul_byte_in_a_form_body_is_refused_and_changes_nothing(demo):
    user = User.objects.get(email="partenaire@demo.test")
    client = Client()
    client.force_login(user)
    before = user.full_name

    for data in ({"full_name": "Camille\x00"}, {"username": "a\x00"}):
        assert client.post("/comptes/connexion/", data).status_code == 400
        body = urllib.parse.urlencode(data)
        response = client.post("/comptes/connexion/", body, content_type="application/x-www-form-urlencoded")
        assert response.status_code == 400

    user.refresh_from_db()
    assert user.full_name == before


def test_line_breaks_stay_allowed_in_form_bodies(client, protocol):
    response = client.post("/comptes/connexion/", {"username": "a@b.test", "password": "ligne 1\r\nligne 2\tfin"})

    assert response.status_code == 200  # the login form's own French error, not a refusal


@pytest.mark.parametrize("query", ["since=0001-01", "until=0001-12", "since=0000-01"])
def test_periods_in_year_0001_are_refused_by_the_api(client, protocol, query):
    response = client.get(f"/api/v1/indicators/{_an_indicator()}/values?{query}")

    assert response.status_code == 422
    assert response.json()["message"] == "Paramètres invalides."


def _an_indicator() -> str:
    from engagements.models import Indicator

    return Indicator.objects.order_by("code").values_list("code", flat=True).first()


# --- Dates and periods in year 0001 (forms) ---------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["0001-01", "0999-12", "3000-01"])
def test_the_period_field_refuses_year_0001(raw):
    from django import forms

    from engagements.workspace_forms import MonthField

    with pytest.raises(forms.ValidationError, match="entre 1900 et 2999"):
        MonthField().clean(raw)


def test_a_decision_due_in_year_0001_is_refused():
    from comites.forms import DecisionForm

    form = DecisionForm({"text": "Décision", "due_on": "0001-01-01"})

    assert not form.is_valid()
    assert "entre 1900 et 2999" in str(form.errors["due_on"])


def test_a_meeting_in_year_0001_is_refused():
    from comites.forms import MeetingForm

    form = MeetingForm({"starts_at": "0001-01-01T10:00", "place": "Lille"})

    assert not form.is_valid()
    assert "entre 1900 et 2999" in str(form.errors["starts_at"])
