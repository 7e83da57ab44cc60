from django.apps import AppConfig


class FrancetravailConfig(AppConfig):
    name = "francetravail"
    verbose_name = "Portail"

    def ready(self) -> None:
        from francetravail import checks  # noqa: F401 — registers the system checks
