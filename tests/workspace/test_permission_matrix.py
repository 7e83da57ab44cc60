"""Every workspace URL × every kind of user (DESIGN §5). Adding a URL without adding it here fails."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLPattern
from django.utils import timezone

from engagements import actions
from engagements import workspace_urls as engagement_urls
from engagements.models import Engagement, EngagementPartner, IndicatorValue, Milestone, ProgressReport, ValueImport
from reseau import workspace_urls as network_urls
from reseau.models import Invitation, Membership, Organisation, Territory, User

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "foreign", "contributor", "pilot", "org_admin", "secretary", "staff"]
FT = "demo-france-travail-hdf"


@pytest.fixture
def world(demo):
    """Users for each role, on E19 (piloted by France Travail, the mission locale contributes on CLPE59004)."""
    foreign = User.objects.create_user(email="dreets@exemple.test", password="x")
    Membership.objects.create(user=foreign, organisation=Organisation.objects.get(slug="demo-dreets-hdf"))
    pilot = User.objects.create_user(email="agent-ft@exemple.test", password="x")
    pilot_membership = Membership.objects.create(user=pilot, organisation=Organisation.objects.get(slug=FT))
    users = {
        "anonymous": None,
        "foreign": foreign,
        "contributor": User.objects.get(email="mission-locale@demo.test"),
        "pilot": pilot,
        "org_admin": User.objects.get(email="partenaire@demo.test"),
        "secretary": User.objects.get(email="secretaire@demo.test"),
        "staff": User.objects.get(email="admin@demo.test"),
    }
    engagement = Engagement.objects.get(code="E19")
    indicator = engagement.indicators.get()
    clpe = Territory.objects.get(code="CLPE59004")
    ml = Organisation.objects.get(slug="demo-mission-locale-lille")

    def proposal(i: int) -> IndicatorValue:
        return actions.record_value(
            indicator=indicator,
            territory=clpe,
            period=datetime.date(2014, 1 + i, 1),
            value=50,
            organisation=ml,
            author=users["contributor"],
        )

    milestone = Milestone.objects.filter(engagement=engagement).first() or Milestone.objects.create(
        engagement=engagement, title="Jalon de test", due_on=datetime.date(2026, 1, 1)
    )
    value_import = ValueImport.objects.create(
        engagement=engagement,
        organisation=Organisation.objects.get(slug=FT),
        author=users["org_admin"],
        filename="x.csv",
        content="",
        state="failed",
        errors=[{"ligne": 2, "colonne": "valeur", "message": "x"}],
    )
    return {
        "users": users,
        "indicator": indicator,
        "proposal": proposal,
        "milestone": milestone,
        "import": value_import,
        "pilot_membership": pilot_membership,
        "invitation": Invitation.objects.create(
            organisation=Organisation.objects.get(slug=FT),
            email="invitee@exemple.test",
            role="contributor",
            token_hash="0" * 64,
            expires_at=timezone.now() + Invitation.VALIDITY,
        ),
    }


def csv_file():
    return SimpleUploadedFile("v.csv", b"indicateur;territoire;periode;valeur\nIND-TAE6;CLPE59004;2013-01;40\n")


# name: (request maker, expected status per role). Writes are sent as htmx requests (200 on success).
A = "anonymous"
MATRIX = {
    "espace": (lambda w, i: ("get", "/espace/", {}), {A: 302, "*": 200}),
    "workspace_engagement": (
        lambda w, i: ("get", "/espace/engagements/E19/", {}),
        {A: 302, "foreign": 404, "secretary": 404, "*": 200},
    ),
    "workspace_report": (
        lambda w, i: (
            "post",
            "/espace/engagements/E19/compte-rendu/",
            {"territory": "CLPE59004", "weather": "couvert", "declared_percent": 30, "narrative": f"matrice {i}"},
        ),
        {A: 302, "foreign": 404, "secretary": 404, "*": 200},
    ),
    "workspace_values": (
        lambda w, i: ("get", "/espace/engagements/E19/valeurs/?territoire=CLPE59004", {}),
        {A: 302, "foreign": 404, "secretary": 404, "*": 200},
    ),
    "workspace_save_value": (
        lambda w, i: (
            "post",
            "/espace/engagements/E19/valeurs/saisie/",
            {
                "indicator": w["indicator"].pk,
                "territory": "CLPE59004",
                "period": f"2012-{i + 1:02d}",
                "value": "45",
                "version": 0,
            },
        ),
        {A: 302, "foreign": 404, "secretary": 404, "*": 200},
    ),
    "workspace_review": (
        lambda w, i: (
            "post",
            f"/espace/engagements/E19/valeurs/{(v := w['proposal'](i)).pk}/revue/",
            {"decision": "accept", "version": v.version},
        ),
        {A: 302, "foreign": 404, "secretary": 404, "contributor": 403, "*": 200},
    ),
    "workspace_milestone": (
        lambda w, i: (
            "post",
            f"/espace/engagements/E19/jalons/{w['milestone'].pk}/",
            {"done": "1", "done_on": f"2025-01-{i + 1:02d}"},
        ),
        {A: 302, "foreign": 404, "secretary": 404, "contributor": 403, "*": 200},
    ),
    "workspace_history": (
        lambda w, i: ("get", "/espace/engagements/E19/historique/", {}),
        {A: 302, "foreign": 404, "secretary": 404, "*": 200},
    ),
    "workspace_import_values": (
        lambda w, i: ("post", "/espace/engagements/E19/import/", {"file": csv_file()}),
        {A: 302, "foreign": 404, "secretary": 404, "*": 200},
    ),
    "workspace_import": (
        lambda w, i: ("get", f"/espace/imports/{w['import'].pk}/", {}),
        {A: 302, "org_admin": 200, "staff": 200, "*": 404},
    ),
    "workspace_import_errors": (
        lambda w, i: ("get", f"/espace/imports/{w['import'].pk}/erreurs.csv", {}),
        {A: 302, "org_admin": 200, "staff": 200, "*": 404},
    ),
    "choose_organisation": (
        lambda w, i: ("post", "/espace/organisation/", {"organisation": "1"}),
        {A: 302, "*": 302},
    ),
    "organisation_members": (
        lambda w, i: ("get", f"/espace/organisations/{FT}/membres/", {}),
        {A: 302, "pilot": 403, "org_admin": 200, "staff": 200, "*": 404},
    ),
    "organisation_member": (
        lambda w, i: (
            "post",
            f"/espace/organisations/{FT}/membres/{w['pilot_membership'].pk}/",
            {"role": "contributor"},
        ),
        {A: 302, "pilot": 403, "org_admin": 302, "staff": 302, "*": 404},
    ),
    "personal_data": (
        lambda w, i: ("get", "/espace/mes-donnees.json", {}),
        {A: 302, "*": 200},
    ),
    "organisation_invitation_cancel": (
        lambda w, i: ("post", f"/espace/organisations/{FT}/invitations/{w['invitation'].pk}/annuler/", {}),
        {A: 302, "pilot": 403, "org_admin": 302, "staff": 302, "*": 404},
    ),
}
WRITES = {
    "workspace_report",
    "workspace_save_value",
    "workspace_review",
    "workspace_milestone",
    "organisation_member",
    "organisation_invitation_cancel",
}


def audit_rows() -> int:
    return sum(
        model.objects.count()
        for model in (
            ProgressReport,
            IndicatorValue.history.model,
            Milestone.history.model,
            Membership.history.model,
            Invitation.history.model,
        )
    )


def test_the_matrix_covers_every_workspace_url():
    names = {p.name for p in engagement_urls.urlpatterns + network_urls.urlpatterns if isinstance(p, URLPattern)}
    assert names | {"espace"} == set(MATRIX)


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_each_role_gets_what_design_promises(world, client, name):
    make, expected = MATRIX[name]
    for index, role in enumerate(ROLES):
        user = world["users"][role]
        client.logout()
        if user is not None:
            client.force_login(user)
        method, url, data = make(world, index)
        before = audit_rows()
        response = getattr(client, method)(url, data, HTTP_HX_REQUEST="true")
        want = expected.get(role, expected["*"])
        assert response.status_code == want, f"{name} as {role}: {response.status_code}, expected {want}"
        if name in WRITES:
            refused = role in (A, "foreign", "secretary") or want in (403, 404)
            if refused:
                assert audit_rows() == before, f"{name} as {role} wrote something"
            elif name not in ("organisation_member", "organisation_invitation_cancel"):
                # The first re-sends the current role; the second cancels once, then has nothing to change.
                assert audit_rows() > before, f"{name} as {role} was accepted but left no audit row"


# What each role sees of values on the workspace pages (hardening issue, item 6): a contributor sees the published
# values and its own organisation's proposals, never another organisation's proposals, refusals, reasons or people.
SEES_OTHERS = {"pilot": True, "org_admin": True, "staff": True, "contributor": False}
VALUE_PAGES = [
    "/espace/engagements/E19/valeurs/?territoire=CLPE59004&fin=2014-06",
    "/espace/engagements/E19/historique/",
    "/espace/engagements/E19/",
]


@pytest.fixture
def other_contributor(world):
    """A second contributor on E19 at CLPE59004 with an open proposal and a refused one, beside published values."""
    clpe = Territory.objects.get(code="CLPE59004")
    other = Organisation.objects.create(
        slug="cap-emploi-matrice", name="Cap emploi de la matrice", kind="cap_emploi", territory=clpe, is_demo=True
    )
    partner = EngagementPartner.objects.create(
        engagement=Engagement.objects.get(code="E19"), organisation=other, role="contributor"
    )
    partner.territories.add(clpe)
    person = User.objects.create_user(email="claude@exemple.test", password="x", full_name="Claude Matrice")
    Membership.objects.create(user=person, organisation=other)
    pilot_org = Organisation.objects.get(slug=FT)
    for month, value in ((3, 31), (4, 41)):
        actions.record_value(
            indicator=world["indicator"],
            territory=clpe,
            period=datetime.date(2014, month, 1),
            value=value,
            organisation=pilot_org,
            author=world["users"]["org_admin"],
        )
    open_one = actions.record_value(
        indicator=world["indicator"],
        territory=clpe,
        period=datetime.date(2014, 3, 1),
        value=73,
        organisation=other,
        author=person,
    )
    refused = actions.record_value(
        indicator=world["indicator"],
        territory=clpe,
        period=datetime.date(2014, 4, 1),
        value=74,
        organisation=other,
        author=person,
        note="Note interne du tiers",
    )
    actions.review_value(
        value=refused,
        reviewer=world["users"]["org_admin"],
        decision=actions.Review.REJECT,
        expected_version=refused.version,
        reason="Motif de refus du tiers",
    )
    own = world["proposal"](5)  # the mission locale's own open proposal, 2014-06
    return {"open": open_one, "refused": refused, "own": own}


@pytest.mark.parametrize("role", sorted(SEES_OTHERS))
def test_each_role_sees_the_proposals_design_allows(world, other_contributor, client, role):
    client.force_login(world["users"][role])
    bodies = [client.get(url).content.decode() for url in VALUE_PAGES]
    grid, history, overview = bodies
    secrets = ["Claude Matrice", "Motif de refus du tiers", "Note interne du tiers", "Cap emploi de la matrice"]
    for body in bodies:
        for secret in secrets:
            if not SEES_OTHERS[role]:
                assert secret not in body, f"{role} sees {secret!r}"
    if SEES_OTHERS[role]:
        assert "proposée : 73" in grid and "Cap emploi de la matrice" in grid
        assert "Motif de refus du tiers" in history and "Claude Matrice" in history
        if role != "staff":
            assert f"/valeurs/{other_contributor['open'].pk}/revue/" in overview
    else:
        assert "proposée : 73" not in grid and "proposée : 74" not in grid and ">74<" not in grid
        assert 'workspace-cell-value">31<' in grid and 'workspace-cell-value">41<' in grid  # the published values
        assert "proposée : 50" in grid  # its own open proposal
        assert f"/valeurs/{other_contributor['open'].pk}/revue/" not in overview
