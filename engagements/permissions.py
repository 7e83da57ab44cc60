"""Who may report on an engagement (DESIGN §5): one predicate per rule, used by views and templates alike.

A partner acts through the organisation chosen in their session (``reseau.permissions.acting_organisation``);
network admins (staff) may do everything, in the name of the engagement's pilot.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpRequest

from engagements.models import Engagement, EngagementPartner, IndicatorValue
from reseau.models import Organisation, Territory, User
from reseau.permissions import acting_organisation


@dataclass
class EngagementAccess:
    """What one user, acting for one organisation, may do on one engagement."""

    engagement: Engagement
    user: User | None  # None: a script (an import from the command line, a test) acting for ``organisation``
    organisation: Organisation | None
    partner: EngagementPartner | None
    pilot: EngagementPartner | None
    territories: list[Territory] = field(default_factory=list)

    @property
    def is_staff(self) -> bool:
        return self.user is not None and self.user.is_active and self.user.is_staff

    @property
    def is_pilot(self) -> bool:
        return self.partner is not None and self.partner.role == EngagementPartner.Role.PILOT

    @property
    def writer(self) -> Organisation | None:
        """The organisation a write is made in the name of."""
        if self.partner is not None:
            return self.organisation
        if self.is_staff and self.pilot is not None:
            return self.pilot.organisation
        return None

    @property
    def enters_accepted_values(self) -> bool:
        """« Pilot or staff values are accepted on entry » (DESIGN §4): what this user enters is published at once;
        a contributor's entry is a proposal beside the published value."""
        return self.is_staff or self.is_pilot

    @property
    def can_report(self) -> bool:
        return self.writer is not None and bool(self.territories)

    def can_report_on(self, territory: Territory) -> bool:
        return self.can_report and any(t.pk == territory.pk for t in self.territories)

    @property
    def can_review(self) -> bool:
        return self.is_pilot or (self.is_staff and self.pilot is not None)

    @property
    def can_update_milestones(self) -> bool:
        return self.can_review

    @property
    def sees_all_values(self) -> bool:
        """The pilot (and staff) see every proposal and review; a contributor sees the published values and its
        own organisation's proposals only (hardening issue, item 6)."""
        return self.can_review

    def sees_value_of(self, organisation_id: int | None) -> bool:
        """Whether the people, proposals and reasons behind a value of ``organisation_id`` may be shown."""
        return self.sees_all_values or (self.organisation is not None and organisation_id == self.organisation.pk)

    def value_filter(self) -> Q:
        """The rows of IndicatorValue (or of its history) this user may see, as a filter."""
        if self.sees_all_values:
            return Q()
        published = Q(status__in=[IndicatorValue.Status.ACCEPTED, IndicatorValue.Status.REPLACED])
        if self.organisation is None:
            return published
        return published | Q(organisation=self.organisation)


def engagement_access(user: User | None, organisation: Organisation | None, engagement: Engagement) -> EngagementAccess:
    partners = list(
        EngagementPartner.objects.filter(engagement=engagement).select_related("organisation").order_by("role")
    )
    pilot = next((p for p in partners if p.role == EngagementPartner.Role.PILOT), None)
    partner = next((p for p in partners if organisation is not None and p.organisation_id == organisation.pk), None)
    if user is not None and not (user.is_authenticated and user.is_active):
        partner = None
    access = EngagementAccess(engagement, user, organisation, partner, pilot)
    if partner is not None:
        access.territories = list(partner.territories.order_by("level", "code"))
    elif access.is_staff:
        access.territories = list(Territory.objects.exclude(level=Territory.Level.NATIONAL).order_by("level", "code"))
    return access


def visible_values(access: EngagementAccess):
    """The indicator values ``access`` may see in the workspace (grid, review lists)."""
    return IndicatorValue.objects.filter(access.value_filter())


def get_engagement_access(request: HttpRequest, code: str) -> EngagementAccess:
    """The engagement's workspace access for the request's user, or 404 when they have no part in it.

    404 rather than 403: a partner has no business knowing which engagements another organisation works on.
    """
    engagement = Engagement.objects.select_related("theme").filter(code=code).first()
    if engagement is None or not request.user.is_authenticated:
        raise Http404
    access = engagement_access(request.user, acting_organisation(request), engagement)
    if access.partner is None and not access.is_staff:
        raise Http404
    return access


def get_reporting_access(request: HttpRequest, code: str) -> EngagementAccess:
    """As :func:`get_engagement_access`, and 403 unless the user may report on the engagement somewhere."""
    access = get_engagement_access(request, code)
    if not access.can_report:
        raise PermissionDenied("Votre organisation ne rend pas compte de cet engagement.")
    return access
