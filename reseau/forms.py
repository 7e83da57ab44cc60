from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth.forms import AuthenticationForm

from francetravail.lib.forms import PortalForm
from reseau.models import Membership, Organisation


class LoginForm(PortalForm, AuthenticationForm):
    error_messages = {
        "invalid_login": "Adresse électronique ou mot de passe incorrect.",
        "inactive": "Ce compte est désactivé.",
    }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "Adresse électronique"
        self.fields["username"].widget.attrs.update({"autocomplete": "email", "type": "email"})
        self.fields["password"].label = "Mot de passe"


class PasswordChangeForm(PortalForm, auth_forms.PasswordChangeForm):
    pass


class PasswordResetForm(PortalForm, auth_forms.PasswordResetForm):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email"].label = "Adresse électronique"


class SetPasswordForm(PortalForm, auth_forms.SetPasswordForm):
    pass


class MemberForm(PortalForm):
    email = forms.EmailField(label="Adresse électronique", error_messages={"invalid": "Adresse électronique invalide."})
    full_name = forms.CharField(label="Nom complet", max_length=150, required=False)
    role = forms.ChoiceField(label="Rôle", choices=Membership.Role.choices, initial=Membership.Role.CONTRIBUTOR)

    def __init__(self, *args, organisation: Organisation, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.organisation = organisation

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        if Membership.objects.filter(organisation=self.organisation, user__email__iexact=email).exists():
            raise forms.ValidationError("Cette personne est déjà membre de l'organisation.")
        return email


class MemberRoleForm(PortalForm):
    role = forms.ChoiceField(label="Rôle", choices=Membership.Role.choices)
