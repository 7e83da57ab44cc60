"""Public pages of the protocol: themes, engagements, indicators and territories. They read the engine's stored
results and figures (``engagements.queries``); they never compute a figure themselves."""

import json

from django import forms
from django.conf import settings
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from common.forms import PortalForm
from common.public_cache import cache_public_page
from engagements import explain, queries
from engagements.filters import EngagementFilterForm
from engagements.models import Engagement, EngagementPartner, ProgressSnapshot, Theme, ValueRevision
from reseau.models import Territory

Scope = ProgressSnapshot.Scope
REVISIONS_SHOWN = 20


def territory_names() -> dict[str, str]:
    return dict(Territory.objects.values_list("code", "name"))


def summary_explanation(snapshot: ProgressSnapshot | None, what: str) -> list[str]:
    if snapshot is None or snapshot.outcome is None:
        return []
    return explain.explain_summary(snapshot.outcome, as_of=snapshot.as_of, what=what)


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
    snapshot = queries.latest(Scope.THEME, theme=theme, territory__code=settings.HOME_TERRITORY_CODE).first()
    form = EngagementFilterForm(request.GET or None, fixed_theme=theme)
    context = {
        "theme": theme,
        "theme_snapshot": snapshot,
        "theme_explanation": summary_explanation(snapshot, "de l'enjeu"),
        "breadcrumb_data": breadcrumb,
    }
    return _list_page(request, "engagements/theme_detail.html", context, form)


@require_GET
@cache_public_page
def engagement_list(request: HttpRequest) -> HttpResponse:
    form = EngagementFilterForm(request.GET or None)
    return _list_page(request, "engagements/engagement_list.html", {}, form)


class TerritoryForm(PortalForm):
    territoire = forms.ModelChoiceField(
        label="Territoire",
        queryset=Territory.objects.exclude(level=Territory.Level.NATIONAL).in_tree_order(),
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


@require_GET
@cache_public_page
def engagement_detail(request: HttpRequest, code: str) -> HttpResponse:
    engagement = get_object_or_404(
        Engagement.objects.select_related("theme").prefetch_related(
            Prefetch(
                "partners",
                EngagementPartner.objects.select_related("organisation").order_by("role", "organisation__name"),
            ),
            "milestones__territory",
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
    snapshot = queries.latest(Scope.ENGAGEMENT, engagement=engagement, territory=territory).first()
    indicators = list(queries.indicators_with_targets().filter(engagement=engagement).order_by("code"))
    figures = queries.indicator_figures(indicators)
    names = territory_names()
    results = queries.indicator_outcomes(territory.pk, engagement=engagement)
    explanation = []
    if snapshot is not None and snapshot.outcome is not None:
        explanation = explain.explain_engagement(
            snapshot.outcome,
            as_of=snapshot.as_of,
            indicator_names={i.code: i.name for i in indicators},
            territory_names=names,
            indicators=[results[i.pk] for i in indicators if i.pk in results],
        )
    charts = []
    for indicator in indicators:
        chart = queries.chart(figures[indicator.pk], territory.pk, names)
        outcome = results.get(indicator.pk)
        chart["outcome"] = outcome
        chart["explanation"] = (
            explain.explain_indicator(
                outcome, unit=indicator.unit, direction=indicator.direction, territory_names=names
            )
            if outcome
            else []
        )
        charts.append(chart)
    context = {
        "engagement": engagement,
        "territory": territory,
        "territory_form": form,
        "snapshot": snapshot,
        "outcome": snapshot.outcome if snapshot else None,
        "explanation": explanation,
        "charts": charts,
        "reports": engagement.reports.select_related("organisation", "territory")[:50],
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
    indicator = get_object_or_404(queries.indicators_with_targets(), code=code.upper())
    form, territory = _chosen_territory(request)
    figures = queries.indicator_figures([indicator])[indicator.pk]
    names = territory_names()
    territories = list(Territory.objects.exclude(level=Territory.Level.NATIONAL).in_tree_order())
    latest = []
    for row_territory in territories:
        series = figures.for_territory(row_territory.pk)
        headline = figures.headline(row_territory.pk)
        later = [f for f in series if headline is None or f.period > headline.period]
        latest.append([row_territory, headline, later[-1] if later else None, None])
    public_revisions = ValueRevision.objects.filter(indicator=indicator, revised_at__lte=timezone.now())
    # The latest revision of each declared headline value, shown beside it (DESIGN §4: "listed with the value").
    declared = {(row[0].pk, row[1].period) for row in latest if row[1] is not None and not row[1].computed}
    revised = {}
    for revision in public_revisions.filter(
        territory__in={pk for pk, _ in declared}, period__in={period for _, period in declared}
    ).order_by("revised_at", "pk"):
        revised[(revision.territory_id, revision.period)] = revision
    for row in latest:
        if row[1] is not None:
            row[3] = revised.get((row[0].pk, row[1].period))
    revisions = list(
        public_revisions.select_related("territory", "organisation").order_by("-revised_at", "-pk")[
            : REVISIONS_SHOWN + 1
        ]
    )
    breadcrumb = {"links": [{"url": reverse("engagements"), "title": "Engagements"}], "current": indicator.code}
    if indicator.engagement:
        breadcrumb["links"].append(
            {"url": indicator.engagement.get_absolute_url(), "title": f"Engagement {indicator.engagement.code}"}
        )
    outcome = queries.indicator_outcomes(territory.pk, indicator=indicator).get(indicator.pk)
    context = {
        "indicator": indicator,
        "territory": territory,
        "territory_form": form,
        "chart": {
            **queries.chart(figures, territory.pk, names),
            "outcome": outcome,
            "explanation": (
                explain.explain_indicator(
                    outcome, unit=indicator.unit, direction=indicator.direction, territory_names=names
                )
                if outcome
                else []
            ),
        },
        "latest": latest,
        "revisions": revisions[:REVISIONS_SHOWN],
        "more_revisions": len(revisions) > REVISIONS_SHOWN,
        "territory_names": names,
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
    for snapshot in queries.latest(Scope.ENGAGEMENT, territory__in=compared_ids):
        by_engagement.setdefault(snapshot.engagement_id, {})[snapshot.territory_id] = snapshot
    overall = {s.territory_id: s for s in queries.latest(Scope.OVERALL, territory__in=compared_ids)}
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
    own = overall.get(territory.pk)
    breadcrumb = {"links": [], "current": territory.name}
    if territory.parent and territory.parent.level != Territory.Level.NATIONAL:
        breadcrumb["links"].append({"url": territory_url(territory.parent), "title": territory.parent.name})
    with_figures = [(t, s) for t, s in compared if s is not None and s.percent is not None]
    context = {
        "territory": territory,
        "siblings": siblings,
        "children": children,
        "rows": rows,
        "overall": own,
        "overall_explanation": summary_explanation(own, "du protocole"),
        "compared": compared,
        "bar_x": json.dumps([[t.name for t, _ in with_figures]], ensure_ascii=False),
        "bar_y": json.dumps([[float(s.percent) for _, s in with_figures]]),
        "breadcrumb_data": breadcrumb,
    }
    return render(request, "engagements/territory_detail.html", context)


def territory_url(territory: Territory) -> str:
    return reverse("territory", args=[territory.code])
