"""« À traiter » at the top of /espace/: what falls to this person, each with the link where it is done."""

import datetime
import re

from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from comites.models import Committee, Decision, Minutes
from engagements.models import EngagementPartner, IndicatorValue
from reseau.models import User
from tests.factories import DecisionFactory, MeetingFactory, MinutesFactory

PARTNER = "partenaire@demo.test"
SECRETARY = "secretaire@demo.test"


def todo(html: str) -> list[tuple[str, str]]:
    """(href, text) of each item of the « À traiter » block."""
    block = re.search(r'<section class="fr-callout[^"]*" aria-labelledby="todo-title">(.*?)</section>', html, re.S)
    if block is None:
        return []
    return [(href, " ".join(text.split())) for href, text in re.findall(r'<a href="([^"]+)">([^<]+)</a>', block[1])]


def test_a_pilot_sees_the_proposals_to_review_and_the_late_items_with_their_links(demo, login):
    user = User.objects.get(email=PARTNER)
    organisation = user.memberships.first().organisation
    piloted = EngagementPartner.objects.filter(organisation=organisation, role="pilot").values("engagement")
    expected = dict(
        IndicatorValue.objects.filter(status="proposed", indicator__engagement__in=piloted)
        .values_list("indicator__engagement__code")
        .annotate(n=Count("pk"))
    )
    assert expected, "the demo has proposals for France Travail to review"

    items = todo(login(PARTNER).get("/espace/").content.decode())

    proposals = {href: text for href, text in items if href.endswith("#review-title")}
    assert proposals == {
        f"/espace/engagements/{code}/#review-title": f"{code} : {n} valeur{'s' if n > 1 else ''} "
        f"proposée{'s' if n > 1 else ''} par les contributeurs, à valider"
        for code, n in expected.items()
    }
    late = [text for href, text in items if " : en retard depuis " in text]
    assert all(re.match(r"E\d\d : en retard depuis \d+ jours? — ", text) for text in late)


def test_a_secretary_sees_drafts_of_past_meetings_and_decisions_falling_due(demo, login):
    secretary = User.objects.get(email=SECRETARY)
    committee = Committee.objects.filter(secretaries=secretary).order_by("code").first()
    now = timezone.now()
    past = MeetingFactory(committee=committee, starts_at=now - datetime.timedelta(days=3))
    MinutesFactory(meeting=past, state=Minutes.State.DRAFT)
    future = MeetingFactory(committee=committee, starts_at=now + datetime.timedelta(days=3))
    MinutesFactory(meeting=future, state=Minutes.State.DRAFT)  # not yet held: nothing to publish
    today = timezone.localdate()
    overdue = DecisionFactory(meeting=past, text="Relancer les partenaires", due_on=today - datetime.timedelta(days=1))
    DecisionFactory(meeting=past, text="Plus tard", due_on=today + datetime.timedelta(days=60))

    items = todo(login(SECRETARY).get("/espace/").content.decode())

    assert (
        f"/espace/comites/{committee.code}/reunions/{past.pk}/",
        f"{committee.code} : compte rendu de la réunion du {timezone.localtime(past.starts_at):%d/%m/%Y} en "
        "brouillon, à publier",
    ) in items
    assert not any(f"/reunions/{future.pk}/" in href for href, _ in items)
    assert (
        f"/espace/comites/{committee.code}/",
        f"{committee.code} : décision échue le {overdue.due_on:%d/%m/%Y} — Relancer les partenaires",
    ) in items
    assert not any("Plus tard" in text for _, text in items)
    assert Decision.objects.filter(text="Plus tard", status="open").exists()


def test_the_block_costs_the_same_queries_whatever_there_is_to_do(demo, login, django_assert_num_queries):

    client = login(SECRETARY)
    client.get("/espace/")  # the first request of a session writes it
    with CaptureQueriesContext(connection) as before:
        client.get("/espace/")
    committee = Committee.objects.filter(secretaries__email=SECRETARY).first()
    for days in range(1, 6):
        meeting = MeetingFactory(committee=committee, starts_at=timezone.now() - datetime.timedelta(days=days))
        MinutesFactory(meeting=meeting, state=Minutes.State.DRAFT)
        DecisionFactory(meeting=meeting, due_on=timezone.localdate())

    with django_assert_num_queries(len(before.captured_queries)):
        html = client.get("/espace/").content.decode()
    assert len(todo(html)) >= 10
