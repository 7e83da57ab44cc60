from django.urls import path

import common.converters  # noqa: F401  (registers <id:…>)
from notifications import feeds, views

urlpatterns = [
    path("abonnements/", views.subscribe, name="subscribe"),
    path("abonnements/confirmer/<str:token>/", views.confirm, name="subscription_confirm"),
    path("abonnements/gerer/<str:token>/", views.manage, name="subscription_manage"),
    path("abonnements/se-desabonner/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("abonnements/flux/decisions.atom", feeds.decisions_feed, name="event_feed_decisions"),
    path("abonnements/flux/<str:topic>/<str:code>.atom", feeds.event_feed, name="event_feed"),
    path("espace/rappels/", views.reminder_list, name="reminders"),
    path("espace/rappels/lien/<str:token>/", views.reminder_link, name="reminder_link"),
    path("espace/rappels/<id:pk>/", views.reminder, name="reminder"),
]
