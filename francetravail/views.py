"""Pages that compose several apps: the home dashboard, the workspace entry, health and legal pages."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from comites.models import Committee
from engagements.freshness import organisation_statuses
from engagements.models import Engagement, Theme
from francetravail.lib import health as health_checks
from reseau.models import Membership
from reseau.permissions import acting_membership, can_manage_members, memberships_of


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    themes = Theme.objects.with_engagements()
    return render(request, "home.html", {"themes": themes})


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
        "committees": Committee.objects.filter(secretaries=request.user).order_by("code"),
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
    return render(request, "donnees.html")


@require_GET
def legal_page(request: HttpRequest, page: str) -> HttpResponse:
    return render(request, f"legal/{page}.html")
