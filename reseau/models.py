"""The network: territories, partner organisations, users and their memberships."""

from __future__ import annotations

import datetime
import hashlib

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from simple_history.models import HistoricalRecords


class TerritoryQuerySet(models.QuerySet["Territory"]):
    def in_tree_order(self) -> TerritoryQuerySet:
        """National, then the region, the départements and the local areas, each level by code: the order of
        every territory selector (never « Aisne » before « Hauts-de-France »)."""
        rank = models.Case(
            *(models.When(level=level, then=models.Value(i)) for i, level in enumerate(Territory.Level.values)),
            default=models.Value(len(Territory.Level.values)),
        )
        return self.alias(level_rank=rank).order_by("level_rank", "code")


class Territory(models.Model):
    class Level(models.TextChoices):
        NATIONAL = "national", "National"
        REGION = "region", "Région"
        DEPARTEMENT = "departement", "Département"
        LOCAL = "local", "Bassin local"

    code = models.CharField("code", max_length=16, unique=True, help_text="FR, 32, 59, CLPE59004…")
    name = models.CharField("nom", max_length=120)
    # Kept by a PostgreSQL trigger (migrations): what /recherche/ matches, accent-insensitive (comites/search.py).
    search_vector = SearchVectorField(null=True, editable=False)
    level = models.CharField("niveau", max_length=12, choices=Level.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name="territoire parent",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )

    objects = TerritoryQuerySet.as_manager()

    class Meta:
        verbose_name = "territoire"
        ordering = ["code"]
        constraints = [
            # Only the national territory is a root; every other territory hangs under a parent.
            models.CheckConstraint(
                name="territory_root_iff_national",
                condition=(Q(level="national") & Q(parent__isnull=True))
                | (~Q(level="national") & Q(parent__isnull=False)),
            ),
            models.CheckConstraint(name="territory_not_own_parent", condition=~Q(parent=models.F("pk"))),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"


class Organisation(models.Model):
    class Kind(models.TextChoices):
        ETAT = "etat", "État"
        REGION = "region", "Région"
        FRANCE_TRAVAIL = "france_travail", "France Travail"
        DEPARTEMENT = "departement", "Département"
        MISSION_LOCALE = "mission_locale", "Mission locale"
        CAP_EMPLOI = "cap_emploi", "Cap emploi"
        COLLECTIVITE = "collectivite", "Collectivité"
        OPCO = "opco", "OPCO"
        AUTRE = "autre", "Autre"

    name = models.CharField("nom", max_length=200)
    slug = models.SlugField("identifiant", max_length=80, unique=True)
    kind = models.CharField("type", max_length=20, choices=Kind.choices)
    territory = models.ForeignKey(
        Territory, verbose_name="territoire", on_delete=models.PROTECT, related_name="organisations"
    )
    is_demo = models.BooleanField(
        "données de démonstration", default=False, help_text="Créée par load_demo ; jamais en production."
    )

    class Meta:
        verbose_name = "organisation"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra) -> User:
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra) -> User:
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra) -> User:
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        if not (extra["is_staff"] and extra["is_superuser"]):
            raise ValueError("A superuser must have is_staff and is_superuser set.")
        return self._create_user(email, password, **extra)

    def get_by_natural_key(self, username: str | None) -> User:
        # E-mail addresses log in whatever their case.
        return self.get(email__iexact=username)


ANONYMISED_NAME = "Compte anonymisé"
ANONYMISED_DOMAIN = "anonyme.invalid"


class User(AbstractBaseUser, PermissionsMixin):
    """A person with an account; logs in with their e-mail address."""

    email = models.EmailField("adresse électronique", unique=True)
    full_name = models.CharField("nom complet", max_length=150, blank=True)
    is_staff = models.BooleanField(
        "administrateur du réseau", default=False, help_text="Accès à l'administration du portail."
    )
    is_active = models.BooleanField("actif", default=True)
    date_joined = models.DateTimeField("inscrit le", default=timezone.now)
    anonymised_at = models.DateTimeField(
        "anonymisé le",
        null=True,
        blank=True,
        help_text="Nom et adresse effacés à la demande de la personne ; ses saisies restent, sans son identité.",
    )

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        verbose_name = "utilisateur"
        ordering = ["email"]
        constraints = [models.UniqueConstraint(Lower("email"), name="user_email_ci_unique")]

    def __str__(self) -> str:
        return self.get_full_name()

    def clean(self) -> None:
        super().clean()
        self.email = self.__class__.objects.normalize_email(self.email).lower()

    def get_full_name(self) -> str:
        if self.anonymised_at:
            return ANONYMISED_NAME
        return self.full_name or self.email

    def get_short_name(self) -> str:
        if self.anonymised_at:
            return ANONYMISED_NAME
        return self.full_name.split(" ")[0] if self.full_name else self.email


class Membership(models.Model):
    class Role(models.TextChoices):
        CONTRIBUTOR = "contributor", "Contributeur"
        ADMIN = "admin", "Administrateur de l'organisation"

    user = models.ForeignKey(User, verbose_name="utilisateur", on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(
        Organisation, verbose_name="organisation", on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField("rôle", max_length=12, choices=Role.choices, default=Role.CONTRIBUTOR)
    created_at = models.DateTimeField("créée le", auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "appartenance"
        ordering = ["organisation__name", "user__email"]
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="membership_unique_per_organisation"),
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.organisation} ({self.get_role_display()})"


class InvitationQuerySet(models.QuerySet):
    def open(self) -> InvitationQuerySet:
        """Not answered nor cancelled (possibly expired): at most one per organisation and address."""
        return self.filter(status=Invitation.Status.PENDING)

    def usable(self) -> InvitationQuerySet:
        return self.open().filter(expires_at__gt=timezone.now())


class Invitation(models.Model):
    """An organisation administrator's offer to join the organisation, sent to an e-mail address.

    The membership exists only once the person behind that address accepts (GDPR: nobody is attached to an
    organisation, nor has their name shown to it, without their consent). The link carries a random token;
    only its SHA-256 is stored, so a database dump gives no usable link.
    """

    VALIDITY = datetime.timedelta(days=7)

    class Status(models.TextChoices):
        PENDING = "pending", "En attente"
        ACCEPTED = "accepted", "Acceptée"
        DECLINED = "declined", "Refusée"
        CANCELLED = "cancelled", "Annulée"

    organisation = models.ForeignKey(
        Organisation, verbose_name="organisation", on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField("adresse invitée")
    role = models.CharField("rôle proposé", max_length=12, choices=Membership.Role.choices)
    token_hash = models.CharField("empreinte du lien", max_length=64, unique=True, editable=False)
    status = models.CharField("état", max_length=10, choices=Status.choices, default=Status.PENDING)
    invited_by = models.ForeignKey(
        User, verbose_name="invitée par", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField("envoyée le", auto_now_add=True)
    expires_at = models.DateTimeField("valable jusqu'au")
    answered_at = models.DateTimeField("réponse le", null=True, blank=True)
    accepted_by = models.ForeignKey(
        User,
        verbose_name="acceptée par",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="accepted_invitations",
    )

    objects = InvitationQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["token_hash"])

    class Meta:
        verbose_name = "invitation"
        ordering = ["-created_at", "-pk"]
        constraints = [
            # A new invitation to the same address replaces the open one: one live link per person.
            models.UniqueConstraint(
                "organisation",
                Lower("email"),
                condition=Q(status="pending"),
                name="invitation_one_open_per_address",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.email} → {self.organisation} ({self.get_status_display()})"

    @staticmethod
    def hash_token(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()

    def unusable_reason(self) -> str | None:
        """Why the link no longer works, in French; None while it may still be answered."""
        if self.status == self.Status.ACCEPTED:
            return "Cette invitation a déjà été acceptée : son lien ne sert qu'une fois."
        if self.status != self.Status.PENDING:
            return "Cette invitation a été annulée ou refusée : demandez-en une nouvelle à l'organisation."
        if self.is_expired:
            return (
                "Cette invitation a expiré : demandez à un administrateur de l'organisation de vous en envoyer "
                "une nouvelle."
            )
        return None

    def addressed_to(self, user: User) -> bool:
        return user.is_authenticated and user.email.lower() == self.email.lower()
