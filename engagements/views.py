import json

from django import forms
from django.conf import settings
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from engagements import engine
from engagements.filters import EngagementFilterForm
from engagements.models import Engagement, EngagementPartner, ProgressSnapshot, Theme
from engagements.queries import IndicatorSeries, indicator_series, indicators_with_targets, latest_snapshots
from francetravail.lib.forms import PortalForm
from francetravail.lib.public_cache import cache_public_page
from reseau.models import Territory


def _list_page(request: HttpRequest, template: str, context: dict, form: EngagementFilterForm) -> HttpResponse:
    context |= {"form": form, "engagements": form.engagements(), "territory": form.territory()}
    status = 422 if form.is_bound and not form.is_valid() else 200
    if request.htmx:
        template += "#resultats"
    return render(request, template, context, status=status)


@require_GET
@cache_public_page
def theme_detail(request: HttpRequest, code: str) -> HttpResponse:
    theme = get_object_or_404(Theme, code=code.upper())
    breadcrumb = {
        "links": [{"url": reverse("engagements"), "title": "Engagements"}],
        "current": f"Enjeu {theme.code}",
    }
    snapshot = (
        latest_snapshots(ProgressSnapshot.Scope.THEME)
        .filter(theme=theme, territory__code=settings.HOME_TERRITORY_CODE)
        .first()
    )
    form = EngagementFilterForm(request.GET or None, fixed_theme=theme)
    context = {"theme": theme, "theme_snapshot": snapshot, "breadcrumb_data": breadcrumb}
    return _list_page(request, "engagements/theme_detail.html", context, form)


@require_GET
@cache_public_page
def engagement_list(request: HttpRequest) -> HttpResponse:
    form = EngagementFilterForm(request.GET or None)
    return _list_page(request, "engagements/engagement_list.html", {}, form)


class TerritoryForm(PortalForm):
    territoire = forms.ModelChoiceField(
        label="Territoire",
        queryset=Territory.objects.exclude(level=Territory.Level.NATIONAL).order_by("code"),
        to_field_name="code",
        required=False,
        empty_label=None,
    )


def _chosen_territory(request: HttpRequest) -> tuple[TerritoryForm, Territory]:
    """The territory asked for in ``?territoire=``, the region by default (also when the code is unknown: the
    form then carries the French message)."""
    form = TerritoryForm(request.GET or None, initial={"territoire": settings.HOME_TERRITORY_CODE})
    territory = form.cleaned_data.get("territoire") if form.is_valid() else None
    if territory is None:
        territory = get_object_or_404(Territory, code=settings.HOME_TERRITORY_CODE)
    return form, territory


def chart_data(series: IndicatorSeries, territory: Territory) -> dict:
    """What the line chart and its table show for one indicator on one territory."""
    points = series.for_territory(territory.pk)
    trajectory = series.trajectories.get(territory.pk)
    periods = [p.period.strftime("%Y-%m") for p in points]
    x, y, names = [periods], [[round(p.value, 2) for p in points]], ["Valeur"]
    expected = [p for p in points if p.expected is not None]
    if expected:
        x.append([p.period.strftime("%Y-%m") for p in expected])
        y.append([round(p.expected, 2) for p in expected])
        names.append("Trajectoire attendue")
    if trajectory and points:
        x.append([periods[0], periods[-1]])
        y.append([round(trajectory.target, 2)] * 2)
        names.append("Cible")
    return {
        "indicator": series.indicator,
        "points": points,
        "trajectory": trajectory,
        "latest": points[-1] if points else None,
        "x": json.dumps(x),
        "y": json.dumps(y),
        "names": json.dumps(names, ensure_ascii=False),
    }


@require_GET
@cache_public_page
def engagement_detail(request: HttpRequest, code: str) -> HttpResponse:
    engagement = get_object_or_404(
        Engagement.objects.select_related("theme").prefetch_related(
            Prefetch(
                "partners",
                EngagementPartner.objects.select_related("organisation").order_by("role", "organisation__name"),
            ),
            "milestones",
        ),
        code=code.upper(),
    )
    form, territory = _chosen_territory(request)
    breadcrumb = {
        "links": [
            {"url": reverse("engagements"), "title": "Engagements"},
            {"url": engagement.theme.get_absolute_url(), "title": f"Enjeu {engagement.theme.code}"},
        ],
        "current": engagement.code,
    }
    snapshot = (
        latest_snapshots(ProgressSnapshot.Scope.ENGAGEMENT)
        .filter(engagement=engagement, territory=territory)
        .select_related("territory")
        .first()
    )
    indicators = list(indicators_with_targets().filter(engagement=engagement).order_by("code"))
    series = indicator_series(indicators) if indicators else {}
    context = {
        "engagement": engagement,
        "territory": territory,
        "territory_form": form,
        "snapshot": snapshot,
        "explanation": engine.explain(snapshot) if snapshot else [],
        "charts": [chart_data(series[i.pk], territory) for i in indicators],
        "coverage": snapshot.coverage.get("par_indicateur", {}) if snapshot else {},
        "reports": engagement.reports.select_related("organisation", "territory", "author")[:50],
        # Only decisions whose minutes are published (comites' DecisionQuerySet.public, through the relation).
        "decisions": engagement.decisions.public().select_related("meeting__committee", "owner"),
        "today": timezone.localdate(),
        "breadcrumb_data": breadcrumb,
    }
    template = "engagements/engagement_detail.html"
    if request.htmx:
        template += "#indicateurs"
    status = 422 if form.is_bound and not form.is_valid() else 200
    return render(request, template, context, status=status)


@require_GET
@cache_public_page
def indicator_detail(request: HttpRequest, code: str) -> HttpResponse:
    indicator = get_object_or_404(indicators_with_targets(), code=code.upper())
    form, territory = _chosen_territory(request)
    series = indicator_series([indicator])[indicator.pk]
    territories = {t.pk: t for t in Territory.objects.exclude(level=Territory.Level.NATIONAL).order_by("code")}
    latest = [(t, series.latest(pk), series.trajectories.get(pk)) for pk, t in territories.items()]
    breadcrumb = {"links": [{"url": reverse("engagements"), "title": "Engagements"}], "current": indicator.code}
    if indicator.engagement:
        breadcrumb["links"].append(
            {"url": indicator.engagement.get_absolute_url(), "title": f"Engagement {indicator.engagement.code}"}
        )
    context = {
        "indicator": indicator,
        "territory": territory,
        "territory_form": form,
        "chart": chart_data(series, territory),
        "latest": latest,
        "breadcrumb_data": breadcrumb,
    }
    template = "engagements/indicator_detail.html"
    if request.htmx:
        template += "#serie"
    status = 422 if form.is_bound and not form.is_valid() else 200
    return render(request, template, context, status=status)


@require_GET
@cache_public_page
def territory_detail(request: HttpRequest, code: str) -> HttpResponse:
    territory = get_object_or_404(Territory.objects.select_related("parent"), code=code.upper())
    siblings = list(
        Territory.objects.filter(parent=territory.parent_id).order_by("code")
        if territory.parent_id
        else Territory.objects.filter(pk=territory.pk)
    )
    children = list(territory.children.order_by("code"))
    compared_ids = [t.pk for t in siblings]
    by_engagement: dict[int, dict[int, ProgressSnapshot]] = {}
    for snapshot in latest_snapshots(ProgressSnapshot.Scope.ENGAGEMENT).filter(territory__in=compared_ids):
        by_engagement.setdefault(snapshot.engagement_id, {})[snapshot.territory_id] = snapshot
    overall = {
        s.territory_id: s for s in latest_snapshots(ProgressSnapshot.Scope.OVERALL).filter(territory__in=compared_ids)
    }
    engagements = list(Engagement.objects.select_related("theme").order_by("theme__order", "order", "code"))
    rows = []
    for engagement in engagements:
        cells = by_engagement.get(engagement.pk, {})
        rows.append(
            {
                "engagement": engagement,
                "snapshot": cells.get(territory.pk),
                "siblings": [cells.get(t.pk) for t in siblings],
            }
        )
    compared = [(t, overall.get(t.pk)) for t in siblings]
    breadcrumb = {"links": [], "current": territory.name}
    if territory.parent and territory.parent.level != Territory.Level.NATIONAL:
        breadcrumb["links"].append({"url": territory_url(territory.parent), "title": territory.parent.name})
    context = {
        "territory": territory,
        "siblings": siblings,
        "children": children,
        "rows": rows,
        "overall": overall.get(territory.pk),
        "compared": compared,
        "bar_x": json.dumps([[t.name for t, _ in compared]], ensure_ascii=False),
        "bar_y": json.dumps([[float(s.percent) if s and s.percent is not None else 0 for _, s in compared]]),
        "breadcrumb_data": breadcrumb,
    }
    return render(request, "engagements/territory_detail.html", context)


def territory_url(territory: Territory) -> str:
    return reverse("territory", args=[territory.code])
