"""Issue 11, item 3: no input makes the portal answer 500.

Every URL pattern is taken from the resolver (recursively, admin and API included — not a hand list) and requested
with hostile path segments and hostile query strings, anonymously and as signed-in partners; then every POST form
the partners' pages show is sent back with hostile values. On PostgreSQL when DATABASE_URL is set (NUL bytes,
out-of-range integers and dates are where it differs from SQLite). Hypothesis draws the inputs; the run is bounded
(a few examples per pattern) so that the whole walk takes a minute or two.
"""

import html
import inspect
import itertools
import re
import urllib.parse

import pytest
from django import forms
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RoutePattern
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from comites.models import Attachment, Committee, Decision, Meeting
from engagements.models import Engagement, Indicator, IndicatorValue, Milestone, Theme, ValueImport
from reseau.models import Organisation, Territory, User

# Raw (decoded) hostile strings: each is percent-encoded before it goes into a URL.
HOSTILE = [
    "\x00",
    "a\x00b",
    "E02\x00",
    "\x01",
    "\n",
    "\r\n",
    "\t",
    "\x7f",
    "ı",
    "İ",
    "\u202e",
    "💩",
    "..",
    "%",
    "%00",
    "'",
    '"><script>alert(1)</script>',
    "-1",
    "0",
    "9" * 25,
    "1e-999999",
    "1e999999",
    "NaN",
    "-inf",
    "0001-01",
    "0000-00",
    "9999-12",
    "0001-01-01",
    "31/02/2026",
    "A" * 300,
    " ",
    "",
    "on",
    "true",
]
ADMIN_EXAMPLES = 2
EXAMPLES = 10
CONVERTER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


def _walk(resolver: URLResolver, prefix: str = ""):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern


def _routes() -> list[str]:
    """Every URL pattern as a route with <name> placeholders (regex patterns turned into the same form)."""
    routes = []
    for route, pattern in _walk(get_resolver()):
        if not isinstance(pattern.pattern, RoutePattern) or "(?P<" in route or route.startswith("^"):
            route = re.sub(r"\(\?P<(\w+)>[^)]*\)", r"<\1>", route)
            route = route.replace("^", "").replace("$", "").replace("\\", "")
        routes.append(route)
    return sorted(set(routes))


def _placeholders(route: str) -> list[str]:
    return [m.group("name") for m in CONVERTER.finditer(route)]


def _fill(route: str, values: dict[str, str]) -> str:
    return "/" + CONVERTER.sub(lambda m: urllib.parse.quote(values[m.group("name")], safe=""), route)


def _query_names() -> list[str]:
    """Parameter names the portal reads: every field of every form class of ours, and the API's parameters."""
    import comites.forms
    import engagements.filters
    import engagements.views
    import engagements.workspace_forms
    import francetravail.views
    import reseau.forms
    from francetravail.api import api

    names = {"page", "next", "version", "onglet", "fin", "debut", "periode", "format"}
    for module in (
        comites.forms,
        engagements.filters,
        engagements.views,
        engagements.workspace_forms,
        francetravail.views,
        reseau.forms,
    ):
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, forms.BaseForm):
                names.update(cls.base_fields)
    for path in api.get_openapi_schema()["paths"].values():
        for operation in path.values():
            names.update(p["name"] for p in operation.get("parameters", []))
    return sorted(names)


def _valid_by_placeholder() -> dict[str, list[str]]:
    codes = []
    for model in (Theme, Engagement, Indicator, Territory, Committee):
        codes += list(model.objects.order_by("pk").values_list("code", flat=True)[:4])
    pks = []
    for model in (Meeting, Decision, IndicatorValue, Milestone, ValueImport, Attachment, User):
        pks += [str(pk) for pk in model.objects.order_by("pk").values_list("pk", flat=True)[:3]]
    slugs = list(Organisation.objects.order_by("pk").values_list("slug", flat=True)[:4]) + ["valeurs"]
    return {"code": codes, "slug": slugs, "pk": pks, "attachment_pk": pks, "number": ["1", "2"]}


def _valid_values() -> list[str]:
    """Real identifiers, so that the hostile values also reach pages behind a valid first segment."""
    values = []
    for model, field in (
        (Theme, "code"),
        (Engagement, "code"),
        (Indicator, "code"),
        (Territory, "code"),
        (Committee, "code"),
        (Organisation, "slug"),
    ):
        values += list(model.objects.order_by("pk").values_list(field, flat=True)[:3])
    for model in (Meeting, Decision, IndicatorValue, Milestone, ValueImport, Attachment):
        values += [str(pk) for pk in model.objects.order_by("pk").values_list("pk", flat=True)[:2]]
    return values + ["valeurs", "decisions", "1", "2"]


def _segment(valid: list[str]):
    return st.one_of(st.sampled_from(HOSTILE), st.sampled_from(valid), st.text(max_size=12))


def _query(names: list[str]):
    pairs = st.lists(
        st.tuples(st.sampled_from(names), st.one_of(st.sampled_from(HOSTILE), st.text(max_size=12))), max_size=4
    )
    return pairs.map(lambda items: urllib.parse.urlencode(items))


def _check(response, url: str) -> None:
    assert response.status_code < 500, f"{response.status_code} on {url!r}"


def _walk_every_route(client: Client) -> int:
    valid = _valid_values()
    names = _query_names()
    routes = _routes()
    assert len(routes) > 150  # the resolver's, admin included: not a hand list
    current: dict[str, str] = {}
    for route in routes:
        placeholders = _placeholders(route)
        examples = ADMIN_EXAMPLES if route.startswith("admin/") else EXAMPLES

        @given(
            segments=st.fixed_dictionaries({name: _segment(valid) for name in placeholders}),
            query=_query(names),
        )
        @hypothesis_settings(
            max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck)
        )
        def no_500(segments, query):
            url = _fill(current["route"], segments) + (f"?{query}" if query else "")
            _check(client.get(url), url)

        current["route"] = route
        no_500()
    return len(routes)


pytestmark = [pytest.mark.django_db]


def test_every_url_pattern_survives_hostile_segments_and_query_strings_anonymously(demo):
    _walk_every_route(Client())


@pytest.mark.parametrize("email", ["partenaire@demo.test", "secretaire@demo.test"])
def test_every_url_pattern_survives_hostile_segments_and_query_strings_signed_in(demo, email):
    client = Client()
    client.force_login(User.objects.get(email=email))
    _walk_every_route(client)


# --- POST forms -----------------------------------------------------------------------------------------------

FORM = re.compile(r"<form\b(?P<attrs>[^>]*)>(?P<body>.*?)</form>", re.S | re.I)
FIELD = re.compile(r"<(?:input|select|textarea)\b[^>]*\bname=\"(?P<name>[^\"]+)\"", re.I)
ACTION = re.compile(r"\baction=\"(?P<action>[^\"]*)\"", re.I)


def _post_forms(html_text: str, page: str) -> list[tuple[str, list[str]]]:
    found = []
    for match in FORM.finditer(html_text):
        attrs = match.group("attrs")
        if 'method="post"' not in attrs.lower():
            continue
        action = ACTION.search(attrs)
        url = html.unescape(action.group("action")) if action and action.group("action") else page
        if url.startswith(("http", "//")) or "/deconnexion/" in url:
            continue
        names = sorted({n for n in FIELD.findall(match.group("body")) if n != "csrfmiddlewaretoken"})
        found.append((urllib.parse.urljoin(page, url), names))
    return found


def _pages_with_forms(client: Client) -> dict[str, list[str]]:
    """For each non-admin route, the first real address (placeholders filled with real identifiers) that the
    user can open, and the POST forms on it."""
    by_placeholder = _valid_by_placeholder()
    forms_found: dict[str, list[str]] = {}
    for route in _routes():
        if route.startswith(("admin/", "api/")):
            continue
        placeholders = _placeholders(route)
        candidates = [by_placeholder.get(name, ["x"]) for name in placeholders]
        for combo in itertools.islice(itertools.product(*candidates), 120):
            url = _fill(route, dict(zip(placeholders, combo, strict=True)))
            response = client.get(url)
            if response.status_code == 200 and "html" in response.get("Content-Type", ""):
                for action, names in _post_forms(response.content.decode(), url):
                    forms_found.setdefault(action, names)
                break
    return forms_found


@pytest.mark.parametrize("email", ["partenaire@demo.test", "secretaire@demo.test"])
def test_every_post_form_survives_hostile_values(demo, email):
    client = Client()
    client.force_login(User.objects.get(email=email))
    found = _pages_with_forms(client)
    assert found, "no POST form found"
    current: dict[str, str] = {}

    for action, names in found.items():
        if not names:
            continue

        @given(values=st.fixed_dictionaries({name: st.one_of(st.sampled_from(HOSTILE), st.text()) for name in names}))
        @hypothesis_settings(
            max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck)
        )
        def no_500(values):
            _check(client.post(current["action"], values), current["action"])
            if "_auth_user_id" not in client.session:  # a form that signs out (password change): sign in again
                client.force_login(User.objects.get(email=email))

        current["action"] = action
        no_500()


# --- Keys past the database's integer ----------------------------------------------------------------------------


def test_a_key_too_large_for_the_database_is_a_404_on_every_route(demo):
    """`<id:…>` (common/converters.py) takes at most 18 digits: a longer key never reaches the database, where it
    would overflow its 64-bit integer (a 500 on SQLite and PostgreSQL alike)."""
    client = Client()
    client.force_login(User.objects.get(email="secretaire@demo.test"))
    routes = [route for route in _routes() if "<id:" in route]
    assert len(routes) >= 10
    for route in routes:
        for key in ("9" * 19, str(2**63)):
            url = "/" + CONVERTER.sub(lambda m, key=key: key if m["converter"] == "id" else "CDE-59", route)
            assert client.get(url).status_code == 404, url
