"""Workspace URLs of the network, mounted under /espace/."""

from django.urls import path

from reseau import views

urlpatterns = [
    path("organisation/", views.choose, name="choose_organisation"),
    path("organisations/<slug:slug>/membres/", views.members, name="organisation_members"),
    path("organisations/<slug:slug>/membres/<int:pk>/", views.member, name="organisation_member"),
]
