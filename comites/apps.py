from django.apps import AppConfig
from django.db.backends.signals import connection_created


def _register_fold(sender, connection, **kwargs) -> None:
    """SQLite has no `unaccent`: the search folds text with the same Python function it folds queries with."""
    if connection.vendor == "sqlite":
        from comites.search import fold

        connection.connection.create_function("portal_fold", 1, fold, deterministic=True)


class ComitesConfig(AppConfig):
    name = "comites"
    verbose_name = "Comités pour l'emploi"

    def ready(self) -> None:
        connection_created.connect(_register_fold, dispatch_uid="comites.search.fold")
