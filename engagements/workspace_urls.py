"""URLs of the partner workspace, mounted under /espace/ (only /espace/ itself is a contract; the rest is linked)."""

from django.urls import path

import common.converters  # noqa: F401  (registers <id:…>)
from engagements import workspace_views as views

urlpatterns = [
    path("engagements/<str:code>/", views.engagement_workspace, name="workspace_engagement"),
    path("engagements/<str:code>/compte-rendu/", views.report, name="workspace_report"),
    path("engagements/<str:code>/valeurs/", views.values_grid, name="workspace_values"),
    path("engagements/<str:code>/valeurs/saisie/", views.save_value, name="workspace_save_value"),
    path("engagements/<str:code>/valeurs/<id:pk>/revue/", views.review_value, name="workspace_review"),
    path("engagements/<str:code>/jalons/<id:pk>/", views.update_milestone, name="workspace_milestone"),
    path("engagements/<str:code>/historique/", views.engagement_history, name="workspace_history"),
    path("engagements/<str:code>/import/", views.import_values, name="workspace_import_values"),
    path("imports/<id:pk>/", views.import_status, name="workspace_import"),
    path("imports/<id:pk>/erreurs.csv", views.import_errors, name="workspace_import_errors"),
]
