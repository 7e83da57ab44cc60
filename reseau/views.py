"""Pages of the network: the organisation a user acts for, an organisation's members and invitations."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from reseau import actions, personal_data
from reseau.forms import InvitationForm, InvitationSignupForm, MemberRoleForm
from reseau.models import Invitation, Membership, Organisation, User
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
    form = InvitationForm(request.POST or None, organisation=organisation)
    if request.method == "POST":
        if form.is_valid():
            actions.invite_member(
                organisation=organisation,
                email=form.cleaned_data["email"],
                role=form.cleaned_data["role"],
                by=request.user,
                site_url=settings.SITE_URL or request.build_absolute_uri("/"),
            )
            messages.success(
                request,
                f"Invitation envoyée à {form.cleaned_data['email']}. La personne deviendra membre de "
                "l'organisation quand elle l'aura acceptée.",
            )
            return redirect("organisation_members", slug=slug)
    memberships = Membership.objects.filter(organisation=organisation).select_related("user").order_by("user__email")
    context = {
        "organisation": organisation,
        "memberships": memberships,
        # Before acceptance the admin sees only the address they typed, never the name of an account.
        "invitations": organisation.invitations.open().only("email", "role", "created_at", "expires_at"),
        "form": form,
        "breadcrumb_data": {"links": [{"url": reverse("espace"), "title": "Mon espace"}], "current": "Membres"},
    }
    return render(request, "reseau/members.html", context, status=422 if form.errors else 200)


@require_POST
@login_required
def invitation_cancel(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    organisation = _get_organisation_for_admin(request, slug)
    invitation = get_object_or_404(Invitation, pk=pk, organisation=organisation)
    actions.cancel_invitation(invitation=invitation, by=request.user)
    messages.success(request, f"L'invitation envoyée à {invitation.email} est annulée : son lien ne fonctionne plus.")
    return redirect("organisation_members", slug=slug)


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


@require_GET
@login_required
@never_cache
def my_data(request: HttpRequest) -> HttpResponse:
    """The logged-in person's own data as JSON (GDPR access and portability); nobody else's can be asked for."""
    response = JsonResponse(personal_data.export(request.user), json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = 'attachment; filename="mes-donnees.json"'
    return response


def _invitation_refused(request: HttpRequest, message: str, status: int) -> HttpResponse:
    return render(request, "reseau/invitation.html", {"refusal": message}, status=status)


@require_http_methods(["GET", "POST"])
def invitation(request: HttpRequest, token: str) -> HttpResponse:
    """The link of an invitation e-mail: the invitee accepts (or declines), creating their account if needed.

    GET never changes anything (mail scanners open links); the answer is a POST.
    """
    found = Invitation.objects.select_related("organisation").filter(token_hash=Invitation.hash_token(token)).first()
    if found is None:
        return _invitation_refused(
            request,
            "Ce lien d'invitation n'est pas valide : vérifiez qu'il est complet (copiez-le en entier depuis le "
            "message reçu) ou demandez une nouvelle invitation.",
            status=404,
        )
    reason = found.unusable_reason()
    if reason:
        return _invitation_refused(request, reason, status=410)
    user = request.user if request.user.is_authenticated else None
    if user is not None and not found.addressed_to(user):
        return _invitation_refused(
            request,
            "Cette invitation est adressée à une autre adresse électronique que celle de votre compte : "
            "déconnectez-vous, puis ouvrez de nouveau le lien.",
            status=403,
        )
    has_account = user is not None or User.objects.filter(email__iexact=found.email).exists()
    if user is None and has_account:
        messages.info(request, "Connectez-vous avec l'adresse à laquelle l'invitation a été envoyée pour y répondre.")
        return redirect_to_login(request.get_full_path())
    form = None if user else InvitationSignupForm(request.POST or None, email=found.email)
    if request.method == "POST":
        try:
            if request.POST.get("action") == "decline":
                actions.decline_invitation(invitation=found, user=user)
                messages.info(request, f"Vous avez refusé l'invitation de {found.organisation.name}.")
                return redirect("espace" if user else "home")
            if user is not None:
                actions.accept_invitation(invitation=found, user=user)
            elif form.is_valid():
                user = actions.register_and_accept(
                    invitation=found, full_name=form.cleaned_data["full_name"], password=form.cleaned_data["password1"]
                )
                login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        except actions.InvitationError as error:
            return _invitation_refused(request, error.message, status=410)
        if user is not None:
            messages.success(request, f"Vous êtes désormais membre de {found.organisation.name}.")
            return redirect("espace")
    context = {"invitation": found, "form": form}
    return render(request, "reseau/invitation.html", context, status=422 if form is not None and form.errors else 200)
