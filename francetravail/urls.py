from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.decorators.http import require_safe

from francetravail import api, opendata_views, sitemaps, views

urlpatterns = [
    path("", views.home, name="home"),
    path("", include("engagements.urls")),
    path("", include("comites.urls")),
    path("", include("notifications.urls")),
    path("comptes/", include("reseau.urls")),
    path("espace/", views.workspace, name="espace"),
    path("espace/", include("engagements.workspace_urls")),
    path("espace/", include("reseau.workspace_urls")),
    path("sante/", views.health, name="health"),
    path("donnees/", views.open_data, name="donnees"),
    path("donnees/methode/", views.methodology, name="methodology"),
    path("donnees/datapackage.json", opendata_views.datapackage_json, name="datapackage"),
    path("donnees/calendrier/", opendata_views.publication_calendar, name="publication_calendar"),
    path("donnees/calendrier.ics", opendata_views.publication_calendar_ics, name="publication_calendar_ics"),
    path("donnees/<slug:slug>.csv", views.open_data_csv, name="csv"),
    path("donnees/tableur/<slug:slug>.csv", views.open_data_csv, {"spreadsheet": True}, name="csv_spreadsheet"),
    path("integrer/engagements/<str:code>/", opendata_views.embed_engagement, name="embed_engagement"),
    path("integrer/territoires/<str:code>/", opendata_views.embed_territory, name="embed_territory"),
    path("api/v1/", api.urls()),
    path("accessibilite/", views.legal_page, {"page": "accessibilite"}, name="accessibilite"),
    path("mentions-legales/", views.legal_page, {"page": "mentions-legales"}, name="mentions-legales"),
    path(
        "donnees-personnelles/",
        views.legal_page,
        {"page": "donnees-personnelles"},
        name="donnees-personnelles",
    ),
    path("robots.txt", views.robots_txt, name="robots"),
    path("sitemap.xml", require_safe(sitemap), {"sitemaps": sitemaps.SITEMAPS}, name="sitemap"),
    path("admin/", admin.site.urls),
]

admin.site.site_header = "Administration du portail Réseau pour l'emploi"
admin.site.site_title = "Réseau pour l'emploi — administration"
