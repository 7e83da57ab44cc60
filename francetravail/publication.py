"""The publication calendar of /donnees/calendrier/: when the next value of each indicator is expected on each
reporting territory, and which values are overdue. Read from the one freshness rule (engagements/freshness.py:
end of the period of the last value + frequency + publication delay), never computed a second time here.

Published as a page, a CSV file (``calendrier.csv``, described in the Data Package like the others) and an
iCalendar feed whose all-day events say when to come back for new figures.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass

from icalendar import Calendar, Event

from engagements import freshness
from engagements.models import Engagement
from engagements.progress import month_fr, of_month_fr

# UIDs never change for an indicator and a due date, whatever host serves the feed (comites/feeds.py does the same).
UID_DOMAIN = "reseau-emploi-hdf.gouv.fr"


@dataclass(frozen=True)
class Expected:
    """The next value of an indicator on a territory."""

    indicator: str
    indicator_name: str
    engagement: str
    territory: str
    territory_name: str
    last_period: datetime.date | None
    period: datetime.date
    due_on: datetime.date
    today: datetime.date

    @property
    def overdue(self) -> bool:
        return self.due_on < self.today

    @property
    def days_late(self) -> int:
        return max((self.today - self.due_on).days, 0)


def expected_values(today: datetime.date) -> list[Expected]:
    """Every (indicator, reporting territory) with its next expected period and due date, in a constant number of
    queries; ordered by indicator then territory code."""
    codes = dict(Engagement.objects.values_list("pk", "code"))
    found = []
    for engagement_id, items in freshness.due_items(today).items():
        for item in items:
            if item.kind != "value" or item.period is None:
                continue
            found.append(
                Expected(
                    indicator=item.indicator,
                    indicator_name=item.indicator_name,
                    engagement=codes[engagement_id],
                    territory=item.territory_code,
                    territory_name=item.territory,
                    last_period=item.last_period,
                    period=item.period,
                    due_on=item.due_on,
                    today=today,
                )
            )
    found.sort(key=lambda e: (e.indicator, e.territory))
    return found


def icalendar(expected: list[Expected], *, site: str) -> bytes:
    """One all-day event per indicator and due date, listing the territories whose value is then expected."""
    grouped: dict[tuple[str, datetime.date], list[Expected]] = defaultdict(list)
    for item in expected:
        grouped[(item.indicator, item.due_on)].append(item)
    calendar = Calendar()
    calendar.add("prodid", "-//Réseau pour l'emploi Hauts-de-France//Calendrier de publication//FR")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Calendrier de publication des indicateurs — Réseau pour l'emploi Hauts-de-France")
    calendar.add(
        "x-wr-caldesc",
        "Date à laquelle chaque indicateur doit être mis à jour, par territoire (règle de fraîcheur du portail).",
    )
    for (indicator, due_on), items in sorted(grouped.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        first = items[0]
        periods = sorted({i.period for i in items})
        late = first.overdue
        event = Event()
        event.add("uid", f"publication-{indicator}-{due_on:%Y%m%d}@{UID_DOMAIN}")
        event.add("dtstamp", datetime.datetime.combine(first.today, datetime.time(), tzinfo=datetime.UTC))
        event.add("dtstart", due_on)
        event.add("dtend", due_on + datetime.timedelta(days=1))
        which = of_month_fr(periods[0]) if len(periods) == 1 else "de " + ", ".join(month_fr(p) for p in periods)
        summary = f"{first.indicator_name} : valeur {which} attendue"
        event.add("summary", f"En retard — {summary}" if late else summary)
        territories = ", ".join(f"{i.territory_name} ({i.territory})" for i in items)
        event.add(
            "description",
            f"Indicateur {indicator} (engagement {first.engagement}). Territoires : {territories}. "
            f"Données ouvertes : {site}/donnees/calendrier/",
        )
        event.add("url", f"{site}/indicateurs/{indicator}/")
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()
