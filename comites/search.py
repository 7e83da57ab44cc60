"""Search over everything public (DESIGN §6, /recherche/): engagements, indicators, territories, committees,
meetings, published minutes and public decisions. Drafts never match.

Accent- and case-insensitive on both databases:
- PostgreSQL: full-text search in French with `unaccent` (the `french_unaccent` configuration), on a
  `search_vector` column that a trigger keeps on every searched table, with a GIN index (the migrations
  `0004_search_vector` of reseau and its siblings); ranked, with excerpts highlighted by `ts_headline`.
- SQLite (the embedded default): every word of the query must appear in the folded text (accents removed,
  case folded by `portal_fold`, a function registered on each connection: comites/apps.py); the excerpt is
  highlighted here, on the same folding.

One UNION query per page of results, and one for the counts by kind, whatever the amount of data.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from django.db import connection
from django.db.models import CharField, DateTimeField, F, FloatField, Func, IntegerField, QuerySet, TextField, Value
from django.db.models.functions import Cast, Concat, Substr
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from comites.models import Committee, Decision, Meeting, Minutes
from engagements.models import Engagement, Indicator
from reseau.models import Territory

# Sentinels around highlighted words: the excerpt is HTML-escaped first, then they become <mark>.
START, STOP = "\x02", "\x03"
COLUMNS = ["r_order", "r_kind", "r_pk", "r_ref", "r_meeting", "r_title", "r_when", "r_snippet", "r_rank"]
# Kinds in the order results are listed: (plural heading, singular badge).
KINDS = {
    "engagement": ("Engagements", "Engagement"),
    "indicator": ("Indicateurs", "Indicateur"),
    "territory": ("Territoires", "Territoire"),
    "committee": ("Comités", "Comité"),
    "meeting": ("Réunions", "Réunion"),
    "minutes": ("Comptes rendus", "Compte rendu"),
    "decision": ("Décisions", "Décision"),
}
EXCERPT_CHARS = 300


def fold(text: str | None) -> str:
    """Text as the search compares it: accents removed, case folded (« Mobilité » → « mobilite »)."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words(q: str) -> list[str]:
    """The folded words of a query, for the SQLite search and the highlighting (at most 10)."""
    return [w for w in re.findall(r"\w+", fold(q)) if w][:10]


@dataclass(frozen=True)
class Result:
    kind: str
    title: str
    url: str
    when: object
    excerpt: SafeString

    @property
    def kind_label(self) -> str:
        return KINDS[self.kind][1]

    @property
    def kind_heading(self) -> str:
        return KINDS[self.kind][0]


@dataclass(frozen=True)
class _Source:
    """What one kind contributes to the UNION: its rows, and how each column is read from them."""

    kind: str
    rows: QuerySet
    ref: object
    meeting: object
    title: object
    when: object
    text: object  # the excerpt's text (an expression)
    searched: list[str]  # the fields searched on SQLite (PostgreSQL reads the stored vector)


def _sources() -> list[_Source]:
    # Typed NULLs: PostgreSQL types the UNION's columns part by part, and two untyped NULLs make a text column.
    no_meeting = Cast(Value(None), IntegerField())
    no_date = Cast(Value(None), DateTimeField())

    def joined(*parts: str):
        if len(parts) == 1:
            return F(parts[0])
        expressions = []
        for part in parts:
            expressions += [F(part), Value(". ")]
        return Concat(*expressions[:-1], output_field=TextField())

    committee = F("meeting__committee__code")
    committee_name = F("meeting__committee__name")
    starts = F("meeting__starts_at")
    return [
        _Source("engagement", Engagement.objects.all(), F("code"), no_meeting, F("title"), no_date,
                joined("title", "summary"), ["code", "title", "summary"]),
        _Source("indicator", Indicator.objects.all(), F("code"), no_meeting, F("name"), no_date,
                joined("name", "definition"), ["code", "name", "definition", "source"]),
        _Source("territory", Territory.objects.all(), F("code"), no_meeting, F("name"), no_date,
                joined("name", "code"), ["code", "name"]),
        _Source("committee", Committee.objects.all(), F("code"), no_meeting, F("name"), no_date,
                joined("name", "code"), ["code", "name"]),
        _Source("meeting", Meeting.objects.all(), F("committee__code"), F("pk"), F("committee__name"),
                F("starts_at"), joined("place", "agenda"), ["place", "agenda"]),
        _Source("minutes", Minutes.objects.published(), committee, F("meeting_id"), committee_name, starts,
                joined("body"), ["body", "attendees"]),
        _Source("decision", Decision.objects.public(), committee, F("meeting_id"), committee_name, starts,
                joined("text", "closing_note"), ["text", "closing_note"]),
    ]  # fmt: skip


class Fold(Func):
    """``portal_fold(text)`` on SQLite: see :func:`fold`."""

    function = "portal_fold"
    output_field = TextField()


def _matching(source: _Source, q: str) -> tuple[QuerySet, object, object]:
    """The source's rows that match ``q``, with their rank and excerpt expressions."""
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank

        query = SearchQuery(q, config="french_unaccent", search_type="websearch")
        headline = SearchHeadline(
            source.text, query, config="french_unaccent", start_sel=START, stop_sel=STOP, max_words=35, min_words=15
        )
        return source.rows.filter(search_vector=query), SearchRank(F("search_vector"), query), headline
    folded = Fold(
        Concat(*[part for name in source.searched for part in (F(name), Value(" "))], output_field=TextField())
    )
    terms = words(q)
    rows = source.rows.annotate(r_folded=folded) if terms else source.rows.none()
    for term in terms:
        rows = rows.filter(r_folded__contains=term)
    return rows, Value(1.0, output_field=FloatField()), Substr(source.text, 1, EXCERPT_CHARS)


def _union(q: str, kinds: list[str], *, details: bool) -> QuerySet:
    parts = []
    for order, source in enumerate(_sources()):
        if source.kind not in kinds:
            continue
        rows, rank, snippet = _matching(source, q)
        columns = {"r_order": Value(order, output_field=IntegerField()), "r_kind": Value(source.kind, CharField())}
        if details:
            columns |= {
                "r_pk": F("pk"),
                "r_ref": source.ref,
                "r_meeting": source.meeting,
                "r_title": source.title,
                "r_when": source.when,
                "r_snippet": snippet,
                "r_rank": rank,
            }
        # Annotated in a fixed order and selected by name: the parts of the UNION line up.
        parts.append(rows.order_by().annotate(**columns).values(*(COLUMNS if details else ["r_order", "r_kind"])))
    return parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]


def search(q: str, kind: str | None = None) -> QuerySet:
    """The rows matching ``q`` (of one ``kind`` when given), by kind then best first, as dictionaries of
    ``COLUMNS``; turn a page of them into ``Result`` with ``to_result``."""
    union = _union(q, [kind] if kind else list(KINDS), details=True)
    return union.order_by("r_order", "-r_rank", "r_pk")


def counts(q: str) -> dict[str, int]:
    """How many results of each kind (kinds without any left out), in one query."""
    union = _union(q, list(KINDS), details=False)
    sql, params = union.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT r_kind, COUNT(*) FROM ({sql}) results GROUP BY r_kind", params)  # noqa: S608
        found = dict(cursor.fetchall())
    return {kind: found[kind] for kind in KINDS if found.get(kind)}


def _highlight(text: str, q: str) -> str:
    """``text`` with each word of ``q`` between the sentinels, matched as the SQLite search matches (folded)."""
    terms = words(q)
    if not terms:
        return text
    # Fold character by character, remembering where each folded character comes from in the text.
    folded, origin = [], []
    for index, char in enumerate(text):
        for piece in fold(char):
            folded.append(piece)
            origin.append(index)
    haystack = "".join(folded)
    marks = [False] * len(text)
    for term in terms:
        for match in re.finditer(re.escape(term), haystack):
            for position in range(match.start(), match.end()):
                marks[origin[position]] = True
    out, inside = [], False
    for char, marked in zip(text, marks, strict=True):
        if marked != inside:
            out.append(START if marked else STOP)
            inside = marked
        out.append(char)
    if inside:
        out.append(STOP)
    return "".join(out)


def to_result(row: dict, q: str = "") -> Result:
    kind = row["r_kind"]
    ref = row["r_ref"]
    if kind in ("meeting", "minutes", "decision"):
        url = reverse("meeting", args=[ref, row["r_meeting"]])
        if kind == "decision":
            url += f"#decision-{row['r_pk']}"
        title = row["r_title"]
    else:
        url = reverse(kind, args=[ref])
        title = f"{ref} — {row['r_title']}" if kind in ("engagement", "indicator") else row["r_title"]
    snippet = row["r_snippet"] or ""
    if START not in snippet:
        snippet = _highlight(snippet, q)
    excerpt = escape(snippet).replace(START, "<mark>").replace(STOP, "</mark>")
    return Result(kind=kind, title=title, url=url, when=row["r_when"], excerpt=mark_safe(excerpt))  # noqa: S308
