from django import forms

from common.forms import PortalForm
from notifications.models import Topic


class SubscribeForm(PortalForm):
    courriel = forms.EmailField(
        label="Votre adresse électronique",
        help_text="Format attendu : nom@exemple.fr. Vous recevrez un courriel pour confirmer ; rien d'autre ne vous "
        "sera envoyé avant.",
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": "Saisissez votre adresse électronique.",
            "invalid": "Saisissez une adresse électronique valide, par exemple nom@exemple.fr.",
        },
    )
    sujet = forms.ChoiceField(
        label="Ce que vous voulez suivre",
        choices=Topic.choices,
        error_messages={
            "required": "Choisissez ce que vous voulez suivre.",
            "invalid_choice": "Ce choix n'existe pas.",
        },
    )
    code = forms.CharField(
        label="Code (engagement E02, comité CDE-59, territoire 59…)",
        required=False,
        max_length=16,
    )
