"""Subresource Integrity: every stylesheet and script of a page carries the hash of the very file we serve — the
collected file, rewritten by the manifest storage, in production; the source file in development."""

import base64
import hashlib
import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.http import HttpResponse
from django.template import engines

from common.public_cache import PublicPageCacheMiddleware, cache_public_page

ASSET_TAG = re.compile(r"<(?:link rel=\"stylesheet\"|script)[^>]*>")
ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
MANIFEST_STORAGE = "whitenoise.storage.CompressedManifestStaticFilesStorage"


def sha384(data: bytes) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def render_integrity(path: str) -> str:
    return engines["django"].from_string("{% load static_integrity %}{% integrity path %}").render({"path": path})


def render_stylesheet_link() -> str:
    return (
        engines["django"]
        .from_string(
            "{% load static static_integrity %}"
            '<link rel="stylesheet" href="{% static \'css/site.css\' %}" integrity="{% integrity \'css/site.css\' %}">'
        )
        .render({})
    )


@pytest.fixture
def own_static(tmp_path, settings):
    """A static folder of our own, alone in the finders, with a stylesheet that references an image."""
    source = tmp_path / "source"
    (source / "css").mkdir(parents=True)
    (source / "img").mkdir()
    (source / "css" / "site.css").write_text("body{background:url(../img/logo.svg)}\n", encoding="utf-8")
    (source / "img" / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    settings.STATICFILES_DIRS = [source]
    settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    settings.STATIC_ROOT = tmp_path / "collected"
    return source


def test_in_production_the_integrity_is_that_of_the_collected_file_the_storage_rewrote(own_static, settings):
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {"BACKEND": MANIFEST_STORAGE}}
    call_command("collectstatic", "--noinput", verbosity=0)
    collected = next((Path(settings.STATIC_ROOT) / "css").glob("site.*.css"))
    assert b"logo." in collected.read_bytes() and collected.read_bytes() != (own_static / "css/site.css").read_bytes()

    assert render_integrity("css/site.css") == sha384(collected.read_bytes())


def test_in_development_the_integrity_is_that_of_the_source_file_and_follows_its_edits(own_static):
    stylesheet = own_static / "css" / "site.css"
    assert render_integrity("css/site.css") == sha384(stylesheet.read_bytes())

    stylesheet.write_text("body{color:red}\n", encoding="utf-8")

    assert render_integrity("css/site.css") == sha384(b"body{color:red}\n")


def test_a_missing_static_file_is_an_error_not_a_page_without_its_stylesheet(own_static):
    with pytest.raises(FileNotFoundError):
        render_integrity("css/absent.css")


@pytest.mark.django_db
def test_every_stylesheet_and_script_of_a_page_carries_the_integrity_of_the_file_served(client, protocol, settings):
    html = client.get("/").content.decode()

    tags = [dict(ATTRIBUTE.findall(tag)) for tag in ASSET_TAG.findall(html)]
    urls = [tag.get("href") or tag.get("src") for tag in tags]
    assert {"css/portal.css", "css/dsfr-utility.min.css", "django_htmx/htmx-2.min.js"} <= {
        url.removeprefix(settings.STATIC_URL) for url in urls
    }
    assert any("dsfr.min.css" in url for url in urls) and any("dsfr.module.min.js" in url for url in urls)
    for tag, url in zip(tags, urls, strict=True):
        served = Path(finders.find(url.removeprefix(settings.STATIC_URL))).read_bytes()
        assert tag.get("integrity") == sha384(served), url


def test_a_new_static_build_is_not_served_the_pages_cached_with_the_previous_one(own_static, settings, rf):
    """A page cached before a deployment names the files of the previous build: the next build must not serve it."""
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {"BACKEND": MANIFEST_STORAGE}}

    @cache_public_page
    def page(request):
        return HttpResponse(render_stylesheet_link())

    def visit():
        # "/" is a cached public page: the middleware looks it up, and stores what the view answers.
        return PublicPageCacheMiddleware(page)(rf.get("/")).content.decode()

    call_command("collectstatic", "--noinput", verbosity=0)
    before = visit()
    (own_static / "css" / "site.css").write_text("body{color:navy}\n", encoding="utf-8")
    call_command("collectstatic", "--noinput", verbosity=0)
    after = visit()

    assert before != after
    assert after == render_stylesheet_link()
