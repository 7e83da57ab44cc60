"""No public output names a person (issue #11, item 5): pages, feeds, calendars, CSV files and the API name
organisations only.

The walk starts from the home page and the open-data entry points, follows every same-site link it finds, and
must reach every public URL pattern of the resolver: a new public page is covered without touching this file.
"""

import html
import json
import re
from collections import Counter
from urllib.parse import urlsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404

from comites import actions as committee_actions
from comites.models import CommitteeMember, Minutes
from engagements import actions
from engagements.models import Engagement, Indicator, Weather
from francetravail.api import api
from francetravail.csv_exports import DATASETS
from francetravail.demo import DEMO_FOLLOWER, USERS
from reseau.models import Membership, Organisation, Territory, User

pytestmark = pytest.mark.django_db

PRIVATE_PREFIXES = ("/espace/", "/admin/", "/comptes/", "/static/", "/media/", "/api/")
# A subscriber's own pages, opened only from the links of the e-mails sent to them (signed for their address).
PRIVATE_PREFIXES += ("/abonnements/confirmer/", "/abonnements/gerer/", "/abonnements/se-desabonner/")
# The API is walked from its OpenAPI schema, not from links.
HREF = re.compile(r"""(?:href|src)\s*=\s*["']([^"'#]+)""")
MAX_VARIANTS_PER_PATH = 4


def public_url_names() -> set[str]:
    """Names of the resolver's patterns that anyone may open (everything outside the private prefixes)."""
    names = set()

    def walk(patterns, prefix: str) -> None:
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, route)
            elif isinstance(pattern, URLPattern) and pattern.name:
                if not ("/" + route).startswith(PRIVATE_PREFIXES):
                    names.add(pattern.name)

    walk(get_resolver().url_patterns, "")
    return names


def forbidden_strings() -> set[str]:
    """Every demo user's full name (with and without its demo marker) and e-mail address, the demo subscriber's
    address, every committee member's name but a consenting co-president's, and the nameless author added by the
    test."""
    found = {"sans-nom@exemple.test", DEMO_FOLLOWER}
    for email, full_name, *_ in USERS:
        found |= {email, full_name, full_name.replace(" (démo)", "")}
    # Committee members are shown by organisation; only a co-president who consented is named.
    for member in CommitteeMember.objects.all():
        if member.email:
            found.add(member.email)
        if not member.public_name:
            found.add(f"{member.first_name} {member.last_name}")
    return found


def api_urls() -> list[str]:
    """Every GET path of the open-data API, with a demo code in place of its parameter."""
    indicator = Indicator.objects.filter(engagement__code="E19").first().code
    paths = api.get_openapi_schema()["paths"]
    codes = {"/api/v1/engagements/": "E19", "/api/v1/committees/": "CDE-59"}
    return [
        path.replace("{code}", next((c for prefix, c in codes.items() if path.startswith(prefix)), indicator))
        for path in paths
    ]


@pytest.fixture
def nameless_author(demo):
    """A report and a value by an account without a name: a page falling back to the e-mail would show it."""
    user = User.objects.create_user(email="sans-nom@exemple.test", password="x")
    organisation = Organisation.objects.get(slug="demo-france-travail-hdf")
    Membership.objects.create(user=user, organisation=organisation)
    engagement = Engagement.objects.get(code="E19")
    region = Territory.objects.get(code="32")
    actions.report_progress(
        engagement=engagement,
        organisation=organisation,
        territory=region,
        author=user,
        weather=Weather.SOLEIL,
        declared_percent=50,
        narrative="Compte rendu sans nom d'auteur (test).",
    )
    return user


@pytest.fixture
def amended_minutes_with_attachment(demo, settings, tmp_path):
    """Earlier versions and attachments have pages of their own: give one demo meeting both."""
    settings.MEDIA_ROOT = tmp_path / "media"
    secretary = User.objects.get(email="secretaire@demo.test")
    minutes = Minutes.objects.filter(state=Minutes.State.PUBLISHED, meeting__committee__code="CLPE59004").first()
    committee_actions.amend_minutes(
        minutes=minutes, by=secretary, body=minutes.body + "\n\nAjout.", attendees="", change_note="Ajout."
    )
    upload = SimpleUploadedFile("annexe.pdf", b"%PDF-1.7\n%%EOF\n", content_type="application/pdf")
    committee_actions.add_attachment(minutes=minutes, by=secretary, upload=upload, title="Annexe")
    return minutes


def links(body: str) -> list[str]:
    return [html.unescape(link) for link in HREF.findall(body)]


def test_no_public_page_feed_csv_or_api_answer_names_a_person(client, nameless_author, amended_minutes_with_attachment):
    forbidden = forbidden_strings()
    seeds = ["/", "/sante/", "/engagements/", "/comites/", "/decisions/", "/donnees/", "/recherche/?q=comit%C3%A9"]
    seeds += ["/robots.txt", "/sitemap.xml"]
    seeds += [f"/donnees/{slug}.csv" for slug in DATASETS]
    queue = list(seeds)
    seen: set[str] = set()
    variants: Counter[str] = Counter()
    reached: set[str] = set()
    leaks = []
    while queue:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        assert response.status_code in (200, 301, 302), f"{url}: {response.status_code}"
        if response.status_code != 200:
            continue
        reached.add(resolve(urlsplit(url).path).url_name)
        raw = b"".join(response) if response.streaming else response.content
        body = html.unescape(raw.decode(errors="replace"))
        leaks += [(url, name) for name in forbidden if name.lower() in body.lower()]
        if "html" not in response["Content-Type"] and "xml" not in response["Content-Type"]:
            continue
        for link in links(body):
            parts = urlsplit(link)
            if parts.netloc not in ("", "testserver") or not parts.path.startswith("/"):
                continue
            if parts.path.startswith(PRIVATE_PREFIXES):
                continue
            try:
                resolve(parts.path)
            except Resolver404:
                continue
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            if target in seen or variants[parts.path] >= MAX_VARIANTS_PER_PATH:
                continue
            variants[parts.path] += 1
            queue.append(target)

    for url in api_urls():
        offset, count = 0, None
        while count is None or offset < count:
            separator = "&" if "?" in url else "?"
            response = client.get(f"{url}{separator}limit=100&offset={offset}")
            assert response.status_code == 200, f"{url}: {response.status_code}"
            payload = response.json()
            body = json.dumps(payload, ensure_ascii=False)
            leaks += [(url, name) for name in forbidden if name.lower() in body.lower()]
            count = payload.get("count", 0) if isinstance(payload, dict) and "items" in payload else 0
            offset += 100

    assert not leaks, f"personal data on public outputs: {sorted(set(leaks))[:20]}"
    missing = public_url_names() - reached
    assert not missing, f"public URL patterns the walk never reached: {sorted(missing)}"
    assert len(seen) > 100
