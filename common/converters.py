"""Path converters shared by the apps' URL patterns; importing this module registers them (once).

`<id:pk>` is a database key: Django's `<int:pk>` takes any number of digits, and a key past the 64-bit integer of
PostgreSQL and SQLite then fails in the database (a 500) instead of answering 404. At most 18 digits always fits.
"""

from django.urls import register_converter


class RowIdConverter:
    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return str(value)


register_converter(RowIdConverter, "id")
