from django.conf import settings
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from engagements import engine
from engagements.models import Engagement, EngagementPartner, Indicator, ProgressSnapshot, Theme


@require_GET
def theme_detail(request: HttpRequest, code: str) -> HttpResponse:
    theme = get_object_or_404(Theme.objects.with_engagements(), code=code.upper())
    breadcrumb = {
        "links": [{"url": reverse("engagements"), "title": "Engagements"}],
        "current": f"Enjeu {theme.code}",
    }
    return render(request, "engagements/theme_detail.html", {"theme": theme, "breadcrumb_data": breadcrumb})


@require_GET
def engagement_list(request: HttpRequest) -> HttpResponse:
    themes = Theme.objects.with_engagements()
    return render(request, "engagements/engagement_list.html", {"themes": themes})


@require_GET
def engagement_detail(request: HttpRequest, code: str) -> HttpResponse:
    engagement = get_object_or_404(
        Engagement.objects.select_related("theme").prefetch_related(
            Prefetch(
                "partners",
                EngagementPartner.objects.select_related("organisation").order_by("role", "organisation__name"),
            ),
            "milestones",
            Prefetch("indicators", Indicator.objects.order_by("code")),
        ),
        code=code.upper(),
    )
    breadcrumb = {
        "links": [
            {"url": reverse("engagements"), "title": "Engagements"},
            {"url": engagement.theme.get_absolute_url(), "title": f"Enjeu {engagement.theme.code}"},
        ],
        "current": engagement.code,
    }
    snapshot = (
        ProgressSnapshot.objects.filter(
            scope=ProgressSnapshot.Scope.ENGAGEMENT, engagement=engagement, territory__code=settings.HOME_TERRITORY_CODE
        )
        .select_related("territory")
        .order_by("-as_of")
        .first()
    )
    context = {
        "engagement": engagement,
        "snapshot": snapshot,
        "explanation": engine.explain(snapshot) if snapshot else [],
        "today": timezone.localdate(),
        "breadcrumb_data": breadcrumb,
    }
    return render(request, "engagements/engagement_detail.html", context)
