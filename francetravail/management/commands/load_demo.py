from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from engagements import recompute
from francetravail import demo


class Command(BaseCommand):
    help = "Ajoute les données de démonstration (organisations, comptes « demo », valeurs, réunions…)."

    def handle(self, *args, **options) -> None:
        if not settings.DEBUG:
            raise CommandError(
                "load_demo refuse de s'exécuter quand DEBUG est désactivé : les comptes de démonstration "
                "(mot de passe « demo ») n'ont pas leur place en production."
            )
        try:
            counts = demo.load()
        except demo.ProtocolMissing as exc:
            raise CommandError("Chargez d'abord le protocole : python manage.py load_protocol") from exc
        except demo.DemoAlreadyLoaded:
            self.stdout.write("Les données de démonstration sont déjà chargées : rien à faire.")
            return
        for kind, count in counts.items():
            self.stdout.write(f"{kind} : {count}")
        computed = recompute.recompute_all()
        self.stdout.write(f"avancement calculé pour {computed} engagements")
        for kind, count in demo.load_followers().items():
            self.stdout.write(f"{kind} : {count}")
        self.stdout.write(self.style.SUCCESS("Données de démonstration chargées. Comptes : mot de passe « demo »."))
