"""Search over engagements, published minutes and public decisions (DESIGN §6, /recherche/).

PostgreSQL: full-text search in French (websearch syntax), ranked, with highlighted excerpts. SQLite (the
embedded default): a plain case-insensitive match. Either way one UNION query, so a page of results costs a count
and a fetch whatever the amount of data. Drafts never match: only published minutes and public decisions are
searched.
"""

from dataclasses import dataclass

from django.db import connection
from django.db.models import CharField, DateTimeField, F, FloatField, IntegerField, Q, QuerySet, TextField, Value
from django.db.models.functions import Concat, Substr
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from comites.models import Decision, Minutes
from engagements.models import Engagement

# Sentinels around PostgreSQL's highlighted words: the excerpt is HTML-escaped first, then they become <mark>.
START, STOP = "\x02", "\x03"
COLUMNS = ["r_kind", "r_pk", "r_ref", "r_meeting", "r_title", "r_when", "r_snippet", "r_rank"]
KIND_LABELS = {"engagement": "Engagement", "minutes": "Compte rendu", "decision": "Décision"}


@dataclass(frozen=True)
class Result:
    kind: str
    title: str
    url: str
    when: object
    excerpt: SafeString

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


def _columns(queryset: QuerySet, kind: str, ref, meeting, title, when, snippet, rank) -> QuerySet:
    # Annotated one by one in a fixed order and selected by name: the three parts of the UNION line up.
    return (
        queryset.order_by()
        .annotate(
            r_kind=Value(kind, output_field=CharField()),
            r_pk=F("pk"),
            r_ref=ref,
            r_meeting=meeting,
            r_title=title,
            r_when=when,
            r_snippet=snippet,
            r_rank=rank,
        )
        .values(*COLUMNS)
    )


def _postgres(q: str) -> QuerySet:
    from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector

    query = SearchQuery(q, config="french", search_type="websearch")

    def headline(expression):
        return SearchHeadline(
            expression, query, config="french", start_sel=START, stop_sel=STOP, max_words=35, min_words=15
        )

    no_meeting = Value(None, output_field=IntegerField())
    no_date = Value(None, output_field=DateTimeField())
    engagements = Engagement.objects.annotate(
        doc=SearchVector("code", "title", weight="A", config="french")
        + SearchVector("summary", weight="B", config="french")
    ).filter(doc=query)
    engagements = _columns(
        engagements,
        "engagement",
        F("code"),
        no_meeting,
        F("title"),
        no_date,
        headline(Concat("title", Value(". "), "summary", output_field=TextField())),
        SearchRank(F("doc"), query),
    )
    minutes = (
        Minutes.objects.published()
        .annotate(doc=SearchVector("body", weight="A", config="french") + SearchVector("attendees", weight="C"))
        .filter(doc=query)
    )
    minutes = _columns(
        minutes,
        "minutes",
        F("meeting__committee__code"),
        F("meeting_id"),
        F("meeting__committee__name"),
        F("meeting__starts_at"),
        headline(F("body")),
        SearchRank(F("doc"), query),
    )
    decisions = (
        Decision.objects.public()
        .annotate(doc=SearchVector("text", weight="A", config="french") + SearchVector("closing_note", weight="B"))
        .filter(doc=query)
    )
    decisions = _columns(
        decisions,
        "decision",
        F("meeting__committee__code"),
        F("meeting_id"),
        F("meeting__committee__name"),
        F("meeting__starts_at"),
        headline(Concat("text", Value(" "), "closing_note", output_field=TextField())),
        SearchRank(F("doc"), query),
    )
    return engagements.union(minutes, decisions, all=True).order_by("-r_rank", "r_kind", "r_pk")


def _fallback(q: str) -> QuerySet:
    no_meeting = Value(None, output_field=IntegerField())
    no_date = Value(None, output_field=DateTimeField())
    rank = Value(1.0, output_field=FloatField())
    engagements = _columns(
        Engagement.objects.filter(Q(code__icontains=q) | Q(title__icontains=q) | Q(summary__icontains=q)),
        "engagement",
        F("code"),
        no_meeting,
        F("title"),
        no_date,
        Substr(Concat("title", Value(". "), "summary", output_field=TextField()), 1, 300),
        rank,
    )
    minutes = _columns(
        Minutes.objects.published().filter(Q(body__icontains=q) | Q(attendees__icontains=q)),
        "minutes",
        F("meeting__committee__code"),
        F("meeting_id"),
        F("meeting__committee__name"),
        F("meeting__starts_at"),
        Substr("body", 1, 300),
        rank,
    )
    decisions = _columns(
        Decision.objects.public().filter(Q(text__icontains=q) | Q(closing_note__icontains=q)),
        "decision",
        F("meeting__committee__code"),
        F("meeting_id"),
        F("meeting__committee__name"),
        F("meeting__starts_at"),
        Substr("text", 1, 300),
        rank,
    )
    return engagements.union(minutes, decisions, all=True).order_by("r_kind", "r_pk")


def search(q: str) -> QuerySet:
    """The rows matching ``q``, best first, as dictionaries of ``COLUMNS``; turn a page of them into
    ``Result`` with ``to_result``."""
    return _postgres(q) if connection.vendor == "postgresql" else _fallback(q)


def to_result(row: dict) -> Result:
    kind = row["r_kind"]
    if kind == "engagement":
        url = reverse("engagement", args=[row["r_ref"]])
        title = f"{row['r_ref']} — {row['r_title']}"
    else:
        url = reverse("meeting", args=[row["r_ref"], row["r_meeting"]])
        if kind == "decision":
            url += f"#decision-{row['r_pk']}"
        title = row["r_title"]
    snippet = escape(row["r_snippet"] or "").replace(START, "<mark>").replace(STOP, "</mark>")
    return Result(kind=kind, title=title, url=url, when=row["r_when"], excerpt=mark_safe(snippet))  # noqa: S308
