"""Issue 11, item 7: arbitrary query strings never create public cache entries; only canonical addresses are
cached."""

import secrets

import pytest
from django.core.cache import cache

pytestmark = pytest.mark.django_db


@pytest.fixture
def counted_cache(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "bounds"}}
    cache.clear()
    from common import public_cache

    public_cache._local_pages.clear()
    yield lambda: sum(1 for key in cache._cache if "public-page" in key)
    cache.clear()


def test_random_boolean_values_redirect_to_the_canonical_address_and_cache_nothing_new(client, protocol, counted_cache):
    assert client.get("/engagements/?en_retard=on").status_code == 200
    cached = counted_cache()
    assert cached == 1

    for _ in range(20):
        response = client.get(f"/engagements/?en_retard={secrets.token_hex(8)}")
        assert response.status_code == 301
        assert response["Location"] == "/engagements/?en_retard=on"

    assert counted_cache() == cached


def test_false_spellings_redirect_to_the_empty_value(client, protocol, counted_cache):
    response = client.get("/engagements/?en_retard=false")

    assert response.status_code == 301
    assert response["Location"] == "/engagements/?en_retard="


def test_repeated_parameters_redirect_to_one_value(client, protocol, counted_cache):
    response = client.get("/engagements/?theme=T1&theme=T2&theme=T2")

    assert response.status_code == 301
    assert response["Location"] == "/engagements/?theme=T2"
    assert counted_cache() == 0


@pytest.mark.parametrize(
    "query",
    ["theme=NOPE", "territoire=00000", "meteo=tempete", "partenaire=inconnu", "carte=nimporte"],
)
def test_unknown_values_are_refused_in_french_and_never_cached(client, protocol, counted_cache, query):
    path = "/" if query.startswith("carte") else "/engagements/"
    for n in range(5):
        response = client.get(f"{path}?{query}{n}")
        assert response.status_code in (400, 422)
        assert "fr-error-text" in response.content.decode() or "fr-message--error" in response.content.decode()

    assert counted_cache() == 0


def test_unknown_parameters_share_the_page_of_the_bare_address(client, protocol, counted_cache):
    for _ in range(10):
        assert client.get(f"/engagements/?{secrets.token_hex(4)}={secrets.token_hex(4)}").status_code == 200

    assert counted_cache() == 1


def test_lower_case_codes_redirect_to_the_upper_case_address(client, protocol, counted_cache):
    response = client.get("/enjeux/t1/?en_retard=on")

    assert response.status_code == 301
    assert response["Location"] == "/enjeux/T1/?en_retard=on"
    assert counted_cache() == 0
