"""Pages that compose several apps: the home dashboard, the workspace entry, health and legal pages."""

import datetime
import json

from django import forms
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_safe

from comites.models import Committee, Decision, Meeting, Minutes
from common.forms import PortalForm
from common.public_cache import cache_public_page
from engagements import engine, explain, freshness, progress, queries
from engagements.freshness import organisation_statuses
from engagements.models import Engagement, Indicator, ProgressSnapshot, Theme
from francetravail import opendata, opendata_views, retention, sitemaps, todo
from francetravail.csv_exports import DATASETS
from francetravail.lib import health as health_checks
from reseau.models import Membership, Organisation, Territory
from reseau.permissions import acting_membership, can_manage_members, memberships_of


class MapForm(PortalForm):
    carte = forms.ChoiceField(label="Indicateur représenté sur la carte", required=False)

    def __init__(self, *args, indicators: list[Indicator], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["carte"].choices = [(MAP_PROGRESS, "Avancement de l'ensemble du protocole (%)")] + [
            (i.code, f"{i.name} ({i.unit})") for i in indicators
        ]

    def chosen(self) -> str:
        return (self.cleaned_data.get("carte") if self.is_valid() else None) or MAP_PROGRESS


MAP_PROGRESS = "avancement"
# The départements DSFR Chart's map draws (metropolitan France).
METROPOLITAN_DEPARTEMENTS = (
    *(f"{n:02d}" for n in range(1, 96) if n != 20),
    "2A",
    "2B",
)


def _map(request: HttpRequest, departements: list[Territory]) -> dict:
    """The map of the départements and its table: overall progress, or the headline value of one indicator (its
    latest complete period on each territory, with that period)."""
    indicators = list(Indicator.objects.order_by("code"))
    form = MapForm(request.GET or None, indicators=indicators)
    chosen = form.chosen()
    region = next(iter(Territory.objects.filter(code=settings.HOME_TERRITORY_CODE)), None)
    places = [*departements, *([region] if region else [])]
    values: dict[int, tuple[float | None, str]] = {}
    periods: dict[int, datetime.date] = {}  # the month of each figure, for the map's « Mise à jour »
    if chosen == MAP_PROGRESS:
        name, unit = "Avancement de l'ensemble du protocole", "%"
        for snapshot in queries.latest(ProgressSnapshot.Scope.OVERALL, territory__in=[t.pk for t in places]):
            if snapshot.percent is not None:
                values[snapshot.territory_id] = (
                    float(snapshot.percent),
                    explain.period_range(snapshot.data_period_start, snapshot.data_period),
                )
                if snapshot.data_period:
                    periods[snapshot.territory_id] = snapshot.data_period
    else:
        indicator = queries.indicators_with_targets().get(code=chosen)
        figures = queries.indicator_figures([indicator])[indicator.pk]
        name, unit = indicator.name, indicator.unit
        for territory in places:
            figure = figures.headline(territory.pk)
            if figure is not None:
                values[territory.pk] = (figure.value, explain.period_range(None, figure.period))
                periods[territory.pk] = figure.period
    rows = [(t, *values.get(t.pk, (None, ""))) for t in departements]
    # DSFR Chart's map hides the départements named in ``data`` and paints the region's: every other one is named
    # (without a value), or it is drawn in the library's default blue as if it carried data.
    data: dict[str, float | None] = dict.fromkeys(METROPOLITAN_DEPARTEMENTS)
    data.update({t.code: round(v, 1) for t, v, _ in rows if v is not None})
    region_value, region_period = values.get(region.pk, (None, "")) if region else (None, "")
    return {
        "map_form": form,
        "map_name": name,
        "map_unit": unit,
        "map_rows": rows,
        "map_data": json.dumps(data),
        "map_value": "" if region_value is None else round(region_value, 1),
        "map_date": progress.month_fr(periods[region.pk]) if region and region.pk in periods else "",
        "map_places": json.dumps({t.code: t.name for t in departements}, ensure_ascii=False),
        "map_region_period": region_period,
        "region": region,
    }


@require_GET
@cache_public_page
def home(request: HttpRequest) -> HttpResponse:
    home_territory = Territory.objects.filter(code=settings.HOME_TERRITORY_CODE).first()
    theme_snapshots = {
        s.theme_id: s
        for s in queries.latest(ProgressSnapshot.Scope.THEME, territory__code=settings.HOME_TERRITORY_CODE)
    }
    overall = queries.latest(ProgressSnapshot.Scope.OVERALL, territory__code=settings.HOME_TERRITORY_CODE).first()
    themes = list(Theme.objects.with_engagements())
    for theme in themes:
        theme.snapshot = theme_snapshots.get(theme.pk)
        theme.explanation = (
            explain.explain_summary(theme.snapshot.outcome, as_of=theme.snapshot.as_of, what="de l'enjeu")
            if theme.snapshot is not None and theme.snapshot.outcome is not None
            else []
        )
    engagement_snapshots = list(
        queries.latest(ProgressSnapshot.Scope.ENGAGEMENT, territory__code=settings.HOME_TERRITORY_CODE)
    )
    tree = engine.TerritoryTree.load()
    late = freshness.late_by_engagement(timezone.localdate(), tree, home_territory.pk if home_territory else None)
    decisions = Decision.objects.public().aggregate(
        open=Count("pk", filter=Q(status=Decision.Status.OPEN)),
        closed=Count("pk", filter=~Q(status=Decision.Status.OPEN)),
    )
    now = timezone.now()
    departements = list(Territory.objects.filter(level=Territory.Level.DEPARTEMENT).order_by("code"))
    context = {
        "themes": themes,
        "overall": overall,
        "overall_explanation": (
            explain.explain_summary(overall.outcome, as_of=overall.as_of, what="du protocole")
            if overall is not None and overall.outcome is not None
            else []
        ),
        "figures": {
            "engagements": Engagement.objects.count(),
            "computed": sum(s.percent is not None for s in engagement_snapshots),
            "on_track": sum(s.weather_computed in progress.ON_TRACK for s in engagement_snapshots),
            "overdue": len(late),
            "meetings_held": Meeting.objects.filter(status=Meeting.Status.HELD).count(),
            "decisions_open": decisions["open"],
            "decisions_closed": decisions["closed"],
        },
        "latest_minutes": Minutes.objects.published()
        .select_related("meeting__committee")
        .order_by("-published_at")[:5],
        "next_meetings": Meeting.objects.filter(starts_at__gte=now)
        .exclude(status=Meeting.Status.CANCELLED)
        .select_related("committee")
        .order_by("starts_at")[:5],
        **_map(request, departements),
    }
    template = "home.html#carte" if request.htmx else "home.html"
    # An unknown ?carte= shows the default map with the form's French message, and is not a cacheable page.
    form = context["map_form"]
    status = 400 if form.is_bound and not form.is_valid() else 200
    return render(request, template, context, status=status)


@require_GET
@login_required
def workspace(request: HttpRequest) -> HttpResponse:
    memberships = memberships_of(request.user)
    membership = acting_membership(request)
    organisation = membership.organisation if membership else None
    context = {
        "memberships": memberships,
        "acting": membership,
        "statuses": organisation_statuses(organisation, timezone.localdate()) if organisation else [],
        # Staff manage every committee; a secretary, theirs.
        "committees": (
            Committee.objects.all() if request.user.is_staff else Committee.objects.filter(secretaries=request.user)
        ).in_tree_order(),
        "can_manage_members": organisation is not None and can_manage_members(request.user, organisation),
        "members": [],
        "all_engagements": Engagement.objects.only("code", "title") if request.user.is_staff else [],
    }
    if context["can_manage_members"]:
        context["members"] = Membership.objects.filter(organisation=organisation).select_related("user")
    context["todo"] = todo.todo_items(request.user, organisation, context["statuses"], timezone.localdate())
    return render(request, "espace.html", context)


@require_GET
@never_cache
def health(request: HttpRequest) -> JsonResponse:
    """The status for everyone; what was checked, how and how long it took only for staff or a monitoring probe
    that sends ``Authorization: Bearer <HEALTH_TOKEN>`` (the details name the software and its errors)."""
    report = health_checks.run_all()
    state = health_checks.overall(report)
    status = 503 if state == "erreur" else 200
    if not _may_read_health_details(request):
        return JsonResponse({"status": state}, status=status)
    return JsonResponse(report, status=status, json_dumps_params={"ensure_ascii": False})


def _may_read_health_details(request: HttpRequest) -> bool:
    if request.user.is_authenticated and request.user.is_staff:
        return True
    token = settings.HEALTH_TOKEN
    sent = request.headers.get("Authorization", "")
    return bool(token) and constant_time_compare(sent, f"Bearer {token}")


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """CSRF_FAILURE_VIEW: the refusal explained in French, in the site's layout (Django's page is English)."""
    return render(request, "403_csrf.html", {"reason": reason}, status=403)


@require_GET
def open_data(request: HttpRequest) -> HttpResponse:
    demo = Organisation.objects.filter(is_demo=True).exists()
    modified = opendata.last_modified(list(DATASETS))
    datasets = [
        {"dataset": d, "columns": opendata.columns_for_people(d), "last_modified": modified[slug]}
        for slug, d in DATASETS.items()
    ]
    embed_url = f"{opendata.site_url(request)}{reverse('embed_engagement', args=['E02'])}"
    context = {
        "datasets": datasets,
        "demonstration": demo,
        "licence": opendata.LICENCE,
        "publisher": opendata.PUBLISHER,
        "embed_url": embed_url,
    }
    return render(request, "donnees.html", context)


@require_GET
def methodology(request: HttpRequest) -> HttpResponse:
    return render(request, "donnees/methode.html")


class ValuesFilter(forms.Form):
    indicateur = forms.ModelChoiceField(queryset=Indicator.objects.all(), to_field_name="code", required=False)


@require_safe
def open_data_csv(request: HttpRequest, slug: str, spreadsheet: bool = False) -> HttpResponse:
    opendata_views.dataset_or_404(slug)
    filters = ValuesFilter(request.GET)
    if not filters.is_valid():
        return HttpResponse(
            "Indicateur inconnu : consultez /donnees/ pour la liste des codes.\n",
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    return opendata_views.csv_response(request, slug, spreadsheet=spreadsheet, filters=filters.cleaned_data)


@require_GET
def legal_page(request: HttpRequest, page: str) -> HttpResponse:
    # The personal data notice states the durations the nightly purge applies, from the same constants.
    context = {
        "retention": retention,
        "privacy_contact_email": settings.PRIVACY_CONTACT_EMAIL,
        "session_days": settings.SESSION_COOKIE_AGE // 86400,
    }
    return render(request, f"legal/{page}.html", context)


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    response = HttpResponse(sitemaps.ROBOTS.format(sitemap=sitemap), content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "public, max-age=86400"
    return response
