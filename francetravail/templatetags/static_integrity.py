"""`{% integrity "path" %}`: the Subresource Integrity value of a static file, computed from the file we serve.

In production the manifest storage rewrites stylesheets as it collects them (their `url()` references get hashed
names), so a hash published with the original file, like those django-dsfr ships, no longer matches and the
browser blocks the file. The hash is therefore computed from the collected file WhiteNoise serves (from the
source file the finders find in development), once per file and process.
"""

import base64
import functools
import hashlib
import os

from django import template
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import ManifestFilesMixin, staticfiles_storage

register = template.Library()


def served_file(path: str) -> str:
    """The file on disk behind `{% static path %}`."""
    if isinstance(staticfiles_storage, ManifestFilesMixin):
        return staticfiles_storage.path(staticfiles_storage.stored_name(path))
    found = finders.find(path)
    if not found:
        raise FileNotFoundError(f"static file not found: {path}")
    return found


@functools.lru_cache(maxsize=64)
def _digest(file: str, mtime_ns: int) -> str:
    with open(file, "rb") as handle:
        digest = hashlib.file_digest(handle, "sha384").digest()
    return "sha384-" + base64.b64encode(digest).decode("ascii")


@register.simple_tag
def integrity(path: str) -> str:
    file = served_file(path)
    # Keyed on the modification time too, so that a source file edited under the development server is hashed again.
    return _digest(file, os.stat(file).st_mtime_ns)
