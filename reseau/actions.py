"""Writes on the network: an organisation's members and invitations. Each is audited by django-simple-history."""

from __future__ import annotations

import secrets

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from common.enqueue import enqueue_on_commit
from reseau import tasks
from reseau.models import ANONYMISED_DOMAIN, ANONYMISED_NAME, Invitation, Membership, Organisation, User


class LastAdmin(Exception):
    """An organisation must keep one administrator, or nobody could manage its members."""


class InvitationError(Exception):
    """The invitation cannot be used (answered, cancelled, expired, or its address already has an account)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def invite_member(*, organisation: Organisation, email: str, role: str, by: User, site_url: str) -> Invitation:
    """Send an invitation to join ``organisation``; nobody is attached before they accept.

    An open invitation to the same address is cancelled and replaced (one live link per person). Whether the
    address has an account is not revealed to the inviting admin. The e-mail is sent by a worker once committed
    (``site_url``: the portal's address, for the link); if the broker is down it is logged and the admin invites
    again. Precondition: ``by`` may manage the organisation's members (``permissions.can_manage_members``); the
    address is not already a member's.
    """
    email = User.objects.normalize_email(email).strip().lower()
    token = secrets.token_urlsafe(32)
    now = timezone.now()
    with transaction.atomic():
        for previous in (
            Invitation.objects.select_for_update().open().filter(organisation=organisation, email__iexact=email)
        ):
            _close(previous, Invitation.Status.CANCELLED, by=by, now=now)
        invitation = Invitation(
            organisation=organisation,
            email=email,
            role=role,
            token_hash=Invitation.hash_token(token),
            invited_by=by,
            expires_at=now + Invitation.VALIDITY,
        )
        invitation._history_user = by
        invitation.save()
        link = site_url.rstrip("/") + reverse("invitation", args=[token])
        enqueue_on_commit(tasks.send_invitation, invitation.pk, link)
    return invitation


def send_invitation(*, invitation: Invitation, link: str) -> None:
    """E-mail the invitation's link to its address (the token exists only in ``link``: it is never stored)."""
    context = {"invitation": invitation, "link": link}
    subject = render_to_string("reseau/emails/invitation_subject.txt", context).strip()
    body = render_to_string("reseau/emails/invitation.txt", context)
    send_mail(subject, body, None, [invitation.email])


def _close(invitation: Invitation, status: str, *, by: User | None, now) -> None:
    invitation.status, invitation.answered_at = status, now
    invitation._history_user = by
    invitation.save()


def _lock_usable(invitation: Invitation) -> Invitation:
    invitation = Invitation.objects.select_for_update().select_related("organisation").get(pk=invitation.pk)
    reason = invitation.unusable_reason()
    if reason:
        raise InvitationError(reason)
    return invitation


def accept_invitation(*, invitation: Invitation, user: User) -> Membership:
    """Make ``user`` a member with the offered role; the link then stops working.

    Preconditions: ``user`` is logged in and ``invitation.addressed_to(user)``. Raises ``InvitationError``.
    """
    with transaction.atomic():
        invitation = _lock_usable(invitation)
        membership = Membership.objects.filter(user=user, organisation=invitation.organisation).first()
        if membership is None:
            membership = Membership(user=user, organisation=invitation.organisation, role=invitation.role)
            membership._history_user = user
            membership.save()
        invitation.accepted_by = user
        _close(invitation, Invitation.Status.ACCEPTED, by=user, now=timezone.now())
    return membership


def register_and_accept(*, invitation: Invitation, full_name: str, password: str) -> User:
    """Open the invited address's account (the link proves the mailbox) and accept the invitation with it.

    Preconditions: no account uses the address; ``password`` passed the password validators.
    Raises ``InvitationError``.
    """
    with transaction.atomic():
        invitation = _lock_usable(invitation)
        if User.objects.filter(email__iexact=invitation.email).exists():
            raise InvitationError(
                "Un compte existe déjà pour cette adresse : connectez-vous pour accepter l'invitation."
            )
        user = User.objects.create_user(email=invitation.email, password=password, full_name=full_name.strip())
        accept_invitation(invitation=invitation, user=user)
    return user


def decline_invitation(*, invitation: Invitation, user: User | None) -> None:
    """Preconditions: ``invitation.addressed_to(user)``, or ``user`` is None for a visitor holding the link to
    an address without account. Raises ``InvitationError``."""
    with transaction.atomic():
        invitation = _lock_usable(invitation)
        _close(invitation, Invitation.Status.DECLINED, by=user, now=timezone.now())


def cancel_invitation(*, invitation: Invitation, by: User) -> None:
    """Precondition: ``by`` may manage the invitation's organisation. Only an open invitation is cancelled."""
    with transaction.atomic():
        invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if invitation.status == Invitation.Status.PENDING:
            _close(invitation, Invitation.Status.CANCELLED, by=by, now=timezone.now())


def change_role(*, membership: Membership, role: str, by: User) -> Membership:
    """Precondition: ``by`` may manage the membership's organisation. Refuses to demote the last admin."""
    with transaction.atomic():
        membership = Membership.objects.select_for_update().get(pk=membership.pk)
        if membership.role == role:
            return membership
        if membership.role == Membership.Role.ADMIN:
            _refuse_last_admin(membership)
        membership.role = role
        membership._history_user = by
        membership.save()
    return membership


def remove_member(*, membership: Membership, by: User) -> None:
    """Precondition: ``by`` may manage the membership's organisation. Refuses to remove the last admin."""
    with transaction.atomic():
        membership = Membership.objects.select_for_update().get(pk=membership.pk)
        if membership.role == Membership.Role.ADMIN:
            _refuse_last_admin(membership)
        membership._history_user = by
        membership.delete()


def _refuse_last_admin(membership: Membership) -> None:
    admins = Membership.objects.select_for_update().filter(
        organisation=membership.organisation_id, role=Membership.Role.ADMIN
    )
    if admins.count() <= 1:
        raise LastAdmin


def anonymise_user(*, user: User, by: User | None) -> User:
    """Erase a person's identity and keep what they did (GDPR erasure when their imports, values or reports must
    stay, which deleting the account cannot do): name and address blanked, account deactivated for good, every
    membership, committee secretariat and permission removed (memberships audited), login records and
    invitations to the address erased. The account keeps its id, so the records it authored stay attributed to
    "Compte anonymisé". Idempotent.

    Preconditions: ``by`` is network staff and is not ``user``, or None for the retention purge.
    """
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=user.pk)
        if user.anonymised_at:
            return user
        email = user.email
        # The admin's change log keeps each object's name as it was: the account's and its memberships'.
        named = [
            (User, [user.pk]),
            (Membership, list(Membership.objects.filter(user=user).values_list("pk", flat=True))),
        ]
        for model, ids in named:
            LogEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(model), object_id__in=[str(pk) for pk in ids]
            ).update(object_repr=ANONYMISED_NAME)
        for membership in Membership.objects.filter(user=user):
            membership._history_user = by
            membership.delete()
        for relation in user._meta.related_objects:
            if relation.many_to_many:
                getattr(user, relation.get_accessor_name()).clear()
        user.groups.clear()
        user.user_permissions.clear()
        anonymous = f"anonyme-{user.pk}@{ANONYMISED_DOMAIN}"
        for invitation in Invitation.objects.select_for_update().open().filter(email__iexact=email):
            _close(invitation, Invitation.Status.CANCELLED, by=by, now=timezone.now())
        Invitation.objects.filter(email__iexact=email).update(email=anonymous)
        Invitation.history.model.objects.filter(email__iexact=email).update(email=anonymous)
        for model in (AccessAttempt, AccessFailureLog, AccessLog):
            model.objects.filter(username__iexact=email).delete()
        user.email, user.full_name = anonymous, ""
        user.set_unusable_password()
        user.is_active = user.is_staff = user.is_superuser = False
        user.anonymised_at = timezone.now()
        user.save()
    return user
