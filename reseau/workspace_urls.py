"""Workspace URLs of the network, mounted under /espace/."""

from django.urls import path

import common.converters  # noqa: F401  (registers <id:…>)
from reseau import views

urlpatterns = [
    path("organisation/", views.choose, name="choose_organisation"),
    path("mes-donnees.json", views.my_data, name="personal_data"),
    path("organisations/<slug:slug>/membres/", views.members, name="organisation_members"),
    path("organisations/<slug:slug>/membres/<id:pk>/", views.member, name="organisation_member"),
    path(
        "organisations/<slug:slug>/invitations/<id:pk>/annuler/",
        views.invitation_cancel,
        name="organisation_invitation_cancel",
    ),
]
