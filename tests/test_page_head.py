"""What search engines and Lighthouse read on the public pages: a description of its own on each page, links that
all lead somewhere, and compressed HTML."""

import gzip
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = [
    "/",
    "/enjeux/T1/",
    "/engagements/",
    "/engagements/E02/",
    "/indicateurs/IND-APPR-ENTREES/",
    "/territoires/59/",
    "/comites/",
    "/comites/CDE-59/",
    "/decisions/",
    "/donnees/",
]
META_DESCRIPTION = re.compile(r'<meta name="description"\s+content="([^"]*)">')
ANCHOR = re.compile(r"<a\b[^>]*>")


def test_each_public_page_has_a_description_of_its_own(client, protocol):
    descriptions = {}
    for path in PUBLIC_PAGES:
        found = META_DESCRIPTION.findall(client.get(path).content.decode())
        assert len(found) == 1 and len(found[0]) > 50, (path, found)
        descriptions[path] = found[0]

    assert len(set(descriptions.values())) == len(PUBLIC_PAGES), descriptions
    assert "E02" in descriptions["/engagements/E02/"] and "CDE-59" in descriptions["/comites/CDE-59/"]


def test_every_link_of_the_public_pages_has_a_destination(client, protocol):
    for path in PUBLIC_PAGES:
        for anchor in ANCHOR.findall(client.get(path).content.decode()):
            assert re.search(r'href="(?!javascript:)[^"]', anchor), (path, anchor)


def test_the_current_page_of_the_breadcrumb_is_a_link_to_itself(client, protocol):
    html = client.get("/engagements/E02/").content.decode()

    assert re.search(r'<a class="fr-breadcrumb__link"\s+href="/engagements/E02/"\s+aria-current="page">E02</a>', html)


def test_pages_are_sent_compressed_to_a_browser_that_accepts_it(client, protocol):
    response = client.get("/engagements/E02/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")

    assert response["Content-Encoding"] == "gzip"
    assert "Développer l&#x27;apprentissage" in gzip.decompress(response.content).decode()


def test_the_typefaces_are_preloaded_with_the_urls_the_stylesheet_asks_for(client, protocol):
    # A face the browser finds only once the stylesheet is parsed arrives after the first paint and reflows the
    # text (« font-display: swap »): the layout shift that cost /comites/CDE-59/ its Lighthouse score in CI.
    html = client.get("/comites/CDE-59/").content.decode()
    preloads = re.findall(r'<link rel="preload"\s+href="([^"]+)"\s+as="font"\s+type="font/woff2"\s+crossorigin>', html)

    assert [p.rsplit("/", 1)[1] for p in preloads] == [
        "Marianne-Regular.woff2",
        "Marianne-Medium.woff2",
        "Marianne-Bold.woff2",
    ]
    stylesheet = Path(finders.find("css/dsfr.min.css")).read_text()
    for path in preloads:
        name = path.removeprefix(settings.STATIC_URL)
        assert finders.find(name), path
        assert f"url(../dsfr/dist/fonts/{name.rsplit('/', 1)[1]})" in stylesheet, path


def test_robots_txt_keeps_crawlers_out_of_private_areas_and_points_to_the_sitemap(client, protocol):
    response = client.get("/robots.txt")
    lines = response.content.decode().splitlines()

    assert response.status_code == 200 and response["Content-Type"] == "text/plain; charset=utf-8"
    assert {"Disallow: /espace/", "Disallow: /comptes/", "Disallow: /admin/"} <= set(lines)
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert client.head("/robots.txt").status_code == 200


def test_the_sitemap_lists_every_public_page_each_of_which_answers(client, protocol, django_assert_num_queries):
    with django_assert_num_queries(5):  # one per kind of coded page: themes, engagements, indicators, …
        response = client.get("/sitemap.xml")
    locations = re.findall(r"<loc>http://testserver([^<]+)</loc>", response.content.decode())

    assert response.status_code == 200
    assert set(PUBLIC_PAGES) <= set(locations)
    assert {"/engagements/E23/", "/territoires/02/", "/comites/CLPE59004/"} <= set(locations)
    assert len(locations) == len(set(locations))
    for path in locations:
        assert client.get(path).status_code == 200, path
    assert not [p for p in locations if p.startswith(("/espace/", "/comptes/", "/admin/"))]
