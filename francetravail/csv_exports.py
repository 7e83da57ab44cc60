"""The open-data CSV files: one dataset per file, UTF-8, a header row, stable column names documented on /donnees/.

Column names are a promise to the people who script against them: add columns at the end, never rename one.
Each file is written row by row from one query read in chunks, so memory and query count do not grow with data.
"""

from __future__ import annotations

import csv
import datetime
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from comites.models import Decision, Meeting, Minutes
from engagements.models import Engagement, Indicator, IndicatorValue, ProgressSnapshot

CHUNK = 2000


@dataclass(frozen=True)
class Dataset:
    slug: str
    title: str
    description: str
    columns: tuple[tuple[str, str], ...]  # (name, meaning)
    rows: Callable[[dict], Iterable[Iterable]]


def _engagements(filters: dict) -> Iterator[tuple]:
    pilots = {}
    for engagement_code, name in Engagement.objects.filter(partners__role="pilot").values_list(
        "code", "partners__organisation__name"
    ):
        pilots[engagement_code] = name
    for e in Engagement.objects.select_related("theme").order_by("code").iterator(chunk_size=CHUNK):
        yield (
            e.code,
            e.theme.code,
            e.title,
            "oui" if e.provisional else "non",
            e.starts_on or "",
            e.ends_on or "",
            e.update_frequency,
            pilots.get(e.code, ""),
        )


def _indicators(filters: dict) -> Iterator[tuple]:
    for i in Indicator.objects.select_related("engagement__theme", "theme").order_by("code").iterator(chunk_size=CHUNK):
        yield (
            i.code,
            i.name,
            i.engagement.code if i.engagement else "",
            (i.theme or i.engagement.theme).code,
            i.unit,
            i.measure,
            i.direction,
            i.aggregation,
            i.weight,
            i.parent_source,
            i.frequency,
            i.publication_delay_days,
            i.source,
            i.definition,
        )


def _values(filters: dict) -> Iterator[tuple]:
    values = IndicatorValue.objects.filter(status=IndicatorValue.Status.ACCEPTED)
    if filters.get("indicateur"):
        values = values.filter(indicator=filters["indicateur"])
    rows = values.order_by("indicator__code", "territory__code", "period").values_list(
        "indicator__code", "territory__code", "period", "value", "base", "organisation__name", "updated_at"
    )
    for code, territory, period, value, base, organisation, updated_at in rows.iterator(chunk_size=CHUNK):
        yield (code, territory, f"{period:%Y-%m}", value, "" if base is None else base, organisation, updated_at)


def _progress(filters: dict) -> Iterator[tuple]:
    rows = ProgressSnapshot.objects.order_by("as_of", "scope", "engagement__code", "theme__code", "territory__code")
    for (
        scope,
        engagement,
        theme,
        territory,
        as_of,
        percent,
        declared,
        computed,
        coverage,
        flags,
        version,
    ) in rows.values_list(
        "scope",
        "engagement__code",
        "theme__code",
        "territory__code",
        "as_of",
        "percent",
        "weather_declared",
        "weather_computed",
        "coverage",
        "flags",
        "rules_version",
    ).iterator(chunk_size=CHUNK):
        yield (
            scope,
            engagement or theme or "",
            territory,
            as_of,
            "" if percent is None else percent,
            declared,
            computed,
            (coverage or {}).get("indicateurs") or (coverage or {}).get("engagements") or "",
            " ".join(flags or []),
            version,
        )


def _meetings(filters: dict) -> Iterator[tuple]:
    rows = Meeting.objects.order_by("starts_at", "pk").values_list(
        "pk", "committee__code", "starts_at", "ends_at", "place", "status", "minutes__state", "minutes__published_at"
    )
    for pk, committee, starts_at, ends_at, place, status, state, published_at in rows.iterator(chunk_size=CHUNK):
        published = state == Minutes.State.PUBLISHED
        yield (pk, committee, starts_at, ends_at or "", place, status, published_at if published else "")


def _decisions(filters: dict) -> Iterator[tuple]:
    rows = (
        Decision.objects.public()
        .order_by("meeting__starts_at", "pk")
        .values_list(
            "pk",
            "meeting__committee__code",
            "meeting_id",
            "meeting__starts_at",
            "text",
            "engagement__code",
            "owner__name",
            "due_on",
            "status",
            "closed_at",
        )
    )
    for row in rows.iterator(chunk_size=CHUNK):
        yield tuple("" if cell is None else cell for cell in row)


DATASETS = {
    d.slug: d
    for d in [
        Dataset(
            "engagements",
            "Engagements du protocole",
            "Les 23 engagements, leur enjeu et leur pilote.",
            (
                ("code", "code de l'engagement (E01 à E23)"),
                ("enjeu", "code de l'enjeu (T1 à T4)"),
                ("intitule", "intitulé"),
                ("intitule_provisoire", "« oui » tant que l'intitulé n'est pas confirmé"),
                ("debut", "date de début (AAAA-MM-JJ)"),
                ("echeance", "date d'échéance (AAAA-MM-JJ)"),
                ("frequence_mise_a_jour_mois", "fréquence de mise à jour attendue, en mois"),
                ("pilote", "organisation pilote"),
            ),
            _engagements,
        ),
        Dataset(
            "indicateurs",
            "Indicateurs",
            "Les indicateurs et leur fiche méthodologique.",
            (
                ("code", "code de l'indicateur"),
                ("nom", "nom"),
                ("engagement", "code de l'engagement mesuré (vide pour une série de contexte)"),
                ("enjeu", "code de l'enjeu (de l'engagement, ou de la série de contexte)"),
                ("unite", "nombre, % ou jours"),
                ("type_mesure", "stock, flow (flux), ytd (cumul depuis le 1er janvier) ou ratio"),
                ("sens", "up (à la hausse) ou down (à la baisse)"),
                ("consolidation", "sum (somme), mean (moyenne pondérée par les bases) ou none"),
                ("poids", "poids dans l'avancement de l'engagement (0 : série de contexte)"),
                ("source_niveaux_parents", "computed (consolidée) ou reported (déclarée au niveau parent)"),
                ("frequence_mois", "fréquence, en mois"),
                ("delai_publication_jours", "délai de publication après la fin de la période, en jours"),
                ("source", "source"),
                ("definition", "définition"),
            ),
            _indicators,
        ),
        Dataset(
            "valeurs",
            "Valeurs des indicateurs",
            "Les valeurs validées, déclarées par territoire et par mois (les valeurs consolidées sont dans l'API). "
            "Filtre : ?indicateur=CODE.",
            (
                ("indicateur", "code de l'indicateur"),
                ("territoire", "code du territoire (32, 59, CLPE59004…)"),
                ("periode", "mois couvert (AAAA-MM)"),
                ("valeur", "valeur, point décimal"),
                ("base", "dénominateur d'un taux ou nombre de cas d'une moyenne (vide si non fourni)"),
                ("organisation", "organisation qui a déclaré la valeur"),
                ("modifiee_le", "date et heure de la dernière modification (ISO 8601)"),
            ),
            _values,
        ),
        Dataset(
            "avancement",
            "Avancement calculé",
            "Toutes les photographies d'avancement calculées, par portée, objet, territoire et jour.",
            (
                ("portee", "engagement, theme ou overall (ensemble du protocole)"),
                ("objet", "code de l'engagement ou de l'enjeu (vide pour l'ensemble)"),
                ("territoire", "code du territoire"),
                ("date", "date de la photographie (AAAA-MM-JJ)"),
                ("avancement", "avancement calculé en % (vide si non calculable)"),
                ("meteo_declaree", "soleil, couvert, nuage, orage, non_renseignee ou non_necessaire"),
                ("meteo_calculee", "même échelle, calculée par les règles"),
                ("couverture", "k/n : indicateurs (ou engagements) calculés sur le total"),
                ("alertes", "codes d'alerte séparés par des espaces"),
                ("version_regles", "version des règles de calcul"),
            ),
            _progress,
        ),
        Dataset(
            "reunions",
            "Réunions des comités",
            "Les réunions des comités pour l'emploi : date, lieu, statut, date de publication du compte rendu.",
            (
                ("id", "identifiant de la réunion"),
                ("comite", "code du comité (CRE-32, CDE-59, CLPE59004…)"),
                ("debut", "début (ISO 8601)"),
                ("fin", "fin (ISO 8601, vide si non renseignée)"),
                ("lieu", "lieu"),
                ("statut", "planned (prévue), held (tenue) ou cancelled (annulée)"),
                ("compte_rendu_publie_le", "date de publication du compte rendu (vide s'il n'est pas publié)"),
            ),
            _meetings,
        ),
        Dataset(
            "decisions",
            "Décisions des comités",
            "Les décisions publiées dans les comptes rendus des comités, et leur suivi.",
            (
                ("id", "identifiant de la décision"),
                ("comite", "code du comité"),
                ("reunion", "identifiant de la réunion"),
                ("reunion_debut", "début de la réunion (ISO 8601)"),
                ("texte", "texte de la décision"),
                ("engagement", "code de l'engagement concerné (vide sinon)"),
                ("responsable", "organisation responsable"),
                ("echeance", "échéance (AAAA-MM-JJ)"),
                ("statut", "open (en cours), done (réalisée) ou dropped (abandonnée)"),
                ("close_le", "date de clôture (ISO 8601)"),
            ),
            _decisions,
        ),
    ]
}


class _Echo:
    def write(self, value: str) -> str:
        return value


def _cell(value) -> object:
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return value


def stream(dataset: Dataset, filters: dict) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield writer.writerow([name for name, _ in dataset.columns])
    for row in dataset.rows(filters):
        yield writer.writerow([_cell(cell) for cell in row])
