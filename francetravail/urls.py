from django.contrib import admin
from django.urls import include, path

from francetravail import api, views

urlpatterns = [
    path("", views.home, name="home"),
    path("", include("engagements.urls")),
    path("", include("comites.urls")),
    path("comptes/", include("reseau.urls")),
    path("espace/", views.workspace, name="espace"),
    path("espace/", include("engagements.workspace_urls")),
    path("espace/", include("reseau.workspace_urls")),
    path("sante/", views.health, name="health"),
    path("donnees/", views.open_data, name="donnees"),
    path("donnees/<slug:slug>.csv", views.open_data_csv, name="csv"),
    path("api/v1/", api.api.urls),
    path("accessibilite/", views.legal_page, {"page": "accessibilite"}, name="accessibilite"),
    path("mentions-legales/", views.legal_page, {"page": "mentions-legales"}, name="mentions-legales"),
    path(
        "donnees-personnelles/",
        views.legal_page,
        {"page": "donnees-personnelles"},
        name="donnees-personnelles",
    ),
    path("admin/", admin.site.urls),
]

admin.site.site_header = "Administration du portail Réseau pour l'emploi"
admin.site.site_title = "Réseau pour l'emploi — administration"
