"""Workspace pages run the same number of queries whatever the amount of data behind them."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from engagements import actions
from engagements.models import Engagement, Indicator, Milestone
from reseau.models import Organisation, Territory, User

pytestmark = pytest.mark.django_db

PAGES = [
    "/espace/",
    "/espace/engagements/E19/",
    "/espace/engagements/E19/valeurs/?territoire=CLPE59004",
    "/espace/engagements/E19/historique/",
]


def count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def add_activity(n: int) -> None:
    """More reports, values (proposed and reviewed), milestones and history on E19."""
    engagement = Engagement.objects.get(code="E19")
    indicator = Indicator.objects.get(engagement=engagement)
    ml = Organisation.objects.get(slug="demo-mission-locale-lille")
    ft = Organisation.objects.get(slug="demo-france-travail-hdf")
    contributor = User.objects.get(email="mission-locale@demo.test")
    pilot = User.objects.get(email="partenaire@demo.test")
    for i in range(n):
        territory = Territory.objects.get(code="CLPE59004")
        value = actions.record_value(
            indicator=indicator,
            territory=territory,
            period=datetime.date(2010 + i // 12, i % 12 + 1, 1),
            value=Decimal(40 + i % 10),
            organisation=ml,
            author=contributor,
        )
        if i % 2:
            actions.review_value(value=value, reviewer=pilot, decision=actions.Review.ACCEPT, expected_version=1)
        actions.report_progress(
            engagement=engagement,
            organisation=ft,
            territory=territory,
            author=pilot,
            weather="soleil",
            declared_percent=i % 100,
            narrative=f"n{i}",
        )
        Milestone.objects.create(engagement=engagement, title=f"Jalon {i}", due_on=datetime.date(2027, 1, 1))


@pytest.mark.parametrize("email", ["partenaire@demo.test", "mission-locale@demo.test"])
def test_workspace_pages_run_a_constant_number_of_queries(demo, client, email):
    client.force_login(User.objects.get(email=email))
    for url in PAGES:  # warm the per-process caches (the demo-data notice)
        client.get(url)
    small = {url: count(client, url) for url in PAGES}
    add_activity(40)
    large = {url: count(client, url) for url in PAGES}
    assert small == large
    assert max(large.values()) <= 24, large  # /espace/: 4 of them for « À traiter » (francetravail/todo.py)
