"""Forms of the partner workspace. Each validates against what the acting user may do (an EngagementAccess)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django import forms
from django.utils import timezone

from common.dates import validate_plausible_date
from common.forms import PortalForm
from engagements import imports
from engagements.models import Indicator, IndicatorValue, Milestone, Weather
from engagements.permissions import EngagementAccess
from reseau.models import Territory

DECIMAL_PLACES = IndicatorValue._meta.get_field("value").decimal_places
MAX_NUMBER = Decimal(10) ** (IndicatorValue._meta.get_field("value").max_digits - DECIMAL_PLACES)
STEP = Decimal(1).scaleb(-DECIMAL_PLACES)


class FrenchDecimalField(forms.Field):
    """A number typed the French way ("12,5", "1 234") or the English way ("12.5")."""

    widget = forms.TextInput(attrs={"inputmode": "decimal"})

    def __init__(self, *, max_length: int = 30, **kwargs) -> None:
        self.max_length = max_length
        super().__init__(**kwargs)

    def to_python(self, value) -> Decimal | None:
        text = str(value).strip() if value is not None else ""
        if not text:
            return None
        if len(text) > self.max_length:
            raise forms.ValidationError("Ce nombre est trop long.", code="max_length")
        try:
            number = imports.parse_decimal(text, ";")
        except ValueError:
            raise forms.ValidationError("Saisissez un nombre, par exemple 12 ou 12,5.", code="invalid") from None
        # Checked here, before any arithmetic: 1e999999 or 1e-999999 are finite Decimals that the database (or
        # Decimal.quantize) refuses with an exception rather than a message.
        if abs(number) >= MAX_NUMBER:
            raise forms.ValidationError("Ce nombre est trop grand (moins de 10 milliards).", code="max_value")
        if number.as_tuple().exponent < -DECIMAL_PLACES and number != number.quantize(STEP):
            raise forms.ValidationError(
                f"Ce nombre a trop de chiffres après la virgule ({DECIMAL_PLACES} au plus).", code="max_decimal_places"
            )
        return number


class TerritoryChoiceField(forms.ChoiceField):
    """A territory among those the user may report on, chosen by code (codes are stable in URLs and CSVs)."""

    default_error_messages = {"invalid_choice": "Territoire inconnu ou hors de vos territoires de saisie."}

    def set_territories(self, territories: list[Territory]) -> None:
        # Set on the form's own copy of the field after DsfrBaseForm.__init__ has bound it: replacing the
        # field would leave the bound field (and its DSFR classes) pointing at the old one.
        self.by_code = {t.code: t for t in territories}
        self.choices = [(t.code, f"{t.name} ({t.code})") for t in territories]

    def clean(self, value) -> Territory:
        return self.by_code[super().clean(value)]


def parse_month(value: str) -> datetime.date:
    return imports.parse_period(value)


class MonthField(forms.CharField):
    def to_python(self, value) -> datetime.date | None:
        text = super().to_python(value)
        if not text:
            return None
        try:
            period = parse_month(text)
        except ValueError:
            raise forms.ValidationError("Période invalide : attendu AAAA-MM, par exemple 2026-03.") from None
        validate_plausible_date(period)
        return period


class ReportForm(PortalForm):
    territory = TerritoryChoiceField(label="Territoire")
    weather = forms.ChoiceField(
        label="Météo de l'engagement",
        choices=Weather.choices,
        widget=forms.RadioSelect,
        help_text="L'échelle de l'État : objectifs sécurisés, atteignables, appuis nécessaires, compromis.",
    )
    declared_percent = forms.IntegerField(
        label="Avancement déclaré (%)",
        required=False,
        min_value=0,
        max_value=100,
        help_text="Entre 0 et 100. Affiché comme « déclaré », jamais mêlé à l'avancement calculé.",
        error_messages={
            "min_value": "L'avancement est compris entre 0 et 100 %%.",
            "max_value": "L'avancement est compris entre 0 et 100 %%.",
            "invalid": "Saisissez un nombre entier entre 0 et 100.",
        },
    )
    narrative = forms.CharField(
        label="Commentaire",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Ce qui a avancé, ce qui bloque, ce dont vous avez besoin (5 000 caractères au plus).",
    )

    def __init__(self, *args, access: EngagementAccess, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["territory"].set_territories(access.territories)
        if not self.is_bound and access.organisation is not None:
            home = access.organisation.territory.code
            if home in self.fields["territory"].by_code:
                self.initial["territory"] = home
        self.fields["weather"].error_messages["invalid_choice"] = "Choisissez une météo de la liste."


class ValueForm(PortalForm):
    indicator = forms.ModelChoiceField(
        queryset=Indicator.objects.none(),
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": "Indicateur inconnu pour cet engagement."},
    )
    territory = TerritoryChoiceField(widget=forms.HiddenInput)
    period = MonthField(widget=forms.HiddenInput)
    version = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    value = FrenchDecimalField(label="Valeur", max_length=30)
    base = FrenchDecimalField(
        label="Base", required=False, max_length=30, help_text="Dénominateur du taux ou nombre de cas."
    )
    note = forms.CharField(label="Note", required=False, max_length=2000)
    # The value text the partner confirmed as unusual (a checkbox whose value is the typed text): a confirmation
    # holds for that very value only, never for one typed afterwards.
    confirmed = forms.CharField(required=False, max_length=30)

    def __init__(self, *args, access: EngagementAccess, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.unusual = False
        self.fields["indicator"].queryset = Indicator.objects.filter(engagement=access.engagement)
        self.fields["territory"].set_territories(access.territories)
        for name in ("value", "base", "note"):
            self.fields[name].widget.attrs["class"] = "fr-input"

    def clean_period(self) -> datetime.date:
        period = self.cleaned_data["period"]
        if period is None:
            raise forms.ValidationError("La période est obligatoire.")
        if period > timezone.localdate().replace(day=1):
            raise forms.ValidationError("On ne saisit pas de valeur pour un mois qui n'a pas commencé.")
        return period

    def clean(self) -> dict:
        data = super().clean()
        indicator, value = data.get("indicator"), data.get("value")
        if indicator is not None and value is not None:
            for name, message in indicator.value_errors(value, data.get("base")).items():
                self.add_error(name, message)
        territory, period = data.get("territory"), data.get("period")
        if not self.errors and territory is not None and period is not None and value is not None:
            message = indicator.unusual_value(territory, period, value)
            if message and data.get("confirmed", "").strip() != str(self.data.get("value", "")).strip():
                self.unusual = True
                self.add_error("value", message)
        return data


class ReviewForm(PortalForm):
    DECISIONS = [("accept", "Valider"), ("correct", "Valider avec une correction"), ("reject", "Refuser")]

    decision = forms.ChoiceField(label="Décision", choices=DECISIONS, widget=forms.RadioSelect)
    corrected = FrenchDecimalField(label="Valeur corrigée", required=False, max_length=30)
    reason = forms.CharField(
        label="Motif",
        required=False,
        max_length=2000,
        help_text="Obligatoire pour un refus ; transmis au contributeur.",
    )
    version = forms.IntegerField(min_value=0, widget=forms.HiddenInput)

    def __init__(self, *args, value: IndicatorValue, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.value = value
        self.fields["decision"].error_messages["invalid_choice"] = "Choisissez valider, corriger ou refuser."

    def clean(self) -> dict:
        data = super().clean()
        decision = data.get("decision")
        if decision == "reject" and not data.get("reason", "").strip():
            self.add_error("reason", "Indiquez le motif du refus : le contributeur le verra.")
        if decision == "correct":
            corrected = data.get("corrected")
            if corrected is None:
                self.add_error("corrected", "Saisissez la valeur corrigée.")
            else:
                for name, message in self.value.indicator.value_errors(corrected).items():
                    self.add_error("corrected" if name == "value" else None, message)
        return data


class MilestoneForm(PortalForm):
    done = forms.TypedChoiceField(
        label="État",
        choices=[("1", "Réalisé"), ("0", "Non réalisé")],
        coerce=lambda v: v == "1",
        widget=forms.RadioSelect,
    )
    done_on = forms.DateField(
        validators=[validate_plausible_date],
        label="Réalisé le",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": "Date invalide : attendu JJ/MM/AAAA."},
    )

    def __init__(self, *args, milestone: Milestone, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.milestone = milestone

    def clean(self) -> dict:
        data = super().clean()
        if data.get("done"):
            done_on = data.get("done_on")
            if done_on is None and "done_on" not in self.errors:
                self.add_error("done_on", "Indiquez la date de réalisation.")
            elif done_on is not None and done_on > timezone.localdate():
                self.add_error("done_on", "La date de réalisation ne peut pas être dans le futur.")
        else:
            data["done_on"] = None
        return data


class ImportForm(PortalForm):
    file = forms.FileField(
        label="Fichier CSV",
        help_text="UTF-8, séparateur « ; » ou « , », 10 000 lignes et 2 Mo au plus.",
        error_messages={"required": "Choisissez un fichier CSV.", "empty": "Le fichier est vide."},
    )

    def __init__(self, *args, too_large: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.too_large = too_large

    def clean_file(self):
        upload = self.cleaned_data["file"]
        # The upload handler (common.uploads) dropped the file past the limit; this is the backstop.
        if upload.size > imports.MAX_BYTES:
            raise forms.ValidationError(imports.TOO_LARGE_MESSAGE)
        try:
            self.text = imports.decode(upload.read())
        except imports.FileRefused as refused:
            raise forms.ValidationError(str(refused)) from None
        return upload

    def clean(self) -> dict:
        if self.too_large:
            # The size limit dropped the file while it streamed in: say why rather than "choose a file".
            self.errors.pop("file", None)
            self.add_error("file", imports.TOO_LARGE_MESSAGE)
        return super().clean()
