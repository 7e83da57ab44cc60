from django.urls import path

from engagements import views

urlpatterns = [
    path("enjeux/<str:code>/", views.theme_detail, name="theme"),
    path("engagements/", views.engagement_list, name="engagements"),
    path("engagements/<str:code>/", views.engagement_detail, name="engagement"),
    path("indicateurs/<str:code>/", views.indicator_detail, name="indicator"),
    path("territoires/<str:code>/", views.territory_detail, name="territory"),
]
