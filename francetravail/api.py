"""The read-only open-data API of DESIGN §6, with django-ninja: published data only, paginated, throttled.

Lists answer ``{"items": [...], "count": N}`` with ``limit``/``offset``; an unknown code answers 404; a malformed
parameter answers 422 with a French message. Each endpoint runs a fixed number of queries.
"""

import datetime
import re
from typing import Literal

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import ValidationError
from ninja.pagination import LimitOffsetPagination, paginate
from ninja.throttling import AnonRateThrottle

from comites.models import Committee, Decision, Meeting
from engagements.models import Engagement, Indicator, ProgressSnapshot, Theme
from engagements.queries import indicator_series, indicators_with_targets, latest_snapshots
from reseau.models import Territory

MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


class PortalThrottle(AnonRateThrottle):
    """Per-address limit read from settings at each request (API_RATE_LIMIT, e.g. "300/m")."""

    def __init__(self) -> None:
        super().__init__(settings.API_RATE_LIMIT)

    def allow_request(self, request: HttpRequest) -> bool:
        self.num_requests, self.duration = self.parse_rate(settings.API_RATE_LIMIT)
        return super().allow_request(request)


api = NinjaAPI(
    title="API des données ouvertes — Réseau pour l'emploi Hauts-de-France",
    version="1",
    description=(
        "API en lecture seule des données publiées sur le portail : engagements, indicateurs, valeurs, "
        "avancement calculé, comités, réunions et décisions. Listes paginées (`limit`, `offset`), "
        'réponses `{"items": [...], "count": N}`. Licence Ouverte 2.0.'
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
    as_of: datetime.date | None


class ThemeOut(Schema):
    code: str
    title: str
    full_title: str
    progress: Progress | None
    last_update: datetime.date | None


class EngagementOut(Schema):
    code: str
    title: str
    theme: str
    provisional: bool
    summary: str
    starts_on: datetime.date | None
    ends_on: datetime.date | None
    progress: Progress | None
    last_update: datetime.datetime | None = Field(description="date du dernier compte rendu d'avancement")


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


class ValueOut(Schema):
    territory: str
    period: str = Field(description="mois, AAAA-MM")
    value: float
    computed: bool = Field(description="vrai si consolidée depuis les territoires plutôt que déclarée")
    coverage: str | None = Field(description='"4/5" pour une valeur consolidée, null sinon')


class SnapshotOut(Schema):
    scope: str
    object: str | None
    territory: str
    as_of: datetime.date
    percent: float | None
    weather: Weather


class CommitteeOut(Schema):
    code: str
    name: str
    level: str
    territory: str
    parent: str | None


class MeetingOut(Schema):
    id: int
    committee: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime | None
    place: str
    status: str
    minutes_published_at: datetime.datetime | None
    minutes: str | None = Field(description="compte rendu (Markdown), seulement s'il est publié")


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


# --- Helpers -----------------------------------------------------------------------------------------------


def _progress(snapshot: ProgressSnapshot | None, territory: str) -> dict | None:
    if snapshot is None:
        return None
    return {
        "territory": territory,
        "percent": None if snapshot.percent is None else float(snapshot.percent),
        "weather": {"declared": snapshot.weather_declared, "computed": snapshot.weather_computed},
        "as_of": snapshot.as_of,
    }


def _home_snapshots(scope: str, key: str) -> dict[int, ProgressSnapshot]:
    rows = latest_snapshots(scope).filter(territory__code=settings.HOME_TERRITORY_CODE)
    return {getattr(s, key): s for s in rows}


def _engagement_out(engagement: Engagement, snapshot: ProgressSnapshot | None, last_report) -> dict:
    return {
        "code": engagement.code,
        "title": engagement.title,
        "theme": engagement.theme.code,
        "provisional": engagement.provisional,
        "summary": engagement.summary,
        "starts_on": engagement.starts_on,
        "ends_on": engagement.ends_on,
        "progress": _progress(snapshot, settings.HOME_TERRITORY_CODE),
        "last_update": last_report,
    }


def _engagements_qs():
    from django.db.models import Max

    return Engagement.objects.select_related("theme").annotate(last_report=Max("reports__created_at"))


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
    return [_engagement_out(e, snapshots.get(e.pk), e.last_report) for e in rows]


@api.get("/engagements/{code}", response={200: EngagementOut, 404: Message}, summary="Un engagement")
def engagement(request: HttpRequest, code: str):
    found = _get_or_404(_engagements_qs(), "Engagement", code)
    snapshot = (
        latest_snapshots(ProgressSnapshot.Scope.ENGAGEMENT)
        .filter(engagement=found, territory__code=settings.HOME_TERRITORY_CODE)
        .first()
    )
    return _engagement_out(found, snapshot, found.last_report)


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
    series = indicator_series([found])[found.pk]
    codes = series.tree.code
    wanted = None
    if filters.territory:
        wanted = next((pk for pk, c in codes.items() if c == filters.territory.upper()), None)
        if wanted is None:
            raise Http404(f"Territoire inconnu : {filters.territory}.")
    items = []
    for territory_id in sorted(series.points, key=lambda pk: codes[pk]):
        if wanted is not None and territory_id != wanted:
            continue
        for point in series.points[territory_id]:
            period = f"{point.period:%Y-%m}"
            if (filters.since and period < filters.since) or (filters.until and period > filters.until):
                continue
            items.append(
                {
                    "territory": codes[territory_id],
                    "period": period,
                    "value": round(point.value, 4),
                    "computed": point.computed,
                    "coverage": point.coverage,
                }
            )
    return items


class ProgressFilters(Schema):
    scope: Literal["engagement", "theme", "overall"] | None = None
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
        rows = latest_snapshots(scope).select_related("engagement", "theme", "territory")
        if territory is not None:
            rows = rows.filter(territory=territory)
        for s in rows.order_by("territory__code", "engagement__code", "theme__code"):
            items.append(
                {
                    "scope": s.scope,
                    "object": s.engagement.code if s.engagement else s.theme.code if s.theme else None,
                    "territory": s.territory.code,
                    "as_of": s.as_of,
                    "percent": None if s.percent is None else float(s.percent),
                    "weather": {"declared": s.weather_declared, "computed": s.weather_computed},
                }
            )
    return items


@api.get("/committees", response=list[CommitteeOut], summary="Les comités pour l'emploi")
@paginate(LimitOffsetPagination)
def committees(request: HttpRequest):
    return [
        {"code": code, "name": name, "level": level, "territory": territory, "parent": parent}
        for code, name, level, territory, parent in Committee.objects.order_by("code").values_list(
            "code", "name", "level", "territory__code", "parent__code"
        )
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
                "minutes": minutes.body if minutes else None,
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
        }
        for d in rows.order_by("meeting__starts_at", "pk")
    ]
