"""Workspace pages of the network: the organisation a user acts for, and an organisation's members."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST

from reseau import actions
from reseau.forms import MemberForm, MemberRoleForm
from reseau.models import Membership, Organisation
from reseau.permissions import can_manage_members, choose_organisation


@require_POST
@login_required
def choose(request: HttpRequest) -> HttpResponse:
    try:
        organisation_id = int(request.POST.get("organisation", ""))
    except ValueError:
        organisation_id = 0
    membership = choose_organisation(request, organisation_id)
    if membership is None:
        messages.error(request, "Vous n'êtes pas membre de cette organisation.")
    else:
        messages.success(request, f"Vous agissez désormais pour {membership.organisation.name}.")
    target = request.POST.get("next") or reverse("espace")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = reverse("espace")
    return redirect(target)


def _get_organisation_for_admin(request: HttpRequest, slug: str) -> Organisation:
    organisation = get_object_or_404(Organisation, slug=slug)
    if not can_manage_members(request.user, organisation):
        # Members may know their own organisation exists; others learn nothing.
        if Membership.objects.filter(user=request.user, organisation=organisation).exists():
            raise PermissionDenied("Seuls les administrateurs de l'organisation gèrent ses membres.")
        raise Http404
    return organisation


@require_http_methods(["GET", "POST"])
@login_required
def members(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = _get_organisation_for_admin(request, slug)
    form = MemberForm(request.POST or None, organisation=organisation)
    if request.method == "POST":
        if form.is_valid():
            actions.add_member(
                organisation=organisation,
                email=form.cleaned_data["email"],
                full_name=form.cleaned_data["full_name"],
                role=form.cleaned_data["role"],
                by=request.user,
                request=request,
            )
            messages.success(request, f"{form.cleaned_data['email']} a été ajouté(e) à l'organisation.")
            return redirect("organisation_members", slug=slug)
    memberships = Membership.objects.filter(organisation=organisation).select_related("user").order_by("user__email")
    context = {
        "organisation": organisation,
        "memberships": memberships,
        "form": form,
        "breadcrumb_data": {"links": [{"url": reverse("espace"), "title": "Mon espace"}], "current": "Membres"},
    }
    return render(request, "reseau/members.html", context, status=422 if form.errors else 200)


@require_POST
@login_required
def member(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    organisation = _get_organisation_for_admin(request, slug)
    membership = get_object_or_404(Membership.objects.select_related("user"), pk=pk, organisation=organisation)
    try:
        if request.POST.get("action") == "remove":
            actions.remove_member(membership=membership, by=request.user)
            messages.success(request, f"{membership.user.email} ne fait plus partie de l'organisation.")
        else:
            form = MemberRoleForm(request.POST)
            if not form.is_valid():
                messages.error(request, "Rôle inconnu : choisissez contributeur ou administrateur.")
                return redirect("organisation_members", slug=slug)
            actions.change_role(membership=membership, role=form.cleaned_data["role"], by=request.user)
            messages.success(request, f"Rôle de {membership.user.email} mis à jour.")
    except actions.LastAdmin:
        messages.error(request, "L'organisation doit garder au moins un administrateur.")
    return redirect("organisation_members", slug=slug)
