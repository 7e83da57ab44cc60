from django.apps import AppConfig


class ComitesConfig(AppConfig):
    name = "comites"
    verbose_name = "Comités pour l'emploi"
