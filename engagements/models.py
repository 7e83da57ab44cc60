"""The protocol: themes, engagements, their partners, milestones, indicators, values, reports and snapshots."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from simple_history.models import HistoricalRecords

from engagements import progress
from engagements.progress import Weather
from reseau.models import Organisation, Territory


class Frequency(models.IntegerChoices):
    """How often something is updated, in months (so that due dates are plain month arithmetic)."""

    MONTHLY = 1, "mensuelle"
    QUARTERLY = 3, "trimestrielle"
    HALF_YEARLY = 6, "semestrielle"
    YEARLY = 12, "annuelle"


class ThemeQuerySet(models.QuerySet["Theme"]):
    def with_engagements(self) -> ThemeQuerySet:
        return self.prefetch_related(models.Prefetch("engagements", Engagement.objects.order_by("order", "code")))


FLAG_LABELS = {
    "jalon_en_retard": "Jalon en retard",
    "meteo_divergente": "Météo déclarée différente de la météo calculée",
    "meteo_perimee": "Météo déclarée ancienne",
    "tendance_defavorable": "Tendance défavorable",
    "mise_a_jour_en_retard": "Mise à jour en retard",
    "sous_la_mediane_des_territoires_voisins": "Plus de 10 points sous la médiane des territoires voisins",
    "ecart_entre_sources": "Plus de 5 % d'écart entre valeur déclarée et valeur consolidée",
    "indicateur_en_alerte": "Indicateur en alerte",
}


class Theme(models.Model):
    code = models.CharField("code", max_length=8, unique=True)
    short_title = models.CharField("titre court", max_length=120)
    title = models.TextField("intitulé complet")
    order = models.PositiveSmallIntegerField("ordre", default=0)

    objects = ThemeQuerySet.as_manager()

    class Meta:
        verbose_name = "enjeu"
        ordering = ["order", "code"]

    def __str__(self) -> str:
        return f"{self.code} — {self.short_title}"

    def get_absolute_url(self) -> str:
        return reverse("theme", args=[self.code])


class Engagement(models.Model):
    code = models.CharField("code", max_length=8, unique=True)
    theme = models.ForeignKey(Theme, verbose_name="enjeu", on_delete=models.PROTECT, related_name="engagements")
    title = models.CharField("intitulé", max_length=300)
    summary = models.TextField("résumé", blank=True)
    # Kept by a PostgreSQL trigger (migrations): what /recherche/ matches, accent-insensitive (comites/search.py).
    search_vector = SearchVectorField(null=True, editable=False)
    provisional = models.BooleanField(
        "intitulé provisoire",
        default=True,
        help_text="Intitulé de travail, à confirmer d'après le texte du protocole.",
    )
    starts_on = models.DateField("début", null=True, blank=True)
    ends_on = models.DateField("échéance", null=True, blank=True)
    ends_on_provisional = models.BooleanField(
        "échéance provisoire", default=True, help_text="Échéance de travail, à confirmer d'après le protocole."
    )
    update_frequency = models.PositiveSmallIntegerField(
        "fréquence de mise à jour", choices=Frequency.choices, default=Frequency.MONTHLY
    )
    order = models.PositiveSmallIntegerField("ordre", default=0)
    # Dirty flag as two counters: every write bumps `recompute_requested`; a finished recompute sets
    # `recompute_done` to the request it started from. A crashed recompute leaves the engagement dirty.
    recompute_requested = models.PositiveIntegerField("recalculs demandés", default=0, editable=False)
    recompute_done = models.PositiveIntegerField("recalculs effectués", default=0, editable=False)

    history = HistoricalRecords(excluded_fields=["recompute_requested", "recompute_done", "search_vector"])

    class Meta:
        verbose_name = "engagement"
        ordering = ["order", "code"]
        constraints = [
            models.CheckConstraint(
                name="engagement_ends_after_start",
                condition=Q(starts_on__isnull=True) | Q(ends_on__isnull=True) | Q(ends_on__gte=F("starts_on")),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} — {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("engagement", args=[self.code])

    @property
    def is_dirty(self) -> bool:
        return self.recompute_requested > self.recompute_done


class EngagementPartner(models.Model):
    class Role(models.TextChoices):
        PILOT = "pilot", "Pilote"
        CONTRIBUTOR = "contributor", "Contributeur"

    engagement = models.ForeignKey(
        Engagement, verbose_name="engagement", on_delete=models.CASCADE, related_name="partners"
    )
    organisation = models.ForeignKey(
        Organisation, verbose_name="organisation", on_delete=models.PROTECT, related_name="engagement_roles"
    )
    role = models.CharField("rôle", max_length=12, choices=Role.choices)
    territories = models.ManyToManyField(
        Territory,
        verbose_name="territoires de saisie",
        blank=True,
        related_name="+",
        help_text="Territoires sur lesquels l'organisation peut rendre compte de cet engagement.",
    )

    history = HistoricalRecords(m2m_fields=[territories])

    class Meta:
        verbose_name = "partenaire d'engagement"
        verbose_name_plural = "partenaires d'engagement"
        ordering = ["engagement__code", "role", "organisation__name"]
        constraints = [
            models.UniqueConstraint(fields=["engagement", "organisation"], name="partner_once_per_engagement"),
            # The pilot reviews contributors' values: there is exactly one per engagement at most.
            models.UniqueConstraint(fields=["engagement"], condition=Q(role="pilot"), name="one_pilot_per_engagement"),
        ]

    def __str__(self) -> str:
        return f"{self.organisation} — {self.get_role_display()} de {self.engagement.code}"


class Milestone(models.Model):
    engagement = models.ForeignKey(
        Engagement, verbose_name="engagement", on_delete=models.CASCADE, related_name="milestones"
    )
    title = models.CharField("intitulé", max_length=300)
    due_on = models.DateField("échéance")
    done_on = models.DateField("réalisé le", null=True, blank=True)
    weight = models.PositiveSmallIntegerField("poids", default=1)
    territory = models.ForeignKey(
        Territory,
        verbose_name="territoire",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="Territoire où le jalon est fixé et compte (vide : le territoire de pilotage, la région).",
    )
    is_demo = models.BooleanField(
        "données de démonstration", default=False, help_text="Créé par load_demo ; jamais en production."
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = "jalon"
        ordering = ["engagement__code", "due_on", "pk"]
        indexes = [
            # Overdue milestones: open ones ordered by due date.
            models.Index(fields=["due_on"], condition=Q(done_on__isnull=True), name="milestone_open_due_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.engagement.code} — {self.title}"


class Indicator(models.Model):
    class Unit(models.TextChoices):
        NUMBER = "nombre", "nombre"
        PERCENT = "%", "%"
        DAYS = "jours", "jours"

    class Measure(models.TextChoices):
        STOCK = "stock", "Stock (niveau à une date)"
        FLOW = "flow", "Flux (sur la période)"
        YTD = "ytd", "Cumul depuis le 1er janvier"
        RATIO = "ratio", "Taux ou moyenne"

    class Direction(models.TextChoices):
        UP = "up", "À la hausse"
        DOWN = "down", "À la baisse"

    class Aggregation(models.TextChoices):
        SUM = "sum", "Somme"
        MEAN = "mean", "Moyenne (pondérée par les bases si fournies)"
        NONE = "none", "Aucune consolidation"

    class ParentSource(models.TextChoices):
        COMPUTED = "computed", "Valeur consolidée depuis les territoires"
        REPORTED = "reported", "Valeur déclarée au niveau parent"

    class Nature(models.TextChoices):
        STATISTIQUE_PUBLIQUE = "statistique publique", "statistique publique"
        DONNEES_DE_GESTION = "données de gestion", "données de gestion"
        ENQUETE = "enquête", "enquête"

    code = models.CharField("code", max_length=32, unique=True)
    engagement = models.ForeignKey(
        Engagement,
        verbose_name="engagement",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="indicators",
    )
    theme = models.ForeignKey(
        Theme,
        verbose_name="enjeu (série de contexte)",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="context_indicators",
    )
    name = models.CharField("nom", max_length=300)
    unit = models.CharField("unité", max_length=8, choices=Unit.choices)
    measure = models.CharField("type de mesure", max_length=8, choices=Measure.choices)
    direction = models.CharField("sens", max_length=4, choices=Direction.choices, default=Direction.UP)
    aggregation = models.CharField("consolidation", max_length=4, choices=Aggregation.choices)
    weight = models.DecimalField(
        "poids",
        max_digits=5,
        decimal_places=2,
        default=1,
        validators=[MinValueValidator(0)],
        help_text="0 pour une série de contexte, jamais comptée dans l'avancement.",
    )
    parent_source = models.CharField(
        "source retenue aux niveaux parents",
        max_length=8,
        choices=ParentSource.choices,
        default=ParentSource.COMPUTED,
    )
    frequency = models.PositiveSmallIntegerField("fréquence", choices=Frequency.choices, default=Frequency.MONTHLY)
    publication_delay_days = models.PositiveSmallIntegerField(
        "délai de publication (jours)",
        default=30,
        help_text="Délai entre la fin de la période et la disponibilité de la valeur.",
    )
    source = models.CharField("source", max_length=300, blank=True)
    nature = models.CharField("nature de la source", max_length=24, choices=Nature.choices, blank=True)
    definition = models.TextField("définition", blank=True)
    # Kept by a PostgreSQL trigger (migrations): what /recherche/ matches, accent-insensitive (comites/search.py).
    search_vector = SearchVectorField(null=True, editable=False)

    history = HistoricalRecords(excluded_fields=["search_vector"])

    class Meta:
        verbose_name = "indicateur"
        ordering = ["code"]
        constraints = [
            # An indicator measures one engagement, or is a context series of one theme — never both.
            models.CheckConstraint(
                name="indicator_engagement_xor_theme",
                condition=(Q(engagement__isnull=False) & Q(theme__isnull=True))
                | (Q(engagement__isnull=True) & Q(theme__isnull=False)),
            ),
            # Stocks and flows add up; rates and averages never do (PILOTE's plain mean of rates is the bug).
            models.CheckConstraint(
                name="indicator_aggregation_fits_measure",
                condition=(Q(measure__in=["stock", "flow", "ytd"]) & Q(aggregation__in=["sum", "none"]))
                | (Q(measure="ratio") & Q(aggregation__in=["mean", "none"])),
            ),
            models.CheckConstraint(name="indicator_weight_not_negative", condition=Q(weight__gte=0)),
        ]

    def __str__(self) -> str:
        return f"{self.code} — {self.name}"

    @property
    def is_context(self) -> bool:
        return self.weight == 0

    @property
    def takes_base(self) -> bool:
        return self.measure == self.Measure.RATIO

    def value_errors(self, value: Decimal, base: Decimal | None = None) -> dict[str, str]:
        """What is wrong with ``value`` (and ``base``) for this indicator's unit, by field, in French."""
        errors: dict[str, str] = {}
        if not value.is_finite():
            return {"value": "Saisissez un nombre."}
        if self.unit == self.Unit.PERCENT and not 0 <= value <= 100:
            errors["value"] = "Un pourcentage est compris entre 0 et 100."
        elif self.unit == self.Unit.NUMBER and (value < 0 or value != value.to_integral_value()):
            errors["value"] = "Un effectif est un nombre entier positif ou nul."
        elif self.unit == self.Unit.DAYS and value < 0:
            errors["value"] = "Une durée en jours est positive ou nulle."
        elif abs(value) >= Decimal("1e10"):
            errors["value"] = "Cette valeur est trop grande."
        if base is not None:
            if not self.takes_base:
                errors["base"] = "Cet indicateur ne prend pas de base."
            elif not base.is_finite() or base < 0 or base != base.to_integral_value():
                errors["base"] = "La base est un nombre entier positif ou nul."
            elif base >= Decimal("1e10"):
                errors["base"] = "Cette base est trop grande."
        return errors

    def unusual_value(self, territory: Territory, period: datetime.date, value: Decimal) -> str | None:
        """Why ``value`` looks like a typo for this territory (in French), or None: more than UNUSUAL_FACTOR times
        the highest, or less than the lowest divided by it, of the territory's published values in the
        UNUSUAL_MONTHS months either side of ``period`` (at least UNUSUAL_MIN_VALUES of them; one query). The
        partner may confirm it: the rule asks, it never refuses."""
        values = list(
            IndicatorValue.objects.published()
            .filter(
                indicator=self,
                territory=territory,
                period__gte=progress.add_months(period, -UNUSUAL_MONTHS),
                period__lte=progress.add_months(period, UNUSUAL_MONTHS),
            )
            .exclude(period=period)
            .values_list("value", flat=True)
        )
        if len(values) < UNUSUAL_MIN_VALUES:
            return None
        low, high = min(values), max(values)
        too_high = high > 0 and value > high * UNUSUAL_FACTOR
        too_low = low > 0 and value < low / UNUSUAL_FACTOR
        if not (too_high or too_low):
            return None
        return (
            f"{progress.fr(float(value))} est très éloigné des valeurs publiées pour {territory.name} "
            f"autour de cette période (de {progress.fr(float(low))} à {progress.fr(float(high))}). "
            "Vérifiez la saisie (unité, zéro en trop, cumul au lieu du mois) ; si elle est juste, cochez "
            "« Je confirme cette valeur inhabituelle » et enregistrez de nouveau."
        )


# A value far from the territory's usual ones asks for a confirmation before it is saved (Indicator.unusual_value).
UNUSUAL_FACTOR = 2
UNUSUAL_MONTHS = 12
UNUSUAL_MIN_VALUES = 3


class IndicatorTarget(models.Model):
    indicator = models.ForeignKey(
        Indicator, verbose_name="indicateur", on_delete=models.CASCADE, related_name="targets"
    )
    territory = models.ForeignKey(Territory, verbose_name="territoire", on_delete=models.PROTECT, related_name="+")
    baseline_value = models.DecimalField("valeur de référence", max_digits=14, decimal_places=4)
    baseline_on = models.DateField("date de référence")
    target_value = models.DecimalField("cible finale", max_digits=14, decimal_places=4)
    target_on = models.DateField("échéance de la cible")

    history = HistoricalRecords()

    class Meta:
        verbose_name = "cible d'indicateur"
        verbose_name_plural = "cibles d'indicateur"
        ordering = ["indicator__code", "territory__code"]
        constraints = [
            models.UniqueConstraint(fields=["indicator", "territory"], name="target_once_per_territory"),
            models.CheckConstraint(name="target_after_baseline", condition=Q(target_on__gt=F("baseline_on"))),
        ]

    def __str__(self) -> str:
        return f"{self.indicator.code} @ {self.territory.code}"


class IntermediateTarget(models.Model):
    """A yearly (or any) milestone on the way from the baseline to the final target."""

    target = models.ForeignKey(
        IndicatorTarget, verbose_name="cible", on_delete=models.CASCADE, related_name="intermediates"
    )
    on = models.DateField("date")
    value = models.DecimalField("valeur attendue", max_digits=14, decimal_places=4)

    class Meta:
        verbose_name = "cible intermédiaire"
        verbose_name_plural = "cibles intermédiaires"
        ordering = ["target", "on"]
        constraints = [
            models.UniqueConstraint(fields=["target", "on"], name="intermediate_target_once_per_date"),
        ]

    def __str__(self) -> str:
        return f"{self.target} — {self.on:%Y-%m-%d} : {self.value}"


class IndicatorValueQuerySet(models.QuerySet["IndicatorValue"]):
    def published(self) -> IndicatorValueQuerySet:
        """The values the public sees and the engine computes from (DESIGN §4 « Published values »)."""
        return self.filter(status=IndicatorValue.Status.ACCEPTED)

    def cell(self, indicator, territory, period) -> IndicatorValueQuerySet:
        return self.filter(indicator=indicator, territory=territory, period=period)


class IndicatorValue(models.Model):
    """A value of an indicator on a territory for a month, in one of four states (DESIGN §4 « Published values »).

    A cell (indicator × territory × period) has at most one *accepted* row: the published value. A contributor's
    proposal is a row of its own beside it (at most one open proposal per organisation and cell), so that it never
    unpublishes anything; once accepted it becomes the published row and the one it replaced is kept as *replaced*.
    """

    class Status(models.TextChoices):
        PROPOSED = "proposed", "Proposée"
        ACCEPTED = "accepted", "Validée"
        REJECTED = "rejected", "Refusée"
        REPLACED = "replaced", "Remplacée"

    indicator = models.ForeignKey(Indicator, verbose_name="indicateur", on_delete=models.PROTECT, related_name="values")
    territory = models.ForeignKey(Territory, verbose_name="territoire", on_delete=models.PROTECT, related_name="+")
    period = models.DateField("période", help_text="Premier jour du mois couvert.")
    value = models.DecimalField("valeur", max_digits=14, decimal_places=4)
    base = models.DecimalField(
        "base",
        max_digits=14,
        decimal_places=4,
        null=True,
        blank=True,
        help_text="Dénominateur d'un taux, ou nombre de cas d'une moyenne.",
    )
    status = models.CharField("statut", max_length=10, choices=Status.choices, default=Status.PROPOSED)
    organisation = models.ForeignKey(
        Organisation, verbose_name="organisation", on_delete=models.PROTECT, related_name="indicator_values"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="saisie par",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="revue par",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewed_at = models.DateTimeField("revue le", null=True, blank=True)
    review_note = models.TextField("motif de la revue", blank=True)
    note = models.TextField("note", blank=True)
    created_at = models.DateTimeField("créée le", auto_now_add=True)
    updated_at = models.DateTimeField("modifiée le", auto_now=True)
    # Optimistic locking: a form carries the version it was loaded at, and a write from a stale form is refused
    # rather than silently overwriting what a colleague saved in between.
    version = models.PositiveIntegerField("version", default=1, editable=False)

    objects = IndicatorValueQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = "valeur d'indicateur"
        verbose_name_plural = "valeurs d'indicateur"
        ordering = ["indicator__code", "territory__code", "period"]
        constraints = [
            # One published value per cell; also the index behind every published series read (the engine, open
            # data): indicator × territory ordered by period, accepted rows only.
            models.UniqueConstraint(
                fields=["indicator", "territory", "period"],
                condition=Q(status="accepted"),
                name="value_published_once_per_cell",
            ),
            # A contributor amends its open proposal rather than stacking a second one on the same cell.
            models.UniqueConstraint(
                fields=["indicator", "territory", "period", "organisation"],
                condition=Q(status="proposed"),
                name="value_one_open_proposal_per_organisation",
            ),
            models.CheckConstraint(name="value_period_is_first_of_month", condition=Q(period__day=1)),
            models.CheckConstraint(name="value_base_not_negative", condition=Q(base__isnull=True) | Q(base__gte=0)),
            models.CheckConstraint(
                name="value_rejection_has_reason",
                condition=~Q(status="rejected") | ~Q(review_note=""),
            ),
        ]
        indexes = [
            # The pilot's review queue: proposed values of an indicator.
            models.Index(fields=["indicator"], condition=Q(status="proposed"), name="value_proposed_idx"),
            # The territory page: every indicator's values on one territory, by period.
            models.Index(fields=["territory", "period"], name="value_territory_period_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.indicator.code} @ {self.territory.code} {self.period:%Y-%m} = {self.value}"


class ValueRevision(models.Model):
    """A public change of a published value (DESIGN §4): what it was, what it is, when and why.

    Append-only. It names the organisation whose value is now published, never a person: it is open data.
    """

    indicator = models.ForeignKey(
        Indicator, verbose_name="indicateur", on_delete=models.PROTECT, related_name="revisions"
    )
    territory = models.ForeignKey(Territory, verbose_name="territoire", on_delete=models.PROTECT, related_name="+")
    period = models.DateField("période", help_text="Premier jour du mois couvert.")
    old_value = models.DecimalField("ancienne valeur", max_digits=14, decimal_places=4)
    old_base = models.DecimalField("ancienne base", max_digits=14, decimal_places=4, null=True, blank=True)
    new_value = models.DecimalField("nouvelle valeur", max_digits=14, decimal_places=4)
    new_base = models.DecimalField("nouvelle base", max_digits=14, decimal_places=4, null=True, blank=True)
    revised_at = models.DateTimeField("révisée le", default=timezone.now)
    reason = models.TextField("motif")
    organisation = models.ForeignKey(
        Organisation, verbose_name="organisation", on_delete=models.PROTECT, related_name="value_revisions"
    )

    class Meta:
        verbose_name = "révision d'une valeur publiée"
        verbose_name_plural = "révisions des valeurs publiées"
        ordering = ["indicator__code", "territory__code", "period", "revised_at", "pk"]
        constraints = [
            models.CheckConstraint(name="revision_period_is_first_of_month", condition=Q(period__day=1)),
            models.CheckConstraint(name="revision_has_reason", condition=~Q(reason="")),
        ]
        indexes = [
            # The API, revisions.csv and the indicator page: an indicator's revisions by territory and period.
            models.Index(fields=["indicator", "territory", "period"], name="revision_cell_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.indicator.code} @ {self.territory.code} {self.period:%Y-%m}: {self.old_value} → {self.new_value}"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise ValueError("Revisions are append-only: record a new revision instead.")
        super().save(*args, **kwargs)


class ProgressReport(models.Model):
    """What a partner says of an engagement on a territory at a date. Append-only: a new report supersedes."""

    engagement = models.ForeignKey(
        Engagement, verbose_name="engagement", on_delete=models.PROTECT, related_name="reports"
    )
    organisation = models.ForeignKey(
        Organisation, verbose_name="organisation", on_delete=models.PROTECT, related_name="progress_reports"
    )
    territory = models.ForeignKey(Territory, verbose_name="territoire", on_delete=models.PROTECT, related_name="+")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="auteur",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    weather = models.CharField("météo", max_length=16, choices=Weather.choices, default=Weather.NON_RENSEIGNEE)
    declared_percent = models.PositiveSmallIntegerField(
        "avancement déclaré (%)", null=True, blank=True, validators=[MaxValueValidator(100)]
    )
    narrative = models.TextField("commentaire", blank=True)
    created_at = models.DateTimeField("déposé le", auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "compte rendu d'avancement"
        verbose_name_plural = "comptes rendus d'avancement"
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                name="report_percent_within_0_100",
                condition=Q(declared_percent__isnull=True) | Q(declared_percent__lte=100),
            ),
        ]
        indexes = [
            # The engagement page and the freshness badge: latest reports of an engagement.
            models.Index(fields=["engagement", "-created_at"], name="report_engagement_latest_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.engagement.code} — {self.organisation} ({self.created_at:%Y-%m-%d})"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise ValueError("Progress reports are append-only: file a new report instead.")
        super().save(*args, **kwargs)


class ProgressSnapshotQuerySet(models.QuerySet["ProgressSnapshot"]):
    def latest_per_object(self, scope: str, today: datetime.date | None = None) -> ProgressSnapshotQuerySet:
        """The latest snapshot of each object × territory of ``scope``, never one dated after ``today`` (one query,
        portable to SQLite)."""
        today = today or timezone.localdate()
        newer = ProgressSnapshot.objects.filter(scope=scope, territory=OuterRef("territory"), as_of__lte=today)
        key = {"indicator": "indicator", "engagement": "engagement", "theme": "theme"}.get(scope)
        if key:
            newer = newer.filter(**{key: OuterRef(key)})
        latest_day = newer.order_by("-as_of").values("as_of")[:1]
        return self.filter(scope=scope, as_of=Subquery(latest_day))


class ProgressSnapshot(models.Model):
    """A computed figure, written only by the progress engine, with the inputs that explain it."""

    class Scope(models.TextChoices):
        INDICATOR = "indicator", "Indicateur"
        ENGAGEMENT = "engagement", "Engagement"
        THEME = "theme", "Enjeu"
        OVERALL = "overall", "Ensemble du protocole"

    scope = models.CharField("portée", max_length=10, choices=Scope.choices)
    engagement = models.ForeignKey(
        Engagement,
        verbose_name="engagement",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="snapshots",
    )
    theme = models.ForeignKey(
        Theme, verbose_name="enjeu", on_delete=models.CASCADE, null=True, blank=True, related_name="snapshots"
    )
    indicator = models.ForeignKey(
        Indicator,
        verbose_name="indicateur",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="snapshots",
    )
    territory = models.ForeignKey(Territory, verbose_name="territoire", on_delete=models.CASCADE, related_name="+")
    as_of = models.DateField("calculé au")
    data_period = models.DateField(
        "période des données", null=True, blank=True, help_text="Mois le plus récent des données utilisées."
    )
    data_period_start = models.DateField(
        "début de la période des données", null=True, blank=True, help_text="Mois le plus ancien des données."
    )
    percent = models.DecimalField(
        "avancement calculé (%)",
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Pour un indicateur : son atteinte, en points.",
    )
    gap = models.DecimalField("écart à la trajectoire (points)", max_digits=6, decimal_places=2, null=True, blank=True)
    demonstration = models.BooleanField("données de démonstration", default=False)
    weather_declared = models.CharField(
        "météo déclarée", max_length=16, choices=Weather.choices, default=Weather.NON_RENSEIGNEE
    )
    weather_computed = models.CharField(
        "météo calculée", max_length=16, choices=Weather.choices, default=Weather.NON_RENSEIGNEE
    )
    coverage = models.JSONField("couverture", default=dict, blank=True)
    flags = models.JSONField("alertes", default=list, blank=True)
    inputs = models.JSONField("données d'entrée", default=dict, blank=True)
    rules_version = models.CharField("version des règles", max_length=20)
    # Digest of everything above: the engine compares it to skip rows whose content did not change.
    digest = models.CharField("empreinte", max_length=64, default="", editable=False)
    computed_at = models.DateTimeField("calculé le", auto_now=True)

    objects = ProgressSnapshotQuerySet.as_manager()

    class Meta:
        verbose_name = "photographie d'avancement"
        verbose_name_plural = "photographies d'avancement"
        ordering = ["-as_of", "scope"]
        constraints = [
            models.CheckConstraint(
                name="snapshot_object_matches_scope",
                condition=(
                    Q(scope="indicator")
                    & Q(indicator__isnull=False)
                    & Q(engagement__isnull=False)
                    & Q(theme__isnull=True)
                )
                | (
                    Q(scope="engagement")
                    & Q(engagement__isnull=False)
                    & Q(theme__isnull=True)
                    & Q(indicator__isnull=True)
                )
                | (Q(scope="theme") & Q(engagement__isnull=True) & Q(theme__isnull=False) & Q(indicator__isnull=True))
                | (Q(scope="overall") & Q(engagement__isnull=True) & Q(theme__isnull=True) & Q(indicator__isnull=True)),
            ),
            models.CheckConstraint(
                name="snapshot_percent_within_0_100",
                condition=Q(percent__isnull=True) | (Q(percent__gte=0) & Q(percent__lte=100)),
            ),
            # One snapshot per scope × object × territory × day: the engine upserts on these.
            models.UniqueConstraint(
                fields=["indicator", "territory", "as_of"],
                condition=Q(scope="indicator"),
                name="snapshot_once_per_indicator_day",
            ),
            models.UniqueConstraint(
                fields=["engagement", "territory", "as_of"],
                condition=Q(scope="engagement"),
                name="snapshot_once_per_engagement_day",
            ),
            models.UniqueConstraint(
                fields=["theme", "territory", "as_of"],
                condition=Q(scope="theme"),
                name="snapshot_once_per_theme_day",
            ),
            models.UniqueConstraint(
                fields=["territory", "as_of"],
                condition=Q(scope="overall"),
                name="snapshot_once_per_overall_day",
            ),
        ]
        indexes = [
            # Dashboards read the latest snapshot of each object on a territory.
            models.Index(fields=["scope", "territory", "-as_of"], name="snapshot_latest_idx"),
        ]

    def __str__(self) -> str:
        obj = self.indicator or self.engagement or self.theme or "ensemble"
        return f"{self.get_scope_display()} {obj} @ {self.territory.code} {self.as_of}"

    @cached_property
    def outcome(self):
        """The typed result stored with the snapshot (``engagements.outcomes``), None for an older format."""
        from engagements.outcomes import outcome_of

        return outcome_of(self)

    @property
    def flag_labels(self) -> list[str]:
        labels = []
        for flag in self.flags:
            label = FLAG_LABELS.get(flag, flag)
            if flag == "indicateur_en_alerte" and self.outcome is not None:
                label = f"{label} : {', '.join(self.outcome.alerts)}"
            labels.append(label)
        return labels

    @property
    def indicators_coverage(self) -> tuple[int, int] | None:
        """(k, n) of "calculé sur k indicateurs sur n"."""
        outcome = self.outcome
        if outcome is None or not hasattr(outcome, "computable"):
            return None
        return outcome.computable, outcome.counted


class ValueImport(models.Model):
    """A CSV file of values submitted from the workspace, validated as a whole, imported all or nothing."""

    class State(models.TextChoices):
        PENDING = "pending", "En attente"
        RUNNING = "running", "En cours"
        DONE = "done", "Importé"
        FAILED = "failed", "Refusé"

    engagement = models.ForeignKey(
        Engagement, verbose_name="engagement", on_delete=models.CASCADE, related_name="value_imports"
    )
    organisation = models.ForeignKey(
        Organisation, verbose_name="organisation", on_delete=models.PROTECT, related_name="value_imports"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="déposé par", on_delete=models.PROTECT, related_name="+"
    )
    filename = models.CharField("nom du fichier", max_length=255)
    content = models.TextField("contenu", help_text="Le fichier décodé ; 2 Mo au plus.")
    state = models.CharField("état", max_length=8, choices=State.choices, default=State.PENDING)
    total = models.PositiveIntegerField("lignes", default=0)
    imported = models.PositiveIntegerField("valeurs importées", default=0)
    errors = models.JSONField("erreurs", default=list, blank=True)
    created_at = models.DateTimeField("déposé le", auto_now_add=True)
    # Set by each run when it claims the import; a run that died (worker killed) leaves it RUNNING and unlocked,
    # which is how ``requeue_stale_imports`` recognises it.
    started_at = models.DateTimeField("commencé le", null=True, blank=True)
    attempts = models.PositiveSmallIntegerField("tentatives", default=0)
    finished_at = models.DateTimeField("terminé le", null=True, blank=True)
    # Retention (CNIL): the file's content goes 3 months after the upload; the record and its result stay.
    content_purged_at = models.DateTimeField("contenu effacé le", null=True, blank=True)

    class Meta:
        verbose_name = "import de valeurs"
        verbose_name_plural = "imports de valeurs"
        ordering = ["-created_at", "-pk"]
        indexes = [
            # requeue_stale_imports: the unfinished imports, a handful at most at any time.
            models.Index(
                fields=["created_at"], condition=Q(state__in=["pending", "running"]), name="import_unfinished_idx"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.filename} ({self.get_state_display()})"

    @property
    def is_finished(self) -> bool:
        return self.state in (self.State.DONE, self.State.FAILED)
