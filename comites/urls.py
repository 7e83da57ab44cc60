from django.urls import path

from comites import views

urlpatterns = [
    path("comites/", views.committee_tree, name="committees"),
    path("comites/<str:code>/", views.committee_detail, name="committee"),
    path("comites/<str:code>/reunions/<int:pk>/", views.meeting_detail, name="meeting"),
    path("decisions/", views.decision_register, name="decisions"),
]
