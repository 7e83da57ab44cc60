"""The partner workspace against the demo data: reports, values, proposals and review, milestones, history."""

import datetime
import html
import re
from decimal import Decimal

import pytest
from django.utils import timezone

from common.public_cache import public_data_version
from engagements.models import (
    Engagement,
    Indicator,
    IndicatorValue,
    Milestone,
    ProgressReport,
    ProgressSnapshot,
)
from reseau.models import Territory

pytestmark = pytest.mark.django_db

PARTNER = "partenaire@demo.test"
ML = "mission-locale@demo.test"


def month(offset: int = 0) -> datetime.date:
    today = timezone.localdate().replace(day=1)
    year, index = divmod(today.year * 12 + today.month - 1 + offset, 12)
    return datetime.date(year, index + 1, 1)


def value_post(indicator, territory, period, value, version=0, **extra):
    return {
        "indicator": indicator.pk,
        "territory": territory,
        "period": f"{period:%Y-%m}",
        "value": value,
        "version": version,
        **extra,
    }


def usual(indicator: Indicator, code: str, delta: int = 0) -> str:
    """A value the territory usually publishes (the median of its published ones) plus ``delta``: saving it asks
    for no confirmation of an unusual value."""
    values = sorted(
        IndicatorValue.objects.published()
        .filter(indicator=indicator, territory__code=code)
        .values_list("value", flat=True)
    )
    return str(int(values[len(values) // 2]) + delta if values else 100 + delta)


def count_indicator(engagement_code: str) -> Indicator:
    """The engagement's first indicator (E02: apprenticeship entries, a count; E19: a percentage)."""
    return Indicator.objects.filter(engagement__code=engagement_code).order_by("code").first()


def test_the_workspace_home_lists_the_engagements_of_the_organisation_with_freshness(demo, login):
    response = login(PARTNER).get("/espace/")
    body = response.content.decode()
    assert response.status_code == 200
    assert "Engagements de France Travail Hauts-de-France" in body
    for code in ("E02", "E05", "E09"):
        assert f"/espace/engagements/{code}/" in body
    assert "À jour" in body or "En retard depuis" in body
    assert "Membres de France Travail Hauts-de-France" in body  # an organisation admin sees its members


def test_the_workspace_home_runs_a_constant_number_of_queries(demo, login, django_assert_max_num_queries):
    client = login(PARTNER)
    # The one freshness rule reads in a fixed number of queries; tests/workspace/test_queries.py pins it at two
    # data sizes.
    with django_assert_max_num_queries(24):
        client.get("/espace/")


def test_a_partner_report_is_saved_through_htmx_and_shows_in_the_history(
    demo, login, django_capture_on_commit_callbacks
):
    client = login(PARTNER)
    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(
            "/espace/engagements/E02/compte-rendu/",
            {"territory": "32", "weather": "nuage", "declared_percent": "42", "narrative": "Recrutements en hausse."},
            HTTP_HX_REQUEST="true",
        )
    assert response.status_code == 200
    body = response.content.decode()
    assert 'id="report"' in body and "<html" not in body
    assert "Compte rendu enregistré" in body
    report = ProgressReport.objects.get(narrative="Recrutements en hausse.")
    assert (report.author.email, report.organisation.slug, report.declared_percent) == (
        PARTNER,
        "demo-france-travail-hdf",
        42,
    )
    names = [getattr(c, "__name__", "") for c in callbacks]
    assert names == ["enqueue_recompute", "bump_public_data_version"]
    # Cached public pages are invalidated once the report is committed: it is public at once.
    version = public_data_version()
    callbacks[1]()
    assert public_data_version() != version
    history = client.get("/espace/engagements/E02/historique/").content.decode()
    assert "Recrutements en hausse." in history and "Camille Partenaire" in history
    assert report.history.get().history_user.email == PARTNER


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"declared_percent": "150"}, "compris entre 0 et 100 %."),
        ({"declared_percent": "-3"}, "compris entre 0 et 100"),
        ({"weather": "grele"}, "Choisissez une météo"),
        ({"territory": "ZZZ"}, "Territoire inconnu"),
    ],
)
def test_a_bad_report_gets_a_french_message_and_writes_nothing(demo, login, data, message):
    before = ProgressReport.objects.count()
    post = {"territory": "32", "weather": "soleil", "declared_percent": "10", "narrative": "", **data}
    response = login(PARTNER).post("/espace/engagements/E02/compte-rendu/", post, HTTP_HX_REQUEST="true")
    assert response.status_code == 422
    assert message in response.content.decode()
    assert ProgressReport.objects.count() == before


def test_a_pilot_value_is_accepted_and_counts(demo, login):
    indicator = count_indicator("E02")
    period = month(0)
    response = login(PARTNER).post(
        "/espace/engagements/E02/valeurs/saisie/",
        value_post(indicator, "59", period, "1 234"),
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200, response.content.decode()
    row = IndicatorValue.objects.get(indicator=indicator, territory__code="59", period=period)
    assert (row.value, row.status, row.version) == (Decimal("1234"), "accepted", 1)
    assert "Valeur enregistrée" in response.content.decode()


@pytest.mark.parametrize(
    ("value", "period_offset", "territory", "status", "message"),
    [
        ("-5", 0, "59", 422, "entier positif ou nul"),
        ("12,5", 0, "59", 422, "entier positif ou nul"),
        ("douze", 0, "59", 422, "Saisissez un nombre"),
        ("10", 1, "59", 422, "mois qui n'a pas commencé"),
        ("10", 0, "XX99", 422, "Territoire inconnu"),
    ],
)
def test_bad_values_get_a_french_message_and_write_nothing(
    demo, login, value, period_offset, territory, status, message
):
    indicator = count_indicator("E02")
    before = IndicatorValue.objects.count()
    response = login(PARTNER).post(
        "/espace/engagements/E02/valeurs/saisie/",
        value_post(indicator, territory, month(period_offset), value),
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == status
    assert message in html.unescape(response.content.decode())
    assert IndicatorValue.objects.count() == before


def test_a_percent_above_100_is_refused(demo, login):
    indicator = Indicator.objects.filter(unit=Indicator.Unit.PERCENT, engagement__isnull=False).first()
    code = indicator.engagement.code
    response = login("admin@demo.test").post(
        f"/espace/engagements/{code}/valeurs/saisie/",
        value_post(indicator, "59", month(0), "150"),
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 422
    assert "Un pourcentage est compris entre 0 et 100." in response.content.decode()
    assert not IndicatorValue.objects.filter(indicator=indicator, value=150).exists()


def test_the_mission_locale_enters_values_only_on_its_territory_and_engagements(demo, login):
    client = login(ML)
    engagement = Engagement.objects.get(code="E19")
    indicator = count_indicator("E19")
    before = IndicatorValue.objects.count()
    # Its own territory, an engagement it contributes to: a proposal.
    ok = client.post(
        "/espace/engagements/E19/valeurs/saisie/",
        value_post(indicator, "CLPE59004", month(0), usual(indicator, "CLPE59004")),
    )
    assert ok.status_code == 302
    row = IndicatorValue.objects.get(indicator=indicator, territory__code="CLPE59004", period=month(0))
    assert row.status == "proposed" and row.organisation.slug == "demo-mission-locale-lille"
    # Another territory (replayed by hand): 403, nothing written.
    other = client.post("/espace/engagements/E19/valeurs/saisie/", value_post(indicator, "59", month(-1), "7"))
    assert other.status_code == 403
    # An engagement it has no part in: 404 for every workspace URL.
    e02 = count_indicator("E02")
    assert (
        client.post("/espace/engagements/E02/valeurs/saisie/", value_post(e02, "CLPE59004", month(0), "7")).status_code
        == 404
    )
    assert client.get("/espace/engagements/E02/").status_code == 404
    assert (
        client.post(
            "/espace/engagements/E02/compte-rendu/", {"territory": "CLPE59004", "weather": "soleil"}
        ).status_code
        == 404
    )
    # A contributor does not review.
    assert (
        client.post(
            f"/espace/engagements/E19/valeurs/{row.pk}/revue/", {"decision": "accept", "version": 1}
        ).status_code
        == 403
    )
    milestone = Milestone.objects.filter(
        engagement=engagement, done_on__isnull=True
    ).first() or Milestone.objects.create(
        engagement=engagement, title="Jalon de test", due_on=datetime.date(2026, 1, 1)
    )
    assert client.post(f"/espace/engagements/E19/jalons/{milestone.pk}/", {"done": "1"}).status_code == 403
    milestone.refresh_from_db()
    assert milestone.done_on is None
    assert IndicatorValue.objects.count() == before + 1
    row.refresh_from_db()
    assert row.status == "proposed"


def test_the_pilot_accepts_one_proposal_and_rejects_another_and_the_contributor_sees_both(demo, client):
    from reseau.models import User

    indicator = count_indicator("E19")
    ml = User.objects.get(email=ML)
    client.force_login(ml)
    for offset, value in ((0, usual(indicator, "CLPE59004", 1)), (-1, usual(indicator, "CLPE59004", 3))):
        client.post("/espace/engagements/E19/valeurs/saisie/", value_post(indicator, "CLPE59004", month(offset), value))
    accepted, rejected = (
        IndicatorValue.objects.get(indicator=indicator, territory__code="CLPE59004", period=month(o)) for o in (0, -1)
    )
    assert accepted.status == rejected.status == "proposed"

    client.force_login(User.objects.get(email=PARTNER))
    page = client.get("/espace/engagements/E19/").content.decode()
    assert "Valeurs proposées par les contributeurs" in page
    no_reason = client.post(
        f"/espace/engagements/E19/valeurs/{rejected.pk}/revue/",
        {"decision": "reject", "reason": "", "version": rejected.version},
        HTTP_HX_REQUEST="true",
    )
    assert no_reason.status_code == 422 and "Indiquez le motif du refus" in no_reason.content.decode()
    client.post(
        f"/espace/engagements/E19/valeurs/{accepted.pk}/revue/", {"decision": "accept", "version": accepted.version}
    )
    client.post(
        f"/espace/engagements/E19/valeurs/{rejected.pk}/revue/",
        {"decision": "reject", "reason": "Doublon avec la saisie du pilote.", "version": rejected.version},
    )
    accepted.refresh_from_db()
    rejected.refresh_from_db()
    assert (accepted.status, accepted.reviewer.email) == ("accepted", PARTNER)
    assert (rejected.status, rejected.review_note) == ("rejected", "Doublon avec la saisie du pilote.")
    # A second review of the same value is a conflict, not a silent overwrite.
    again = client.post(
        f"/espace/engagements/E19/valeurs/{accepted.pk}/revue/", {"decision": "reject", "reason": "x", "version": 1}
    )
    assert again.status_code == 302
    accepted.refresh_from_db()
    assert accepted.status == "accepted"

    client.force_login(ml)
    page = client.get("/espace/engagements/E19/").content.decode()
    assert "Validée" in page and "Refusée" in page and "Doublon avec la saisie du pilote." in page


def test_only_accepted_values_count_in_the_figures(demo, client):
    from engagements import actions, recompute
    from reseau.models import User

    indicator = count_indicator("E19")
    clpe = Territory.objects.get(code="CLPE59004")
    ml = User.objects.get(email=ML)
    organisation = ml.memberships.get().organisation
    proposed = actions.record_value(
        indicator=indicator,
        territory=clpe,
        period=month(0),
        value=Decimal("999999"),
        organisation=organisation,
        author=ml,
    )
    recompute.recompute_engagement(engagement_id=indicator.engagement_id)
    snapshot = ProgressSnapshot.objects.filter(scope="indicator", indicator=indicator, territory=clpe).latest("as_of")
    assert "999999" not in str(snapshot.inputs)
    actions.review_value(
        value=proposed,
        reviewer=User.objects.get(email=PARTNER),
        decision=actions.Review.ACCEPT,
        expected_version=proposed.version,
    )
    recompute.recompute_engagement(engagement_id=indicator.engagement_id)
    snapshot = ProgressSnapshot.objects.filter(scope="indicator", indicator=indicator, territory=clpe).latest("as_of")
    assert "999999" in str(snapshot.inputs)


def test_a_stale_form_shows_a_conflict_and_overwrites_nothing(demo, login):
    client = login(PARTNER)
    indicator = count_indicator("E02")
    period = month(0)
    client.post("/espace/engagements/E02/valeurs/saisie/", value_post(indicator, "59", period, "100"))
    row = IndicatorValue.objects.get(indicator=indicator, territory__code="59", period=period)
    # A colleague saves from a form loaded at the same version...
    client.post(
        "/espace/engagements/E02/valeurs/saisie/", value_post(indicator, "59", period, "200", version=row.version)
    )
    # ...and our stale form (still at that version) must not overwrite it.
    response = client.post(
        "/espace/engagements/E02/valeurs/saisie/",
        value_post(indicator, "59", period, "300", version=row.version),
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 409
    body = response.content.decode()
    assert "a été modifiée entre-temps" in body and "200" in body
    row.refresh_from_db()
    assert row.value == Decimal("200")
    # A new cell that someone created meanwhile is a conflict too.
    fresh = month(-30)
    first, second = usual(indicator, "62"), usual(indicator, "62", 1)
    client.post("/espace/engagements/E02/valeurs/saisie/", value_post(indicator, "62", fresh, first))
    late = client.post("/espace/engagements/E02/valeurs/saisie/", value_post(indicator, "62", fresh, second))
    assert late.status_code == 409
    assert IndicatorValue.objects.get(indicator=indicator, territory__code="62", period=fresh).value == Decimal(first)


def test_the_values_grid_opens_a_cell_in_place(demo, login):
    client = login(PARTNER)
    indicator = count_indicator("E02")
    response = client.get(
        f"/espace/engagements/E02/valeurs/?territoire=59&indicateur={indicator.code}&periode={month(0):%Y-%m}",
        HTTP_HX_REQUEST="true",
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert 'id="grid"' in body and "<html" not in body
    assert 'name="value"' in body and 'name="version"' in body
    # Without JavaScript the same URL is a full page.
    full = client.get(
        f"/espace/engagements/E02/valeurs/?territoire=59&indicateur={indicator.code}&periode={month(0):%Y-%m}"
    )
    assert "<html" in full.content.decode()


def test_the_values_grid_tolerates_garbage_in_its_query_string(demo, login):
    client = login(PARTNER)
    for query in (
        "?fin=2026-13",
        "?fin=abc&territoire=<script>",
        "?indicateur=NOPE&periode=x",
        "?periode=9999-01&indicateur=x",
    ):
        assert client.get(f"/espace/engagements/E02/valeurs/{query}").status_code == 200


def test_the_pilot_marks_a_milestone_done_then_not_done(demo, login):
    client = login(PARTNER)
    milestone = Milestone.objects.filter(engagement__code="E02", done_on__isnull=True).first()
    today = timezone.localdate()
    response = client.post(
        f"/espace/engagements/E02/jalons/{milestone.pk}/",
        {"done": "1", "done_on": f"{today:%Y-%m-%d}"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200 and "mis à jour" in response.content.decode()
    milestone.refresh_from_db()
    assert milestone.done_on == today
    future = client.post(
        f"/espace/engagements/E02/jalons/{milestone.pk}/",
        {"done": "1", "done_on": f"{today + datetime.timedelta(days=3):%Y-%m-%d}"},
        HTTP_HX_REQUEST="true",
    )
    assert future.status_code == 422 and "dans le futur" in future.content.decode()
    client.post(f"/espace/engagements/E02/jalons/{milestone.pk}/", {"done": "0"})
    milestone.refresh_from_db()
    assert milestone.done_on is None
    history = client.get("/espace/engagements/E02/historique/").content.decode()
    assert milestone.title in history


def test_the_history_shows_before_and_after_of_a_value(demo, login):
    client = login(PARTNER)
    indicator = count_indicator("E02")
    period = month(0)
    client.post("/espace/engagements/E02/valeurs/saisie/", value_post(indicator, "59", period, "100"))
    client.post("/espace/engagements/E02/valeurs/saisie/", value_post(indicator, "59", period, "250", version=1))
    body = client.get("/espace/engagements/E02/historique/").content.decode()
    assert "valeur : 100 → 250" in body
    assert "Camille Partenaire (démo)" in body


def test_the_history_page_runs_a_constant_number_of_queries(demo, login, django_assert_max_num_queries):
    client = login(PARTNER)
    with django_assert_max_num_queries(14):
        client.get("/espace/engagements/E02/historique/")
    with django_assert_max_num_queries(14):
        client.get("/espace/engagements/E02/historique/?page=3")


def test_a_report_saved_in_the_workspace_shows_on_the_cached_public_page(
    demo, client, django_capture_on_commit_callbacks
):
    from reseau.models import User

    public = "/engagements/E02/"
    assert "Bilan du salon de l'apprentissage" not in client.get(public).content.decode()  # now cached
    client.force_login(User.objects.get(email=PARTNER))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/espace/engagements/E02/compte-rendu/",
            {"territory": "59", "weather": "soleil", "narrative": "Bilan du salon de l'apprentissage"},
            HTTP_HX_REQUEST="true",
        )
    assert response.status_code == 200
    client.logout()
    page = html.unescape(client.get(public).content.decode())
    assert "Bilan du salon de l'apprentissage" in page
    # Public pages name the organisation, never the person (hardening issue, finding 5).
    assert "France Travail Hauts-de-France" in page and "Camille Partenaire" not in page


def test_the_territories_a_partner_reports_on_read_as_a_french_sentence(demo, client):
    """« Territoires de saisie : Lille Métropole. », not « Lille Métropole . » (the loop's line breaks)."""
    import re

    from reseau.models import User

    client.force_login(User.objects.get(email=ML))
    page = client.get("/espace/engagements/E19/").content.decode()

    sentence = re.search(r"Territoires de saisie : [^<]*", page)
    assert sentence and sentence.group(0).strip().endswith("Lille Métropole."), sentence


def _usual_cell():
    """E02's count indicator on the territory with the most published values, and this month's version there."""
    indicator = count_indicator("E02")
    code = (
        IndicatorValue.objects.published()
        .filter(indicator=indicator, territory__level="departement")
        .values_list("territory__code", flat=True)
        .order_by("territory__code")
        .first()
    )
    territory = Territory.objects.get(code=code)
    current = IndicatorValue.objects.published().filter(indicator=indicator, territory=territory, period=month(0))
    version = current.first().version if current.exists() else 0
    history = list(
        IndicatorValue.objects.published()
        .filter(indicator=indicator, territory=territory)
        .exclude(period=month(0))
        .values_list("value", flat=True)
    )
    return indicator, territory, version, max(history), min(history)


def test_a_value_far_from_the_usual_ones_asks_for_a_confirmation_then_is_saved(demo, login):
    indicator, territory, version, high, _ = _usual_cell()
    client = login(PARTNER)
    unusual = str(int(high * 10))
    before = list(IndicatorValue.objects.values_list("pk", "value", "version").order_by("pk"))

    asked = client.post(
        "/espace/engagements/E02/valeurs/saisie/",
        value_post(indicator, territory.code, month(0), unusual, version),
        HTTP_HX_REQUEST="true",
    )

    assert asked.status_code == 422
    page = html.unescape(asked.content.decode())
    assert f"publiées pour {territory.name}" in page and "Je confirme cette valeur inhabituelle" in page
    assert re.search(rf'name="confirmed"\s+value="{unusual}"', page)
    assert list(IndicatorValue.objects.values_list("pk", "value", "version").order_by("pk")) == before

    # A confirmation holds for the value it was given for, not for another one typed afterwards.
    other = client.post(
        "/espace/engagements/E02/valeurs/saisie/",
        value_post(indicator, territory.code, month(0), str(int(high * 20)), version, confirmed=unusual),
        HTTP_HX_REQUEST="true",
    )
    assert other.status_code == 422
    assert list(IndicatorValue.objects.values_list("pk", "value", "version").order_by("pk")) == before

    confirmed = client.post(
        "/espace/engagements/E02/valeurs/saisie/",
        value_post(indicator, territory.code, month(0), unusual, version, confirmed=unusual),
        HTTP_HX_REQUEST="true",
    )
    assert confirmed.status_code == 200, confirmed.content.decode()
    saved = IndicatorValue.objects.published().get(indicator=indicator, territory=territory, period=month(0))
    assert saved.value == Decimal(unusual)


def test_a_value_within_the_usual_range_and_a_tenth_of_the_lowest_are_told_apart(demo, login):
    indicator, territory, version, high, low = _usual_cell()
    client = login(PARTNER)

    too_low = client.post(
        "/espace/engagements/E02/valeurs/saisie/",
        value_post(indicator, territory.code, month(0), str(max(int(low / 10), 0)), version),
        HTTP_HX_REQUEST="true",
    )
    usual = client.post(
        "/espace/engagements/E02/valeurs/saisie/",
        value_post(indicator, territory.code, month(0), str(int((low + high) / 2)), version),
        HTTP_HX_REQUEST="true",
    )

    assert too_low.status_code == 422 and "inhabituelle" in too_low.content.decode()
    assert usual.status_code == 200 and "inhabituelle" not in usual.content.decode()
