"""Issue 12: every URL that answers GET answers HEAD the same way (status, type, length), with no body: link
checkers and uptime monitors send HEAD. The URL list is the resolver's (API included); each route gets an example
address from the demo, and a route added without one fails here."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from comites.models import Attachment, CommitteeMember, Meeting, Minutes
from engagements.models import ValueImport
from reseau.models import User
from tests.helpers.site_pages import PARTNER, SECRETARY, demo_pages

pytestmark = pytest.mark.django_db

# Routes that answer POST only, or GET only to a link sent by e-mail (their token is checked first).
NOT_GET = {
    "comptes/deconnexion/",
    "espace/organisation/",
    "espace/engagements/<str:code>/compte-rendu/",
    "espace/engagements/<str:code>/valeurs/saisie/",
    "espace/engagements/<str:code>/valeurs/<id:pk>/revue/",
    "espace/engagements/<str:code>/jalons/<id:pk>/",
    "espace/comites/<str:code>/reunions/<id:pk>/pieces-jointes/<id:attachment_pk>/supprimer/",
    "espace/organisations/<slug:slug>/membres/<id:pk>/",
    "espace/organisations/<slug:slug>/invitations/<id:pk>/annuler/",
    "espace/comites/<str:code>/membres/<id:pk>/consentement/",
}


def _routes(resolver: URLResolver, prefix: str = ""):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            yield from _routes(pattern, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern)


def _examples() -> dict[str, list[tuple[str | None, str]]]:
    """Example addresses (with the account that reads them) for every route outside the admin."""
    held = Meeting.objects.filter(committee__code="CDE-59", minutes__state=Minutes.State.PUBLISHED).first()
    draft = Meeting.objects.filter(committee__code="CDE-59", minutes__state=Minutes.State.DRAFT).first()
    value_import = ValueImport.objects.first()
    seat = CommitteeMember.objects.filter(committee__code="CDE-59").first()
    upcoming = Meeting.objects.filter(committee__code="CDE-59", status=Meeting.Status.PLANNED).first()
    attachment = Attachment.objects.filter(minutes__meeting=held).first()
    meeting = f"comites/CDE-59/reunions/{held.pk}/"
    examples = {
        "": [(None, "/")],
        "comites/<str:code>/flux/": [(None, "/comites/CDE-59/flux/")],
        "comites/<str:code>/calendrier.ics": [(None, "/comites/CDE-59/calendrier.ics")],
        "flux/comptes-rendus/": [(None, "/flux/comptes-rendus/")],
        "donnees/<slug:slug>.csv": [(None, "/donnees/engagements.csv"), (None, "/donnees/decisions.csv")],
        "sante/": [(None, "/sante/")],
        "donnees/datapackage.json": [(None, "/donnees/datapackage.json")],
        "donnees/calendrier/": [(None, "/donnees/calendrier/")],
        "donnees/calendrier.ics": [(None, "/donnees/calendrier.ics")],
        "donnees/tableur/<slug:slug>.csv": [(None, "/donnees/tableur/valeurs.csv")],
        "integrer/engagements/<str:code>/": [(None, "/integrer/engagements/E02/")],
        "integrer/territoires/<str:code>/": [(None, "/integrer/territoires/59/")],
        "robots.txt": [(None, "/robots.txt")],
        "sitemap.xml": [(None, "/sitemap.xml")],
        "comptes/invitation/<str:token>/": [(None, "/comptes/invitation/inconnue/")],
        "comptes/mot-de-passe/modifie/": [(PARTNER, "/comptes/mot-de-passe/modifie/")],
        "comptes/mot-de-passe/oublie/envoye/": [(None, "/comptes/mot-de-passe/oublie/envoye/")],
        "comptes/mot-de-passe/nouveau/<uidb64>/<token>/": [(None, "/comptes/mot-de-passe/nouveau/MQ/jeton/")],
        "comptes/mot-de-passe/nouveau/termine/": [(None, "/comptes/mot-de-passe/nouveau/termine/")],
        "espace/mes-donnees.json": [(PARTNER, "/espace/mes-donnees.json")],
        "espace/comites/<str:code>/reunions/<id:pk>/annuler/": [
            (SECRETARY, f"/espace/comites/CDE-59/reunions/{draft.pk}/annuler/")
        ],
        "espace/comites/<str:code>/reunions/<id:pk>/apercu/": [
            (SECRETARY, f"/espace/comites/CDE-59/reunions/{draft.pk}/apercu/")
        ],
        "espace/comites/<str:code>/reunions/<id:pk>/publier/": [
            (SECRETARY, f"/espace/comites/CDE-59/reunions/{draft.pk}/publier/")
        ],
        "espace/comites/<str:code>/reunions/<id:pk>/retirer/": [
            (SECRETARY, f"/espace/comites/CDE-59/reunions/{held.pk}/retirer/")
        ],
        "espace/comites/<str:code>/reunions/<id:pk>/pieces-jointes/": [
            (SECRETARY, f"/espace/comites/CDE-59/reunions/{draft.pk}/pieces-jointes/")
        ],
        "espace/comites/<str:code>/membres/": [(SECRETARY, "/espace/comites/CDE-59/membres/")],
        "espace/comites/<str:code>/membres/nouveau/": [(SECRETARY, "/espace/comites/CDE-59/membres/nouveau/")],
        "espace/comites/<str:code>/membres/<id:pk>/fin-de-mandat/": [
            (SECRETARY, f"/espace/comites/CDE-59/membres/{seat.pk}/fin-de-mandat/")
        ],
        "espace/comites/<str:code>/reunions/<id:pk>/convocation/": [
            (SECRETARY, f"/espace/comites/CDE-59/reunions/{upcoming.pk}/convocation/")
        ],
        "espace/comites/<str:code>/reunions/<id:pk>/presences/": [
            (SECRETARY, f"/espace/comites/CDE-59/reunions/{held.pk}/presences/")
        ],
        "espace/comites/<str:code>/decisions/<id:pk>/cloturer/": [
            (SECRETARY, f"/espace/comites/CDE-59/decisions/{held.decisions.first().pk}/cloturer/")
        ],
        "comites/<str:code>/reunions/<id:pk>/compte-rendu/version-<id:number>/": [
            (None, f"/{meeting}compte-rendu/version-1/")
        ],
        "comites/<str:code>/reunions/<id:pk>/pieces-jointes/<id:attachment_pk>/": [
            (None, f"/{meeting}pieces-jointes/{attachment.pk if attachment else 0}/")
        ],
        "abonnements/confirmer/<str:token>/": [(None, "/abonnements/confirmer/inconnu/")],
        "abonnements/flux/<str:topic>/<str:code>.atom": [
            (None, "/abonnements/flux/engagement/E02.atom"),
            (None, "/abonnements/flux/territoire/59.atom"),
        ],
        "abonnements/flux/decisions.atom": [(None, "/abonnements/flux/decisions.atom")],
        "espace/rappels/lien/<str:token>/": [(PARTNER, "/espace/rappels/lien/inconnu/")],
        "espace/imports/<id:pk>/": [(PARTNER, f"/espace/imports/{value_import.pk if value_import else 0}/")],
        "espace/imports/<id:pk>/erreurs.csv": [
            (PARTNER, f"/espace/imports/{value_import.pk if value_import else 0}/erreurs.csv")
        ],
    }
    for api_path in (
        "",
        "docs",
        "openapi.json",
        "themes",
        "engagements",
        "engagements/E02",
        "territories",
        "indicators",
        "indicators/IND-APPR-ENTREES",
        "progress?territory=59",
        "committees",
        "meetings",
        "decisions",
    ):
        examples.setdefault("api/v1/" + api_path.split("?")[0], []).append((None, "/api/v1/" + api_path))
    for account, path in demo_pages():
        route = _route_of(path)
        examples.setdefault(route, []).append((account, path))
    return examples


def _route_of(path: str) -> str:
    match = get_resolver().resolve(path.split("?")[0])
    return match.route


def test_every_get_url_answers_head_like_get_without_a_body(client, demo):
    examples = _examples()
    routes = {route for route in _routes(get_resolver()) if not route.startswith("admin/")}
    api_routes = {route for route in routes if route.startswith("api/v1/")}
    missing = {r for r in routes - api_routes - NOT_GET if r not in examples}
    assert missing == set(), f"routes without an example address: {sorted(missing)}"
    assert len(api_routes & set(examples)) >= 8

    checked = 0
    for addresses in examples.values():
        for account, path in addresses:
            client.logout()
            if account is not None:
                client.force_login(User.objects.get(email=account))
            got = client.get(path)
            head = client.head(path)
            assert head.status_code == got.status_code, (path, head.status_code, got.status_code)
            assert head.status_code != 405, path
            assert (b"".join(head.streaming_content) if head.streaming else head.content) == b"", path
            assert head.get("Content-Type") == got.get("Content-Type"), path
            if got.status_code == 200 and not got.streaming:
                assert int(head["Content-Length"]) > 0, path
            checked += 1
    assert checked > 50


def test_head_on_the_home_page_is_a_200_with_the_length_of_the_page(client, protocol):
    got = client.get("/")
    head = client.head("/")

    assert (head.status_code, head.content) == (200, b"")
    assert head["Content-Length"] == str(len(got.content))


def test_a_post_only_url_still_refuses_head(client, protocol):
    assert client.head("/comptes/deconnexion/").status_code == 405
