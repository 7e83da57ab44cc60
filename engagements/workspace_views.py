"""The partner workspace: report progress, enter indicator values, review proposals, milestones, history, import.

Every view loads the user's access through ``permissions.get_engagement_access`` (404 when they have no part in
the engagement), checks the rule for its write, and writes through ``engagements.actions``.
"""

from __future__ import annotations

import csv
import datetime
import io
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import OuterRef, Q, Subquery
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect

from common.csv_safe import safe_row
from common.uploads import limit_uploads
from engagements import actions, history, imports, value_imports
from engagements.freshness import organisation_statuses
from engagements.models import Indicator, IndicatorValue, Milestone, ProgressReport, ValueImport
from engagements.permissions import (
    EngagementAccess,
    get_engagement_access,
    get_reporting_access,
    visible_values,
)
from engagements.progress import add_months
from engagements.workspace_forms import ImportForm, MilestoneForm, ReportForm, ReviewForm, ValueForm, parse_month
from reseau.models import Territory
from reseau.permissions import choose_organisation

GRID_MONTHS = 6
EARLIEST_MONTH = datetime.date(2000, 1, 1)
SYNC_IMPORT_LINES = 500


def _breadcrumb(access: EngagementAccess, current: str | None = None) -> dict:
    links = [{"url": reverse("espace"), "title": "Mon espace"}]
    if current:
        links.append(
            {"url": reverse("workspace_engagement", args=[access.engagement.code]), "title": access.engagement.code}
        )
    return {"links": links, "current": current or f"Engagement {access.engagement.code}"}


def _report_context(access: EngagementAccess, report_form: ReportForm | None = None) -> dict:
    """What the report section shows: the form, the freshness badge and the latest reports."""
    engagement = access.engagement
    today = timezone.localdate()
    reports = list(
        ProgressReport.objects.filter(engagement=engagement)
        .select_related("organisation", "territory", "author")
        .order_by("-created_at", "-pk")[:5]
    )
    statuses = organisation_statuses(access.writer, today, engagement=engagement) if access.writer else []
    return {
        "access": access,
        "engagement": engagement,
        "reports": reports,
        "last_own_report": next((r for r in reports if access.writer and r.organisation_id == access.writer.pk), None),
        "status": statuses[0] if statuses else None,
        "report_form": report_form or ReportForm(access=access),
    }


def _review_context(access: EngagementAccess) -> dict:
    """The pilot's review queue, or a contributor's proposals and their outcome."""
    engagement = access.engagement
    to_review, proposals = [], []
    if access.can_review:
        published = IndicatorValue.objects.published().filter(
            indicator=OuterRef("indicator"), territory=OuterRef("territory"), period=OuterRef("period")
        )
        to_review = list(
            IndicatorValue.objects.filter(indicator__engagement=engagement, status=IndicatorValue.Status.PROPOSED)
            .annotate(published_value=Subquery(published.values("value")[:1]))
            .select_related("indicator", "territory", "organisation", "author")
            .order_by("period", "indicator__code", "territory__code")[:50]
        )
    elif access.partner is not None:
        proposals = list(
            IndicatorValue.objects.filter(indicator__engagement=engagement, organisation=access.organisation)
            .filter(
                Q(status__in=[IndicatorValue.Status.PROPOSED, IndicatorValue.Status.REJECTED])
                | Q(reviewer__isnull=False)
            )
            .select_related("indicator", "territory", "reviewer")
            .order_by("-updated_at")[:20]
        )
    return {"access": access, "engagement": engagement, "to_review": to_review, "proposals": proposals}


def _milestones_context(access: EngagementAccess) -> dict:
    today = timezone.localdate()
    milestones = list(Milestone.objects.filter(engagement=access.engagement).order_by("due_on", "pk"))
    for milestone in milestones:
        milestone.overdue = milestone.done_on is None and milestone.due_on < today
    return {"access": access, "engagement": access.engagement, "milestones": milestones, "today": today}


def _overview_context(access: EngagementAccess, report_form: ReportForm | None = None) -> dict:
    return {
        **_report_context(access, report_form),
        **_review_context(access),
        **_milestones_context(access),
        "breadcrumb_data": _breadcrumb(access),
    }


@require_GET
@login_required
def engagement_workspace(request: HttpRequest, code: str) -> HttpResponse:
    access = get_engagement_access(request, code)
    return render(request, "engagements/workspace/engagement.html", _overview_context(access))


@require_POST
@login_required
def report(request: HttpRequest, code: str) -> HttpResponse:
    access = get_reporting_access(request, code)
    _refuse_foreign_territory(access, request.POST.get("territory"))
    form = ReportForm(request.POST, access=access)
    if not form.is_valid():
        template = "engagements/workspace/engagement.html"
        if request.htmx:
            return render(request, f"{template}#report", _report_context(access, form), status=422)
        return render(request, template, _overview_context(access, report_form=form), status=422)
    actions.report_progress(
        engagement=access.engagement,
        organisation=access.writer,
        territory=form.cleaned_data["territory"],
        author=request.user,
        weather=form.cleaned_data["weather"],
        declared_percent=form.cleaned_data["declared_percent"],
        narrative=form.cleaned_data["narrative"],
    )
    if request.htmx:
        context = {**_report_context(access), "saved": True}
        return render(request, "engagements/workspace/engagement.html#report", context)
    messages.success(request, "Compte rendu enregistré.")
    return redirect("workspace_engagement", code=access.engagement.code, permanent=False)


def _refuse_foreign_territory(access: EngagementAccess, code: str | None) -> None:
    """A territory that exists but is not the organisation's is a forged request: 403, not a form error."""
    if code and not any(t.code == code for t in access.territories):
        if Territory.objects.filter(code=code).exists():
            raise PermissionDenied("Votre organisation ne peut pas saisir sur ce territoire.")


# --- Values grid ------------------------------------------------------------------------------------------


def _grid_context(access: EngagementAccess, request: HttpRequest, form: ValueForm | None = None, **extra) -> dict:
    params = request.POST if request.method == "POST" else request.GET
    territories = access.territories
    by_code = {t.code: t for t in territories}
    default = access.organisation.territory.code if access.organisation else None
    # A GET names the grid's territory with ``territoire`` (the URL contract's French name); a POST carries the
    # value form, whose ``territory`` field is the territory of the value being saved.
    wanted = params.get("territory" if request.method == "POST" else "territoire", "")
    territory = by_code.get(wanted) or by_code.get(default or "")
    territory = territory or (territories[0] if territories else None)
    today = timezone.localdate()
    current = today.replace(day=1)
    try:
        # Clamped: nothing is reported before the network existed, and month arithmetic must stay in range.
        end = max(min(parse_month(params.get("fin", "")), current), EARLIEST_MONTH)
    except ValueError:
        end = current
    months = [add_months(end, -i) for i in reversed(range(GRID_MONTHS))]
    indicators = list(Indicator.objects.filter(engagement=access.engagement).order_by("code"))
    published, proposals = {}, {}
    if territory is not None:
        for v in (
            visible_values(access)
            .filter(
                indicator__engagement=access.engagement,
                territory=territory,
                period__range=(months[0], months[-1]),
                status__in=[IndicatorValue.Status.ACCEPTED, IndicatorValue.Status.PROPOSED],
            )
            .select_related("organisation")
        ):
            if v.status == IndicatorValue.Status.ACCEPTED:
                published[(v.indicator_id, v.period)] = v
            else:
                proposals.setdefault((v.indicator_id, v.period), []).append(v)
    editing = None
    if form is not None:
        editing = (form.data.get("indicator"), form.data.get("period"))
    elif request.method == "GET" and params.get("indicateur") and params.get("periode"):
        indicator = next((i for i in indicators if i.code == params["indicateur"]), None)
        try:
            period = parse_month(params["periode"])
        except ValueError:
            period = None
        if indicator is not None and period is not None and months[0] <= period <= months[-1] and territory:
            # The row a save will write: the published value for the pilot, the organisation's own open proposal
            # (which starts from the published value) for a contributor.
            shown = published.get((indicator.pk, period))
            edited = shown if access.can_review else _own_proposal(access, proposals.get((indicator.pk, period)))
            shown = edited or shown
            form = ValueForm(
                initial={
                    "indicator": indicator.pk,
                    "territory": territory.code,
                    "period": f"{period:%Y-%m}",
                    "version": edited.version if edited else 0,
                    "value": _plain(shown.value) if shown else "",
                    "base": _plain(shown.base) if shown and shown.base is not None else "",
                    "note": edited.note if edited else "",
                },
                access=access,
            )
            editing = (str(indicator.pk), f"{period:%Y-%m}")
    rows = []
    for indicator in indicators:
        cells = []
        for month in months:
            is_editing = editing == (str(indicator.pk), f"{month:%Y-%m}")
            cells.append(
                {
                    "period": month,
                    "value": published.get((indicator.pk, month)),
                    "proposals": proposals.get((indicator.pk, month), []),
                    "editing": is_editing,
                }
            )
        rows.append({"indicator": indicator, "cells": cells})
    return {
        "access": access,
        "engagement": access.engagement,
        "territory": territory,
        "months": months,
        "rows": rows,
        "form": form,
        "editing_shown": any(cell["editing"] for row in rows for cell in row["cells"]),
        "previous_end": f"{add_months(end, -GRID_MONTHS):%Y-%m}",
        "next_end": f"{add_months(end, GRID_MONTHS):%Y-%m}" if end < current else None,
        "end": f"{end:%Y-%m}",
        "breadcrumb_data": _breadcrumb(access, "Valeurs des indicateurs"),
        **extra,
    }


def _own_proposal(access: EngagementAccess, proposals: list[IndicatorValue] | None) -> IndicatorValue | None:
    return next((p for p in proposals or [] if access.writer and p.organisation_id == access.writer.pk), None)


def _plain(number) -> str:
    text = format(number.normalize(), "f")
    return text.replace(".", ",")


@require_GET
@login_required
def values_grid(request: HttpRequest, code: str) -> HttpResponse:
    access = get_reporting_access(request, code)
    template = "engagements/workspace/values.html"
    return render(request, f"{template}#grid" if request.htmx else template, _grid_context(access, request))


@require_POST
@login_required
def save_value(request: HttpRequest, code: str) -> HttpResponse:
    if "organisation" in request.POST:
        # A form that names the organisation it writes for (a reminder's list): acting for it, if one belongs to it.
        wanted = request.POST["organisation"]
        if not (wanted.isascii() and wanted.isdigit()) or choose_organisation(request, int(wanted)) is None:
            raise PermissionDenied("Vous ne pouvez pas saisir au nom de cette organisation.")
    access = get_reporting_access(request, code)
    _refuse_foreign_territory(access, request.POST.get("territory"))
    form = ValueForm(request.POST, access=access)
    template = "engagements/workspace/values.html"
    fragment = f"{template}#grid" if request.htmx else template
    if not form.is_valid():
        return render(request, fragment, _grid_context(access, request, form=form), status=422)
    data = form.cleaned_data
    try:
        saved = actions.record_value(
            indicator=data["indicator"],
            territory=data["territory"],
            period=data["period"],
            value=data["value"],
            base=data["base"],
            note=data["note"],
            organisation=access.writer,
            author=request.user,
            expected_version=data["version"],
            access=access,
        )
    except actions.Conflict as conflict:
        current = conflict.current
        retry = ValueForm({**request.POST.dict(), "version": current.version if current else 0}, access=access)
        retry.is_valid()
        context = _grid_context(access, request, form=retry, conflict=current, conflict_missing=current is None)
        return render(request, fragment, context, status=409)
    if not request.htmx:
        if saved.status == IndicatorValue.Status.PROPOSED:
            messages.success(request, "Valeur proposée : elle comptera une fois validée par le pilote.")
        else:
            messages.success(request, "Valeur enregistrée.")
        back = request.POST.get("retour", "")
        # A form of the workspace outside the grid (a reminder's list of missing values) goes back where it was.
        if back.startswith("/espace/") and url_has_allowed_host_and_scheme(back, allowed_hosts=None):
            return redirect(back)
        query = urlencode({"territoire": data["territory"].code, "fin": request.POST.get("fin", "")})
        return redirect(f"{reverse('workspace_values', args=[code])}?{query}")
    return render(request, fragment, _grid_context(access, request, saved=saved))


# --- Review, milestones -----------------------------------------------------------------------------------


@require_POST
@login_required
def review_value(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    access = get_engagement_access(request, code)
    if not access.can_review:
        raise PermissionDenied("Seul le pilote de l'engagement valide les valeurs proposées.")
    value = get_object_or_404(
        IndicatorValue.objects.select_related("indicator", "territory", "organisation"),
        pk=pk,
        indicator__engagement=access.engagement,
    )
    form = ReviewForm(request.POST, value=value)
    template = "engagements/workspace/engagement.html"
    if not form.is_valid():
        context = _review_context(access) if request.htmx else _overview_context(access)
        context["review_errors"] = {value.pk: form}
        return render(request, f"{template}#review" if request.htmx else template, context, status=422)
    try:
        actions.review_value(
            value=value,
            reviewer=request.user,
            decision=actions.Review(form.cleaned_data["decision"]),
            corrected=form.cleaned_data["corrected"],
            reason=form.cleaned_data["reason"].strip(),
            expected_version=form.cleaned_data["version"],
        )
    except actions.Conflict:
        message = (
            "Cette valeur a changé depuis l'affichage de la page (déjà revue ou modifiée) : rien n'a été enregistré."
        )
        if request.htmx:
            context = {**_review_context(access), "review_message": message}
            return render(request, f"{template}#review", context, status=409)
        messages.error(request, message)
        return redirect("workspace_engagement", code=code)
    if request.htmx:
        context = {**_review_context(access), "review_message": "Revue enregistrée."}
        return render(request, f"{template}#review", context)
    messages.success(request, "Revue enregistrée.")
    return redirect("workspace_engagement", code=code)


@require_POST
@login_required
def update_milestone(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    access = get_engagement_access(request, code)
    if not access.can_update_milestones:
        raise PermissionDenied("Seul le pilote de l'engagement met à jour ses jalons.")
    milestone = get_object_or_404(Milestone, pk=pk, engagement=access.engagement)
    form = MilestoneForm(request.POST, milestone=milestone)
    template = "engagements/workspace/engagement.html"
    if not form.is_valid():
        context = _milestones_context(access) if request.htmx else _overview_context(access)
        context["milestone_errors"] = {milestone.pk: form}
        return render(request, f"{template}#milestones" if request.htmx else template, context, status=422)
    actions.set_milestone_done(milestone=milestone, done_on=form.cleaned_data["done_on"], author=request.user)
    if request.htmx:
        context = {**_milestones_context(access), "milestone_message": f"Jalon « {milestone.title} » mis à jour."}
        return render(request, f"{template}#milestones", context)
    messages.success(request, "Jalon mis à jour.")
    return redirect("workspace_engagement", code=code)


# --- History ----------------------------------------------------------------------------------------------


@require_GET
@login_required
def engagement_history(request: HttpRequest, code: str) -> HttpResponse:
    access = get_engagement_access(request, code)
    try:
        page = min(max(1, int(request.GET.get("page", "1"))), 1000)
    except ValueError:
        page = 1
    entries, has_more = history.engagement_history(access.engagement, page=page, viewer=access)
    context = {
        "access": access,
        "engagement": access.engagement,
        "entries": entries,
        "page": page,
        "has_more": has_more,
        "breadcrumb_data": _breadcrumb(access, "Historique"),
    }
    return render(request, "engagements/workspace/history.html", context)


# --- CSV import -------------------------------------------------------------------------------------------


@csrf_exempt
@require_http_methods(["GET", "POST"])
@login_required
def import_values(request: HttpRequest, code: str) -> HttpResponse:
    # The size limit must be in place before anything reads the body, so CSRF is checked after it (Django's
    # documented pattern for custom upload handlers): an oversized file never reaches the temporary folder.
    limit_uploads(request, imports.MAX_BYTES)
    return _import_values(request, code)


@csrf_protect
def _import_values(request: HttpRequest, code: str) -> HttpResponse:
    access = get_reporting_access(request, code)
    template = "engagements/workspace/import.html"
    context = {
        "access": access,
        "engagement": access.engagement,
        "indicators": Indicator.objects.filter(engagement=access.engagement).order_by("code"),
        "breadcrumb_data": _breadcrumb(access, "Importer un fichier"),
        "recent": ValueImport.objects.filter(engagement=access.engagement, author=request.user)[:5],
    }
    if request.method == "GET":
        context["form"] = ImportForm()
        return render(request, template, context)
    form = ImportForm(request.POST, request.FILES, too_large=request.upload_too_large)
    if not form.is_valid():
        context["form"] = form
        return render(request, f"{template}#import-form" if request.htmx else template, context, status=422)
    value_import = value_imports.submit_import(
        engagement=access.engagement,
        organisation=access.writer,
        author=request.user,
        filename=form.cleaned_data["file"].name[:255],
        content=form.text,
        run_now_below=SYNC_IMPORT_LINES,
    )
    url = reverse("workspace_import", args=[value_import.pk])
    return HttpResponseClientRedirect(url) if request.htmx else redirect(url)


def _get_import_for_user(request: HttpRequest, pk: int) -> ValueImport:
    value_import = get_object_or_404(ValueImport.objects.select_related("engagement"), pk=pk)
    if value_import.author_id != request.user.pk and not request.user.is_staff:
        raise Http404
    return value_import


@require_GET
@login_required
def import_status(request: HttpRequest, pk: int) -> HttpResponse:
    value_import = _get_import_for_user(request, pk)
    context = {
        "value_import": value_import,
        "engagement": value_import.engagement,
        "progress": value_imports.import_progress(value_import),
        "errors_shown": value_import.errors[:50],
        "breadcrumb_data": {
            "links": [
                {"url": reverse("espace"), "title": "Mon espace"},
                {
                    "url": reverse("workspace_engagement", args=[value_import.engagement.code]),
                    "title": value_import.engagement.code,
                },
            ],
            "current": "Import de valeurs",
        },
    }
    template = "engagements/workspace/import_status.html"
    return render(request, f"{template}#status" if request.htmx else template, context)


@require_GET
@login_required
def import_errors(request: HttpRequest, pk: int) -> HttpResponse:
    value_import = _get_import_for_user(request, pk)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(["ligne", "colonne", "message"])
    for error in value_import.errors:
        # The message quotes the uploaded cell: it must not come back as a formula (common/csv_safe.py).
        writer.writerow(safe_row([error["ligne"], error["colonne"], error["message"]]))
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="erreurs-import-{value_import.pk}.csv"'
    return response
