"""The public data version, and the cache of whole public pages keyed on it: a recompute refreshes them all without
invalidating anything by hand."""

import functools
import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.urls import Resolver404, resolve, reverse
from django.utils.cache import patch_vary_headers

VERSION_KEY = "public-data-version"


def public_data_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        # After a cache flush every fragment is gone too: any fresh number is safe.
        version = time.time_ns()
        cache.add(VERSION_KEY, version, timeout=None)
        version = cache.get(VERSION_KEY, version)
    return version


def bump_public_data_version() -> int:
    version = time.time_ns()
    cache.set(VERSION_KEY, version, timeout=None)
    return version


# --- Whole public pages --------------------------------------------------------------------------------------

PAGE_TIMEOUT = 24 * 3600
# Each process keeps the pages it served last: a hit then costs one cache read (the version) instead of two, and
# no transfer of the page from Redis. Keys carry the version, so a bump makes every copy unreachable at once.
LOCAL_PAGES = 256
_local_pages: OrderedDict[str, tuple] = OrderedDict()
_local_lock = threading.Lock()


_version_memo: dict[str, float] = {"version": 0, "until": 0.0}


def _version_for_pages() -> int:
    """The public data version as the page cache reads it: remembered for PUBLIC_PAGE_VERSION_TTL seconds in
    production (a cached page then costs no cache round trip at all, and is at most that late after a
    recompute); read on every request when the setting is 0, as in development and tests."""
    ttl = settings.PUBLIC_PAGE_VERSION_TTL
    if not ttl:
        return public_data_version()
    now = time.monotonic()
    if now < _version_memo["until"]:
        return int(_version_memo["version"])
    version = public_data_version()
    _version_memo.update(version=version, until=now + ttl)
    return version


def _get_page(key: str) -> tuple | None:
    with _local_lock:
        page = _local_pages.get(key)
        if page is not None:
            _local_pages.move_to_end(key)
            return page
    page = cache.get(key)
    if page is not None:
        _remember_page(key, page)
    return page


def _remember_page(key: str, page: tuple) -> None:
    with _local_lock:
        _local_pages[key] = page
        while len(_local_pages) > LOCAL_PAGES:
            _local_pages.popitem(last=False)


# Query parameters the public pages read, each with a bounded set of valid values: the cache key is made of these
# only, so that arbitrary query strings cannot fill the cache. Free-text search ("q") is never cached.
KEYED_PARAMS = ("carte", "en_retard", "meteo", "partenaire", "territoire", "theme")
UNCACHED_PARAMS = ("q",)


def _cacheable(request: HttpRequest) -> bool:
    # A visitor with a session may have messages or be signed in: their pages are built for them alone.
    return (
        request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not any(request.GET.get(name) for name in UNCACHED_PARAMS)
    )


# Canonical spellings of parameters whose form accepts more than one: any other spelling is redirected to it, so
# that "?en_retard=<anything>" cannot make a new cache entry. (Parameters with a closed set of values — codes,
# slugs, weather — are refused by their form with a French message and a non-200 status, which is never cached.)
BOOLEAN_PARAMS = ("en_retard",)
FALSE_VALUES = ("", "false", "0", "off", "False")


def _canonical_url(request: HttpRequest, kwargs: dict) -> str | None:
    """The canonical address of this request when it is not the canonical one (else None): one value per
    parameter (the last one, the one the forms read), booleans spelled "on", codes in the URL in upper case."""
    changed = False
    query = request.GET.copy()
    for name in KEYED_PARAMS:
        values = query.getlist(name)
        if not values:
            continue
        value = values[-1]
        if name in BOOLEAN_PARAMS:
            value = "" if value in FALSE_VALUES else "on"
        if values != [value]:
            query.setlist(name, [value])
            changed = True
    path = request.path
    code = kwargs.get("code")
    match = request.resolver_match
    if isinstance(code, str) and code != code.upper() and match is not None:
        path = reverse(match.view_name, args=match.args, kwargs={**match.kwargs, "code": code.upper()})
        changed = True
    if not changed:
        return None
    return f"{path}?{query.urlencode()}" if query else path


def _page_key(request: HttpRequest) -> str:
    params = sorted((name, request.GET.getlist(name)) for name in KEYED_PARAMS if name in request.GET)
    # A cached page names the static files (hashed names, integrity) of the deployment that built it: the
    # manifest's hash in the key keeps a new deployment from serving pages that point at files it no longer has.
    static_build = getattr(staticfiles_storage, "manifest_hash", "")
    raw = f"{request.path}|{params}|{bool(request.headers.get('HX-Request'))}|{static_build}"
    return f"public-page:2:{_version_for_pages()}:{hashlib.sha256(raw.encode()).hexdigest()}"


def cache_public_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Make a public view's pages cacheable whole: an anonymous visitor's page (or htmx fragment) is stored by
    :class:`PublicPageCacheMiddleware`, keyed on the public data version, and served from there before the rest of
    the middleware stack runs. A non-canonical address is redirected to the canonical one, never stored."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        canonical = _canonical_url(request, kwargs)
        if canonical is not None:
            return HttpResponsePermanentRedirect(canonical)
        response = view(request, *args, **kwargs)
        patch_vary_headers(response, ["HX-Request"])
        response.public_page = _cacheable(request)
        return response

    wrapper.caches_public_page = True  # type: ignore[attr-defined]
    return wrapper


class PublicPageCacheMiddleware:
    """Serve a stored public page as a static file is served: before the session, authentication, CSRF, messages,
    CSP and the view run, with the status, headers and body stored when the page was built.

    Placed after the middleware every response needs (security headers, Permissions-Policy, WhiteNoise, gzip) and
    before everything that depends on the visitor. Only anonymous GETs (no session cookie: no message, no CSRF
    token, no one signed in) of views marked by :func:`cache_public_page` are looked up; a page is stored only when
    it was built for an anonymous visitor, answered 200, and set no cookie. Every stored page is the same bytes for
    every visitor: the CSP has no nonce (settings.CONTENT_SECURITY_POLICY), and the header it sends is stored.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not _cacheable(request) or not _caches_public_page(request.path_info):
            return self.get_response(request)
        key = _page_key(request)
        cached = _get_page(key)
        if cached is not None:
            status, headers, body = cached
            response = HttpResponse(body, status=status)
            for name, value in headers:
                response[name] = value
            return response
        response = self.get_response(request)
        if (
            getattr(response, "public_page", False)
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
        ):
            page = (response.status_code, tuple(response.items()), response.content)
            cache.set(key, page, PAGE_TIMEOUT)
            _remember_page(key, page)
        return response


@functools.lru_cache(maxsize=1024)
def _caches_public_page_cached(path: str, urlconf: str) -> bool:
    try:
        match = resolve(path, urlconf)
    except Resolver404:
        return False
    return getattr(match.func, "caches_public_page", False)


def _caches_public_page(path: str) -> bool:
    """Whether ``path`` is served by a view of :func:`cache_public_page`. Resolving is the costly part of a lookup:
    memoised per path, for at most 1 024 paths (the least recently asked are forgotten first)."""
    return _caches_public_page_cached(path, settings.ROOT_URLCONF)
