"""CSV import of indicator values: decode, parse and validate a whole file before anything is written.

The format, documented on the import page: a header row naming the columns ``indicateur``, ``territoire``,
``periode`` (``AAAA-MM``), ``valeur`` and optionally ``base`` and ``note``; ``;`` or ``,`` as separator;
UTF-8 with or without BOM; a decimal comma is accepted when the separator is ``;``.
"""

from __future__ import annotations

import csv
import datetime
import io
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils import timezone

from engagements.models import Indicator
from reseau.models import Territory

MAX_BYTES = 2 * 1024 * 1024
TOO_LARGE_MESSAGE = "Le fichier dépasse 2 Mo : découpez-le en plusieurs fichiers."
# Nothing is reported before the network existed; a year such as 0001 is a typing error, not history.
EARLIEST_PERIOD = datetime.date(2000, 1, 1)
# What the value columns hold (numeric(14, 4)): anything finer or larger would fail in the database.
DECIMAL_PLACES = 4
INTEGER_DIGITS = 10
MAX_LINES = 10_000
MAX_REPORTED_ERRORS = 1_000
REQUIRED = ("indicateur", "territoire", "periode", "valeur")
OPTIONAL = ("base", "note")
ALIASES = {"période": "periode", "period": "periode", "valeur ": "valeur"}


class FileRefused(Exception):
    """The file as a whole cannot be read (size, encoding, header); the message is shown to the user."""


class NotANumber(ValueError):
    """A cell that cannot be stored as a value; the message (French) says why."""


@dataclass
class Validation:
    rows: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    total: int = 0

    def error(self, line: int, column: str, message: str) -> None:
        if len(self.errors) < MAX_REPORTED_ERRORS:
            self.errors.append({"ligne": line, "colonne": column, "message": message})

    @property
    def ok(self) -> bool:
        return not self.errors


def decode(data: bytes) -> str:
    if len(data) > MAX_BYTES:
        raise FileRefused(TOO_LARGE_MESSAGE)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileRefused("Le fichier n'est pas encodé en UTF-8 : enregistrez-le en « CSV UTF-8 ».") from None
    if "\x00" in text:
        raise FileRefused("Ce fichier n'est pas un fichier CSV (texte).")
    return text


def _reader(text: str) -> tuple[csv.reader, str]:
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), delimiter


def _header(cells: list[str]) -> dict[str, int]:
    names = [ALIASES.get(c.strip().lower(), c.strip().lower()) for c in cells]
    missing = [name for name in REQUIRED if name not in names]
    if missing:
        raise FileRefused(
            "La première ligne doit nommer les colonnes indicateur, territoire, periode et valeur "
            f"(et, si besoin, base et note) ; il manque : {', '.join(missing)}."
        )
    return {name: names.index(name) for name in REQUIRED + OPTIONAL if name in names}


def parse_decimal(raw: str, delimiter: str = ";") -> Decimal | None:
    """The number in ``raw`` (``None`` when blank), or :class:`NotANumber` with a French reason.

    Exponents are read exactly, without any arithmetic context: ``1e-999999`` or ``1e999999999`` are refused
    here rather than overflowing the database's numeric column.
    """
    cleaned = raw.strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    if delimiter == ";":
        cleaned = cleaned.replace(",", ".")
    if not cleaned:
        return None
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise NotANumber(f"« {raw.strip()[:50]} » n'est pas un nombre.") from None
    if not number.is_finite():
        raise NotANumber(f"« {raw.strip()[:50]} » n'est pas un nombre.")
    if number.is_zero():
        return Decimal(0)
    if number.adjusted() >= INTEGER_DIGITS:
        raise NotANumber(f"« {raw.strip()[:50]} » est trop grand : {INTEGER_DIGITS} chiffres avant la virgule au plus.")
    if number.adjusted() < -DECIMAL_PLACES or number != number.quantize(Decimal(1).scaleb(-DECIMAL_PLACES)):
        raise NotANumber(
            f"« {raw.strip()[:50]} » a trop de décimales : {DECIMAL_PLACES} chiffres après la virgule au plus."
        )
    return number


def parse_period(raw: str) -> datetime.date:
    year, _, month = raw.strip().partition("-")
    if len(year) != 4 or not year.isdigit() or not month.isdigit() or len(month) not in (1, 2):
        raise ValueError
    return datetime.date(int(year), int(month), 1)


def validate(
    text: str,
    *,
    indicators: dict[str, Indicator],
    territories: dict[str, Territory],
    today: datetime.date | None = None,
    on_progress=None,
) -> Validation:
    """Check every line; ``indicators`` and ``territories`` are those the importer may write, by code."""
    today = today or timezone.localdate()
    current_month = today.replace(day=1)
    reader, delimiter = _reader(text)
    result = Validation()
    try:
        header = next(reader, None)
        if header is None:
            raise FileRefused("Le fichier est vide.")
        columns = _header(header)
        lines = [(reader.line_num, cells) for cells in reader if any(c.strip() for c in cells)]
    except csv.Error as exc:
        raise FileRefused(f"Le fichier n'est pas un CSV lisible : {exc}.") from None
    if not lines:
        raise FileRefused("Le fichier ne contient aucune valeur après la ligne d'en-tête.")
    if len(lines) > MAX_LINES:
        raise FileRefused(f"Le fichier compte {len(lines)} lignes ; 10 000 au plus par import.")
    result.total = len(lines)
    seen: dict[tuple, int] = {}
    for n, (line, cells) in enumerate(lines, start=1):
        if on_progress and n % 100 == 0:
            on_progress(n)
        if len(cells) < len(header):
            result.error(line, "", f"La ligne compte {len(cells)} colonnes au lieu de {len(header)}.")
            continue

        def cell(name: str, cells=cells) -> str:
            return cells[columns[name]].strip() if name in columns else ""

        ok = True
        indicator = indicators.get(cell("indicateur"))
        if indicator is None:
            result.error(line, "indicateur", f"Indicateur « {cell('indicateur')} » inconnu pour cet engagement.")
            ok = False
        territory = territories.get(cell("territoire"))
        if territory is None:
            result.error(
                line, "territoire", f"Territoire « {cell('territoire')} » inconnu ou hors de vos territoires de saisie."
            )
            ok = False
        try:
            period = parse_period(cell("periode"))
        except ValueError:
            result.error(line, "periode", f"Période « {cell('periode')} » invalide : attendu AAAA-MM, par ex. 2026-03.")
            ok = False
        else:
            if period > current_month:
                result.error(line, "periode", f"La période {cell('periode')} est postérieure au mois en cours.")
                ok = False
            elif period < EARLIEST_PERIOD:
                result.error(
                    line,
                    "periode",
                    f"La période {cell('periode')} est antérieure à {EARLIEST_PERIOD.year} : vérifiez l'année.",
                )
                ok = False
        try:
            value = parse_decimal(cell("valeur"), delimiter)
            if value is None:
                result.error(line, "valeur", "La valeur est obligatoire.")
                ok = False
        except NotANumber as refused:
            result.error(line, "valeur", str(refused))
            ok = False
            value = None
        try:
            base = parse_decimal(cell("base"), delimiter)
        except NotANumber as refused:
            result.error(line, "base", str(refused))
            ok = False
            base = None
        note = cell("note")
        if len(note) > 2000:
            result.error(line, "note", "La note dépasse 2 000 caractères.")
            ok = False
        if indicator is not None and value is not None:
            for column, message in indicator.value_errors(value, base).items():
                result.error(line, {"value": "valeur"}.get(column, column), message)
                ok = False
        if not ok:
            continue
        key = (indicator.pk, territory.pk, period)
        if key in seen:
            result.error(line, "", f"Même indicateur, territoire et période qu'à la ligne {seen[key]}.")
            continue
        seen[key] = line
        result.rows.append(
            {
                "indicator": indicator,
                "territory": territory,
                "period": period,
                "value": value,
                "base": base,
                "note": note,
            }
        )
    return result
