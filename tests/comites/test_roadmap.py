"""Issue #14, item 6: the feuille de route — fiches actions linked to engagements, indicators and decisions, edited by
the secretaries, reported on by the pilot organisation's members, public on their pages, on the engagement page, in
fiches-actions.csv and /api/v1/action-sheets."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from comites import governance_actions
from comites.models import ActionSheet, ActionSheetNote
from engagements.models import Engagement, Indicator
from reseau.models import Organisation, Territory
from tests.factories import MeetingFactory, MembershipFactory, MinutesFactory, OrganisationFactory
from tests.helpers.pages import count_queries


@pytest.fixture
def sheet_data(cde59):
    e02 = Engagement.objects.get(code="E02")
    return {
        "title": "Plateforme de l'apprentissage",
        "description": "Réunir les employeurs et les CFA.",
        "pilot": OrganisationFactory(kind=Organisation.Kind.FRANCE_TRAVAIL, name="France Travail Nord").pk,
        "engagements": [e02.pk],
        "indicators": [Indicator.objects.get(code="IND-APPR-ENTREES").pk],
        "territory": cde59.territory_id,
        "starts_on": "2026-01-01",
        "due_on": "2027-06-30",
    }


def create(client, cde59, data) -> object:
    return client.post(reverse("secretary_sheet_create", args=[cde59.code]), data)


def test_a_secretary_creates_a_fiche_action_and_the_public_finds_it_everywhere(client, cde59, secretary, sheet_data):
    client.force_login(secretary)
    response = create(client, cde59, sheet_data)
    assert response.status_code == 303
    sheet = ActionSheet.objects.get()
    assert response["Location"] == sheet.get_absolute_url() == f"/comites/CDE-59/feuille-de-route/{sheet.pk}/"
    assert sheet.history.latest().history_user == secretary
    client.logout()

    listing = client.get("/comites/CDE-59/feuille-de-route/").content.decode()
    assert "Plateforme de l&#x27;apprentissage" in listing and "France Travail Nord" in listing
    page = client.get(sheet.get_absolute_url()).content.decode()
    assert "Réunir les employeurs et les CFA." in page and "Entrées en apprentissage" in page
    engagement_page = client.get("/engagements/E02/").content.decode()
    assert "Fiches actions des feuilles de route des comités qui portent cet engagement" in engagement_page
    assert sheet.get_absolute_url() in engagement_page
    assert "feuille-de-route" in client.get("/comites/CDE-59/").content.decode()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"engagements": []}, "Ce champ est obligatoire"),
        ({"indicators": "other"}, "Chaque indicateur suivi mesure l"),
        ({"due_on": "2025-01-01"}, "L&#x27;échéance précède le début"),
        ({"territory": "62"}, "Sélectionnez un choix valide"),
        ({"starts_on": "pas une date"}, "Saisissez une date valide"),
    ],
)
def test_a_fiche_action_that_breaks_a_rule_is_refused_in_french(client, cde59, secretary, sheet_data, change, message):
    client.force_login(secretary)
    data = dict(sheet_data)
    for key, value in change.items():
        if value == "other":
            value = [Indicator.objects.exclude(engagement__code="E02").exclude(engagement=None).first().pk]
        if key == "territory":
            value = Territory.objects.get(code=value).pk
        data[key] = value
    response = create(client, cde59, data)
    assert response.status_code == 422
    assert message in response.content.decode()
    assert not ActionSheet.objects.exists()


def test_a_decision_of_another_committee_cannot_be_linked(client, cde59, secretary, sheet_data):
    other = governance_actions.add_decision(meeting=MeetingFactory(), by=None, text="Ailleurs")
    client.force_login(secretary)
    response = create(client, cde59, {**sheet_data, "decisions": [other.pk]})
    assert response.status_code == 422
    assert not ActionSheet.objects.exists()


@pytest.fixture
def sheet(client, cde59, secretary, sheet_data):
    client.force_login(secretary)
    create(client, cde59, sheet_data)
    client.logout()
    return ActionSheet.objects.get()


def test_the_pilot_s_members_edit_and_report_progress_others_may_not(client, sheet, partner):
    url = reverse("secretary_sheet_report", args=["CDE-59", sheet.pk])
    pilot_member = MembershipFactory(organisation=sheet.pilot).user
    client.force_login(partner)
    assert client.post(url, {"status": "soleil", "text": "Tout va bien"}).status_code == 403
    assert client.get(reverse("secretary_sheet_edit", args=["CDE-59", sheet.pk])).status_code == 403
    client.force_login(pilot_member)
    assert client.get(reverse("secretary_sheet_edit", args=["CDE-59", sheet.pk])).status_code == 200
    assert client.get(reverse("secretary_sheet_create", args=["CDE-59"])).status_code == 403
    refused = client.post(url, {"status": "grand soleil", "text": ""})
    assert refused.status_code == 422 and ActionSheetNote.objects.count() == 0
    response = client.post(url, {"status": "nuage", "text": "Les CFA tardent à répondre."})
    assert response.status_code == 303
    sheet.refresh_from_db()
    note = sheet.notes.get()
    assert (sheet.status, note.organisation, note.author) == ("nuage", sheet.pilot, pilot_member)
    page = client.get(sheet.get_absolute_url()).content.decode()
    assert "Les CFA tardent à répondre." in page and "Appuis nécessaires" in page


def test_only_published_decisions_show_on_the_sheet_in_the_file_and_in_the_api(client, cde59, secretary, sheet):
    meeting = MeetingFactory(committee=cde59, starts_at=timezone.now() - datetime.timedelta(days=3))
    decision = governance_actions.add_decision(meeting=meeting, by=secretary, text="Créer la plateforme")
    sheet.decisions.add(decision)

    def outputs():
        page = client.get(sheet.get_absolute_url()).content.decode()
        rows = list(csv.DictReader(io.StringIO(b"".join(client.get("/donnees/fiches-actions.csv")).decode())))
        api = client.get("/api/v1/action-sheets?committee=CDE-59").json()["items"]
        return page, rows, api

    page, rows, api = outputs()
    assert "Créer la plateforme" not in page and rows[0]["decisions"] == "" and api[0]["decisions"] == []
    MinutesFactory(meeting=meeting, published=True)
    page, rows, api = outputs()
    assert "Créer la plateforme" in page
    assert rows[0]["decisions"] == str(decision.pk) and api[0]["decisions"] == [decision.pk]
    assert (rows[0]["engagements"], rows[0]["indicateurs"], rows[0]["avancement"]) == (
        "E02",
        "IND-APPR-ENTREES",
        "non_renseignee",
    )
    assert api[0]["engagements"] == ["E02"] and api[0]["pilot"] == "France Travail Nord"
    assert client.get("/api/v1/action-sheets?engagement=E99").status_code == 404


def test_the_roadmap_pages_run_a_constant_number_of_queries(
    client, cde59, secretary, sheet_data, django_assert_num_queries
):
    client.force_login(secretary)
    create(client, cde59, sheet_data)
    client.logout()
    sheet = ActionSheet.objects.get()
    client.get("/comites/CDE-59/feuille-de-route/")  # warms what is computed once per process (the demo flag)
    one = (count_queries(client, "/comites/CDE-59/feuille-de-route/"), count_queries(client, sheet.get_absolute_url()))
    client.force_login(secretary)
    for n in range(6):
        create(
            client,
            cde59,
            {
                **sheet_data,
                "title": f"Fiche {n}",
                "engagements": [e.pk for e in Engagement.objects.all()[:3]],
                "indicators": [],
            },
        )
    client.logout()
    many = (count_queries(client, "/comites/CDE-59/feuille-de-route/"), count_queries(client, sheet.get_absolute_url()))
    assert one == many
