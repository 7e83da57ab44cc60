"""Pages that compose several apps: the home dashboard, the workspace entry, health and legal pages."""

import json

from django import forms
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from comites.models import Committee, Decision, Meeting, Minutes
from engagements.freshness import organisation_statuses
from engagements.models import Engagement, Indicator, ProgressSnapshot, Theme
from engagements.queries import ON_TRACK, indicator_series, indicators_with_targets, latest_snapshots
from francetravail import csv_exports
from francetravail.csv_exports import DATASETS
from francetravail.lib import health as health_checks
from francetravail.lib.forms import PortalForm
from francetravail.lib.public_cache import cache_public_page
from reseau.models import Membership, Territory
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


def _map(request: HttpRequest, departements: list[Territory]) -> dict:
    """The map of the départements and its table: overall progress, or the latest value of one indicator."""
    indicators = list(Indicator.objects.order_by("code"))
    form = MapForm(request.GET or None, indicators=indicators)
    chosen = form.chosen()
    region = next(iter(Territory.objects.filter(code=settings.HOME_TERRITORY_CODE)), None)
    rows: list[tuple[Territory, float | None, str]] = []
    if chosen == MAP_PROGRESS:
        overall = {
            s.territory_id: s
            for s in latest_snapshots(ProgressSnapshot.Scope.OVERALL).filter(
                territory__in=[t.pk for t in departements] + ([region.pk] if region else [])
            )
        }
        name, unit = "Avancement de l'ensemble du protocole", "%"
        for territory in departements:
            snapshot = overall.get(territory.pk)
            percent = float(snapshot.percent) if snapshot and snapshot.percent is not None else None
            rows.append((territory, percent, f"au {snapshot.as_of:%d/%m/%Y}" if snapshot else ""))
        regional = overall.get(region.pk) if region else None
        region_value = float(regional.percent) if regional and regional.percent is not None else None
    else:
        indicator = indicators_with_targets().get(code=chosen)
        series = indicator_series([indicator])[indicator.pk]
        name, unit = indicator.name, indicator.unit
        for territory in departements:
            point = series.latest(territory.pk)
            rows.append((territory, point.value if point else None, f"{point.period:%m/%Y}" if point else ""))
        point = series.latest(region.pk) if region else None
        region_value = point.value if point else None
    data = {t.code: round(v, 2) for t, v, _ in rows if v is not None}
    return {
        "map_form": form,
        "map_name": name,
        "map_unit": unit,
        "map_rows": rows,
        "map_data": json.dumps(data),
        "map_value": "" if region_value is None else round(region_value, 2),
        "map_date": next((when for _, _, when in rows if when), ""),
        "region": region,
    }


@require_GET
@cache_public_page
def home(request: HttpRequest) -> HttpResponse:
    theme_snapshots = {
        s.theme_id: s
        for s in latest_snapshots(ProgressSnapshot.Scope.THEME).filter(territory__code=settings.HOME_TERRITORY_CODE)
    }
    themes = list(Theme.objects.with_engagements())
    for theme in themes:
        theme.snapshot = theme_snapshots.get(theme.pk)
    engagement_snapshots = list(
        latest_snapshots(ProgressSnapshot.Scope.ENGAGEMENT).filter(territory__code=settings.HOME_TERRITORY_CODE)
    )
    decisions = Decision.objects.public().aggregate(
        open=Count("pk", filter=Q(status=Decision.Status.OPEN)),
        closed=Count("pk", filter=~Q(status=Decision.Status.OPEN)),
    )
    now = timezone.now()
    departements = list(Territory.objects.filter(level=Territory.Level.DEPARTEMENT).order_by("code"))
    context = {
        "themes": themes,
        "figures": {
            "engagements": len(engagement_snapshots),
            "on_track": sum(s.weather_computed in ON_TRACK for s in engagement_snapshots),
            "overdue": sum("mise_a_jour_en_retard" in s.flags for s in engagement_snapshots),
            "meetings_held": Meeting.objects.filter(status=Meeting.Status.HELD).count(),
            "decisions_open": decisions["open"],
            "decisions_closed": decisions["closed"],
        },
        "latest_minutes": Minutes.objects.filter(state=Minutes.State.PUBLISHED)
        .select_related("meeting__committee")
        .order_by("-published_at")[:5],
        "next_meetings": Meeting.objects.filter(starts_at__gte=now)
        .exclude(status=Meeting.Status.CANCELLED)
        .select_related("committee")
        .order_by("starts_at")[:5],
        **_map(request, departements),
    }
    template = "home.html#carte" if request.htmx else "home.html"
    return render(request, template, context)


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
        ).order_by("code"),
        "can_manage_members": organisation is not None and can_manage_members(request.user, organisation),
        "members": [],
        "all_engagements": Engagement.objects.only("code", "title") if request.user.is_staff else [],
    }
    if context["can_manage_members"]:
        context["members"] = Membership.objects.filter(organisation=organisation).select_related("user")
    return render(request, "espace.html", context)


@require_GET
@never_cache
def health(request: HttpRequest) -> JsonResponse:
    report = health_checks.run_all()
    status = 503 if report["database"]["status"] != "ok" else 200
    return JsonResponse(report, status=status, json_dumps_params={"ensure_ascii": False})


@require_GET
def open_data(request: HttpRequest) -> HttpResponse:
    return render(request, "donnees.html", {"datasets": DATASETS})


class ValuesFilter(forms.Form):
    indicateur = forms.ModelChoiceField(queryset=Indicator.objects.all(), to_field_name="code", required=False)


@require_GET
def open_data_csv(request: HttpRequest, slug: str) -> HttpResponse:
    dataset = DATASETS.get(slug)
    if dataset is None:
        raise Http404("Jeu de données inconnu.")
    filters = ValuesFilter(request.GET)
    if not filters.is_valid():
        return HttpResponse(
            "Indicateur inconnu : consultez /donnees/ pour la liste des codes.\n",
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    rows = csv_exports.stream(dataset, filters.cleaned_data)
    response = StreamingHttpResponse(rows, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slug}.csv"'
    return response


@require_GET
def legal_page(request: HttpRequest, page: str) -> HttpResponse:
    return render(request, f"legal/{page}.html")
