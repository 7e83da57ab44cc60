"""The value lifecycle (DESIGN §4 « Published values »): a proposal sits beside the accepted value and never
unpublishes it; the pilot's review accepts, corrects or refuses it; every change of an accepted value is a public
revision. Figures issue item 3, hardening issue items 3 and 6.
"""

import csv
import datetime
import html
import io
from decimal import Decimal

import pytest

from engagements import actions
from engagements.models import Indicator, IndicatorValue, ValueRevision
from reseau.models import Organisation, Territory, User

pytestmark = pytest.mark.django_db

PARTNER = "partenaire@demo.test"
ML = "mission-locale@demo.test"
MARCH = datetime.date(2026, 3, 1)


@pytest.fixture
def cell(demo):
    """E21 at CLPE59004 for 2026-03 holds France Travail's accepted 47.0 (the case of the figures issue)."""
    indicator = Indicator.objects.get(engagement__code="E21")
    clpe = Territory.objects.get(code="CLPE59004")
    IndicatorValue.objects.filter(indicator=indicator, territory=clpe, period=MARCH).delete()
    ValueRevision.objects.all().delete()  # the demo's own revisions: start from none
    accepted = actions.record_value(
        indicator=indicator,
        territory=clpe,
        period=MARCH,
        value=Decimal("47.0"),
        base=Decimal("120") if indicator.takes_base else None,
        organisation=Organisation.objects.get(slug="demo-france-travail-hdf"),
        author=User.objects.get(email=PARTNER),
    )
    assert accepted.status == "accepted"
    return indicator, clpe, accepted


def post_value(client, indicator, value, version=0, territory="CLPE59004", period=MARCH, **extra):
    return client.post(
        f"/espace/engagements/{indicator.engagement.code}/valeurs/saisie/",
        {
            "indicator": indicator.pk,
            "territory": territory,
            "period": f"{period:%Y-%m}",
            "value": value,
            "version": version,
            **extra,
        },
        HTTP_HX_REQUEST="true",
    )


def published(indicator, territory, period=MARCH) -> Decimal | None:
    row = IndicatorValue.objects.published().filter(indicator=indicator, territory=territory, period=period).first()
    return row.value if row else None


def read_csv(client, url: str) -> list[dict]:
    response = client.get(url)
    assert response.status_code == 200
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8"))))


def propose(client, indicator, value="99"):
    client.force_login(User.objects.get(email=ML))
    response = post_value(client, indicator, value)
    assert response.status_code == 200, response.content.decode()
    return IndicatorValue.objects.get(indicator=indicator, territory__code="CLPE59004", period=MARCH, status="proposed")


def review(client, proposal, decision, **extra):
    client.force_login(User.objects.get(email=PARTNER))
    return client.post(
        f"/espace/engagements/{proposal.indicator.engagement.code}/valeurs/{proposal.pk}/revue/",
        {"decision": decision, "version": proposal.version, **extra},
        HTTP_HX_REQUEST="true",
    )


def test_a_contributor_proposal_leaves_the_accepted_value_published(cell, client):
    indicator, clpe, accepted = cell

    proposal = propose(client, indicator)

    assert proposal.pk != accepted.pk and proposal.value == 99
    assert proposal.organisation.slug == "demo-mission-locale-lille"
    assert published(indicator, clpe) == Decimal("47")
    client.logout()
    rows = read_csv(client, f"/donnees/valeurs.csv?indicateur={indicator.code}")
    march = [r for r in rows if r["territoire"] == "CLPE59004" and r["periode"] == "2026-03"]
    assert [Decimal(r["valeur"]) for r in march] == [Decimal("47")]
    api = client.get(f"/api/v1/indicators/{indicator.code}/values?territory=CLPE59004&since=2026-03&until=2026-03")
    assert [item["value"] for item in api.json()["items"]] == [47.0]


def test_a_refused_proposal_leaves_the_accepted_value_untouched_and_is_kept_with_its_reason(cell, client):
    indicator, clpe, accepted = cell
    proposal = propose(client, indicator)

    response = review(client, proposal, "reject", reason="Hors du périmètre du bassin.")

    assert response.status_code == 200, response.content.decode()
    proposal.refresh_from_db()
    accepted.refresh_from_db()
    assert (proposal.status, proposal.value, proposal.review_note) == ("rejected", 99, "Hors du périmètre du bassin.")
    assert (accepted.status, accepted.value) == ("accepted", Decimal("47"))
    assert not ValueRevision.objects.exists()


def test_an_accepted_proposal_replaces_the_value_and_records_a_public_revision(cell, client):
    indicator, clpe, accepted = cell
    proposal = propose(client, indicator, "52")

    response = review(client, proposal, "accept", reason="Chiffre consolidé du bassin.")

    assert response.status_code == 200, response.content.decode()
    assert published(indicator, clpe) == Decimal("52")
    assert IndicatorValue.objects.published().filter(indicator=indicator, territory=clpe, period=MARCH).count() == 1
    revision = ValueRevision.objects.get()
    assert (revision.old_value, revision.new_value, revision.reason) == (47, 52, "Chiffre consolidé du bassin.")
    assert (revision.indicator, revision.territory, revision.period) == (indicator, clpe, MARCH)
    assert revision.organisation.slug == "demo-mission-locale-lille"
    # The old accepted row is kept, marked as replaced: nothing is lost.
    accepted.refresh_from_db()
    assert (accepted.status, accepted.value) == ("replaced", Decimal("47"))

    client.logout()
    api = client.get(f"/api/v1/indicators/{indicator.code}/revisions?territory=CLPE59004").json()
    assert api["count"] == 1
    item = api["items"][0]
    assert (item["territory"], item["period"], item["old_value"], item["new_value"]) == (
        "CLPE59004",
        "2026-03",
        47.0,
        52.0,
    )
    assert item["reason"] == "Chiffre consolidé du bassin." and item["demonstration"] is True
    assert item["organisation"] == "Mission locale de Lille"
    assert "Camille" not in str(api) and "@" not in str(api)
    rows = read_csv(client, f"/donnees/revisions.csv?indicateur={indicator.code}")
    assert [(r["territoire"], r["periode"], r["ancienne_valeur"], r["nouvelle_valeur"]) for r in rows] == [
        ("CLPE59004", "2026-03", "47.0000", "52.0000")
    ]
    page = html.unescape(client.get(f"/indicateurs/{indicator.code}/").content.decode())
    assert "révisée le" in page and "47 → 52" in page and "Chiffre consolidé du bassin." in page


def test_a_corrected_proposal_is_accepted_with_the_corrected_value(cell, client):
    indicator, clpe, _ = cell
    proposal = propose(client, indicator, "99")

    response = review(client, proposal, "correct", corrected="51,5")

    assert response.status_code == 200, response.content.decode()
    assert published(indicator, clpe) == Decimal("51.5")
    revision = ValueRevision.objects.get()
    assert (revision.old_value, revision.new_value) == (47, Decimal("51.5"))
    assert "99" in revision.reason


def test_the_pilot_entry_replaces_the_value_directly_and_records_a_revision(cell, client):
    indicator, clpe, accepted = cell
    client.force_login(User.objects.get(email=PARTNER))

    response = post_value(client, indicator, "50", version=accepted.version, note="Source rectifiée")

    assert response.status_code == 200, response.content.decode()
    assert published(indicator, clpe) == Decimal("50")
    revision = ValueRevision.objects.get()
    assert (revision.old_value, revision.new_value, revision.reason) == (47, 50, "Source rectifiée")
    # A first value is no revision.
    post_value(client, indicator, "10", period=datetime.date(2025, 11, 1))
    assert ValueRevision.objects.count() == 1


def test_the_history_shows_proposal_review_and_revision(cell, client):
    indicator, _, _ = cell
    proposal = propose(client, indicator, "52")
    review(client, proposal, "accept")

    body = html.unescape(client.get(f"/espace/engagements/{indicator.engagement.code}/historique/").content.decode())

    assert "Proposée" in body and "Remplacée" in body and "Révision" in body and "47 → 52" in body


# --- Stale and hostile input (hardening issue, item 3) ------------------------------------------------------------


@pytest.mark.parametrize("email", [PARTNER, ML])
def test_a_version_posted_for_an_empty_cell_is_a_french_conflict(demo, client, email):
    indicator = Indicator.objects.get(engagement__code="E21")
    client.force_login(User.objects.get(email=email))
    before = IndicatorValue.history.model.objects.count()

    response = post_value(client, indicator, "12", version=1, period=datetime.date(2015, 1, 1))

    assert response.status_code == 409
    assert "rien n'a été enregistré" in html.unescape(response.content.decode())
    assert IndicatorValue.history.model.objects.count() == before


HOSTILE = ["1e-999999", "1e999999", "NaN", "-Infinity", "Infinity", "sNaN", "12345678901234567890", "0,00001"]


@pytest.mark.parametrize("raw", HOSTILE)
def test_hostile_numbers_in_the_value_form_get_a_french_message_and_write_nothing(cell, client, raw):
    indicator, clpe, accepted = cell
    client.force_login(User.objects.get(email=PARTNER))
    before = IndicatorValue.history.model.objects.count()

    response = post_value(client, indicator, raw, version=accepted.version)
    base = post_value(client, indicator, "40", version=accepted.version, base=raw)

    assert response.status_code == base.status_code == 422
    assert "Saisissez un nombre" in html.unescape(response.content.decode()) or "nombre" in response.content.decode()
    assert IndicatorValue.history.model.objects.count() == before
    assert published(indicator, clpe) == Decimal("47")


@pytest.mark.parametrize("raw", HOSTILE)
def test_hostile_numbers_in_the_review_correction_get_a_french_message_and_write_nothing(cell, client, raw):
    indicator, clpe, _ = cell
    proposal = propose(client, indicator)
    before = IndicatorValue.history.model.objects.count()

    response = review(client, proposal, "correct", corrected=raw)

    assert response.status_code == 422
    assert "nombre" in html.unescape(response.content.decode())
    assert IndicatorValue.history.model.objects.count() == before
    proposal.refresh_from_db()
    assert proposal.status == "proposed" and published(indicator, clpe) == Decimal("47")


# --- What a contributor sees (hardening issue, item 6) -------------------------------------------------------------


def test_a_contributor_sees_published_values_and_its_own_proposals_only(demo, client):
    indicator = Indicator.objects.get(engagement__code="E21")
    clpe = Territory.objects.get(code="CLPE59004")
    cap = Organisation.objects.create(
        slug="cap-test", name="Cap emploi de test", kind="cap_emploi", territory=clpe, is_demo=True
    )
    other = User.objects.create_user(email="autre@exemple.test", password="x", full_name="Dominique Tiers")
    from engagements.models import EngagementPartner

    partner = EngagementPartner.objects.create(engagement=indicator.engagement, organisation=cap, role="contributor")
    partner.territories.add(clpe)
    secret = actions.record_value(
        indicator=indicator, territory=clpe, period=MARCH, value=Decimal("77"), organisation=cap, author=other
    )
    refused = actions.record_value(
        indicator=indicator,
        territory=clpe,
        period=datetime.date(2026, 6, 1),
        value=Decimal("66"),
        organisation=cap,
        author=other,
    )
    actions.review_value(
        value=refused,
        reviewer=User.objects.get(email=PARTNER),
        decision=actions.Review.REJECT,
        expected_version=refused.version,
        reason="Motif confidentiel du refus",
    )
    assert secret.status == "proposed"

    client.force_login(User.objects.get(email=ML))
    grid = client.get("/espace/engagements/E21/valeurs/?territoire=CLPE59004&fin=2026-06").content.decode()
    history = client.get("/espace/engagements/E21/historique/").content.decode()
    for body in (grid, history):
        assert "Dominique" not in body and "Cap emploi de test" not in body
        assert "Motif confidentiel" not in body
    assert ">77<" not in grid and ">66<" not in grid
    # The pilot sees them, to review them.
    client.force_login(User.objects.get(email=PARTNER))
    grid = client.get("/espace/engagements/E21/valeurs/?territoire=CLPE59004&fin=2026-06").content.decode()
    assert "77" in grid
