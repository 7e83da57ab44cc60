from django.urls import path

import common.converters  # noqa: F401  (registers <id:…>)
from comites import feeds, governance_views, roadmap_views, views

urlpatterns = [
    # Public pages (DESIGN §6: these URLs are promises).
    path("comites/", views.committee_tree, name="committees"),
    path("comites/<str:code>/", views.committee_detail, name="committee"),
    path("comites/<str:code>/flux/", feeds.committee_minutes_feed, name="committee_feed"),
    path("comites/<str:code>/calendrier.ics", feeds.committee_calendar, name="committee_calendar"),
    path("comites/<str:code>/reunions/<id:pk>/", views.meeting_detail, name="meeting"),
    path("comites/<str:code>/feuille-de-route/", roadmap_views.roadmap, name="roadmap"),
    path("comites/<str:code>/feuille-de-route/<id:pk>/", roadmap_views.action_sheet, name="action_sheet"),
    path(
        "comites/<str:code>/reunions/<id:pk>/compte-rendu/version-<id:number>/",
        views.minutes_version,
        name="minutes_version",
    ),
    path(
        "comites/<str:code>/reunions/<id:pk>/pieces-jointes/<id:attachment_pk>/",
        views.attachment_download,
        name="attachment",
    ),
    path("decisions/", views.decision_register, name="decisions"),
    path("flux/comptes-rendus/", feeds.minutes_feed, name="minutes_feed"),
    path("recherche/", views.search, name="search"),
    # Secretary workspace, reached from /espace/.
    path("espace/comites/<str:code>/", views.secretary_committee, name="secretary_committee"),
    path("espace/comites/<str:code>/reunions/nouvelle/", views.meeting_create, name="secretary_meeting_create"),
    path("espace/comites/<str:code>/reunions/<id:pk>/", views.secretary_meeting, name="secretary_meeting"),
    path("espace/comites/<str:code>/reunions/<id:pk>/modifier/", views.meeting_edit, name="secretary_meeting_edit"),
    path("espace/comites/<str:code>/reunions/<id:pk>/annuler/", views.meeting_cancel, name="secretary_meeting_cancel"),
    path("espace/comites/<str:code>/reunions/<id:pk>/apercu/", views.minutes_preview, name="secretary_minutes_preview"),
    path(
        "espace/comites/<str:code>/reunions/<id:pk>/publier/", views.minutes_publish, name="secretary_minutes_publish"
    ),
    path(
        "espace/comites/<str:code>/reunions/<id:pk>/retirer/",
        views.minutes_withdraw,
        name="secretary_minutes_withdraw",
    ),
    path(
        "espace/comites/<str:code>/reunions/<id:pk>/pieces-jointes/",
        views.attachment_add,
        name="secretary_attachment_add",
    ),
    path(
        "espace/comites/<str:code>/reunions/<id:pk>/pieces-jointes/<id:attachment_pk>/supprimer/",
        views.attachment_delete,
        name="secretary_attachment_delete",
    ),
    path(
        "espace/comites/<str:code>/reunions/<id:pk>/decisions/nouvelle/",
        views.decision_add,
        name="secretary_decision_add",
    ),
    path(
        "espace/comites/<str:code>/decisions/<id:pk>/cloturer/", views.decision_close, name="secretary_decision_close"
    ),
    path(
        "espace/comites/<str:code>/feuille-de-route/nouvelle/",
        roadmap_views.sheet_create,
        name="secretary_sheet_create",
    ),
    path(
        "espace/comites/<str:code>/feuille-de-route/<id:pk>/modifier/",
        roadmap_views.sheet_edit,
        name="secretary_sheet_edit",
    ),
    # Also the pilot organisation's members (comites.permissions.can_report_on_sheet).
    path(
        "espace/comites/<str:code>/feuille-de-route/<id:pk>/avancement/",
        roadmap_views.sheet_report,
        name="secretary_sheet_report",
    ),
    path("espace/comites/<str:code>/membres/", governance_views.members, name="secretary_members"),
    path("espace/comites/<str:code>/membres/nouveau/", governance_views.member_add, name="secretary_member_add"),
    path(
        "espace/comites/<str:code>/membres/<id:pk>/fin-de-mandat/",
        governance_views.member_end_term,
        name="secretary_member_end_term",
    ),
    path(
        "espace/comites/<str:code>/membres/<id:pk>/consentement/",
        governance_views.member_consent,
        name="secretary_member_consent",
    ),
    path(
        "espace/comites/<str:code>/reunions/<id:pk>/convocation/",
        governance_views.meeting_convocation,
        name="secretary_meeting_convocation",
    ),
    path(
        "espace/comites/<str:code>/reunions/<id:pk>/presences/",
        governance_views.meeting_attendance,
        name="secretary_meeting_attendance",
    ),
]
