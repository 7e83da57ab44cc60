"""Glue between django-axes and our e-mail login."""

from django.http import HttpRequest


def axes_username(request: HttpRequest, credentials: dict | None = None) -> str:
    # Logins are case-insensitive e-mail addresses: count "A@x" and "a@x" as the same account's failures.
    source = credentials if credentials is not None else request.POST
    return (source.get("username") or "").strip().lower()
