"""The open-data CSV files: one dataset per file, UTF-8, a header row, stable column names documented on /donnees/.

Column names are a promise to the people who script against them: add columns at the end, never rename one.
Each file is written row by row from one query read in chunks, so memory and query count do not grow with data.
"""

from __future__ import annotations

import csv
import datetime
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from comites import governance
from comites.models import ActionSheet, Decision, Meeting, Minutes
from common.csv_safe import safe_cell
from engagements import engine, freshness
from engagements.models import Engagement, Indicator, IndicatorValue, Milestone, ProgressSnapshot, ValueRevision

CHUNK = 2000
INDICATOR_UNIT = "unité de l'indicateur (colonne unite d'indicateurs.csv)"


@dataclass(frozen=True)
class Dataset:
    """One CSV file. Its Table Schema (francetravail/opendata.py) is built from ``types`` (Table Schema type of each
    column not a string: codes stay strings, so that ``02`` keeps its zero), ``units``, the primary key and the
    foreign keys (column, other dataset, its column)."""

    slug: str
    title: str
    description: str
    columns: tuple[tuple[str, str], ...]  # (name, meaning)
    rows: Callable[[dict], Iterable[Iterable]]
    types: dict[str, str] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[tuple[str, str, str], ...] = ()
    # A national schema the file conforms to (its Table Schema, used as it is): francetravail/data/schemas/.
    schema: dict | None = None

    def field_title(self, name: str) -> str | None:
        if self.schema is not None:
            return next(f["title"] for f in self.schema["fields"] if f["name"] == name)
        return None


def _national_schema(filename: str) -> dict:
    return json.loads((Path(__file__).resolve().parent / "data" / "schemas" / filename).read_text(encoding="utf-8"))


SCDL_DELIBERATIONS = _national_schema("scdl-deliberations-2.1.5.json")
# ACTES nomenclature: 8 « Domaines de compétences par thèmes », 8.6 « Emploi-formation professionnelle », the
# closest subject to the committees for employment (documented on /donnees/).
ACTES_CODE = "8.6"
ACTES_NAME = "domaines de compétences par thèmes/emploi-formation professionnelle"


def _engagements(filters: dict) -> Iterator[tuple]:
    pilots = {}
    for engagement_code, name in Engagement.objects.filter(partners__role="pilot").values_list(
        "code", "partners__organisation__name"
    ):
        pilots[engagement_code] = name
    tree = engine.TerritoryTree.load()
    late = freshness.late_by_engagement(timezone.localdate(), tree, tree.steering_territory())
    demo = dict(
        ProgressSnapshot.objects.latest_per_object(ProgressSnapshot.Scope.ENGAGEMENT)
        .filter(territory=tree.steering_territory())
        .values_list("engagement_id", "demonstration")
    )
    for e in Engagement.objects.select_related("theme").order_by("code").iterator(chunk_size=CHUNK):
        item = late.get(e.pk)
        yield (
            e.code,
            e.theme.code,
            e.title,
            "oui" if e.provisional else "non",
            e.starts_on or "",
            e.ends_on or "",
            e.update_frequency,
            pilots.get(e.code, ""),
            "oui" if e.ends_on_provisional else "non",
            "oui" if item else "non",
            item.due_on if item else "",
            item.label if item else "",
            _bool(demo.get(e.pk, False)),
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
            i.nature,
        )


def _values(filters: dict) -> Iterator[tuple]:
    values = IndicatorValue.objects.published()
    if filters.get("indicateur"):
        values = values.filter(indicator=filters["indicateur"])
    rows = values.order_by("indicator__code", "territory__code", "period").values_list(
        "indicator__code",
        "territory__code",
        "period",
        "value",
        "base",
        "organisation__name",
        "updated_at",
        "organisation__is_demo",
    )
    for code, territory, period, value, base, organisation, updated_at, demo in rows.iterator(chunk_size=CHUNK):
        yield (
            code,
            territory,
            f"{period:%Y-%m}",
            value,
            "" if base is None else base,
            organisation,
            updated_at,
            _bool(demo),
        )


def _revisions(filters: dict) -> Iterator[tuple]:
    """Every public revision of a published value: before, after, when, why and by which organisation."""
    revisions = ValueRevision.objects.filter(revised_at__lte=timezone.now())
    if filters.get("indicateur"):
        revisions = revisions.filter(indicator=filters["indicateur"])
    rows = revisions.order_by("indicator__code", "territory__code", "period", "revised_at", "pk").values_list(
        "indicator__code",
        "territory__code",
        "period",
        "old_value",
        "old_base",
        "new_value",
        "new_base",
        "revised_at",
        "reason",
        "organisation__name",
        "organisation__is_demo",
    )
    for code, territory, period, old, old_base, new, new_base, revised_at, reason, organisation, demo in rows.iterator(
        chunk_size=CHUNK
    ):
        yield (
            code,
            territory,
            f"{period:%Y-%m}",
            old,
            _blank(old_base),
            new,
            _blank(new_base),
            revised_at,
            reason,
            organisation,
            _bool(demo),
        )


def _figures(filters: dict) -> Iterator[tuple]:
    """Every figure the engine publishes, reported or rolled up, as the API's values endpoint gives them."""
    from francetravail.api import value_item

    indicators = Indicator.objects.order_by("code")
    if filters.get("indicateur"):
        indicators = indicators.filter(pk=filters["indicateur"].pk)
    indicators = list(indicators)
    figures = engine.indicator_figures(indicators) if indicators else {}
    for indicator in indicators:
        result = figures[indicator.pk]
        codes = result.tree.code
        for territory_id in sorted(result.series, key=lambda pk: codes[pk]):
            for figure in result.for_territory(territory_id):
                item = value_item(codes[territory_id], figure)
                yield (
                    indicator.code,
                    item["territory"],
                    item["period"],
                    item["value"],
                    _blank(item["base"]),
                    _bool(item["computed"]),
                    _blank(item["coverage"]),
                    _blank(item["coverage_status"]),
                    " ".join(item["missing"]),
                    " ".join(item["carried"]),
                    _bool(item["provisional"]),
                    _blank(item["baseline"]),
                    _blank(item["target"]),
                    _blank(item["expected"]),
                    _bool(item["demonstration"]),
                    item["method"],
                    _blank(item["reference_method"]),
                    " ".join(f"{c['territory']}:{c['period']}" for c in item["carried_periods"]),
                    _blank(item["other_source"]),
                )


def _progress(filters: dict) -> Iterator[tuple]:
    from francetravail.api import progress_item

    rows = ProgressSnapshot.objects.select_related("indicator", "engagement", "theme", "territory").order_by(
        "as_of", "scope", "indicator__code", "engagement__code", "theme__code", "territory__code"
    )
    for snapshot in rows.iterator(chunk_size=CHUNK):
        item = progress_item(snapshot)
        coverage = snapshot.coverage or {}
        yield (
            snapshot.scope,
            item["object"] or "",
            item["territory"],
            snapshot.as_of,
            _blank(snapshot.percent),
            snapshot.weather_declared,
            snapshot.weather_computed,
            coverage.get("indicators") or coverage.get("engagements") or coverage.get("coverage") or "",
            " ".join(snapshot.flags or []),
            snapshot.rules_version,
            _blank(item["data_period"]),
            _blank(item["data_period_start"]),
            _blank(snapshot.gap),
            _blank(item["projected"]),
            _blank(item["coverage_status"]),
            _bool(snapshot.demonstration),
            _blank(item["trend"]),
        )


def _milestones(filters: dict) -> Iterator[tuple]:
    region = settings.HOME_TERRITORY_CODE
    rows = Milestone.objects.order_by("engagement__code", "due_on", "pk").values_list(
        "engagement__code", "title", "territory__code", "due_on", "done_on", "weight", "is_demo"
    )
    for code, title, territory, due_on, done_on, weight, demo in rows.iterator(chunk_size=CHUNK):
        yield (code, title, territory or region, due_on, done_on or "", weight, _bool(demo))


def _meetings(filters: dict) -> Iterator[tuple]:
    rows = Meeting.objects.order_by("starts_at", "pk").values_list(
        "pk",
        "committee__code",
        "starts_at",
        "ends_at",
        "place",
        "status",
        "minutes__state",
        "minutes__published_at",
        "is_demo",
    )
    for pk, committee, starts_at, ends_at, place, status, state, published_at, demo in rows.iterator(chunk_size=CHUNK):
        published = state == Minutes.State.PUBLISHED
        yield (pk, committee, starts_at, ends_at or "", place, status, published_at if published else "", _bool(demo))


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
            "meeting__is_demo",
        )
    )
    for *row, demo in rows.iterator(chunk_size=CHUNK):
        yield (*("" if cell is None else cell for cell in row), _bool(demo))


def _subject(theme: str | None) -> str:
    """DELIB_MATIERE_NOM: the decision's enjeu, without the commas and parentheses the SCDL forbids there."""
    if not theme:
        return ACTES_NAME
    return re.sub(r"\s+", " ", re.sub(r"[,()]", " ", theme)).strip().lower()


def _deliberations(filters: dict) -> Iterator[tuple]:
    """SCDL « Délibérations »: the adopted decisions of published minutes, of committees whose secretariat's SIRET
    is known."""
    site = filters.get("site") or settings.SITE_URL
    rows = (
        Decision.objects.public()
        .filter(outcome=governance.Outcome.ADOPTED)
        .exclude(meeting__committee__secretariat_siret="")
        .order_by("meeting__starts_at", "pk")
        .values_list(
            "pk",
            "meeting__committee__code",
            "meeting__committee__name",
            "meeting__committee__secretariat_siret",
            "meeting_id",
            "meeting__starts_at",
            "text",
            "engagement__theme__short_title",
            "entitled",
            "voters",
            "votes_for",
            "votes_against",
            "abstentions",
        )
    )
    for pk, code, name, siret, meeting, starts_at, text, theme, entitled, voters, yes, no, abstain in rows.iterator(
        chunk_size=CHUNK
    ):
        day = timezone.localtime(starts_at).date()
        yield (
            name,
            siret,
            f"{code}-{day:%Y%m%d}-{pk}",
            day,
            ACTES_CODE,
            _subject(theme),
            text,
            "",
            "",
            "",
            "",
            _blank(entitled),
            _blank(voters),
            _blank(yes),
            _blank(no),
            _blank(abstain),
            f"{site}{reverse('meeting', args=[code, meeting])}#decision-{pk}",
        )


def _action_sheets(filters: dict) -> Iterator[tuple]:
    sheets = ActionSheet.objects.for_public().order_by("committee__code", "due_on", "pk")
    for sheet in sheets.iterator(chunk_size=CHUNK):
        yield (
            sheet.pk,
            sheet.committee.code,
            sheet.title,
            sheet.pilot.name,
            " ; ".join(sorted(o.name for o in sheet.partners.all())),
            " ".join(sorted(e.code for e in sheet.engagements.all())),
            " ".join(sorted(i.code for i in sheet.indicators.all())),
            sheet.territory.code,
            sheet.starts_on,
            sheet.due_on,
            sheet.status,
            # Only the decisions already public (their minutes published) are named.
            " ".join(str(d.pk) for d in sorted(sheet.public_decisions, key=lambda d: d.pk)),
            _bool(sheet.is_demo),
        )


def _calendar(filters: dict) -> Iterator[tuple]:
    from francetravail.publication import expected_values

    for item in expected_values(timezone.localdate()):
        if filters.get("indicateur") and item.indicator != filters["indicateur"].code:
            continue
        yield (
            item.indicator,
            item.engagement,
            item.territory,
            f"{item.last_period:%Y-%m}" if item.last_period else "",
            f"{item.period:%Y-%m}",
            item.due_on,
            _bool(item.overdue),
            item.days_late,
        )


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
                ("echeance_provisoire", "« oui » tant que l'échéance n'est pas confirmée"),
                ("en_retard", "« oui » si une valeur ou le compte rendu attendu est en retard (règle de fraîcheur)"),
                ("en_retard_depuis", "échéance de l'élément en retard le plus ancien (AAAA-MM-JJ)"),
                ("element_en_retard", "l'élément en retard le plus ancien"),
                ("demonstration", "oui pour une ligne issue des données de démonstration, non sinon"),
            ),
            _engagements,
            types={
                "intitule_provisoire": "boolean",
                "debut": "date",
                "echeance": "date",
                "frequence_mise_a_jour_mois": "integer",
                "echeance_provisoire": "boolean",
                "en_retard": "boolean",
                "en_retard_depuis": "date",
                "demonstration": "boolean",
            },
            units={"frequence_mise_a_jour_mois": "mois"},
            primary_key=("code",),
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
                ("nature", "statistique publique, données de gestion ou enquête"),
            ),
            _indicators,
            types={"poids": "number", "frequence_mois": "integer", "delai_publication_jours": "integer"},
            units={"frequence_mois": "mois", "delai_publication_jours": "jours"},
            primary_key=("code",),
            foreign_keys=(("engagement", "engagements", "code"),),
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
                ("demonstration", "oui pour une ligne issue des données de démonstration, non sinon"),
            ),
            _values,
            types={
                "periode": "yearmonth",
                "valeur": "number",
                "base": "number",
                "modifiee_le": "datetime",
                "demonstration": "boolean",
            },
            units={"valeur": INDICATOR_UNIT},
            primary_key=("indicateur", "territoire", "periode"),
            foreign_keys=(("indicateur", "indicateurs", "code"),),
        ),
        Dataset(
            "revisions",
            "Révisions des valeurs publiées",
            "Chaque changement d'une valeur validée : une proposition validée par le pilote, corrigée à la "
            "validation, ou une nouvelle valeur du pilote. Une proposition en attente ou refusée ne change rien. "
            "Filtre : ?indicateur=CODE.",
            (
                ("indicateur", "code de l'indicateur"),
                ("territoire", "code du territoire"),
                ("periode", "mois de la valeur révisée (AAAA-MM)"),
                ("ancienne_valeur", "valeur publiée avant la révision, point décimal"),
                ("ancienne_base", "base publiée avant la révision (vide si aucune)"),
                ("nouvelle_valeur", "valeur publiée depuis la révision, point décimal"),
                ("nouvelle_base", "base publiée depuis la révision (vide si aucune)"),
                ("revisee_le", "date et heure de la révision (ISO 8601)"),
                ("motif", "motif de la révision"),
                ("organisation", "organisation dont la valeur est publiée depuis la révision"),
                ("demonstration", "oui pour une ligne issue des données de démonstration, non sinon"),
            ),
            _revisions,
            types={
                "periode": "yearmonth",
                "ancienne_valeur": "number",
                "ancienne_base": "number",
                "nouvelle_valeur": "number",
                "nouvelle_base": "number",
                "revisee_le": "datetime",
                "demonstration": "boolean",
            },
            units={"ancienne_valeur": INDICATOR_UNIT, "nouvelle_valeur": INDICATOR_UNIT},
            foreign_keys=(("indicateur", "indicateurs", "code"),),
        ),
        Dataset(
            "valeurs-consolidees",
            "Valeurs publiées par territoire, déclarées ou consolidées",
            "Toutes les valeurs que publie le portail : déclarées, ou consolidées depuis les territoires qui "
            "composent un territoire, avec leur couverture et leur référence calculée sur les mêmes territoires. "
            "Filtre : ?indicateur=CODE.",
            (
                ("indicateur", "code de l'indicateur"),
                ("territoire", "code du territoire"),
                ("periode", "mois couvert (AAAA-MM)"),
                ("valeur", "valeur, point décimal"),
                ("base", "dénominateur ou nombre de cas (vide si non fourni)"),
                ("calculee", "oui si consolidée depuis les territoires, non si déclarée"),
                ("couverture", "k/n : territoires présents sur territoires qui déclarent l'indicateur (consolidée)"),
                ("statut_couverture", "complete, carried (valeurs reportées) ou partial (vide si déclarée)"),
                ("manquants", "codes des territoires absents, séparés par des espaces"),
                ("reportes", "codes des territoires dont la valeur précédente est reportée"),
                ("provisoire", "oui pour une période partielle plus récente que la dernière période complète"),
                ("reference", "référence consolidée sur les mêmes territoires que la valeur"),
                ("cible", "cible finale consolidée sur les mêmes territoires que la valeur"),
                ("attendu", "valeur attendue sur la trajectoire à la fin de la période"),
                ("demonstration", "oui pour une ligne issue des données de démonstration, non sinon"),
                ("methode", "valeur déclarée, somme, moyenne pondérée par les bases ou moyenne simple"),
                (
                    "methode_reference",
                    "consolidation de la référence : somme, moyenne pondérée par les bases à la "
                    "période de référence, ou moyenne simple (vide pour une cible propre au territoire)",
                ),
                ("reportes_periodes", "territoires reportés avec la période de leur valeur, CODE:AAAA-MM"),
                ("autre_source", "valeur de l'autre source (déclarée ou consolidée), si elle existe"),
            ),
            _figures,
            types={
                "periode": "yearmonth",
                "valeur": "number",
                "base": "number",
                "calculee": "boolean",
                "provisoire": "boolean",
                "reference": "number",
                "cible": "number",
                "attendu": "number",
                "demonstration": "boolean",
                "autre_source": "number",
            },
            units={name: INDICATOR_UNIT for name in ("valeur", "reference", "cible", "attendu", "autre_source")},
            primary_key=("indicateur", "territoire", "periode"),
            foreign_keys=(("indicateur", "indicateurs", "code"),),
        ),
        Dataset(
            "avancement",
            "Avancement calculé",
            "Toutes les photographies d'avancement calculées, par portée (indicateur, engagement, enjeu, ensemble), "
            "objet, territoire et jour de calcul, avec la période des données.",
            (
                ("portee", "indicator, engagement, theme ou overall (ensemble du protocole)"),
                ("objet", "code de l'indicateur, de l'engagement ou de l'enjeu (vide pour l'ensemble)"),
                ("territoire", "code du territoire"),
                ("date", "date du calcul (AAAA-MM-JJ)"),
                (
                    "avancement",
                    "avancement calculé en % ; atteinte en points pour un indicateur (vide si non calculable)",
                ),
                ("meteo_declaree", "soleil, couvert, nuage, orage, non_renseignee ou non_necessaire"),
                ("meteo_calculee", "même échelle, calculée par les règles"),
                ("couverture", "k/n : indicateurs (ou engagements) calculés sur le total"),
                ("alertes", "codes d'alerte séparés par des espaces"),
                ("version_regles", "version des règles de calcul"),
                ("periode_donnees", "mois des données les plus récentes utilisées (AAAA-MM)"),
                ("periode_donnees_debut", "mois des données les plus anciennes utilisées (AAAA-MM)"),
                ("ecart_points", "écart à la trajectoire, en points"),
                ("date_projetee", "indicateur : mois où la tendance atteint la cible (AAAA-MM)"),
                ("statut_couverture", "indicateur : couverture de la valeur retenue"),
                ("demonstration", "oui pour une ligne issue des données de démonstration, non sinon"),
                ("tendance_par_mois", "indicateur : tendance par mois sur les territoires présents à chaque période"),
            ),
            _progress,
            types={
                "date": "date",
                "avancement": "number",
                "periode_donnees": "yearmonth",
                "periode_donnees_debut": "yearmonth",
                "ecart_points": "number",
                "date_projetee": "yearmonth",
                "demonstration": "boolean",
                "tendance_par_mois": "number",
            },
            units={
                "avancement": "% (points d'atteinte pour un indicateur)",
                "ecart_points": "points",
                "tendance_par_mois": "unité de l'indicateur par mois",
            },
        ),
        Dataset(
            "jalons",
            "Jalons des engagements",
            "Les jalons de chaque engagement : échéance, réalisation, poids dans l'avancement et territoire où ils "
            "comptent.",
            (
                ("engagement", "code de l'engagement"),
                ("intitule", "intitulé du jalon"),
                ("territoire", "territoire où le jalon est fixé et compte"),
                ("echeance", "échéance (AAAA-MM-JJ)"),
                ("realise_le", "date de réalisation (AAAA-MM-JJ, vide si non réalisé)"),
                ("poids", "poids du jalon dans l'avancement des jalons"),
                ("demonstration", "oui pour une ligne issue des données de démonstration, non sinon"),
            ),
            _milestones,
            types={
                "echeance": "date",
                "realise_le": "date",
                "poids": "integer",
                "demonstration": "boolean",
            },
            foreign_keys=(("engagement", "engagements", "code"),),
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
                ("demonstration", "oui pour une ligne issue des données de démonstration, non sinon"),
            ),
            _meetings,
            types={
                "id": "integer",
                "debut": "datetime",
                "fin": "datetime",
                "compte_rendu_publie_le": "datetime",
                "demonstration": "boolean",
            },
            primary_key=("id",),
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
                ("demonstration", "oui pour une ligne issue des données de démonstration, non sinon"),
            ),
            _decisions,
            types={
                "id": "integer",
                "reunion": "integer",
                "reunion_debut": "datetime",
                "echeance": "date",
                "close_le": "datetime",
                "demonstration": "boolean",
            },
            primary_key=("id",),
            foreign_keys=(("reunion", "reunions", "id"), ("engagement", "engagements", "code")),
        ),
        Dataset(
            "deliberations",
            "Délibérations des comités (SCDL)",
            "Les décisions adoptées par les comités, une ligne par décision d'un compte rendu publié, au format "
            "national SCDL « Délibérations » 2.1.5 (noms et ordre des colonnes du schéma ; seules y figurent les "
            "décisions des comités dont le SIRET du secrétariat est connu). La matière est l'enjeu du protocole, avec "
            "le code ACTES 8.6 (emploi-formation professionnelle), le plus proche.",
            tuple((f["name"], f["description"]) for f in SCDL_DELIBERATIONS["fields"]),
            _deliberations,
            types={f["name"]: f["type"] for f in SCDL_DELIBERATIONS["fields"] if f["type"] != "string"},
            primary_key=tuple(SCDL_DELIBERATIONS["primaryKey"]),
            schema=SCDL_DELIBERATIONS,
        ),
        Dataset(
            "fiches-actions",
            "Fiches actions des feuilles de route",
            "Les fiches actions des feuilles de route des comités : comment les engagements du protocole deviennent "
            "des actions sur les territoires, avec leur pilote, leurs indicateurs et les décisions qui les ont "
            "créées ou modifiées.",
            (
                ("id", "identifiant de la fiche action"),
                ("comite", "code du comité dont la feuille de route porte la fiche"),
                ("intitule", "intitulé de la fiche action"),
                ("pilote", "organisation pilote"),
                ("partenaires", "organisations partenaires, séparées par « ; »"),
                ("engagements", "codes des engagements servis, séparés par une espace"),
                ("indicateurs", "codes des indicateurs suivis, séparés par une espace"),
                ("territoire", "code du territoire de la fiche"),
                ("debut", "début (AAAA-MM-JJ)"),
                ("echeance", "échéance (AAAA-MM-JJ)"),
                (
                    "avancement",
                    "état d'avancement sur l'échelle de l'État : soleil, couvert, nuage, orage, "
                    "non_renseignee ou non_necessaire",
                ),
                ("decisions", "identifiants des décisions publiées qui ont créé ou modifié la fiche (decisions.csv)"),
                ("demonstration", "oui pour une ligne issue des données de démonstration, non sinon"),
            ),
            _action_sheets,
            types={"id": "integer", "debut": "date", "echeance": "date", "demonstration": "boolean"},
            primary_key=("id",),
        ),
        Dataset(
            "calendrier",
            "Calendrier de publication",
            "Pour chaque indicateur et chaque territoire qui le déclare : le mois de la prochaine valeur attendue et "
            "la date à laquelle elle est attendue (fin du mois de la dernière valeur + fréquence + délai de "
            "publication), et les valeurs en retard. Filtre : ?indicateur=CODE.",
            (
                ("indicateur", "code de l'indicateur"),
                ("engagement", "code de l'engagement mesuré"),
                ("territoire", "code du territoire qui déclare l'indicateur"),
                ("derniere_periode", "mois de la dernière valeur publiée (AAAA-MM, vide s'il n'y en a aucune)"),
                ("periode_attendue", "mois de la prochaine valeur attendue (AAAA-MM)"),
                ("attendue_le", "date à laquelle cette valeur est attendue (AAAA-MM-JJ)"),
                ("en_retard", "oui si la date est passée sans que la valeur soit publiée"),
                ("jours_de_retard", "nombre de jours écoulés depuis la date attendue (0 si elle n'est pas passée)"),
            ),
            _calendar,
            types={
                "derniere_periode": "yearmonth",
                "periode_attendue": "yearmonth",
                "attendue_le": "date",
                "en_retard": "boolean",
                "jours_de_retard": "integer",
            },
            units={"jours_de_retard": "jours"},
            primary_key=("indicateur", "territoire"),
            foreign_keys=(("indicateur", "indicateurs", "code"), ("engagement", "engagements", "code")),
        ),
    ]
}


def _bool(value: bool) -> str:
    return "oui" if value else "non"


def _blank(value) -> object:
    return "" if value is None else value


class _Echo:
    def write(self, value: str) -> str:
        return value


def _cell(value) -> object:
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    # No cell may start a spreadsheet formula (common/csv_safe.py; explained on /donnees/).
    return safe_cell(value)


def stream(dataset: Dataset, filters: dict) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield writer.writerow([name for name, _ in dataset.columns])
    for row in dataset.rows(filters):
        yield writer.writerow([_cell(cell) for cell in row])
