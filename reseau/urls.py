from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from reseau import forms, views

urlpatterns = [
    path("invitation/<str:token>/", views.invitation, name="invitation"),
    path(
        "connexion/",
        auth_views.LoginView.as_view(
            template_name="reseau/login.html", authentication_form=forms.LoginForm, redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("deconnexion/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "mot-de-passe/",
        auth_views.PasswordChangeView.as_view(
            template_name="reseau/password_change.html",
            form_class=forms.PasswordChangeForm,
            success_url=reverse_lazy("password_change_done"),
        ),
        name="password_change",
    ),
    path(
        "mot-de-passe/modifie/",
        auth_views.PasswordChangeDoneView.as_view(template_name="reseau/password_change_done.html"),
        name="password_change_done",
    ),
    path(
        "mot-de-passe/oublie/",
        auth_views.PasswordResetView.as_view(
            template_name="reseau/password_reset.html",
            form_class=forms.PasswordResetForm,
            email_template_name="reseau/emails/password_reset.txt",
            subject_template_name="reseau/emails/password_reset_subject.txt",
            success_url=reverse_lazy("password_reset_done"),
        ),
        name="password_reset",
    ),
    path(
        "mot-de-passe/oublie/envoye/",
        auth_views.PasswordResetDoneView.as_view(template_name="reseau/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "mot-de-passe/nouveau/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="reseau/password_reset_confirm.html",
            form_class=forms.SetPasswordForm,
            success_url=reverse_lazy("password_reset_complete"),
        ),
        name="password_reset_confirm",
    ),
    path(
        "mot-de-passe/nouveau/termine/",
        auth_views.PasswordResetCompleteView.as_view(template_name="reseau/password_reset_complete.html"),
        name="password_reset_complete",
    ),
]
