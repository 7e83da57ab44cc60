"""The public data version: cached public fragments are keyed on it, so a recompute refreshes them all without
invalidating anything by hand."""

import time

from django.core.cache import cache

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
