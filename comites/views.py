from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, IntegerField, OuterRef, Prefetch, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.text import slugify
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_POST

from comites import actions, governance_actions
from comites.forms import (
    AmendMinutesForm,
    AttachmentForm,
    CancelMeetingForm,
    CloseDecisionForm,
    DecisionFilterForm,
    DecisionForm,
    MeetingForm,
    MinutesForm,
    PublishMinutesForm,
    SearchForm,
    WithdrawMinutesForm,
)
from comites.models import (
    ATTACHMENT_MAX_BYTES,
    Attachment,
    Attendance,
    Committee,
    Decision,
    Meeting,
    Minutes,
    MinutesVersion,
    published_minutes_filter,
)
from comites.permissions import (
    can_manage_committee,
    get_attachment_for_user,
    get_committee_for_user,
    get_decision_for_user,
    get_meeting_for_user,
)
from comites.records import official_record
from comites.rendering import render_markdown
from comites.search import KINDS, to_result
from comites.search import counts as search_counts
from comites.search import search as run_search
from comites.view_helpers import GET_POST, form_page, see_other, submitted
from common.uploads import limit_uploads
from engagements.models import ProgressSnapshot


def _count_per_committee(queryset, committee_path: str) -> Coalesce:
    """A correlated COUNT(*) subquery: the counts come with the committees, in the same query."""
    counted = queryset.order_by().values(committee_path).annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


# --- Public pages ----------------------------------------------------------------------------------------------


@require_GET
def committee_tree(request: HttpRequest) -> HttpResponse:
    meetings = Meeting.objects.filter(committee=OuterRef("pk"))
    decisions = Decision.objects.public().open().filter(meeting__committee=OuterRef("pk"))
    roots = Committee.objects.annotate(
        meeting_count=_count_per_committee(meetings, "committee"),
        open_decision_count=_count_per_committee(decisions, "meeting__committee"),
    ).tree()
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
    seats = list(
        committee.seats.titulars()
        .in_term(timezone.localdate())
        .select_related("organisation")
        .order_by("role", "organisation__name", "pk")
    )
    context = {
        "committee": committee,
        "seats": seats,
        "voting_seats": sum(1 for seat in seats if seat.votes),
        "upcoming": [m for m in meetings if m.starts_at >= now],
        "past": [m for m in reversed(meetings) if m.starts_at < now],
        "published": [m for m in reversed(meetings) if m.published_minutes],
        # Open decisions first, then the closed ones, each by due date.
        "decisions": sorted(decisions, key=lambda d: d.status != Decision.Status.OPEN),
        "today": timezone.localdate(),
        "can_manage": can_manage_committee(request.user, committee),
    }
    return render(request, "comites/committee_detail.html", context)


def changes_since_previous(meeting: Meeting) -> dict:
    """Each engagement's progress on the committee's territory, frozen at this meeting and at the previous one."""
    previous = (
        Meeting.objects.filter(committee=meeting.committee_id, starts_at__lt=meeting.starts_at)
        .exclude(status=Meeting.Status.CANCELLED)
        .order_by("-starts_at")
        .first()
    )
    day = timezone.localdate(meeting.starts_at)
    days = [day] + ([timezone.localdate(previous.starts_at)] if previous else [])
    snapshots = ProgressSnapshot.objects.filter(
        scope=ProgressSnapshot.Scope.ENGAGEMENT, territory=meeting.committee.territory_id, as_of__in=days
    ).select_related("engagement")
    current, before = {}, {}
    for snapshot in snapshots:
        (current if snapshot.as_of == day else before)[snapshot.engagement_id] = snapshot
    rows = []
    for engagement_id, now in sorted(current.items(), key=lambda item: item[1].engagement.order):
        then = before.get(engagement_id)
        delta = None
        if then is not None and then.percent is not None and now.percent is not None:
            delta = now.percent - then.percent
        rows.append({"engagement": now.engagement, "now": now, "then": then, "delta": delta})
    return {"previous": previous, "rows": rows, "frozen": bool(current), "has_before": bool(before)}


@require_GET
def meeting_detail(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    meeting = get_object_or_404(
        Meeting.objects.select_related("committee", "minutes", "reconvenes").prefetch_related(
            Prefetch("reconvened_by", Meeting.objects.order_by("starts_at")),
            Prefetch("decisions", Decision.objects.select_related("engagement", "owner").order_by("pk")),
            Prefetch("minutes__attachments", Attachment.objects.order_by("title", "pk")),
            Prefetch("minutes__versions", MinutesVersion.objects.order_by("-number")),
            Prefetch(
                "attendances",
                Attendance.objects.select_related("member__organisation", "proxy_holder__organisation").order_by(
                    "member__role", "member__organisation__name", "pk"
                ),
            ),
        ),
        committee__code=code.upper(),
        pk=pk,
    )
    minutes = meeting.minutes_or_none
    published = minutes if minutes is not None and minutes.is_published else None
    convocations = list(meeting.convocations.order_by("sequence"))
    all_attachments = list(minutes.attachments.all()) if minutes is not None else []
    context = {
        "meeting": meeting,
        "minutes": published,
        "withdrawn": minutes if minutes is not None and minutes.is_withdrawn else None,
        "attachments": list(published.attachments.all()) if published else [],
        "versions": list(published.versions.all()) if published else [],
        "decisions": meeting.decisions.all() if published else [],
        "convocations": convocations,
        # Sent with a convocation, public before the minutes (the minutes' own attachments come with them).
        "convocation_documents": [a for a in all_attachments if a.with_convocation] if convocations else [],
        # Who sat is public with the minutes, by organisation (people are not named here).
        "attendance": meeting.attendance_sheet() if published else [],
        "quorum": meeting.quorum() if published else None,
        "today": timezone.localdate(),
        "changes": changes_since_previous(meeting),
        "can_manage": can_manage_committee(request.user, meeting.committee),
    }
    return render(request, "comites/meeting_detail.html", context)


@require_GET
def minutes_version(request: HttpRequest, code: str, pk: int, number: int) -> HttpResponse:
    version = get_object_or_404(
        MinutesVersion.objects.select_related("minutes__meeting__committee"),
        published_minutes_filter("minutes__"),
        minutes__meeting__committee__code=code.upper(),
        minutes__meeting_id=pk,
        number=number,
    )
    return render(request, "comites/minutes_version.html", {"version": version, "meeting": version.minutes.meeting})


@require_GET
def attachment_download(request: HttpRequest, code: str, pk: int, attachment_pk: int) -> FileResponse:
    attachment = get_attachment_for_user(request.user, code, pk, attachment_pk)
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404("Fichier introuvable.") from exc
    filename = f"{slugify(attachment.title) or 'piece-jointe'}.pdf"
    response = FileResponse(handle, as_attachment=True, filename=filename, content_type="application/pdf")
    response["X-Content-Type-Options"] = "nosniff"
    if not attachment.minutes.is_published and not attachment.is_public_with_convocation():
        response["Cache-Control"] = "private, no-store"
    return response


@require_GET
def decision_register(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    form = DecisionFilterForm(request.GET)
    decisions = form.filter(
        Decision.objects.public().with_overdue(today).select_related("meeting__committee", "engagement", "owner"),
        today,
    ).order_by("-meeting__starts_at", "pk")
    page = Paginator(decisions, 50).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"page_obj": page, "today": today, "form": form, "query": query.urlencode()}
    # A history restore (back button after a cache miss) needs the whole page, not the fragment.
    fragment = request.htmx and not request.htmx.history_restore_request
    template = "comites/decision_register.html#results" if fragment else "comites/decision_register.html"
    response = render(request, template, context)
    patch_vary_headers(response, ["HX-Request"])
    return response


@require_GET
def search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET)
    form.is_valid()
    q = form.cleaned_data.get("q", "").strip() if "q" not in form.errors else ""
    kind = form.cleaned_data.get("type") or None
    page, found = None, {}
    if q:
        found = search_counts(q)
        page = Paginator(run_search(q, kind), 20).get_page(request.GET.get("page"))
        page.object_list = [to_result(row, q) for row in page.object_list]
    params = {"q": q, **({"type": kind} if kind else {})}
    context = {
        "form": form,
        "q": q,
        "kind": kind,
        "counts": [(k, KINDS[k][0], n) for k, n in found.items()],
        "total": sum(found.values()),
        "page_obj": page,
        "query": urlencode(params) if q else "",
        "q_query": urlencode({"q": q}) if q else "",
    }
    return render(request, "comites/search.html", context)


# --- Secretary workspace ---------------------------------------------------------------------------------------


@login_required
@require_GET
def secretary_committee(request: HttpRequest, code: str) -> HttpResponse:
    committee = get_committee_for_user(request.user, code)
    meetings = (
        Meeting.objects.filter(committee=committee)
        .select_related("minutes")
        .annotate(decision_count=Count("decisions"))
        .order_by("-starts_at")
    )
    open_decisions = (
        Decision.objects.open()
        .filter(meeting__committee=committee)
        .select_related("meeting", "engagement", "owner")
        .order_by("due_on", "pk")
    )
    context = {
        "committee": committee,
        "meetings": meetings,
        "open_decisions": open_decisions,
        "today": timezone.localdate(),
    }
    return render(request, "comites/secretary_committee.html", context)


@login_required
@GET_POST
def meeting_create(request: HttpRequest, code: str) -> HttpResponse:
    """A new meeting; ``?reconvoquer=<id>``: convene again a meeting held without quorum (same agenda and place)."""
    committee = get_committee_for_user(request.user, code)
    reconvenes = None
    initial = {"agenda": actions.default_agenda(committee)}
    if "reconvoquer" in request.GET:
        reconvenes = Meeting.objects.filter(
            committee=committee, pk=_positive_int(request.GET.get("reconvoquer"))
        ).first()
        if reconvenes is None:
            raise Http404("Réunion inconnue.")
        initial = {"agenda": reconvenes.agenda, "place": reconvenes.place}
    form = MeetingForm(submitted(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            meeting = actions.create_meeting(
                committee=committee, by=request.user, reconvenes=reconvenes, **form.cleaned_data
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, "La réunion est programmée.")
            return _redirect_to_meeting(meeting)
    title = f"Nouvelle réunion — {committee.code}"
    if reconvenes is not None:
        title = f"Reconvoquer la réunion du {timezone.localtime(reconvenes.starts_at):%d/%m/%Y} — {committee.code}"
    context = {
        "committee": committee,
        "form": form,
        "title": title,
        "submit": "Programmer la réunion",
        "back": reverse("secretary_committee", args=[committee.code]),
    }
    return form_page(request, context)


def _positive_int(value: str | None) -> int:
    return int(value) if value and value.isdigit() and len(value) < 10 else 0


def _redirect_to_meeting(meeting: Meeting) -> HttpResponse:
    return see_other(reverse("secretary_meeting", args=[meeting.committee.code, meeting.pk]))


@login_required
@GET_POST
def meeting_edit(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    meeting = get_meeting_for_user(request.user, code, pk)
    initial = {
        "starts_at": timezone.localtime(meeting.starts_at),
        "ends_at": timezone.localtime(meeting.ends_at) if meeting.ends_at else None,
        "place": meeting.place,
        "agenda": meeting.agenda,
    }
    form = MeetingForm(submitted(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            actions.update_meeting(meeting=meeting, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, "La réunion est modifiée.")
            return _redirect_to_meeting(meeting)
    context = {
        "committee": meeting.committee,
        "form": form,
        "title": f"Modifier la réunion du {timezone.localtime(meeting.starts_at):%d/%m/%Y}",
        "submit": "Enregistrer",
        "back": reverse("secretary_meeting", args=[meeting.committee.code, meeting.pk]),
    }
    return form_page(request, context)


@login_required
@GET_POST
def meeting_cancel(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    meeting = get_meeting_for_user(request.user, code, pk)
    form = CancelMeetingForm(submitted(request))
    if request.method == "POST" and form.is_valid():
        try:
            actions.cancel_meeting(meeting=meeting, by=request.user, reason=form.cleaned_data["reason"])
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, "La réunion est annulée.")
            return _redirect_to_meeting(meeting)
    context = {
        "committee": meeting.committee,
        "form": form,
        "title": f"Annuler la réunion du {timezone.localtime(meeting.starts_at):%d/%m/%Y}",
        "intro": "La réunion reste affichée, marquée « annulée », avec le motif ; le calendrier la signale annulée.",
        "submit": "Annuler la réunion",
        "danger": True,
        "back": reverse("secretary_meeting", args=[meeting.committee.code, meeting.pk]),
    }
    return form_page(request, context)


def _preview(body: str) -> str:
    """The live preview's HTML; a text past the size limit is not rendered (the form says why)."""
    try:
        actions.check_minutes_length(body)
    except ValidationError as exc:
        return format_html('<p class="fr-error-text">{}</p>', exc.messages[0])
    return render_markdown(body)


def _minutes_context(meeting: Meeting, form, preview: str | None = None, unsaved: bool = False) -> dict:
    """``unsaved``: the editor shows a text that is not the saved one (a refused submission, a preview)."""
    minutes = meeting.minutes_or_none
    return {
        "unsaved": unsaved,
        "committee": meeting.committee,
        "meeting": meeting,
        "minutes": minutes,
        "form": form,
        "preview": preview if preview is not None else _preview(form["body"].value() or ""),
        "attachments": list(minutes.attachments.order_by("title", "pk")) if minutes else [],
        "versions": list(minutes.versions.order_by("-number")) if minutes else [],
        "decisions": list(meeting.decisions.select_related("engagement", "owner").order_by("pk")),
        "attachment_form": AttachmentForm(),
        "today": timezone.localdate(),
        "quorum": meeting.quorum(),
        "now": timezone.now(),
        # The section generated from the records: as it stands until publication, then as it was frozen.
        "record_html": render_markdown(
            minutes.record if minutes is not None and minutes.is_published else official_record(meeting)
        ),
    }


def _minutes_form(meeting: Meeting, data=None, initial: dict | None = None):
    minutes = meeting.minutes_or_none
    if initial is None:
        initial = {"body": minutes.body, "attendees": minutes.attendees} if minutes else {}
    form_class = AmendMinutesForm if minutes is not None and minutes.is_published else MinutesForm
    return form_class(data, initial=initial)


@login_required
@GET_POST
def secretary_meeting(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    """The minutes editor of a meeting: drafts are saved here, published minutes are amended here."""
    meeting = get_meeting_for_user(request.user, code, pk)
    form = _minutes_form(meeting, submitted(request))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if isinstance(form, AmendMinutesForm):
                version = actions.amend_minutes(
                    minutes=meeting.minutes,
                    by=request.user,
                    body=data["body"],
                    attendees=data["attendees"],
                    change_note=data["change_note"],
                )
                messages.success(request, f"La version {version.number} du compte rendu est publiée.")
            else:
                actions.save_minutes_draft(
                    meeting=meeting, by=request.user, body=data["body"], attendees=data["attendees"]
                )
                messages.success(request, "Le brouillon est enregistré. Il n'est visible que du secrétariat.")
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            return _redirect_to_meeting(meeting)
    context = _minutes_context(meeting, form, unsaved=bool(form.errors))
    return render(request, "comites/secretary_meeting.html", context, status=422 if form.errors else 200)


@login_required
@GET_POST
def minutes_preview(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    """The server's rendering of the text being typed: the htmx live preview, or the whole editor without JS. Its
    address, left in the bar by the preview without JS, opens the editor again (a GET has nothing to preview)."""
    meeting = get_meeting_for_user(request.user, code, pk)
    if request.method == "GET":
        return _redirect_to_meeting(meeting)
    # Unbound, holding what was typed: a preview is not a submission and reports no error.
    typed = {name: request.POST.get(name, "") for name in ("body", "attendees", "change_note")}
    form = _minutes_form(meeting, initial=typed)
    context = _minutes_context(meeting, form, preview=_preview(typed["body"]), unsaved=True)
    if request.htmx:
        return render(request, "comites/secretary_meeting.html#preview", context)
    return render(request, "comites/secretary_meeting.html", context)


def _minutes_or_404(meeting: Meeting) -> Minutes:
    minutes = meeting.minutes_or_none
    if minutes is None:
        raise Http404("Cette réunion n'a pas encore de compte rendu.")
    return minutes


@login_required
@GET_POST
def minutes_publish(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    meeting = get_meeting_for_user(request.user, code, pk)
    minutes = _minutes_or_404(meeting)
    form = PublishMinutesForm(submitted(request))
    if request.method == "POST" and form.is_valid():
        try:
            actions.publish_minutes(minutes=minutes, by=request.user)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request, "Le compte rendu est publié. Les partenaires membres en sont avertis par courriel."
            )
            return _redirect_to_meeting(meeting)
    context = {
        "committee": meeting.committee,
        "form": form,
        "title": "Publier le compte rendu",
        "intro": "Le compte rendu, ses pièces jointes et les décisions de la réunion seront visibles de tous, dans "
        "les flux et la recherche ; les contributeurs des organisations membres recevront un courriel.",
        "submit": "Publier",
        "back": reverse("secretary_meeting", args=[meeting.committee.code, meeting.pk]),
    }
    return form_page(request, context)


@login_required
@GET_POST
def minutes_withdraw(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    meeting = get_meeting_for_user(request.user, code, pk)
    minutes = _minutes_or_404(meeting)
    form = WithdrawMinutesForm(submitted(request))
    if request.method == "POST" and form.is_valid():
        try:
            actions.withdraw_minutes(minutes=minutes, by=request.user, reason=form.cleaned_data["reason"])
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, "Le compte rendu est retiré ; le motif est affiché publiquement.")
            return _redirect_to_meeting(meeting)
    context = {
        "committee": meeting.committee,
        "form": form,
        "title": "Retirer le compte rendu",
        "intro": (
            "Le compte rendu ne sera plus public ; la page de la réunion indiquera la date du retrait et son motif."
        ),
        "submit": "Retirer le compte rendu",
        "danger": True,
        "back": reverse("secretary_meeting", args=[meeting.committee.code, meeting.pk]),
    }
    return form_page(request, context)


@csrf_exempt
@login_required
@GET_POST
def attachment_add(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    # The size limit must be in place before anything reads the body, so CSRF is checked after it (Django's
    # documented pattern for custom upload handlers).
    limit_uploads(request, ATTACHMENT_MAX_BYTES)
    return _attachment_add(request, code, pk)


@csrf_protect
def _attachment_add(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    meeting = get_meeting_for_user(request.user, code, pk)
    if request.method == "POST":
        form = AttachmentForm(request.POST, request.FILES, too_large=getattr(request, "upload_too_large", False))
    else:
        form = AttachmentForm()
    if request.method == "POST" and form.is_valid():
        minutes = meeting.minutes_or_none or actions.save_minutes_draft(
            meeting=meeting, by=request.user, body="", attendees=""
        )
        actions.add_attachment(
            minutes=minutes,
            by=request.user,
            upload=form.cleaned_data["file"],
            title=form.cleaned_data["title"],
            with_convocation=form.cleaned_data["with_convocation"],
        )
        messages.success(request, "La pièce jointe est ajoutée.")
        return _redirect_to_meeting(meeting)
    context = {
        "committee": meeting.committee,
        "form": form,
        "multipart": True,
        "title": "Ajouter une pièce jointe",
        "intro": "Un document PDF de 10 Mo au plus. Tant que le compte rendu n'est pas publié, seuls le secrétariat "
        "et l'administration le voient, sauf un document de la convocation : public dès son envoi.",
        "submit": "Ajouter la pièce jointe",
        "back": reverse("secretary_meeting", args=[meeting.committee.code, meeting.pk]),
    }
    return form_page(request, context)


@login_required
@require_POST
def attachment_delete(request: HttpRequest, code: str, pk: int, attachment_pk: int) -> HttpResponse:
    meeting = get_meeting_for_user(request.user, code, pk)
    attachment = get_object_or_404(
        Attachment.objects.select_related("minutes"), pk=attachment_pk, minutes__meeting=meeting
    )
    try:
        actions.remove_attachment(attachment=attachment, by=request.user)
    except ValidationError as exc:
        messages.error(request, exc.messages[0])
    else:
        messages.success(request, "La pièce jointe est supprimée.")
    return _redirect_to_meeting(meeting)


def _quorum_line(meeting: Meeting) -> str:
    quorum = meeting.quorum()
    if quorum is None:
        return (
            "La feuille de présence n'est pas enregistrée : seul un relevé de décision sans vote est possible. "
            "Enregistrez d'abord les présences pour voter."
        )
    return f"Quorum : {quorum.describe()}"


@login_required
@GET_POST
def decision_add(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    meeting = get_meeting_for_user(request.user, code, pk)
    form = DecisionForm(submitted(request))
    if request.method == "POST" and form.is_valid():
        try:
            governance_actions.add_decision(meeting=meeting, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, "La décision est enregistrée ; elle sera publique avec le compte rendu.")
            return _redirect_to_meeting(meeting)
    context = {
        "committee": meeting.committee,
        "form": form,
        "title": "Ajouter une décision",
        "intro": _quorum_line(meeting),
        "submit": "Enregistrer la décision",
        "back": reverse("secretary_meeting", args=[meeting.committee.code, meeting.pk]),
    }
    return form_page(request, context)


@login_required
@GET_POST
def decision_close(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    decision = get_decision_for_user(request.user, code, pk)
    form = CloseDecisionForm(submitted(request))
    if request.method == "POST" and form.is_valid():
        try:
            actions.close_decision(decision=decision, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, "La décision est close.")
            return see_other(reverse("secretary_committee", args=[decision.meeting.committee.code]))
    context = {
        "committee": decision.meeting.committee,
        "form": form,
        "title": "Clore une décision",
        "intro": decision.text,
        "submit": "Clore la décision",
        "back": reverse("secretary_committee", args=[decision.meeting.committee.code]),
    }
    return form_page(request, context)
