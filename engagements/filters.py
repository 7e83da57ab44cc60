"""Query-string forms of the public pages: they parse and validate filters, never write."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone

from common.forms import PortalForm
from engagements import engine, freshness
from engagements.models import Engagement, EngagementPartner, ProgressSnapshot, Theme, Weather
from reseau.models import Organisation, Territory


class OptionalSelect(forms.Select):
    """A select for an optional field whose list has no empty choice: Django reads its first choice (one query)
    to decide on a `required` attribute the field never has."""

    def use_required_attribute(self, initial) -> bool:
        return False


class EngagementFilterForm(PortalForm):
    """Filters of /engagements/ and /enjeux/<code>/. Every field is optional; unknown values are refused in French."""

    q = forms.CharField(label="Rechercher", required=False, max_length=100)
    theme = forms.ModelChoiceField(
        label="Enjeu", queryset=Theme.objects.all(), to_field_name="code", required=False, empty_label="Tous"
    )
    territoire = forms.ModelChoiceField(
        label="Territoire",
        # One label per territory, as in every selector (« Hauts-de-France (32) »), the region first: it is the
        # list's default, and what an absent parameter means.
        queryset=Territory.objects.exclude(level=Territory.Level.NATIONAL).in_tree_order(),
        to_field_name="code",
        required=False,
        empty_label=None,
        help_text="La météo et les retards sont ceux de ce territoire.",
        widget=OptionalSelect,
    )
    meteo = forms.ChoiceField(label="Météo calculée", choices=[("", "Toutes"), *Weather.choices], required=False)
    partenaire = forms.ModelChoiceField(
        label="Partenaire",
        queryset=Organisation.objects.filter(engagement_roles__isnull=False).distinct().order_by("name"),
        to_field_name="slug",
        required=False,
        empty_label="Tous",
    )
    en_retard = forms.BooleanField(label="Seulement les engagements en retard", required=False)

    def __init__(self, *args, fixed_theme: Theme | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fixed_theme = fixed_theme
        if fixed_theme is not None:
            del self.fields["theme"]
        self.fields["q"].widget.input_type = "search"
        self.fields["q"].widget.attrs.update({"placeholder": "Code, intitulé ou résumé"})

    def territory(self) -> Territory | None:
        return (self.cleaned_data.get("territoire") if self.is_valid() else None) or None

    def engagements(self) -> list[Engagement]:
        """The engagements that match, each with ``snapshot`` (its latest on the chosen territory, or None) and
        ``pilots``. Three queries whatever the number of engagements."""
        data = self.cleaned_data if self.is_valid() else {}
        engagements = Engagement.objects.select_related("theme").order_by("theme__order", "order", "code")
        theme = self.fixed_theme or data.get("theme")
        if theme:
            engagements = engagements.filter(theme=theme)
        if data.get("partenaire"):
            engagements = engagements.filter(
                Exists(EngagementPartner.objects.filter(engagement=OuterRef("pk"), organisation=data["partenaire"]))
            )
        if data.get("q"):
            term = data["q"].strip()
            engagements = engagements.filter(
                Q(code__iexact=term) | Q(title__icontains=term) | Q(summary__icontains=term)
            )
        engagements = engagements.prefetch_related(Prefetch("partners", pilots_queryset(), to_attr="pilots"))
        territory_filter = (
            Q(territory=data["territoire"])
            if data.get("territoire")
            else Q(territory__code=settings.HOME_TERRITORY_CODE)
        )
        snapshots = {
            s.engagement_id: s
            for s in ProgressSnapshot.objects.latest_per_object(ProgressSnapshot.Scope.ENGAGEMENT).filter(
                territory_filter
            )
        }
        late = {}
        if data.get("en_retard"):
            tree = engine.TerritoryTree.load()
            place = data["territoire"].pk if data.get("territoire") else tree.steering_territory()
            late = freshness.late_by_engagement(timezone.localdate(), tree, place)
        result = []
        for engagement in engagements:
            snapshot = engagement.snapshot = snapshots.get(engagement.pk)
            if data.get("meteo") and (snapshot is None or snapshot.weather_computed != data["meteo"]):
                continue
            if data.get("en_retard") and engagement.pk not in late:
                continue
            result.append(engagement)
        return result


def pilots_queryset() -> QuerySet[EngagementPartner]:
    return EngagementPartner.objects.filter(role=EngagementPartner.Role.PILOT).select_related("organisation")
