"""Who may do what in the network (DESIGN §5): one predicate per rule, used by views and templates alike.

The organisation a user acts for is part of every partner rule: a user who belongs to several organisations
chooses one (kept in the session), and every write is made in its name.
"""

from __future__ import annotations

from django.http import HttpRequest

from reseau.models import Membership, Organisation, User

SESSION_KEY = "acting_organisation_id"


def memberships_of(user: User) -> list[Membership]:
    if not user.is_authenticated:
        return []
    return list(Membership.objects.filter(user=user).select_related("organisation").order_by("organisation__name"))


def acting_membership(request: HttpRequest) -> Membership | None:
    """The membership the user acts under: the one chosen in the session, else their first organisation."""
    cached = getattr(request, "_acting_membership", False)
    if cached is not False:
        return cached
    memberships = memberships_of(request.user)
    chosen = request.session.get(SESSION_KEY) if memberships else None
    membership = next((m for m in memberships if m.organisation_id == chosen), memberships[0] if memberships else None)
    request._acting_membership = membership
    return membership


def acting_organisation(request: HttpRequest) -> Organisation | None:
    membership = acting_membership(request)
    return membership.organisation if membership else None


def choose_organisation(request: HttpRequest, organisation_id: int) -> Membership | None:
    """Switch the organisation the user acts for; None when they do not belong to it."""
    membership = next((m for m in memberships_of(request.user) if m.organisation_id == organisation_id), None)
    if membership is not None:
        request.session[SESSION_KEY] = membership.organisation_id
        request._acting_membership = membership
    return membership


def can_manage_members(user: User, organisation: Organisation) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_staff:
        return True
    return Membership.objects.filter(user=user, organisation=organisation, role=Membership.Role.ADMIN).exists()
