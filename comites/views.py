from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_GET

from comites.models import Committee, Decision, Meeting


@require_GET
def committee_tree(request: HttpRequest) -> HttpResponse:
    roots = Committee.objects.tree()
    return render(request, "comites/committee_tree.html", {"roots": roots})


@require_GET
def committee_detail(request: HttpRequest, code: str) -> HttpResponse:
    committee = get_object_or_404(
        Committee.objects.select_related("territory", "parent").prefetch_related(
            Prefetch("children", Committee.objects.order_by("code")),
            "members",
            Prefetch(
                "meetings",
                Meeting.objects.select_related("minutes").order_by("starts_at"),
            ),
        ),
        code=code.upper(),
    )
    now = timezone.now()
    meetings = list(committee.meetings.all())
    decisions = list(
        Decision.objects.public()
        .filter(meeting__committee=committee)
        .select_related("engagement", "owner", "meeting__committee")
        .order_by("due_on", "pk")
    )
    context = {
        "committee": committee,
        "upcoming": [m for m in meetings if m.starts_at >= now],
        "past": [m for m in reversed(meetings) if m.starts_at < now],
        # Open decisions first, then the closed ones, each by due date.
        "decisions": sorted(decisions, key=lambda d: d.status != Decision.Status.OPEN),
        "today": timezone.localdate(),
    }
    return render(request, "comites/committee_detail.html", context)


@require_GET
def meeting_detail(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    meeting = get_object_or_404(
        Meeting.objects.select_related("committee", "minutes").prefetch_related(
            Prefetch("decisions", Decision.objects.select_related("engagement", "owner").order_by("pk"))
        ),
        committee__code=code.upper(),
        pk=pk,
    )
    minutes = meeting.published_minutes
    decisions = meeting.decisions.all() if minutes else []
    context = {"meeting": meeting, "minutes": minutes, "decisions": decisions, "today": timezone.localdate()}
    return render(request, "comites/meeting_detail.html", context)


@require_GET
def decision_register(request: HttpRequest) -> HttpResponse:
    decisions = (
        Decision.objects.public()
        .select_related("meeting__committee", "engagement", "owner")
        .order_by("-meeting__starts_at", "pk")
    )
    page = Paginator(decisions, 50).get_page(request.GET.get("page"))
    return render(request, "comites/decision_register.html", {"page_obj": page, "today": timezone.localdate()})
