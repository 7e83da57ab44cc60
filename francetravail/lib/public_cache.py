"""The public data version: cached public fragments are keyed on it, so a recompute refreshes them all without
invalidating anything by hand."""

import functools
import hashlib
import time
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
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
NONCE_PLACEHOLDER = "__csp_nonce__"


def _cacheable(request: HttpRequest) -> bool:
    # A visitor with a session may have messages or be signed in: their pages are built for them alone.
    return request.method == "GET" and settings.SESSION_COOKIE_NAME not in request.COOKIES


def cache_public_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Serve an anonymous visitor's page (or htmx fragment) from the cache, keyed on the public data version.

    The stored HTML has its CSP nonce replaced by a placeholder, put back with the request's own nonce on every
    hit: each response still carries a fresh nonce, and a hit costs two cache reads and no SQL query.
    """

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not _cacheable(request):
            return view(request, *args, **kwargs)
        raw_key = f"{request.get_full_path()}|{bool(request.headers.get('HX-Request'))}"
        key = f"public-page:{public_data_version()}:{hashlib.sha256(raw_key.encode()).hexdigest()}"
        nonce = str(request.csp_nonce)
        cached = cache.get(key)
        if cached is not None:
            status, content_type, body = cached
            response = HttpResponse(body.replace(NONCE_PLACEHOLDER, nonce), status=status, content_type=content_type)
        else:
            response = view(request, *args, **kwargs)
            if response.status_code in (200, 404) and not response.streaming and not response.cookies:
                body = response.content.decode(response.charset).replace(nonce, NONCE_PLACEHOLDER)
                cache.set(key, (response.status_code, response["Content-Type"], body), PAGE_TIMEOUT)
        patch_vary_headers(response, ["HX-Request"])
        return response

    return wrapper
