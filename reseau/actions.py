"""Writes on the network: an organisation's members. Each is audited by django-simple-history."""

from __future__ import annotations

import secrets

from django.contrib.auth.forms import PasswordResetForm
from django.db import transaction
from django.http import HttpRequest

from reseau.models import Membership, Organisation, User


class LastAdmin(Exception):
    """An organisation must keep one administrator, or nobody could manage its members."""


def add_member(
    *, organisation: Organisation, email: str, full_name: str, role: str, by: User, request: HttpRequest
) -> Membership:
    """Add a person to an organisation; a new account gets an e-mail to choose its password.

    Precondition: ``by`` may manage the organisation's members (``permissions.can_manage_members``).
    """
    email = User.objects.normalize_email(email).lower()
    with transaction.atomic():
        user = User.objects.filter(email__iexact=email).first()
        created = user is None
        if created:
            # A random password nobody knows: usable, so that the "choose your password" link works.
            user = User.objects.create_user(email=email, password=secrets.token_urlsafe(32), full_name=full_name)
        membership, _ = Membership.objects.get_or_create(user=user, organisation=organisation, defaults={"role": role})
        if created:
            form = PasswordResetForm({"email": email})
            if form.is_valid():
                transaction.on_commit(
                    lambda: form.save(
                        request=request,
                        use_https=request.is_secure(),
                        subject_template_name="reseau/emails/welcome_subject.txt",
                        email_template_name="reseau/emails/welcome.txt",
                        extra_email_context={"organisation": organisation},
                    ),
                    robust=True,
                )
    return membership


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
