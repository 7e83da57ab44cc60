"""The minutes' mandatory first section (issue #14, item 5), generated from the meeting's records: date, time and
place, the co-presidents, the members present or represented (by organisation), the quorum, the agenda, and each
decision with its vote. The secretary writes the rest. It follows the records until the minutes are published,
then it is frozen with each published version (``Minutes.record``, ``MinutesVersion.record``).

People are not named here, except a co-president who consented (``CommitteeMember.public_name``)."""

from __future__ import annotations

import re

from django.utils import dateformat, timezone

from comites import governance
from comites.models import Meeting

_HEADING = re.compile(r"^(#{1,4})(?=\s)", re.MULTILINE)


def _day(meeting: Meeting) -> str:
    start = timezone.localtime(meeting.starts_at)
    day = "1er" if start.day == 1 else str(start.day)
    text = f"{dateformat.format(start, 'l')} {day} {dateformat.format(start, 'F Y')}, de {start:%H} h {start:%M}"
    if meeting.ends_at:
        end = timezone.localtime(meeting.ends_at)
        text += f" à {end:%H} h {end:%M}"
    return text


def _organisations(rows) -> str:
    return " ; ".join(rows) if rows else "aucun"


def official_record(meeting: Meeting) -> str:
    """The generated section, in Markdown. A few queries, whatever the number of members and decisions."""
    sheet = meeting.attendance_sheet()
    chairs = (
        meeting.committee.seats.titulars()
        .in_term(meeting.day)
        .filter(role__in=sorted(governance.CHAIR_ROLES))
        .select_related("organisation")
        .order_by("-role")  # the State's co-president first
    )
    lines = ["## Relevé de la réunion", ""]
    lines.append(f"- **Date, heure et lieu** : {_day(meeting)}" + (f", {meeting.place}" if meeting.place else ""))
    chair_names = []
    for chair in chairs:
        role = chair.get_role_display()
        label = f"{chair.organisation.name} ({role[0].lower()}{role[1:]}"
        label += f", {chair.public_name})" if chair.public_name else ")"
        chair_names.append(label)
    lines.append(f"- **Coprésidence** : {' ; '.join(chair_names) if chair_names else 'non renseignée'}")
    if sheet:
        counted, excused, absent = [], [], []
        for row in sheet:
            name = row.member.organisation.name
            if row.status == governance.Presence.REPRESENTED:
                counted.append(f"{name} (représenté, pouvoir à {row.proxy_holder.organisation.name})")
            elif row.status == governance.Presence.SUBSTITUTED:
                counted.append(f"{name} (par son suppléant)")
            elif row.status == governance.Presence.PRESENT:
                counted.append(name)
            elif row.status == governance.Presence.EXCUSED:
                excused.append(name)
            else:
                absent.append(name)
        lines.append(f"- **Membres présents ou représentés** : {_organisations(counted)}")
        lines.append(f"- **Excusés** : {_organisations(excused)} — **absents** : {_organisations(absent)}")
        quorum = meeting.quorum()
        lines.append(f"- **Quorum** : {quorum.describe()}")
    else:
        lines.append("- **Présences** : la feuille de présence n'a pas été enregistrée.")
    lines += ["", "### Ordre du jour", ""]
    agenda = meeting.agenda.strip()
    # The agenda's own headings go below this section's.
    lines.append(_HEADING.sub(lambda m: "#" * min(len(m[1]) + 2, 6), agenda) if agenda else "Non communiqué.")
    lines += ["", "### Décisions", ""]
    decisions = list(meeting.decisions.order_by("pk"))
    if decisions:
        for number, decision in enumerate(decisions, start=1):
            text = " ".join(decision.text.split())
            lines.append(f"{number}. {text} — {decision.vote.describe()}.")
    else:
        lines.append("Aucune décision.")
    return "\n".join(lines) + "\n"
