from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from francetravail import protocol


class Command(BaseCommand):
    help = "Charge (ou met à jour) le protocole : enjeux, engagements, territoires, comités et indicateurs."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "path",
            nargs="?",
            type=Path,
            default=protocol.DEFAULT_PATH,
            help="Fichier YAML du protocole (par défaut, la copie du projet).",
        )

    def handle(self, *args, path: Path, **options) -> None:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"Impossible de lire {path} : {exc}") from exc
        try:
            report = protocol.load(text)
        except protocol.ProtocolError as exc:
            details = "\n".join(f"  - {error}" for error in exc.errors)
            raise CommandError(f"{path} refusé, rien n'a été écrit :\n{details}") from exc
        self.stdout.write(report.summary())
        for absent in report.absent_from_file:
            self.stdout.write(self.style.WARNING(f"Présent en base mais absent du fichier (conservé) : {absent}"))
        self.stdout.write(self.style.SUCCESS(f"Protocole chargé depuis {path}."))
