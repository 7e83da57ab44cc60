"""Glue between django-axes and our e-mail login."""

from django.contrib.auth import get_user_model
from django.http import HttpRequest


def axes_username(request: HttpRequest, credentials: dict | None = None) -> str:
    """The name django-axes counts failures and lockouts under: the account's own address when the typed text
    signs into an account, whatever spelling was typed.

    The login looks the account up case-insensitively in the database (``email__iexact``), and PostgreSQL folds
    more than ASCII: ``victim2@audıt.test`` (dotless ı) finds ``victim2@audit.test``. Counting the typed string
    would give each look-alike spelling a fresh counter, and a successful look-alike login would reset nothing
    of the real lockout — or reset it. Unknown addresses are counted under the typed text, folded to lower case.
    """
    source = credentials if credentials is not None else request.POST
    typed = (source.get("username") or "").strip()
    if not typed or "\x00" in typed or len(typed) > 254:
        return typed.lower()
    user = get_user_model()._default_manager.filter(email__iexact=typed).only("email").first()
    return user.email.lower() if user is not None else typed.lower()
