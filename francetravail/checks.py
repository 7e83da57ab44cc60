"""System checks that refuse a production start with a dangerous setting (run by migrate, runserver, check)."""

from django.conf import settings
from django.core.checks import Error, register
from django.core.exceptions import ImproperlyConfigured

# Back ends that do not deliver e-mail: the console writes password-reset links to the server log, the others keep
# or drop them in the process.
UNDELIVERED_EMAIL_BACKENDS = {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
}


@register()
def email_backend_delivers_in_production(app_configs, **kwargs) -> list[Error]:
    if settings.DEBUG or settings.EMAIL_BACKEND not in UNDELIVERED_EMAIL_BACKENDS:
        return []
    return [
        Error(
            f"DEBUG=false avec EMAIL_BACKEND={settings.EMAIL_BACKEND} : les courriels (liens de réinitialisation "
            "de mot de passe, invitations) ne seraient pas envoyés, ou finiraient dans le journal du serveur. "
            "/ DEBUG=false with a non-delivering e-mail backend: reset links would be logged or lost.",
            hint="Définissez EMAIL_HOST (et EMAIL_HOST_USER, EMAIL_HOST_PASSWORD) pour l'envoi SMTP. "
            "/ Set EMAIL_HOST (SMTP).",
            id="francetravail.E001",
        )
    ]


def refuse_to_serve() -> None:
    """Called by the WSGI entry point: gunicorn does not run system checks, so a production server started with a
    non-delivering e-mail back end would otherwise serve (and log password-reset links)."""
    errors = email_backend_delivers_in_production(None) + site_url_set_in_production(None)
    if errors:
        raise ImproperlyConfigured(f"{errors[0].msg} {errors[0].hint}")


@register()
def site_url_set_in_production(app_configs, **kwargs) -> list[Error]:
    """E-mails leave without a request: their links are built from SITE_URL, which production must name."""
    site = settings.SITE_URL
    if settings.DEBUG or site.startswith(("https://", "http://")):
        return []
    return [
        Error(
            "DEBUG=false sans SITE_URL valide : les liens des courriels (rappels, abonnements, convocations) "
            "n'auraient pas d'adresse. / DEBUG=false without a valid SITE_URL: e-mail links would have no address.",
            hint="Définissez SITE_URL, par exemple https://emploi.hauts-de-france.gouv.fr. / Set SITE_URL.",
            id="francetravail.E002",
        )
    ]
