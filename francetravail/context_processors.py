from types import SimpleNamespace

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

from reseau.models import Organisation

# What django-dsfr's templates read from its DsfrConfig model, without a query on every request.
SITE_CONFIG = SimpleNamespace(
    site_title=settings.SITE_NAME,
    site_tagline="Suivi public du protocole France Travail et des comités pour l'emploi",
    header_brand_html="Préfet<br>de la région<br>Hauts-de-France",
    footer_brand="Préfet de la région Hauts-de-France",
    footer_brand_html="Préfet<br>de la région<br>Hauts-de-France",
    footer_description=(
        "Portail du Réseau pour l'emploi des Hauts-de-France : les 23 engagements du protocole signé le "
        "8 juin 2023 par l'État, la Région et Pôle emploi, leur avancement par territoire et le travail des "
        "comités pour l'emploi."
    ),
    beta_tag=True,
    mourning=False,
    notice_title="",
    notice_description="",
    operator_logo_file=None,
    operator_logo_alt="",
)

SKIPLINKS = [
    {"link": "#content", "label": "Contenu"},
    {"link": "#fr-navigation", "label": "Menu"},
    {"link": "#footer", "label": "Pied de page"},
]

MAIN_NAV = [
    ("Tableau de bord", "/", ("/",)),
    ("Engagements", "/engagements/", ("/engagements/", "/enjeux/", "/indicateurs/")),
    ("Comités", "/comites/", ("/comites/",)),
    ("Décisions", "/decisions/", ("/decisions/",)),
    ("Données", "/donnees/", ("/donnees/",)),
]


def main_nav(path: str) -> list[dict]:
    return [
        {
            "label": label,
            "url": url,
            "current": path == "/" if url == "/" else any(path.startswith(prefix) for prefix in prefixes),
        }
        for label, url, prefixes in MAIN_NAV
    ]


DEMO_CACHE_KEY = "portal:demo-data-present"


def demo_data_present() -> bool:
    return cache.get_or_set(DEMO_CACHE_KEY, lambda: Organisation.objects.filter(is_demo=True).exists(), 300)


def portal(request: HttpRequest) -> dict:
    return {
        "SITE_CONFIG": SITE_CONFIG,
        "skiplinks": SKIPLINKS,
        "main_nav": main_nav(request.path),
        "demo_data_present": demo_data_present,
    }
