"""What the open data says of itself: the Data Package (Frictionless) of /donnees/datapackage.json, the spreadsheet
variant of each CSV file, and the HTTP validators (ETag, Last-Modified) that let reusers ask « has it changed? ».

Every CSV file has a Table Schema built from its ``Dataset`` (francetravail/csv_exports.py): codes are strings (the
leading zero of ``02`` is kept), months are ``yearmonth``, decimals ``number``, booleans « oui »/« non ». The same
description is shown to people on /donnees/. Licence: Licence Ouverte 2.0 (etalab-2.0), as data.gouv.fr asks.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Callable, Iterator
from decimal import Decimal

from django.conf import settings
from django.core.cache import cache
from django.db.models import Max
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, quote_etag

from comites.models import ActionSheet, Decision, Meeting, Minutes
from common.public_cache import public_data_version
from engagements.models import (
    Engagement,
    EngagementPartner,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Milestone,
    ProgressReport,
    ProgressSnapshot,
    ValueRevision,
)
from francetravail.csv_exports import DATASETS, Dataset

LICENCE = {
    "name": "etalab-2.0",
    "title": "Licence Ouverte / Open Licence version 2.0",
    "path": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
}
PUBLISHER = "Préfecture de la région Hauts-de-France — DREETS Hauts-de-France (secrétariat du comité régional)"
SOURCE_TITLE = "Portail du Réseau pour l'emploi Hauts-de-France"
# Public data: a browser or a proxy may keep a copy a few minutes, then asks again with its validator (304).
CACHE_SECONDS = 300

TITLES = {
    "alertes": "Alertes",
    "ancienne_base": "Ancienne base",
    "ancienne_valeur": "Ancienne valeur",
    "attendu": "Valeur attendue",
    "attendue_le": "Attendue le",
    "autre_source": "Autre source",
    "base": "Base",
    "calculee": "Consolidée",
    "cible": "Cible",
    "close_le": "Close le",
    "code": "Code",
    "comite": "Comité",
    "compte_rendu_publie_le": "Compte rendu publié le",
    "consolidation": "Consolidation",
    "couverture": "Couverture",
    "date": "Date du calcul",
    "date_projetee": "Date projetée",
    "debut": "Début",
    "definition": "Définition",
    "delai_publication_jours": "Délai de publication",
    "demonstration": "Donnée de démonstration",
    "derniere_periode": "Dernière période publiée",
    "ecart_points": "Écart à la trajectoire",
    "echeance": "Échéance",
    "echeance_provisoire": "Échéance provisoire",
    "element_en_retard": "Élément en retard",
    "en_retard": "En retard",
    "en_retard_depuis": "En retard depuis",
    "engagement": "Engagement",
    "enjeu": "Enjeu",
    "fin": "Fin",
    "frequence_mise_a_jour_mois": "Fréquence de mise à jour",
    "frequence_mois": "Fréquence",
    "id": "Identifiant",
    "indicateur": "Indicateur",
    "intitule": "Intitulé",
    "intitule_provisoire": "Intitulé provisoire",
    "jours_de_retard": "Jours de retard",
    "lieu": "Lieu",
    "manquants": "Territoires manquants",
    "meteo_calculee": "Météo calculée",
    "meteo_declaree": "Météo déclarée",
    "methode": "Méthode",
    "methode_reference": "Méthode de la référence",
    "modifiee_le": "Modifiée le",
    "motif": "Motif",
    "nature": "Nature de la source",
    "nom": "Nom",
    "nouvelle_base": "Nouvelle base",
    "nouvelle_valeur": "Nouvelle valeur",
    "objet": "Objet",
    "organisation": "Organisation",
    "partenaires": "Partenaires",
    "periode": "Période",
    "periode_attendue": "Période attendue",
    "periode_donnees": "Période des données",
    "periode_donnees_debut": "Début de la période des données",
    "pilote": "Pilote",
    "poids": "Poids",
    "portee": "Portée",
    "provisoire": "Provisoire",
    "realise_le": "Réalisé le",
    "reference": "Référence",
    "reportes": "Territoires reportés",
    "reportes_periodes": "Périodes reportées",
    "responsable": "Responsable",
    "reunion": "Réunion",
    "reunion_debut": "Début de la réunion",
    "revisee_le": "Révisée le",
    "sens": "Sens",
    "source": "Source",
    "source_niveaux_parents": "Source aux niveaux parents",
    "statut": "Statut",
    "statut_couverture": "Statut de la couverture",
    "tendance_par_mois": "Tendance par mois",
    "territoire": "Territoire",
    "texte": "Texte",
    "type_mesure": "Type de mesure",
    "unite": "Unité",
    "valeur": "Valeur",
    "version_regles": "Version des règles",
}
TYPE_LABELS = {
    "string": "texte",
    "integer": "entier",
    "number": "nombre décimal",
    "boolean": "« oui » ou « non »",
    "date": "date AAAA-MM-JJ",
    "datetime": "date et heure ISO 8601",
    "yearmonth": "mois AAAA-MM",
}


# --- Table Schema ----------------------------------------------------------------------------------------------


def field_descriptor(dataset: Dataset, name: str, description: str, *, spreadsheet: bool = False) -> dict:
    kind = dataset.types.get(name, "string")
    field = {"name": name, "title": TITLES.get(name, name), "description": description, "type": kind}
    if kind == "boolean":
        field.update(trueValues=["oui"], falseValues=["non"])
    elif kind == "number" and spreadsheet:
        field["decimalChar"] = ","
    elif kind == "datetime":
        field["format"] = "any"
    if name in dataset.units:
        field["unit"] = dataset.units[name]
    if name in dataset.primary_key:
        field["constraints"] = {"required": True}
    return field


def table_schema(dataset: Dataset, *, spreadsheet: bool = False) -> dict:
    if dataset.schema is not None:
        # A national schema is published as it is (its spreadsheet variant has no decimal to localise).
        return {key: dataset.schema[key] for key in ("fields", "missingValues", "primaryKey") if key in dataset.schema}
    schema: dict = {
        "fields": [
            field_descriptor(dataset, name, description, spreadsheet=spreadsheet)
            for name, description in dataset.columns
        ],
        "missingValues": [""],
    }
    if dataset.primary_key:
        schema["primaryKey"] = list(dataset.primary_key)
    if dataset.foreign_keys and not spreadsheet:
        schema["foreignKeys"] = [
            {"fields": column, "reference": {"resource": resource, "fields": other}}
            for column, resource, other in dataset.foreign_keys
        ]
    return schema


def columns_for_people(dataset: Dataset) -> list[dict]:
    """The columns of a file as /donnees/ shows them: name, title, type in words, unit, meaning."""
    return [
        {
            "name": name,
            "title": dataset.field_title(name) or TITLES.get(name, name),
            "type": TYPE_LABELS[dataset.types.get(name, "string")],
            "unit": dataset.units.get(name, ""),
            "description": description,
            "key": name in dataset.primary_key,
        }
        for name, description in dataset.columns
    ]


# --- Last modification -----------------------------------------------------------------------------------------

# What each file is read from: (queryset, timestamp field). The history tables (django-simple-history) also date
# deletions and changes made in the admin.
SOURCES: dict[str, Callable[[], tuple]] = {
    "engagements": lambda: (Engagement.history.all(), "history_date"),
    "partners": lambda: (EngagementPartner.history.all(), "history_date"),
    "indicators": lambda: (Indicator.history.all(), "history_date"),
    "targets": lambda: (IndicatorTarget.history.all(), "history_date"),
    "values": lambda: (IndicatorValue.objects.all(), "updated_at"),
    "revisions": lambda: (ValueRevision.objects.filter(revised_at__lte=timezone.now()), "revised_at"),
    "reports": lambda: (ProgressReport.objects.all(), "created_at"),
    "snapshots": lambda: (ProgressSnapshot.objects.all(), "computed_at"),
    "milestones": lambda: (Milestone.history.all(), "history_date"),
    "meetings": lambda: (Meeting.objects.all(), "updated_at"),
    "minutes": lambda: (Minutes.objects.all(), "updated_at"),
    "decisions": lambda: (Decision.history.all(), "history_date"),
    "action_sheets": lambda: (ActionSheet.history.all(), "history_date"),
}
DATASET_SOURCES = {
    "engagements": ("engagements", "partners", "values", "reports", "snapshots"),
    "indicateurs": ("indicators",),
    "valeurs": ("values",),
    "revisions": ("revisions",),
    "valeurs-consolidees": ("values", "indicators", "targets"),
    "avancement": ("snapshots",),
    "jalons": ("milestones",),
    "reunions": ("meetings", "minutes"),
    "decisions": ("decisions", "meetings", "minutes"),
    "deliberations": ("decisions", "meetings", "minutes"),
    "calendrier": ("values", "indicators", "targets"),
    "fiches-actions": ("action_sheets", "decisions", "minutes"),
}
# Files whose content also moves with the calendar: lateness is judged against today.
DAILY = {"engagements", "calendrier"}


def _latest(sources: set[str]) -> dict[str, datetime.datetime | None]:
    found = {}
    for name in sorted(sources):
        queryset, field = SOURCES[name]()
        found[name] = queryset.order_by().aggregate(latest=Max(field))["latest"]
    return found


def last_modified(slugs: list[str]) -> dict[str, datetime.datetime]:
    """The last modification of each file, one query per source table whatever the amount of data. A file without
    any dated row (fresh install) is dated by the public data version (bumped at every write and recompute)."""
    latest = _latest({source for slug in slugs for source in DATASET_SOURCES[slug]})
    version_time = datetime.datetime.fromtimestamp(public_data_version() / 1e9, tz=datetime.UTC)
    result = {}
    for slug in slugs:
        dates = [latest[s] for s in DATASET_SOURCES[slug] if latest[s] is not None]
        modified = max(dates) if dates else version_time
        if slug in DAILY:
            midnight = timezone.make_aware(datetime.datetime.combine(timezone.localdate(), datetime.time()))
            modified = max(modified, midnight)
        result[slug] = modified.replace(microsecond=0)
    return result


# --- HTTP validators -------------------------------------------------------------------------------------------


def public_headers(response: HttpResponse, *, etag: str, modified: datetime.datetime) -> HttpResponse:
    response["ETag"] = etag
    response["Last-Modified"] = http_date(modified.timestamp())
    patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
    return response


def csv_validators(request: HttpRequest, slug: str, variant: str) -> tuple[str, datetime.datetime]:
    """ETag and Last-Modified of one file: its last modification, the public data version (every write and every
    recompute bumps it, including bulk writes that leave no history row), the day for files judged against today,
    and the exact query string (a filtered file is another representation)."""
    modified = last_modified([slug])[slug]
    raw = "|".join(
        [
            slug,
            variant,
            request.META.get("QUERY_STRING", ""),
            modified.isoformat(),
            str(public_data_version()),
            str(timezone.localdate()) if slug in DAILY else "",
        ]
    )
    return quote_etag(hashlib.sha256(raw.encode()).hexdigest()[:32]), modified


def not_modified(request: HttpRequest, *, etag: str, modified: datetime.datetime) -> HttpResponse | None:
    """A 304 (with the validators) when the client's copy is current, else None."""
    response = get_conditional_response(request, etag=etag, last_modified=int(modified.timestamp()))
    if response is None:
        return None
    return public_headers(response, etag=etag, modified=modified)


def conditional_api(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """ETag (a hash of the JSON body and the public data version: it changes whenever the answer does),
    Last-Modified (when this body was first served: remembered in the cache under its ETag) and 304 on a
    conditional request, for every GET of the API. The body is built anyway: a 304 saves the transfer and the
    reuser's parsing."""

    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        response = view(request, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != 200 or response.streaming:
            return response
        # The public data version too: every accepted value bumps it, so a reuser's copy is checked again in full
        # even before the recompute has changed the figures this answer shows.
        seed = f"{request.get_full_path()}|{public_data_version()}|".encode()
        digest = hashlib.sha256(seed + response.content).hexdigest()[:32]
        etag = quote_etag(digest)
        key = f"api-first-served:{digest}"
        now = timezone.now().replace(microsecond=0).timestamp()
        cache.add(key, now, timeout=None)
        modified = datetime.datetime.fromtimestamp(cache.get(key) or now, tz=datetime.UTC)
        return not_modified(request, etag=etag, modified=modified) or public_headers(
            response, etag=etag, modified=modified
        )

    for attribute in ("csrf_exempt",):
        if hasattr(view, attribute):
            setattr(wrapper, attribute, getattr(view, attribute))
    wrapper.__name__ = getattr(view, "__name__", "api_view")
    return wrapper


# --- Spreadsheet variant ---------------------------------------------------------------------------------------


def spreadsheet_number(value) -> object:
    """A decimal as a French spreadsheet reads it: decimal comma, never an exponent."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return value
    if isinstance(value, float):
        text = format(Decimal(repr(value)), "f")
    else:
        text = format(value, "f") if isinstance(value, Decimal) else str(value)
    return text.replace(".", ",")


def spreadsheet_rows(dataset: Dataset, filters: dict) -> Iterator[list]:
    numbers = {i for i, (name, _) in enumerate(dataset.columns) if dataset.types.get(name) == "number"}
    for row in dataset.rows(filters):
        yield [spreadsheet_number(cell) if i in numbers else cell for i, cell in enumerate(row)]


# --- Data Package ------------------------------------------------------------------------------------------------


def site_url(request: HttpRequest) -> str:
    return settings.SITE_URL or request.build_absolute_uri("/").rstrip("/")


def datapackage(request: HttpRequest) -> dict:
    """The Data Package of every file and its spreadsheet variant (Frictionless Data Package v1, Table Schema)."""
    site = site_url(request)
    modified = last_modified(list(DATASETS))
    resources = []
    for slug, dataset in DATASETS.items():
        common = {
            "title": dataset.title,
            "description": dataset.description,
            "format": "csv",
            "mediatype": "text/csv",
            "profile": "tabular-data-resource",
            "licenses": [LICENCE],
            "sources": [{"title": SOURCE_TITLE, "path": f"{site}/donnees/"}],
            "last_modified": modified[slug].isoformat(),
        }
        resources.append(
            {
                "name": slug,
                "path": f"{site}{reverse('csv', args=[slug])}",
                **common,
                "encoding": "utf-8",
                "dialect": {"delimiter": ",", "header": True},
                "schema": table_schema(dataset),
            }
        )
        resources.append(
            {
                "name": f"{slug}-tableur",
                "path": f"{site}{reverse('csv_spreadsheet', args=[slug])}",
                **common,
                "title": f"{dataset.title} (version tableur)",
                "description": f"{dataset.description} Même contenu que {slug}.csv, pour un tableur en français : "
                "UTF-8 avec BOM, séparateur point-virgule, virgule décimale.",
                "encoding": "utf-8-sig",
                "dialect": {"delimiter": ";", "header": True},
                "schema": table_schema(dataset, spreadsheet=True),
            }
        )
    latest = max(modified.values())
    return {
        "profile": "tabular-data-package",
        "name": "reseau-pour-l-emploi-hauts-de-france",
        "title": "Réseau pour l'emploi Hauts-de-France — engagements, indicateurs et comités",
        "description": "Les engagements du protocole France Travail en Hauts-de-France, leurs indicateurs par "
        "territoire et par mois, l'avancement calculé, le calendrier de publication, les réunions et décisions "
        "des comités pour l'emploi. Seules les données publiées y figurent.",
        "homepage": f"{site}/donnees/",
        "version": "1.0.0",
        "licenses": [LICENCE],
        "publisher": PUBLISHER,
        "contributors": [{"title": PUBLISHER, "role": "publisher", "path": f"{site}/mentions-legales/"}],
        "sources": [{"title": SOURCE_TITLE, "path": f"{site}/"}],
        "keywords": ["emploi", "France Travail", "Hauts-de-France", "Réseau pour l'emploi", "indicateurs"],
        "language": "fr",
        "spatial": "Hauts-de-France",
        "created": latest.isoformat(),
        "last_modified": latest.isoformat(),
        "resources": resources,
    }
