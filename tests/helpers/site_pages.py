"""Every public and workspace page of the demo, each with the account that reads it (None: anonymous).

Shared by the checks that walk the whole site: HTML validity (tests/test_html_validity.py), HEAD answers
(tests/test_head_requests.py) and the layout at four widths (tests/test_browser_layout.py)."""

from urllib.parse import urlsplit

from comites.models import ActionSheet, Meeting, Minutes
from notifications import actions as notifications
from notifications.models import Reminder, Subscriber

PARTNER = "partenaire@demo.test"
SECRETARY = "secretaire@demo.test"

PUBLIC = [
    "/",
    "/enjeux/T1/",
    "/engagements/",
    "/engagements/E02/",
    "/indicateurs/IND-APPR-ENTREES/",
    "/territoires/59/",
    "/comites/",
    "/comites/CDE-59/",
    "/decisions/",
    "/recherche/?q=apprentissage",
    "/donnees/",
    "/donnees/methode/",
    "/donnees/calendrier/",
    "/integrer/engagements/E02/",
    "/integrer/territoires/59/",
    "/accessibilite/",
    "/mentions-legales/",
    "/donnees-personnelles/",
    "/comptes/connexion/",
    "/comptes/mot-de-passe/oublie/",
    "/abonnements/",
]
PARTNER_PAGES = [
    "/espace/",
    "/espace/engagements/E02/",
    "/espace/engagements/E02/valeurs/",
    "/espace/engagements/E02/historique/",
    "/espace/engagements/E02/import/",
    "/espace/organisations/demo-france-travail-hdf/membres/",
    "/comptes/mot-de-passe/",
]


def demo_pages() -> list[tuple[str | None, str]]:
    """(account, path) for every page, the demo being loaded: public pages anonymously, workspace pages signed in."""
    held = Meeting.objects.filter(committee__code="CDE-59", minutes__state=Minutes.State.PUBLISHED).first()
    draft = Meeting.objects.filter(committee__code="CDE-59", minutes__state=Minutes.State.DRAFT).first()
    version = held.minutes.versions.order_by("number").first()
    sheet = ActionSheet.objects.filter(committee__code="CDE-59").order_by("pk").first()
    upcoming = Meeting.objects.filter(committee__code="CDE-59", status=Meeting.Status.PLANNED).first()
    public = [
        *PUBLIC,
        f"/comites/CDE-59/reunions/{held.pk}/",
        "/comites/CDE-59/feuille-de-route/",
        f"/comites/CDE-59/feuille-de-route/{sheet.pk}/",
    ]
    follower = Subscriber.objects.get(email="abonne@demo.test")
    public += [
        urlsplit(notifications.manage_url(follower)).path,
        urlsplit(notifications.unsubscribe_url(follower)).path,
    ]
    reminder = Reminder.objects.filter(user__email=PARTNER).first()
    partner = [*PARTNER_PAGES, "/espace/rappels/", f"/espace/rappels/{reminder.pk}/"]
    if version is not None:
        public.append(f"/comites/CDE-59/reunions/{held.pk}/compte-rendu/version-{version.number}/")
    secretary = [
        "/espace/",
        "/espace/comites/CDE-59/",
        "/espace/comites/CDE-59/reunions/nouvelle/",
        f"/espace/comites/CDE-59/reunions/{draft.pk}/",
        f"/espace/comites/CDE-59/reunions/{draft.pk}/modifier/",
        f"/espace/comites/CDE-59/reunions/{draft.pk}/decisions/nouvelle/",
        f"/espace/comites/CDE-59/reunions/{draft.pk}/presences/",
        "/espace/comites/CDE-59/membres/",
        "/espace/comites/CDE-59/membres/nouveau/",
        f"/espace/comites/CDE-59/reunions/{upcoming.pk}/convocation/",
        "/espace/comites/CDE-59/feuille-de-route/nouvelle/",
        f"/espace/comites/CDE-59/feuille-de-route/{sheet.pk}/modifier/",
        f"/espace/comites/CDE-59/feuille-de-route/{sheet.pk}/avancement/",
    ]
    return (
        [(None, path) for path in public]
        + [(PARTNER, path) for path in partner]
        + [(SECRETARY, path) for path in secretary]
    )
