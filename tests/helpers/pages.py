"""Reading the public pages in tests: their HTML as elements, their links, and rows to add to them."""

import datetime
import re

from django.db import connection
from django.test.html import Element, parse_html
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from comites.models import Committee, CommitteeMember
from engagements.models import Engagement, Indicator, IndicatorValue, ProgressSnapshot, Theme
from reseau.models import Territory
from tests.factories import (
    DecisionFactory,
    EngagementFactory,
    EngagementPartnerFactory,
    IndicatorTargetFactory,
    IndicatorValueFactory,
    MeetingFactory,
    MilestoneFactory,
    MinutesFactory,
    OrganisationFactory,
    ProgressReportFactory,
)

ENGAGEMENT_LINK = re.compile(r"^/engagements/(E\d\d)/$")


COMMITTEE_LINK = re.compile(r"^/comites/([^/]+)/$")


def html(response) -> Element:
    assert response["Content-Type"].startswith("text/html")
    return parse_html(response.content.decode())


def find_all(node: Element, name: str, **attrs: str) -> list[Element]:
    """Descendants named `name` whose attributes have the given values (`aria_current` for aria-current)."""
    found = []
    for child in node.children:
        if isinstance(child, Element):
            attributes = dict(child.attributes)
            if child.name == name and all(attributes.get(k.replace("_", "-")) == v for k, v in attrs.items()):
                found.append(child)
            found.extend(find_all(child, name, **attrs))
    return found


def find(node: Element, name: str, **attrs: str) -> Element:
    (element,) = find_all(node, name, **attrs)
    return element


def text(node: Element | str) -> str:
    if isinstance(node, str):
        return node
    return " ".join(text(child) for child in node.children)


def hrefs(node: Element) -> list[str]:
    return [dict(a.attributes).get("href") for a in find_all(node, "a")]


def engagement_codes(node: Element) -> set[str]:
    return {match[1] for href in hrefs(node) if href and (match := ENGAGEMENT_LINK.match(href))}


def main(response) -> Element:
    return find(html(response), "main", id="content")


def add_rows(count: int) -> None:
    """`count` of each kind of row the public pages show: partners, milestones and progress snapshots of E02,
    engagements of T1, members, past meetings with published minutes and decisions, upcoming meetings of CDE-59."""
    e02 = Engagement.objects.get(code="E02")
    t1 = Theme.objects.get(code="T1")
    cde59 = Committee.objects.get(code="CDE-59")
    region = Territory.objects.get(code="32")
    nord = Territory.objects.get(code="59")
    entries = Indicator.objects.get(code="IND-APPR-ENTREES")
    if not entries.targets.filter(territory=nord).exists():
        IndicatorTargetFactory(indicator=entries, territory=nord)
    now = timezone.now()
    for n in range(count):
        month = IndicatorValue.objects.filter(indicator=entries, territory=nord).count()
        IndicatorValueFactory(
            indicator=entries, territory=nord, period=datetime.date(2020 + month // 12, month % 12 + 1, 1)
        )
        ProgressReportFactory(engagement=e02, territory=nord, narrative=f"Point d'étape {n}")
        ProgressSnapshot.objects.create(
            scope="engagement",
            engagement=e02,
            territory=nord,
            as_of=datetime.date(2025, 1, 1) + datetime.timedelta(days=ProgressSnapshot.objects.count()),
            percent=30 + n,
            rules_version="test",
        )
        EngagementPartnerFactory(engagement=e02)
        MilestoneFactory(engagement=e02, done_on=datetime.date(2025, 1, 1) if n % 2 else None)
        ProgressSnapshot.objects.create(
            scope="engagement",
            engagement=e02,
            territory=region,
            as_of=datetime.date(2025, 1, 1) + datetime.timedelta(days=ProgressSnapshot.objects.count()),
            percent=40 + n,
            rules_version="test",
            inputs={"formule": "moyenne pondérée", "jalons": {"nombre": n + 1, "avancement": 50, "en_retard": 0}},
            flags=["jalon_en_retard"],
        )
        EngagementFactory(theme=t1, code=f"X{Engagement.objects.count():02d}")
        cde59.members.add(OrganisationFactory())
        CommitteeMember.objects.create(
            committee=cde59,
            organisation=OrganisationFactory(kind="autre"),
            first_name="Membre",
            last_name=f"n° {n}",
            role="votant",
            term_start=now.date() - datetime.timedelta(days=30),
            term_end=now.date() + datetime.timedelta(days=365),
        )
        past = MeetingFactory(committee=cde59, starts_at=now - datetime.timedelta(days=7 * (n + 1)))
        MinutesFactory(meeting=past, published=True)
        for _ in range(3):
            DecisionFactory(meeting=past, engagement=e02, owner=OrganisationFactory(), due_on=datetime.date(2025, 1, 1))
        DecisionFactory(meeting=MinutesFactory(meeting=MeetingFactory(committee=cde59)).meeting)
        MeetingFactory(committee=cde59, starts_at=now + datetime.timedelta(days=7 * (n + 1)), status="planned")


def count_queries(client, url: str) -> int:
    """The SQL queries one GET of ``url`` runs (it must answer 200)."""
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)
