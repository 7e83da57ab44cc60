"""Who may do what with committees (DESIGN §5): one predicate per rule, used by views and templates alike."""

from django.core.exceptions import PermissionDenied
from django.http import Http404

from comites.models import ActionSheet, Attachment, Committee, Decision, Meeting, Minutes


def can_manage_committee(user, committee: Committee) -> bool:
    """Create meetings, write and publish minutes, record decisions: the committee's secretaries and staff."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_staff:
        return True
    return committee.secretaries.filter(pk=user.pk).exists()


def can_see_draft(user, minutes: Minutes) -> bool:
    """Unpublished minutes (draft or withdrawn) and their attachments: the people who manage the committee."""
    return can_manage_committee(user, minutes.meeting.committee)


def can_see_attachment(user, attachment: Attachment) -> bool:
    return (
        attachment.minutes.is_published
        or attachment.is_public_with_convocation()
        or can_see_draft(user, attachment.minutes)
    )


def get_committee_for_user(user, code: str) -> Committee:
    """The committee to manage: 404 if it does not exist (committees are public), 403 if the user may not."""
    committee = Committee.objects.select_related("territory").filter(code=code.upper()).first()
    if committee is None:
        raise Http404("Comité inconnu.")
    if not can_manage_committee(user, committee):
        raise PermissionDenied("Vous n'êtes pas secrétaire de ce comité.")
    return committee


def get_meeting_for_user(user, code: str, pk: int) -> Meeting:
    committee = get_committee_for_user(user, code)
    meeting = Meeting.objects.select_related("committee").filter(committee=committee, pk=pk).first()
    if meeting is None:
        raise Http404("Réunion inconnue.")
    return meeting


def get_decision_for_user(user, code: str, pk: int) -> Decision:
    committee = get_committee_for_user(user, code)
    decision = (
        Decision.objects.select_related("meeting__committee", "engagement", "owner")
        .filter(meeting__committee=committee, pk=pk)
        .first()
    )
    if decision is None:
        raise Http404("Décision inconnue.")
    return decision


def get_attachment_for_user(user, code: str, meeting_pk: int, pk: int) -> Attachment:
    """An attachment to download: 404 when it does not exist or belongs to minutes the user may not see."""
    attachment = (
        Attachment.objects.select_related("minutes__meeting__committee")
        .filter(pk=pk, minutes__meeting_id=meeting_pk, minutes__meeting__committee__code=code.upper())
        .first()
    )
    if attachment is None or not can_see_attachment(user, attachment):
        raise Http404("Pièce jointe introuvable.")
    return attachment


def can_report_on_sheet(user, sheet: ActionSheet) -> bool:
    """Edit a fiche action and report its progress (status and notes): the committee's secretaries and staff, and
    the members of its pilot organisation (creating one is the secretaries')."""
    if can_manage_committee(user, sheet.committee):
        return True
    return user.is_authenticated and user.is_active and user.memberships.filter(organisation=sheet.pilot_id).exists()


def get_sheet_for_user(user, code: str, pk: int, *, to_report: bool = False) -> ActionSheet:
    """A fiche action for its committee's secretaries, or (``to_report``: edit it, report on it) also for its pilot's
    members: 404 when it does not exist in that committee, 403 when the user may not."""
    sheet = (
        ActionSheet.objects.select_related("committee", "pilot", "territory")
        .filter(committee__code=code.upper(), pk=pk)
        .first()
    )
    if sheet is None:
        raise Http404("Fiche action inconnue.")
    allowed = can_report_on_sheet(user, sheet) if to_report else can_manage_committee(user, sheet.committee)
    if not allowed:
        raise PermissionDenied("Vous ne pouvez pas modifier cette fiche action.")
    return sheet
