"""The secretary's governance pages: the committee's members and the attendance sheet of a meeting. Thin: the
forms validate the input, ``comites/governance_actions.py`` checks the rules and writes."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from comites import governance, governance_actions
from comites.forms import AttendanceForm, ConvocationForm, EndTermForm, MemberForm
from comites.models import CommitteeMember
from comites.permissions import get_committee_for_user, get_meeting_for_user
from comites.view_helpers import GET_POST, form_page, see_other, submitted


def _member_or_404(committee, pk: int) -> CommitteeMember:
    return get_object_or_404(CommitteeMember.objects.select_related("organisation"), pk=pk, committee=committee)


@login_required
@require_GET
def members(request: HttpRequest, code: str) -> HttpResponse:
    committee = get_committee_for_user(request.user, code)
    today = timezone.localdate()
    seats = list(
        committee.seats.select_related("organisation", "substitute_for").order_by(
            "substitute_for_id", "role", "organisation__name", "last_name", "pk"
        )
    )
    current = [m for m in seats if m.term_start <= today <= m.term_end]
    context = {
        "committee": committee,
        "titulars": [m for m in current if m.is_titular],
        "substitutes": [m for m in current if not m.is_titular],
        "ending": [m for m in current if (m.term_end - today).days <= 90],
        "former": [m for m in seats if m.term_end < today],
        "upcoming": [m for m in seats if m.term_start > today],
        "today": today,
    }
    return render(request, "comites/secretary_members.html", context)


@login_required
@GET_POST
def member_add(request: HttpRequest, code: str) -> HttpResponse:
    committee = get_committee_for_user(request.user, code)
    form = MemberForm(submitted(request), committee=committee, initial={"term_start": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            governance_actions.add_member(committee=committee, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, "Le membre est ajouté au comité.")
            return see_other(reverse("secretary_members", args=[committee.code]))
    context = {
        "committee": committee,
        "form": form,
        "title": f"Ajouter un membre — {committee.code}",
        "submit": "Ajouter le membre",
        "back": reverse("secretary_members", args=[committee.code]),
    }
    return form_page(request, context)


@login_required
@GET_POST
def member_end_term(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    committee = get_committee_for_user(request.user, code)
    member = _member_or_404(committee, pk)
    form = EndTermForm(submitted(request), initial={"on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            governance_actions.end_term(member=member, by=request.user, on=form.cleaned_data["on"])
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, "Le mandat est clos à cette date.")
            return see_other(reverse("secretary_members", args=[committee.code]))
    context = {
        "committee": committee,
        "form": form,
        "title": "Mettre fin à un mandat",
        "intro": f"{member} — {member.get_role_display()}, mandat jusqu'au {member.term_end:%d/%m/%Y}.",
        "submit": "Mettre fin au mandat",
        "back": reverse("secretary_members", args=[committee.code]),
    }
    return form_page(request, context)


@login_required
@require_POST
def member_consent(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    committee = get_committee_for_user(request.user, code)
    member = _member_or_404(committee, pk)
    consent = request.POST.get("consent") == "1"
    try:
        governance_actions.set_name_consent(member=member, by=request.user, consent=consent)
    except ValidationError as exc:
        messages.error(request, exc.messages[0])
    else:
        messages.success(
            request,
            "Le nom du coprésident est publié." if consent else "Le nom du coprésident n'est plus publié.",
        )
    return see_other(reverse("secretary_members", args=[committee.code]))


@login_required
@GET_POST
def meeting_attendance(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    meeting = get_meeting_for_user(request.user, code, pk)
    sitting = list(meeting.sitting_members().select_related("organisation").order_by("role", "organisation__name"))
    form = AttendanceForm(submitted(request), meeting=meeting, members=sitting)
    if request.method == "POST" and form.is_valid():
        try:
            quorum = governance_actions.record_attendance(meeting=meeting, by=request.user, presences=form.presences())
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, f"La feuille de présence est enregistrée : {quorum.describe()}")
            return see_other(reverse("secretary_meeting_attendance", args=[meeting.committee.code, meeting.pk]))
    context = {
        "committee": meeting.committee,
        "meeting": meeting,
        "form": form,
        "quorum": meeting.quorum(),
        # The published minutes relate this attendance: it is shown, no longer edited.
        "frozen": meeting.published_minutes is not None,
    }
    return render(request, "comites/secretary_attendance.html", context, status=422 if form.errors else 200)


@login_required
@GET_POST
def meeting_convocation(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    meeting = get_meeting_for_user(request.user, code, pk)
    form = ConvocationForm(submitted(request))
    if request.method == "POST" and form.is_valid():
        try:
            convocation = governance_actions.convoke(meeting=meeting, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request, f"La convocation n° {convocation.sequence} part aux membres, avec l'invitation à la réunion."
            )
            return see_other(reverse("secretary_meeting", args=[meeting.committee.code, meeting.pk]))
    recipients = meeting.committee.seats.in_term(meeting.day).exclude(email="").count()
    context = {
        "committee": meeting.committee,
        "meeting": meeting,
        "form": form,
        "recipients": recipients,
        "convocations": list(meeting.convocations.order_by("sequence")),
        "urgent": meeting.starts_at - timezone.now() < datetime.timedelta(days=governance.CONVOCATION_NOTICE_DAYS),
    }
    return render(request, "comites/secretary_convocation.html", context, status=422 if form.errors else 200)
