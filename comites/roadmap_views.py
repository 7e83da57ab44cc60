"""The feuille de route: public pages of a committee's fiches actions, and their editing by the secretaries (and
progress reports by the pilot organisation's members). Thin: forms validate, ``comites/roadmap_actions.py``
writes."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from comites import roadmap_actions
from comites.forms import ActionSheetForm, SheetReportForm
from comites.models import ActionSheet, ActionSheetNote, Committee
from comites.permissions import can_manage_committee, can_report_on_sheet, get_committee_for_user, get_sheet_for_user
from comites.view_helpers import GET_POST, form_page, see_other, submitted


@require_GET
def roadmap(request: HttpRequest, code: str) -> HttpResponse:
    committee = get_object_or_404(Committee.objects.select_related("territory"), code=code.upper())
    sheets = list(
        ActionSheet.objects.filter(committee=committee)
        .select_related("pilot", "territory", "committee")
        .prefetch_related("engagements")
        .order_by("due_on", "pk")
    )
    context = {"committee": committee, "sheets": sheets, "can_manage": can_manage_committee(request.user, committee)}
    return render(request, "comites/roadmap.html", context)


@require_GET
def action_sheet(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    sheet = get_object_or_404(
        ActionSheet.objects.for_public().prefetch_related(
            Prefetch("notes", ActionSheetNote.objects.select_related("organisation"))
        ),
        committee__code=code.upper(),
        pk=pk,
    )
    context = {
        "committee": sheet.committee,
        "sheet": sheet,
        "can_manage": can_manage_committee(request.user, sheet.committee),
        "can_report": can_report_on_sheet(request.user, sheet),
    }
    return render(request, "comites/action_sheet.html", context)


def _form_page(request: HttpRequest, committee, form, title: str, submit: str, back: str, intro: str = ""):
    context = {"committee": committee, "form": form, "title": title, "submit": submit, "back": back, "intro": intro}
    return form_page(request, context)


def _initial(sheet: ActionSheet) -> dict:
    return {
        "title": sheet.title,
        "description": sheet.description,
        "pilot": sheet.pilot_id,
        "partners": list(sheet.partners.all()),
        "engagements": list(sheet.engagements.all()),
        "indicators": list(sheet.indicators.all()),
        "territory": sheet.territory_id,
        "starts_on": sheet.starts_on,
        "due_on": sheet.due_on,
        "decisions": list(sheet.decisions.all()),
    }


def _save(request: HttpRequest, committee, sheet: ActionSheet | None) -> HttpResponse:
    initial = _initial(sheet) if sheet is not None else {"territory": committee.territory_id}
    form = ActionSheetForm(submitted(request), committee=committee, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            saved = roadmap_actions.save_sheet(committee=committee, by=request.user, sheet=sheet, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, "La fiche action est enregistrée.")
            return see_other(saved.get_absolute_url())
    back = sheet.get_absolute_url() if sheet else reverse("roadmap", args=[committee.code])
    title = "Modifier la fiche action" if sheet else f"Nouvelle fiche action — {committee.code}"
    return _form_page(request, committee, form, title, "Enregistrer la fiche action", back)


@login_required
@GET_POST
def sheet_create(request: HttpRequest, code: str) -> HttpResponse:
    return _save(request, get_committee_for_user(request.user, code), None)


@login_required
@GET_POST
def sheet_edit(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    """The secretaries and the members of the pilot organisation edit the sheet."""
    sheet = get_sheet_for_user(request.user, code, pk, to_report=True)
    return _save(request, sheet.committee, sheet)


@login_required
@GET_POST
def sheet_report(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    """The secretaries and the members of the pilot organisation report on the sheet's progress."""
    sheet = get_sheet_for_user(request.user, code, pk, to_report=True)
    form = SheetReportForm(submitted(request), initial={"status": sheet.status})
    if request.method == "POST" and form.is_valid():
        try:
            roadmap_actions.report_on_sheet(sheet=sheet, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, "Le point d'avancement est publié sur la fiche.")
            return see_other(sheet.get_absolute_url())
    return _form_page(
        request,
        sheet.committee,
        form,
        "Point d'avancement",
        "Publier le point d'avancement",
        sheet.get_absolute_url(),
        intro=sheet.title,
    )
