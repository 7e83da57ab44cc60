"""Signed, single-purpose links (``django.core.signing``): each purpose has its own salt, so that a link made for
one use never opens another, and carries ids only (never an address)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils.crypto import constant_time_compare, salted_hmac

CONFIRM, MANAGE, UNSUBSCRIBE, REMINDER = "confirmer", "gerer", "desabonner", "rappel"
LIFETIME = datetime.timedelta(days=7)
# Confirmation and reminder links expire; managing and unsubscribing work as long as the subscription lives.
MAX_AGE = {CONFIRM: LIFETIME, REMINDER: LIFETIME, MANAGE: None, UNSUBSCRIBE: None}
URL_NAME = {
    CONFIRM: "subscription_confirm",
    MANAGE: "subscription_manage",
    UNSUBSCRIBE: "unsubscribe",
    REMINDER: "reminder_link",
}


@dataclass
class LinkError(Exception):
    """Why a link cannot be used, said to whoever holds it (in French), revealing nothing about anybody."""

    message: str
    status: int = 400


INVALID = "Ce lien n'est pas valide : il a peut-être été mal copié. Copiez-le en entier depuis le courriel reçu."
EXPIRED = "Ce lien a expiré : il était valable 7 jours."


def address_mark(email: str) -> str:
    """Binds a link to an address without writing the address in it: a link made for a deleted subscriber does not
    open the subscription of whoever subscribes later with another address under the same number."""
    return salted_hmac("notifications.address", email.lower()).hexdigest()[:16]


def make(purpose: str, **payload) -> str:
    return signing.dumps(payload, salt=f"notifications.{purpose}", compress=True)


def read(purpose: str, token: str) -> dict:
    try:
        max_age = MAX_AGE[purpose]
        return signing.loads(token, salt=f"notifications.{purpose}", max_age=max_age)
    except signing.SignatureExpired as expired:
        raise LinkError(EXPIRED, status=410) from expired
    except (signing.BadSignature, ValueError, TypeError, KeyError) as bad:
        raise LinkError(INVALID) from bad


def check_address(payload: dict, email: str) -> None:
    if not constant_time_compare(str(payload.get("e", "")), address_mark(email)):
        raise LinkError(INVALID)


def url(purpose: str, **payload) -> str:
    """The absolute address of a link (``SITE_URL``, required in production: e-mails leave without a request)."""
    return settings.SITE_URL + reverse(URL_NAME[purpose], args=[make(purpose, **payload)])
