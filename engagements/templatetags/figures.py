"""How figures read on the pages: French numbers and months, weather badges with their gap, data periods."""

from __future__ import annotations

import datetime

from django import template

from engagements import explain, progress
from engagements.progress import Weather

register = template.Library()

WEATHER_LABELS = dict(Weather.choices)
# DSFR badge colours of the judged levels (DESIGN §4); the two states without a judgement stay grey.
WEATHER_BADGE_CLASSES = {
    Weather.SOLEIL: "fr-badge--success",
    Weather.COUVERT: "fr-badge--info",
    Weather.NUAGE: "fr-badge--warning",
    Weather.ORAGE: "fr-badge--error",
}


@register.filter
def fr_number(value, decimals: int | str | None = None) -> str:
    """« 4 512 », « 48,5 »: decimal comma and thin spaces between thousands; « — » when there is no value."""
    if value is None or value == "":
        return "—"
    decimals = None if decimals in (None, "") else int(decimals)
    number = float(value)
    if decimals is None and number == int(number):
        decimals = 0
    return progress.fr(number, decimals)


@register.filter
def month_fr(value: datetime.date | None) -> str:
    """« octobre 2026 »."""
    return progress.month_fr(value) if value else "—"


@register.simple_tag
def data_period(start: datetime.date | None, end: datetime.date | None) -> str:
    """« données d'octobre 2026 », « données de juillet à octobre 2026 »."""
    return explain.period_range(start, end)


@register.filter
def signed_points(value) -> str:
    return "—" if value is None or value == "" else f"{explain.signed(float(value))} pts"


@register.filter
def weather_label(weather: str, unjudged: str = "Sans météo calculée") -> str:
    """The State's words for a judged weather (« Objectifs sécurisés »…), ``unjudged`` for any other state."""
    return WEATHER_LABELS[weather] if weather in progress.SEVERITY else unjudged


@register.inclusion_tag("engagements/includes/_weather.html")
def weather_badge(weather: str, gap=None, prefix: str = "") -> dict:
    """A weather on the State's scale as a DSFR badge, with the gap in points that drives it when given."""
    return {
        "weather": weather,
        "label": weather_label(weather, Weather.NON_RENSEIGNEE.label),
        "badge_class": WEATHER_BADGE_CLASSES.get(weather, ""),
        "gap": None if gap == "" else gap,
        "prefix": prefix,
    }


@register.filter
def get_item(mapping: dict, key):
    """``mapping[key]``, or the key itself when it is absent (a territory code without a known name)."""
    return mapping.get(key, key) if mapping else key


@register.filter
def coverage_label(figure, territory_names: dict[str, str]) -> str:
    return explain.coverage_label(figure, territory_names or {})
