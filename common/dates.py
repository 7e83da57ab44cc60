"""The range of dates and periods the portal accepts from input: 1900 to 2999.

Year 0001 (or 9999) is a valid Python date, but date arithmetic on it overflows (a month before, a year after) and
nothing in the protocol is dated there: refused with a French message wherever a date or a period is read.
"""

import datetime

from django.core.exceptions import ValidationError

EARLIEST_YEAR = 1900
LATEST_YEAR = 2999
MESSAGE = f"Date hors de la plage acceptée : l'année doit être comprise entre {EARLIEST_YEAR} et {LATEST_YEAR}."


def validate_plausible_date(value: datetime.date | datetime.datetime | None) -> None:
    if value is not None and not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise ValidationError(MESSAGE, code="date_range")
