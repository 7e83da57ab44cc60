from django.core.management.base import BaseCommand

from engagements import recompute


class Command(BaseCommand):
    help = "Recalcule l'avancement de tous les engagements, enjeux et de l'ensemble du protocole (au jour même)."

    def handle(self, *args, **options) -> None:
        computed = recompute.recompute_all()
        self.stdout.write(self.style.SUCCESS(f"Avancement recalculé pour {computed} engagements."))
