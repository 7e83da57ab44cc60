from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm

from common.forms import PortalForm
from reseau.models import Membership, Organisation, User


class LoginForm(PortalForm, AuthenticationForm):
    error_messages = {
        "invalid_login": "Adresse électronique ou mot de passe incorrect.",
        "inactive": "Ce compte est désactivé.",
    }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "Adresse électronique"
        self.fields["username"].widget.input_type = "email"
        self.fields["username"].widget.attrs.update({"autocomplete": "email"})
        self.fields["password"].label = "Mot de passe"


def _plain_password_help(form) -> None:
    """Django's password help is a <ul>, which DSFR puts in a <span> (invalid HTML): the same rules as one sentence."""
    help_text = " ".join(password_validation.password_validators_help_texts())
    # The bound field keeps its own copy (DsfrBaseForm has already built it).
    form.fields["new_password1"].help_text = form["new_password1"].help_text = help_text


class PasswordChangeForm(PortalForm, auth_forms.PasswordChangeForm):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        _plain_password_help(self)


class PasswordResetForm(PortalForm, auth_forms.PasswordResetForm):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email"].label = "Adresse électronique"


class SetPasswordForm(PortalForm, auth_forms.SetPasswordForm):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        _plain_password_help(self)


class InvitationForm(PortalForm):
    email = forms.EmailField(
        label="Adresse électronique",
        help_text="La personne reçoit un lien valable 7 jours ; elle devient membre quand elle l'accepte.",
        error_messages={"invalid": "Adresse électronique invalide."},
    )
    role = forms.ChoiceField(label="Rôle", choices=Membership.Role.choices, initial=Membership.Role.CONTRIBUTOR)

    def __init__(self, *args, organisation: Organisation, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.organisation = organisation

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        if Membership.objects.filter(organisation=self.organisation, user__email__iexact=email).exists():
            raise forms.ValidationError("Cette personne est déjà membre de l'organisation.")
        return email


class InvitationSignupForm(PortalForm):
    """The account of an invited person who has none yet: the address is the invitation's, not typed."""

    full_name = forms.CharField(label="Nom complet", max_length=150)
    password1 = forms.CharField(
        label="Mot de passe",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text="Au moins 12 caractères, pas trop courant.",
    )
    password2 = forms.CharField(
        label="Confirmation du mot de passe",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, email: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.email = email

    def clean_full_name(self) -> str:
        full_name = self.cleaned_data["full_name"].strip()
        if not full_name:
            raise forms.ValidationError("Indiquez votre nom.")
        return full_name

    def clean(self) -> dict:
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", "Les deux mots de passe ne sont pas identiques.")
        elif first:
            try:
                password_validation.validate_password(
                    first, User(email=self.email, full_name=cleaned.get("full_name", ""))
                )
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class MemberRoleForm(PortalForm):
    role = forms.ChoiceField(label="Rôle", choices=Membership.Role.choices)
