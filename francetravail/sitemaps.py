"""What search engines may index: robots.txt and the sitemap of the public pages (django.contrib.sitemaps).

The workspace, the accounts pages and the administration are not for indexing; the open data and the API are."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from comites.models import Committee
from engagements.models import Engagement, Indicator, Theme
from reseau.models import Territory

PUBLIC_PAGES = [
    "home",
    "engagements",
    "committees",
    "decisions",
    "donnees",
    "methodology",
    "accessibilite",
    "mentions-legales",
    "donnees-personnelles",
]


class PublicPageSitemap(Sitemap):
    changefreq = "weekly"

    def items(self) -> list[str]:
        return PUBLIC_PAGES

    def location(self, item: str) -> str:
        return reverse(item)


class CodedSitemap(Sitemap):
    """One page per object with a public code (themes, engagements, indicators, territories, committees)."""

    changefreq = "monthly"
    model = None
    url_name = ""

    def items(self) -> list:
        return list(self.model.objects.order_by("code").values_list("code", flat=True))

    def location(self, item: str) -> str:
        return reverse(self.url_name, args=[item])


def coded(model, url_name: str) -> type[CodedSitemap]:
    return type(f"{model.__name__}Sitemap", (CodedSitemap,), {"model": model, "url_name": url_name})


SITEMAPS = {
    "pages": PublicPageSitemap,
    "enjeux": coded(Theme, "theme"),
    "engagements": coded(Engagement, "engagement"),
    "indicateurs": coded(Indicator, "indicator"),
    "territoires": coded(Territory, "territory"),
    "comites": coded(Committee, "committee"),
}

ROBOTS = """\
User-agent: *
Disallow: /espace/
Disallow: /comptes/
Disallow: /admin/
Disallow: /recherche/
Sitemap: {sitemap}
"""
