"""The read-only open-data API of DESIGN §6, with django-ninja: published data only, paginated, throttled.

Lists answer ``{"items": [...], "count": N}`` with ``limit``/``offset``; an unknown code answers 404; a malformed
parameter answers 422 with a French message. Each endpoint runs a fixed number of queries.
"""

import datetime
import re
import time
from typing import Literal

from django.conf import settings
from django.core.cache import cache
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import ValidationError
from ninja.pagination import LimitOffsetPagination, paginate
from ninja.throttling import AnonRateThrottle

from comites.models import ActionSheet, Committee, Decision, Meeting
from common.client_ip import client_ip
from engagements import engine, freshness
from engagements import progress as progress_rules
from engagements.models import Engagement, Indicator, Milestone, ProgressSnapshot, Theme, ValueRevision
from engagements.queries import indicators_with_targets
from reseau.models import Territory

# Months from 1900 to 2999: year 0001 (and its neighbours) would only meet date arithmetic that overflows.
MONTH = re.compile(r"^(19\d{2}|2\d{3})-(0[1-9]|1[0-2])$")


class PortalThrottle(AnonRateThrottle):
    """Per-address limit read from settings at each request (API_RATE_LIMIT, e.g. "300/m").

    A fixed window counted with the cache's atomic increment: concurrent requests from one address cannot slip
    past the limit (ninja's own throttle reads, then writes, a history list that parallel requests overwrite),
    and the throttle keeps no per-request state on this shared instance.
    """

    def __init__(self) -> None:
        super().__init__(settings.API_RATE_LIMIT)

    def _rate(self) -> tuple[int, int]:
        count, duration = self.parse_rate(settings.API_RATE_LIMIT)
        return int(count), int(duration)

    def allow_request(self, request: HttpRequest) -> bool:
        limit, duration = self._rate()
        window = int(time.time() // duration)
        key = f"api-throttle:{self.get_ident(request)}:{window}"
        cache.add(key, 0, duration + 5)
        try:
            count = cache.incr(key)
        except ValueError:  # the key expired between the two calls
            cache.add(key, 1, duration + 5)
            count = 1
        # django-redis answers None when Redis is down (IGNORE_EXCEPTIONS): serve rather than fail.
        return count is None or count <= limit

    def wait(self) -> float:
        _, duration = self._rate()
        return duration - time.time() % duration

    def get_ident(self, request: HttpRequest) -> str:
        # The address our proxies vouch for (TRUSTED_PROXY_COUNT), never one a caller wrote in X-Forwarded-For.
        return client_ip(request)


# The API's version (semantic: MAJOR.MINOR.PATCH) and its changelog, published in the OpenAPI description. Adding
# an endpoint, a field or a parameter is a minor version; removing or renaming a field, or changing its type, breaks
# reusers' scripts: it needs a new major version under a new prefix (/api/v2/), the old one kept meanwhile.
# tests/opendata/test_api_contract.py compares the schema with the committed copy tests/opendata/openapi-v1.json.
API_VERSION = "1.2.0"
CHANGELOG = (
    (
        "1.2.0",
        "2026-12-01",
        "Composition des comités (/committees/{code}/members : organisations et rôles, sans nom de personne) ; "
        "fiches actions des feuilles de route (/action-sheets) ; "
        "sur /decisions, le mode de décision, l'issue et le décompte des voix (champs VOTE_* du SCDL Délibérations) ; "
        "sur /meetings, le compte rendu commence par son relevé généré (date, lieu, présences, quorum, ordre du jour, "
        "décisions et votes).",
    ),
    (
        "1.1.0",
        "2026-11-30",
        "En-têtes ETag, Last-Modified et Cache-Control sur chaque réponse ; réponse 304 à une "
        "requête conditionnelle (If-None-Match, If-Modified-Since). Version et historique dans cette description.",
    ),
    (
        "1.0.0",
        "2026-10-01",
        "Première version : enjeux, engagements, territoires, indicateurs, valeurs, révisions, "
        "avancement, comités, réunions et décisions.",
    ),
)
CHANGELOG_TEXT = "\n".join(f"- **{version}** ({day}) : {text}" for version, day, text in CHANGELOG)

api = NinjaAPI(
    title="API des données ouvertes — Réseau pour l'emploi Hauts-de-France",
    version=API_VERSION,
    description=(
        "API en lecture seule des données publiées sur le portail : engagements, indicateurs, valeurs, "
        "avancement calculé, comités, réunions et décisions. Listes paginées (`limit`, `offset`), "
        'réponses `{"items": [...], "count": N}`. Licence Ouverte 2.0.\n\n'
        "**Données de démonstration.** Tant que le portail sert des données de démonstration (valeurs "
        "synthétiques attribuées à des organisations réelles, réunions et décisions fictives), chaque élément "
        "qui en provient porte `demonstration: true` : ces chiffres ne décrivent pas la réalité.\n\n"
        "**Méthode.** Chaque valeur consolidée dit sa couverture (`coverage_status` : `complete`, `carried` ou "
        "`partial`, avec les territoires manquants ou reportés) ; le chiffre de référence d'un territoire est sa "
        "dernière période complète ou reportée, les périodes partielles plus récentes sont `provisional`. "
        "`as_of` est la date du calcul, `data_period` le mois des données. Voir /donnees/methode/.\n\n"
        "**Révisions.** Une proposition d'un contributeur ne remplace jamais la valeur publiée : elle ne compte "
        "qu'une fois validée par le pilote. Chaque changement d'une valeur publiée est une révision publique "
        "(ancienne et nouvelle valeur, date, motif, organisation) : `/api/v1/indicators/{code}/revisions`.\n\n"
        "**Mise en cache.** Chaque réponse porte `ETag` et `Last-Modified` : renvoyez-les dans `If-None-Match` ou "
        "`If-Modified-Since`, la réponse est 304 (sans contenu) tant que rien n'a changé. Les données sont publiques "
        "(`Cache-Control: public`).\n\n"
        "**Versions.** Ajouter un point d'accès, un champ ou un paramètre fait une version mineure ; retirer ou "
        "renommer un champ, ou changer son type, exige une nouvelle version majeure (`/api/v2/`), l'ancienne étant "
        "maintenue pendant la transition.\n\n"
        "## Historique des versions\n\n" + CHANGELOG_TEXT
    ),
    urls_namespace="api",
    throttle=[PortalThrottle()],
)


@api.exception_handler(ValidationError)
def french_validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    return api.create_response(request, {"message": "Paramètres invalides.", "detail": exc.errors}, status=422)


@api.exception_handler(Http404)
def french_not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return api.create_response(request, {"message": str(exc) or "Introuvable."}, status=404)


_openapi_schema = api.get_openapi_schema
NO_CONTROL_CHARACTERS = "^[^\\u0000-\\u001f\\u007f]*$"


def _schema_with_refusals(*args, **kwargs) -> dict:
    """Every operation may answer 400 {"message": …}: francetravail.middleware refuses a control character (NUL…)
    in the address or the parameters before the API sees it."""
    schema = _openapi_schema(*args, **kwargs)
    refusal = {
        "description": "Caractère de contrôle (octet nul…) dans l'adresse ou les paramètres : requête refusée.",
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {"message": {"type": "string"}},
                    "required": ["message"],
                }
            }
        },
    }
    schema["info"]["x-changelog"] = [
        {"version": version, "date": day, "changes": text} for version, day, text in CHANGELOG
    ]
    for operations in schema["paths"].values():
        for operation in operations.values():
            operation["responses"].setdefault(400, refusal)
            for parameter in operation.get("parameters", []):
                parameter_schema = parameter.get("schema", {})
                for option in [parameter_schema, *parameter_schema.get("anyOf", [])]:
                    if option.get("type") == "string" and "pattern" not in option:
                        option["pattern"] = NO_CONTROL_CHARACTERS
    return schema


api.get_openapi_schema = _schema_with_refusals


def urls() -> tuple:
    """The API's URL patterns, each GET answering with ETag and Last-Modified, and 304 to a conditional request."""
    from francetravail.opendata import conditional_api

    patterns, app_name, namespace = api.urls
    for pattern in patterns:
        pattern.callback = conditional_api(pattern.callback)
    return patterns, app_name, namespace


def _get_or_404(queryset, label: str, code: str):
    found = queryset.filter(code=code.upper()).first()
    if found is None:
        raise Http404(f"{label} inconnu : {code}.")
    return found


class Message(Schema):
    message: str


# --- Schemas -----------------------------------------------------------------------------------------------


class Weather(Schema):
    declared: str | None
    computed: str | None


class Progress(Schema):
    territory: str
    percent: float | None
    weather: Weather
    gap: float | None = Field(description="écart à la trajectoire, en points")
    as_of: datetime.date | None = Field(description="date du calcul")
    data_period: str | None = Field(description="mois des données les plus récentes utilisées, AAAA-MM")
    demonstration: bool


class ThemeOut(Schema):
    code: str
    title: str
    full_title: str
    progress: Progress | None
    last_update: datetime.date | None
    demonstration: bool


class MilestoneOut(Schema):
    title: str
    territory: str = Field(description="territoire où le jalon est fixé et compte")
    due_on: datetime.date
    done_on: datetime.date | None
    weight: int
    demonstration: bool


class EngagementOut(Schema):
    code: str
    title: str
    theme: str
    provisional: bool
    summary: str
    starts_on: datetime.date | None
    ends_on: datetime.date | None
    ends_on_provisional: bool = Field(description="échéance de travail, à confirmer")
    progress: Progress | None
    last_update: datetime.datetime | None = Field(description="date du dernier compte rendu d'avancement")
    late: bool = Field(description="une valeur ou le compte rendu attendu est en retard (règle de fraîcheur)")
    late_since: datetime.date | None = Field(description="date d'échéance de l'élément le plus ancien en retard")
    oldest_missing: str | None = Field(description="l'élément le plus ancien en retard")
    milestones: list[MilestoneOut]
    demonstration: bool = Field(description="vrai si l'avancement repose sur des données de démonstration")


class TerritoryOut(Schema):
    code: str
    name: str
    level: str
    parent: str | None


class Methodology(Schema):
    measure: str
    frequency_months: int
    publication_delay_days: int
    parent_source: str
    source: str
    nature: str = Field(description="statistique publique, données de gestion ou enquête")
    definition: str


class IntermediateOut(Schema):
    on: datetime.date
    value: float


class TargetOut(Schema):
    territory: str
    baseline: float
    baseline_on: datetime.date
    target: float
    target_on: datetime.date
    intermediates: list[IntermediateOut]


class IndicatorOut(Schema):
    code: str
    name: str
    unit: str
    direction: str
    aggregation: str
    weight: float
    engagement: str | None
    theme: str | None
    methodology: Methodology
    targets: list[TargetOut]


class CarriedOut(Schema):
    territory: str
    period: str = Field(description="mois de la valeur reportée, AAAA-MM")


class ValueOut(Schema):
    territory: str
    period: str = Field(description="mois, AAAA-MM")
    value: float
    base: float | None = Field(description="dénominateur d'un taux ou nombre de cas d'une moyenne")
    computed: bool = Field(description="vrai si consolidée depuis les territoires plutôt que déclarée")
    coverage: str | None = Field(description='"4/5" pour une valeur consolidée, null sinon')
    coverage_status: Literal["complete", "carried", "partial"] | None = Field(
        description="complete, carried (complète grâce à des valeurs reportées) ou partial ; null si déclarée"
    )
    missing: list[str] = Field(description="codes des territoires absents")
    carried: list[str] = Field(description="codes des territoires dont la valeur précédente est reportée")
    provisional: bool = Field(description="période partielle plus récente que la dernière période complète")
    baseline: float | None = Field(description="référence, consolidée sur les mêmes territoires que la valeur")
    target: float | None = Field(description="cible finale, consolidée sur les mêmes territoires que la valeur")
    expected: float | None = Field(description="valeur attendue sur la trajectoire à la fin de la période")
    method: str = Field(description="valeur déclarée, somme, moyenne pondérée par les bases ou moyenne simple")
    reference_method: str | None = Field(
        description="consolidation de la référence et des cibles : somme, moyenne pondérée par les bases à la "
        "période de référence, ou moyenne simple ; null pour une cible propre au territoire"
    )
    carried_periods: list[CarriedOut] = Field(description="territoires reportés, avec la période de leur valeur")
    other_source: float | None = Field(description="valeur de l'autre source (déclarée ou consolidée), si elle existe")
    demonstration: bool


class RevisionOut(Schema):
    territory: str
    period: str = Field(description="mois de la valeur révisée, AAAA-MM")
    old_value: float = Field(description="valeur publiée avant la révision")
    old_base: float | None = Field(description="base publiée avant la révision")
    new_value: float = Field(description="valeur publiée depuis la révision")
    new_base: float | None = Field(description="base publiée depuis la révision")
    revised_at: datetime.datetime = Field(description="date et heure de la révision (ISO 8601)")
    reason: str = Field(description="motif de la révision")
    organisation: str = Field(description="organisation dont la valeur est publiée depuis la révision")
    demonstration: bool


class SnapshotOut(Schema):
    scope: str = Field(description="indicator, engagement, theme ou overall")
    object: str | None
    territory: str
    as_of: datetime.date = Field(description="date du calcul")
    data_period: str | None = Field(description="mois des données les plus récentes utilisées, AAAA-MM")
    data_period_start: str | None = Field(description="mois des données les plus anciennes utilisées, AAAA-MM")
    percent: float | None = Field(description="avancement en % ; pour un indicateur, son atteinte en points")
    weather: Weather
    gap: float | None = Field(description="écart à la trajectoire, en points")
    projected: str | None = Field(description="mois où la tendance atteint la cible (indicateur), AAAA-MM")
    value: float | None = Field(description="valeur retenue (indicateur)")
    coverage_status: str | None = Field(description="couverture de la valeur retenue (indicateur)")
    trend: float | None = Field(
        description="indicateur : tendance, par mois, sur les territoires présents à chaque période"
    )
    trend_periods: list[str] = Field(description="indicateur : mois sur lesquels la tendance est calculée")
    trend_territories: list[str] = Field(description="indicateur : territoires sur lesquels la tendance est calculée")
    demonstration: bool


class CommitteeOut(Schema):
    code: str
    name: str
    level: str
    territory: str
    parent: str | None


class CommitteeMemberOut(Schema):
    organisation: str = Field(description="organisation représentée")
    organisation_kind: str = Field(description="type d'organisation (etat, region, france_travail…)")
    role: Literal["copresident_etat", "copresident_collectivite", "votant", "sans_voix"] = Field(
        description="rôle au comité ; France Travail, les missions locales et Cap emploi siègent sans voix"
    )
    votes: bool = Field(description="voix délibérative")
    term_start: datetime.date
    term_end: datetime.date
    demonstration: bool


class ActionSheetOut(Schema):
    id: int
    committee: str = Field(description="code du comité dont la feuille de route porte la fiche")
    title: str
    description: str
    pilot: str = Field(description="organisation pilote")
    partners: list[str]
    engagements: list[str] = Field(description="codes des engagements servis")
    indicators: list[str] = Field(description="codes des indicateurs suivis")
    territory: str
    starts_on: datetime.date
    due_on: datetime.date
    status: Literal["soleil", "couvert", "nuage", "orage", "non_renseignee", "non_necessaire"] = Field(
        description="état d'avancement sur l'échelle de l'État"
    )
    decisions: list[int] = Field(description="décisions publiées qui ont créé ou modifié la fiche (/decisions)")
    demonstration: bool


class MeetingOut(Schema):
    id: int
    committee: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime | None
    place: str
    status: str
    minutes_published_at: datetime.datetime | None
    minutes: str | None = Field(description="compte rendu (Markdown), seulement s'il est publié")
    demonstration: bool


class DecisionOut(Schema):
    id: int
    committee: str
    meeting: int
    text: str
    engagement: str | None
    owner: str | None
    due_on: datetime.date | None
    status: str
    closed_at: datetime.datetime | None
    vote_mode: Literal["scrutin", "unanimite", "sans_vote"] = Field(
        description="vote, unanimité, ou relevé de décision sans vote"
    )
    outcome: Literal["adoptee", "rejetee", "relevee"]
    votes_for: int | None = Field(description="voix pour (VOTE_POUR du SCDL Délibérations)")
    votes_against: int | None = Field(description="voix contre (VOTE_CONTRE)")
    abstentions: int | None = Field(description="abstentions (VOTE_ABSTENTION)")
    voters: int | None = Field(description="membres votants présents ou représentés (VOTE_REEL)")
    entitled: int | None = Field(description="membres votants du comité (VOTE_EFFECTIF)")
    casting_vote_used: bool = Field(description="partage égal des voix départagé par la voix de l'État")
    demonstration: bool


# --- Helpers -----------------------------------------------------------------------------------------------


def _month(day: datetime.date | None) -> str | None:
    return f"{day:%Y-%m}" if day else None


def _number(value) -> float | None:
    return None if value is None else float(value)


def _progress(snapshot: ProgressSnapshot | None, territory: str) -> dict | None:
    if snapshot is None:
        return None
    return {
        "territory": territory,
        "percent": _number(snapshot.percent),
        "weather": {"declared": snapshot.weather_declared, "computed": snapshot.weather_computed},
        "gap": _number(snapshot.gap),
        "as_of": snapshot.as_of,
        "data_period": _month(snapshot.data_period),
        "demonstration": snapshot.demonstration,
    }


def _home_snapshots(scope: str, key: str) -> dict[int, ProgressSnapshot]:
    rows = ProgressSnapshot.objects.latest_per_object(scope).filter(territory__code=settings.HOME_TERRITORY_CODE)
    return {getattr(s, key): s for s in rows}


def _late() -> dict:
    tree = engine.TerritoryTree.load()
    return freshness.late_by_engagement(timezone.localdate(), tree, tree.steering_territory())


def _engagement_out(engagement: Engagement, snapshot: ProgressSnapshot | None, last_report, late) -> dict:
    return {
        "code": engagement.code,
        "title": engagement.title,
        "theme": engagement.theme.code,
        "provisional": engagement.provisional,
        "summary": engagement.summary,
        "starts_on": engagement.starts_on,
        "ends_on": engagement.ends_on,
        "ends_on_provisional": engagement.ends_on_provisional,
        "progress": _progress(snapshot, settings.HOME_TERRITORY_CODE),
        "last_update": last_report,
        "late": late is not None,
        "late_since": late.due_on if late else None,
        "oldest_missing": late.label if late else None,
        "milestones": [
            {
                "title": m.title,
                "territory": m.territory.code if m.territory else settings.HOME_TERRITORY_CODE,
                "due_on": m.due_on,
                "done_on": m.done_on,
                "weight": m.weight,
                "demonstration": m.is_demo,
            }
            for m in engagement.milestones.all()
        ],
        "demonstration": bool(snapshot and snapshot.demonstration),
    }


def _engagements_qs():
    from django.db.models import Max

    return (
        Engagement.objects.select_related("theme")
        .prefetch_related(
            Prefetch("milestones", Milestone.objects.select_related("territory").order_by("due_on", "pk"))
        )
        .annotate(last_report=Max("reports__created_at"))
    )


# --- Endpoints ---------------------------------------------------------------------------------------------


@api.get("/themes", response=list[ThemeOut], summary="Les enjeux et leur avancement régional")
@paginate(LimitOffsetPagination)
def themes(request: HttpRequest):
    snapshots = _home_snapshots(ProgressSnapshot.Scope.THEME, "theme_id")
    return [
        {
            "code": t.code,
            "title": t.short_title,
            "full_title": t.title,
            "progress": _progress(snapshots.get(t.pk), settings.HOME_TERRITORY_CODE),
            "last_update": snapshots[t.pk].as_of if t.pk in snapshots else None,
            "demonstration": t.pk in snapshots and snapshots[t.pk].demonstration,
        }
        for t in Theme.objects.order_by("order", "code")
    ]


class EngagementFilters(Schema):
    theme: str | None = Field(None, description="code de l'enjeu, T1 à T4")


@api.get("/engagements", response=list[EngagementOut], summary="Les engagements et leur avancement régional")
@paginate(LimitOffsetPagination)
def engagements(request: HttpRequest, filters: Query[EngagementFilters]):
    snapshots = _home_snapshots(ProgressSnapshot.Scope.ENGAGEMENT, "engagement_id")
    rows = _engagements_qs().order_by("code")
    if filters.theme:
        rows = rows.filter(theme__code=filters.theme.upper())
    late = _late()
    return [_engagement_out(e, snapshots.get(e.pk), e.last_report, late.get(e.pk)) for e in rows]


@api.get("/engagements/{code}", response={200: EngagementOut, 404: Message}, summary="Un engagement")
def engagement(request: HttpRequest, code: str):
    found = _get_or_404(_engagements_qs(), "Engagement", code)
    snapshot = (
        ProgressSnapshot.objects.latest_per_object(ProgressSnapshot.Scope.ENGAGEMENT)
        .filter(engagement=found, territory__code=settings.HOME_TERRITORY_CODE)
        .first()
    )
    return _engagement_out(found, snapshot, found.last_report, _late().get(found.pk))


class TerritoryFilters(Schema):
    level: Literal["national", "region", "departement", "local"] | None = None


@api.get("/territories", response=list[TerritoryOut], summary="Les territoires")
@paginate(LimitOffsetPagination)
def territories(request: HttpRequest, filters: Query[TerritoryFilters]):
    rows = Territory.objects.order_by("code")
    if filters.level:
        rows = rows.filter(level=filters.level)
    return [
        {"code": code, "name": name, "level": level, "parent": parent}
        for code, name, level, parent in rows.values_list("code", "name", "level", "parent__code")
    ]


def _indicator_out(indicator: Indicator) -> dict:
    return {
        "code": indicator.code,
        "name": indicator.name,
        "unit": indicator.unit,
        "direction": indicator.direction,
        "aggregation": indicator.aggregation,
        "weight": float(indicator.weight),
        "engagement": indicator.engagement.code if indicator.engagement else None,
        "theme": indicator.theme.code if indicator.theme else None,
        "methodology": {
            "measure": indicator.measure,
            "frequency_months": indicator.frequency,
            "publication_delay_days": indicator.publication_delay_days,
            "parent_source": indicator.parent_source,
            "source": indicator.source,
            "nature": indicator.nature,
            "definition": indicator.definition,
        },
        "targets": [
            {
                "territory": t.territory.code,
                "baseline": float(t.baseline_value),
                "baseline_on": t.baseline_on,
                "target": float(t.target_value),
                "target_on": t.target_on,
                "intermediates": [{"on": i.on, "value": float(i.value)} for i in t.intermediates.all()],
            }
            for t in indicator.targets.all()
        ],
    }


@api.get("/indicators", response=list[IndicatorOut], summary="Les indicateurs, leur méthodologie et leurs cibles")
@paginate(LimitOffsetPagination)
def indicators(request: HttpRequest):
    return [_indicator_out(i) for i in indicators_with_targets().order_by("code")]


@api.get("/indicators/{code}", response={200: IndicatorOut, 404: Message}, summary="Un indicateur")
def indicator(request: HttpRequest, code: str):
    return _indicator_out(_get_or_404(indicators_with_targets(), "Indicateur", code))


class ValueFilters(Schema):
    territory: str | None = Field(None, description="code du territoire (32, 59, CLPE59004…)")
    since: str | None = Field(None, description="premier mois inclus, AAAA-MM", pattern=MONTH.pattern)
    until: str | None = Field(None, description="dernier mois inclus, AAAA-MM", pattern=MONTH.pattern)


@api.get(
    "/indicators/{code}/values",
    response={200: list[ValueOut], 404: Message},
    summary="Valeurs d'un indicateur par territoire et par mois, déclarées ou consolidées",
)
@paginate(LimitOffsetPagination)
def indicator_values(request: HttpRequest, code: str, filters: Query[ValueFilters]):
    found = _get_or_404(indicators_with_targets(), "Indicateur", code)
    figures = engine.indicator_figures([found])[found.pk]
    codes = figures.tree.code
    wanted = None
    if filters.territory:
        wanted = next((pk for pk, c in codes.items() if c == filters.territory.upper()), None)
        if wanted is None:
            raise Http404(f"Territoire inconnu : {filters.territory}.")
    items = []
    for territory_id in sorted(figures.series, key=lambda pk: codes[pk]):
        if wanted is not None and territory_id != wanted:
            continue
        for figure in figures.for_territory(territory_id):
            period = f"{figure.period:%Y-%m}"
            if (filters.since and period < filters.since) or (filters.until and period > filters.until):
                continue
            items.append(value_item(codes[territory_id], figure))
    return items


class RevisionFilters(Schema):
    territory: str | None = Field(None, description="code du territoire (32, 59, CLPE59004…)")


@api.get(
    "/indicators/{code}/revisions",
    response={200: list[RevisionOut], 404: Message},
    summary="Révisions des valeurs publiées d'un indicateur : ancienne et nouvelle valeur, date, motif",
)
@paginate(LimitOffsetPagination)
def indicator_revisions(request: HttpRequest, code: str, filters: Query[RevisionFilters]):
    found = _get_or_404(Indicator.objects.all(), "Indicateur", code)
    revisions = ValueRevision.objects.filter(indicator=found, revised_at__lte=timezone.now())
    if filters.territory:
        territory = Territory.objects.filter(code=filters.territory.upper()).first()
        if territory is None:
            raise Http404(f"Territoire inconnu : {filters.territory}.")
        revisions = revisions.filter(territory=territory)
    return [
        revision_item(r)
        for r in revisions.select_related("territory", "organisation").order_by(
            "territory__code", "period", "revised_at", "pk"
        )
    ]


def revision_item(r: ValueRevision) -> dict:
    """One public revision as the API and ``revisions.csv`` publish it (an organisation, never a person)."""
    return {
        "territory": r.territory.code,
        "period": f"{r.period:%Y-%m}",
        "old_value": r.old_value,
        "old_base": r.old_base,
        "new_value": r.new_value,
        "new_base": r.new_base,
        "revised_at": r.revised_at,
        "reason": r.reason,
        "organisation": r.organisation.name,
        "demonstration": r.organisation.is_demo,
    }


def value_item(territory: str, figure) -> dict:
    """One figure of the engine as the API and ``valeurs-consolidees.csv`` publish it."""
    trajectory = figure.trajectory
    return {
        "territory": territory,
        "period": f"{figure.period:%Y-%m}",
        "value": round(figure.value, 4),
        "base": None if figure.base is None else round(figure.base, 4),
        "computed": figure.computed,
        "coverage": figure.coverage,
        "coverage_status": figure.status,
        "missing": list(figure.missing),
        "carried": sorted({code for code, _ in figure.carried}),
        "provisional": figure.provisional,
        "baseline": None if trajectory is None else round(trajectory.baseline, 4),
        "target": None if trajectory is None else round(trajectory.target, 4),
        "expected": (
            None if trajectory is None else round(trajectory.expected_at(progress_rules.period_end(figure.period)), 4)
        ),
        "method": figure.method,
        "reference_method": (trajectory.weighting or None) if trajectory is not None else None,
        "carried_periods": [{"territory": code, "period": f"{period:%Y-%m}"} for code, period in figure.carried],
        "other_source": None if figure.other is None else round(figure.other, 4),
        "demonstration": figure.demonstration,
    }


class ProgressFilters(Schema):
    scope: Literal["indicator", "engagement", "theme", "overall"] | None = None
    territory: str | None = Field(None, description="code du territoire")


@api.get("/progress", response={200: list[SnapshotOut], 404: Message}, summary="Dernier avancement calculé")
@paginate(LimitOffsetPagination)
def progress(request: HttpRequest, filters: Query[ProgressFilters]):
    scopes = [filters.scope] if filters.scope else [s.value for s in ProgressSnapshot.Scope]
    territory = None
    if filters.territory:
        territory = _get_or_404(Territory.objects.all(), "Territoire", filters.territory)
    items = []
    for scope in scopes:
        rows = ProgressSnapshot.objects.latest_per_object(scope).select_related(
            "indicator", "engagement", "theme", "territory"
        )
        if territory is not None:
            rows = rows.filter(territory=territory)
        for s in rows.order_by("territory__code", "indicator__code", "engagement__code", "theme__code"):
            items.append(progress_item(s))
    return items


def progress_item(s: ProgressSnapshot) -> dict:
    """A snapshot as the API and ``avancement.csv`` publish it."""
    outcome = s.outcome if s.scope == ProgressSnapshot.Scope.INDICATOR else None
    figure = outcome.figure if outcome is not None else None
    obj = s.indicator or s.engagement or s.theme
    return {
        "scope": s.scope,
        "object": obj.code if obj else None,
        "territory": s.territory.code,
        "as_of": s.as_of,
        "data_period": _month(s.data_period),
        "data_period_start": _month(s.data_period_start),
        "percent": _number(s.percent),
        "weather": {"declared": s.weather_declared, "computed": s.weather_computed},
        "gap": _number(s.gap),
        "projected": _month(outcome.projected) if outcome is not None else None,
        "value": figure.value if figure is not None else None,
        "coverage_status": figure.status if figure is not None else None,
        "trend": outcome.trend if outcome is not None else None,
        "trend_periods": [_month(p) for p in outcome.trend_periods] if outcome is not None else [],
        "trend_territories": list(outcome.trend_territories) if outcome is not None else [],
        "demonstration": s.demonstration,
    }


@api.get("/committees", response=list[CommitteeOut], summary="Les comités pour l'emploi")
@paginate(LimitOffsetPagination)
def committees(request: HttpRequest):
    return [
        {"code": code, "name": name, "level": level, "territory": territory, "parent": parent}
        for code, name, level, territory, parent in Committee.objects.order_by("code").values_list(
            "code", "name", "level", "territory__code", "parent__code"
        )
    ]


@api.get(
    "/committees/{code}/members",
    response={200: list[CommitteeMemberOut], 404: Message},
    summary="La composition d'un comité",
    description="Les membres titulaires en mandat aujourd'hui, par organisation et rôle ; les personnes ne sont pas "
    "nommées.",
)
@paginate(LimitOffsetPagination)
def committee_members(request: HttpRequest, code: str):
    committee = _get_or_404(Committee.objects.all(), "Comité", code)
    return [
        {
            "organisation": seat.organisation.name,
            "organisation_kind": seat.organisation.kind,
            "role": seat.role,
            "votes": seat.votes,
            "term_start": seat.term_start,
            "term_end": seat.term_end,
            "demonstration": seat.is_demo,
        }
        for seat in committee.seats.titulars()
        .in_term(timezone.localdate())
        .select_related("organisation")
        .order_by("role", "organisation__name", "pk")
    ]


class ActionSheetFilters(Schema):
    committee: str | None = Field(None, description="code du comité")
    engagement: str | None = Field(None, description="code de l'engagement servi")


@api.get(
    "/action-sheets",
    response={200: list[ActionSheetOut], 404: Message},
    summary="Les fiches actions des feuilles de route",
)
@paginate(LimitOffsetPagination)
def action_sheets(request: HttpRequest, filters: Query[ActionSheetFilters]):
    rows = ActionSheet.objects.for_public()
    if filters.committee:
        rows = rows.filter(committee=_get_or_404(Committee.objects.all(), "Comité", filters.committee))
    if filters.engagement:
        rows = rows.filter(engagements=_get_or_404(Engagement.objects.all(), "Engagement", filters.engagement))
    return [
        {
            "id": sheet.pk,
            "committee": sheet.committee.code,
            "title": sheet.title,
            "description": sheet.description,
            "pilot": sheet.pilot.name,
            "partners": sorted(o.name for o in sheet.partners.all()),
            "engagements": sorted(e.code for e in sheet.engagements.all()),
            "indicators": sorted(i.code for i in sheet.indicators.all()),
            "territory": sheet.territory.code,
            "starts_on": sheet.starts_on,
            "due_on": sheet.due_on,
            "status": sheet.status,
            "decisions": sorted(d.pk for d in sheet.public_decisions),
            "demonstration": sheet.is_demo,
        }
        for sheet in rows.order_by("committee__code", "due_on", "pk")
    ]


class MeetingFilters(Schema):
    committee: str | None = Field(None, description="code du comité (CDE-59…)")


@api.get("/meetings", response={200: list[MeetingOut], 404: Message}, summary="Les réunions des comités")
@paginate(LimitOffsetPagination)
def meetings(request: HttpRequest, filters: Query[MeetingFilters]):
    rows = Meeting.objects.select_related("committee", "minutes").order_by("starts_at", "pk")
    if filters.committee:
        rows = rows.filter(committee=_get_or_404(Committee.objects.all(), "Comité", filters.committee))
    items = []
    for m in rows:
        minutes = m.published_minutes
        items.append(
            {
                "id": m.pk,
                "committee": m.committee.code,
                "starts_at": m.starts_at,
                "ends_at": m.ends_at,
                "place": m.place,
                "status": m.status,
                "minutes_published_at": minutes.published_at if minutes else None,
                "minutes": minutes.full_text if minutes else None,
                "demonstration": m.is_demo,
            }
        )
    return items


class DecisionFilters(Schema):
    committee: str | None = Field(None, description="code du comité")
    engagement: str | None = Field(None, description="code de l'engagement")
    status: Literal["open", "done", "dropped"] | None = None


@api.get("/decisions", response={200: list[DecisionOut], 404: Message}, summary="Les décisions publiées")
@paginate(LimitOffsetPagination)
def decisions(request: HttpRequest, filters: Query[DecisionFilters]):
    rows = Decision.objects.public().select_related("meeting__committee", "engagement", "owner")
    if filters.committee:
        rows = rows.filter(meeting__committee=_get_or_404(Committee.objects.all(), "Comité", filters.committee))
    if filters.engagement:
        rows = rows.filter(engagement=_get_or_404(Engagement.objects.all(), "Engagement", filters.engagement))
    if filters.status:
        rows = rows.filter(status=filters.status)
    return [
        {
            "id": d.pk,
            "committee": d.meeting.committee.code,
            "meeting": d.meeting_id,
            "text": d.text,
            "engagement": d.engagement.code if d.engagement else None,
            "owner": d.owner.name if d.owner else None,
            "due_on": d.due_on,
            "status": d.status,
            "closed_at": d.closed_at,
            "vote_mode": d.vote_mode,
            "outcome": d.outcome,
            "votes_for": d.votes_for,
            "votes_against": d.votes_against,
            "abstentions": d.abstentions,
            "voters": d.voters,
            "entitled": d.entitled,
            "casting_vote_used": d.casting_vote_used,
            "demonstration": d.meeting.is_demo,
        }
        for d in rows.order_by("meeting__starts_at", "pk")
    ]
