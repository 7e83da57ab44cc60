"""Governance: the committee tree, meetings, minutes with their attachments, and decisions followed up."""

from __future__ import annotations

import datetime
import secrets

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ObjectDoesNotExist
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from comites import governance
from comites.rendering import render_markdown
from comites.validators import validate_pdf
from engagements.models import Engagement
from engagements.progress import Weather
from reseau.models import Organisation, Territory

ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024
# Minutes are a few pages of text (a long one is 40 000 characters); annexes go in PDF attachments. The limit
# keeps the one rendering at publication short, and the stored HTML a page any visitor can load.
MINUTES_MAX_CHARS = 100_000
# Markdown can amplify: 100 000 characters of reference links render to 1.6 MB of HTML.
MINUTES_MAX_HTML_CHARS = 1_000_000
AGENDA_MAX_CHARS = 20_000


class CommitteeQuerySet(models.QuerySet["Committee"]):
    def in_tree_order(self) -> CommitteeQuerySet:
        """National, regional, departmental, then local committees, each level by code: the order of every
        committee selector (never « CDE-02 » before « CNE »)."""
        rank = models.Case(
            *(models.When(level=level, then=models.Value(i)) for i, level in enumerate(Committee.Level.values)),
            default=models.Value(len(Committee.Level.values)),
        )
        return self.alias(level_rank=rank).order_by("level_rank", "code")

    def tree(self) -> list[Committee]:
        """The root committees, each with its descendants in ``tree_children``, from a single query."""
        nodes = list(self.select_related("territory").order_by("code"))
        by_id = {node.pk: node for node in nodes}
        for node in nodes:
            node.tree_children = []
        roots = []
        for node in nodes:
            parent = by_id.get(node.parent_id)
            (parent.tree_children if parent else roots).append(node)
        return roots


class Committee(models.Model):
    class Level(models.TextChoices):
        NATIONAL = "national", "National"
        REGIONAL = "regional", "Régional"
        DEPARTMENTAL = "departmental", "Départemental"
        LOCAL = "local", "Local"

    code = models.CharField("code", max_length=16, unique=True, help_text="CNE, CRE-32, CDE-59, CLPE59004…")
    name = models.CharField("nom", max_length=200)
    # Kept by a PostgreSQL trigger (migrations): what /recherche/ matches, accent-insensitive (comites/search.py).
    search_vector = SearchVectorField(null=True, editable=False)
    level = models.CharField("niveau", max_length=12, choices=Level.choices)
    territory = models.ForeignKey(
        Territory, verbose_name="territoire", on_delete=models.PROTECT, related_name="committees"
    )
    parent = models.ForeignKey(
        "self",
        verbose_name="comité parent",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )
    chairs = models.JSONField(
        "coprésidence", default=list, blank=True, help_text="Liste des fonctions qui coprésident."
    )
    members = models.ManyToManyField(
        Organisation, verbose_name="organisations membres", blank=True, related_name="committees"
    )
    secretaries = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name="secrétaires", blank=True, related_name="secretary_of"
    )
    secretariat_siret = models.CharField(
        "SIRET du secrétariat",
        max_length=14,
        blank=True,
        validators=[RegexValidator(r"^\d{14}$", "Un SIRET compte 14 chiffres.")],
        help_text="Préfecture, DDETS ou DREETS : la colonne COLL_SIRET de deliberations.csv (SCDL). Sans SIRET, les "
        "décisions du comité n'y figurent pas.",
    )

    objects = CommitteeQuerySet.as_manager()

    class Meta:
        verbose_name = "comité"
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                name="committee_root_iff_national",
                condition=(Q(level="national") & Q(parent__isnull=True))
                | (~Q(level="national") & Q(parent__isnull=False)),
            ),
            models.CheckConstraint(name="committee_not_own_parent", condition=~Q(parent=F("pk"))),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("committee", args=[self.code])


class Meeting(models.Model):
    class Status(models.TextChoices):
        PLANNED = "planned", "Prévue"
        HELD = "held", "Tenue"
        CANCELLED = "cancelled", "Annulée"

    committee = models.ForeignKey(Committee, verbose_name="comité", on_delete=models.PROTECT, related_name="meetings")
    starts_at = models.DateTimeField("début")
    ends_at = models.DateTimeField("fin", null=True, blank=True)
    place = models.CharField("lieu", max_length=300, blank=True)
    agenda = models.TextField("ordre du jour (Markdown)", blank=True)
    # Kept by a PostgreSQL trigger (migrations): what /recherche/ matches, accent-insensitive (comites/search.py).
    search_vector = SearchVectorField(null=True, editable=False)
    status = models.CharField("statut", max_length=10, choices=Status.choices, default=Status.PLANNED)
    cancellation_reason = models.CharField("motif de l'annulation", max_length=300, blank=True)
    # The meeting without quorum that this one convenes again (« reconvoquer »).
    reconvenes = models.ForeignKey(
        "self",
        verbose_name="reconvocation de",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reconvened_by",
    )
    is_demo = models.BooleanField(
        "données de démonstration", default=False, help_text="Créée par load_demo ; jamais en production."
    )
    created_at = models.DateTimeField("créée le", auto_now_add=True)
    updated_at = models.DateTimeField("modifiée le", auto_now=True)

    history = HistoricalRecords(excluded_fields=["search_vector"])

    class Meta:
        verbose_name = "réunion"
        ordering = ["-starts_at"]
        constraints = [
            models.CheckConstraint(
                name="meeting_ends_after_start",
                condition=Q(ends_at__isnull=True) | Q(ends_at__gt=F("starts_at")),
            ),
        ]
        indexes = [
            # A committee's meetings, upcoming and past, and the calendar feed.
            models.Index(fields=["committee", "starts_at"], name="meeting_committee_start_idx"),
            # The home page's "next meetings" across all committees.
            models.Index(fields=["starts_at"], name="meeting_start_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.committee.code} — {timezone.localtime(self.starts_at):%d/%m/%Y %H:%M}"

    def get_absolute_url(self) -> str:
        return reverse("meeting", args=[self.committee.code, self.pk])

    @property
    def status_for_secretary(self) -> str:
        """The status as the secretary must act on it: a meeting whose time has come and that is still planned
        was held (or should be marked cancelled), and its minutes are to be published."""
        if self.status == self.Status.PLANNED and self.starts_at <= timezone.now():
            return "Tenue — compte rendu à publier"
        return self.get_status_display()

    @property
    def is_cancelled(self) -> bool:
        return self.status == self.Status.CANCELLED

    @property
    def minutes_or_none(self) -> Minutes | None:
        try:
            return self.minutes
        except ObjectDoesNotExist:
            return None

    @property
    def day(self) -> datetime.date:
        return timezone.localtime(self.starts_at).date()

    def sitting_members(self) -> CommitteeMemberQuerySet:
        """The titular members whose term covers the meeting's day: those whose attendance is recorded."""
        return self.committee.seats.titulars().in_term(self.day)

    def quorum(self) -> governance.Quorum | None:
        """The quorum from the recorded attendance (``None`` before any is recorded). Two queries."""
        attendances = self.attendance_sheet()
        if not attendances:
            return None
        voting = [a for a in attendances if a.member.role in governance.VOTING_ROLES]
        return governance.Quorum(voting=len(voting), counted=sum(1 for a in voting if a.status in governance.COUNTED))

    def attendance_sheet(self) -> list[Attendance]:
        """The recorded attendance with each member and their organisation (the prefetched rows when a list
        view prefetched ``attendances__member__organisation``, one query otherwise)."""
        if "attendances" in getattr(self, "_prefetched_objects_cache", {}):
            return list(self.attendances.all())
        return list(self.attendances.select_related("member__organisation", "proxy_holder__organisation"))

    def state_chair_present(self) -> bool:
        return any(
            a.member.role == governance.Role.STATE_CHAIR and a.status in governance.IN_THE_ROOM
            for a in self.attendance_sheet()
        )

    @property
    def published_minutes(self) -> Minutes | None:
        minutes = self.minutes_or_none
        return minutes if minutes is not None and minutes.is_published else None


def published_minutes_filter(prefix: str = "") -> Q:
    """« Published minutes » as a filter, from a model related to Minutes through ``prefix`` (e.g. ``"minutes__"``):
    the one spelling of the rule, used by ``Minutes.objects.published()`` and every related read."""
    return Q(**{f"{prefix}state": Minutes.State.PUBLISHED})


class MinutesQuerySet(models.QuerySet["Minutes"]):
    def published(self) -> MinutesQuerySet:
        return self.filter(published_minutes_filter())


class Minutes(models.Model):
    class State(models.TextChoices):
        DRAFT = "draft", "Brouillon"
        PUBLISHED = "published", "Publié"
        # Taken down after publication: the public page keeps a notice with the date and the reason.
        WITHDRAWN = "withdrawn", "Retiré"

    meeting = models.OneToOneField(Meeting, verbose_name="réunion", on_delete=models.PROTECT, related_name="minutes")
    body = models.TextField("compte rendu (Markdown)", blank=True)
    attendees = models.TextField("participants", blank=True)
    # The mandatory first section generated from the records (comites/records.py), frozen at each publication.
    record = models.TextField("relevé généré (Markdown)", blank=True, editable=False)
    # Kept by a PostgreSQL trigger (migrations): what /recherche/ matches, accent-insensitive (comites/search.py).
    search_vector = SearchVectorField(null=True, editable=False)
    state = models.CharField("état", max_length=10, choices=State.choices, default=State.DRAFT)
    published_at = models.DateTimeField("publié le", null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="publié par",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    withdrawn_at = models.DateTimeField("retiré le", null=True, blank=True)
    withdrawal_reason = models.CharField("motif du retrait", max_length=500, blank=True)
    # The last published version whose e-mail went out: the notification task claims a version once.
    notified_version = models.PositiveIntegerField("version notifiée", default=0, editable=False)
    # The body rendered and sanitised once, when it is published: public pages and feeds read this, never the
    # Markdown (a page view must not pay for the rendering).
    body_html = models.TextField("compte rendu publié (HTML)", blank=True, editable=False)
    updated_at = models.DateTimeField("modifié le", auto_now=True)

    # The rendering is derived from the body, which the history already keeps.
    history = HistoricalRecords(excluded_fields=["body_html", "search_vector"])

    objects = MinutesQuerySet.as_manager()

    class Meta:
        verbose_name = "compte rendu"
        verbose_name_plural = "comptes rendus"
        ordering = ["-published_at"]
        constraints = [
            models.CheckConstraint(
                name="minutes_published_has_date",
                condition=~Q(state="published") | Q(published_at__isnull=False),
            ),
            models.CheckConstraint(
                name="minutes_withdrawn_has_date_and_reason",
                condition=~Q(state="withdrawn") | (Q(withdrawn_at__isnull=False) & ~Q(withdrawal_reason="")),
            ),
        ]
        indexes = [
            # The feeds and "latest minutes": published ones, newest first.
            models.Index(fields=["-published_at"], condition=Q(state="published"), name="minutes_published_idx"),
        ]

    def __str__(self) -> str:
        return f"Compte rendu — {self.meeting}"

    def save(self, *args, **kwargs) -> None:
        # Published or withdrawn minutes carry their rendering; it is redone only when the text changed (an
        # amendment, or an edit in the admin), so that no path can leave a stale HTML behind.
        if self.state == self.State.DRAFT:
            self.body_html = ""
        elif not self.body_html or getattr(self, "_rendered_body", None) != (self.record, self.body):
            self.render_body()
        if "update_fields" in kwargs and kwargs["update_fields"] is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "body_html"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return self.meeting.get_absolute_url()

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        rendered = (instance.__dict__.get("record"), instance.__dict__.get("body"))
        instance._rendered_body = rendered if instance.__dict__.get("body_html") else None
        return instance

    @property
    def full_text(self) -> str:
        """The published Markdown: the generated record, then what the secretary wrote."""
        return f"{self.record}\n{self.body}" if self.record else self.body

    def render_body(self) -> None:
        self.body_html = render_markdown(self.full_text)
        self._rendered_body = (self.record, self.body)

    @property
    def is_published(self) -> bool:
        return self.state == self.State.PUBLISHED

    @property
    def is_withdrawn(self) -> bool:
        return self.state == self.State.WITHDRAWN


class MinutesVersion(models.Model):
    """One published text of the minutes. Publishing and every amendment add a version; none is ever changed,
    so that what was once public stays readable as it was."""

    minutes = models.ForeignKey(Minutes, verbose_name="compte rendu", on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField("version")
    body = models.TextField("compte rendu (Markdown)")
    attendees = models.TextField("participants", blank=True)
    record = models.TextField("relevé généré (Markdown)", blank=True)
    change_note = models.CharField("motif de la modification", max_length=500, blank=True)
    body_html = models.TextField("compte rendu (HTML)", blank=True, editable=False)
    published_at = models.DateTimeField("publiée le")
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="publiée par",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = "version de compte rendu"
        verbose_name_plural = "versions de comptes rendus"
        ordering = ["minutes", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["minutes", "number"], name="minutes_version_unique_number"),
            models.CheckConstraint(name="minutes_version_number_positive", condition=Q(number__gte=1)),
        ]

    def __str__(self) -> str:
        return f"{self.minutes} — version {self.number}"

    def save(self, *args, **kwargs) -> None:
        if not self.body_html:
            self.body_html = render_markdown(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        meeting = self.minutes.meeting
        return reverse("minutes_version", args=[meeting.committee.code, meeting.pk, self.number])


def attachment_path(instance: Attachment, filename: str) -> str:
    # Never the uploader's file name on disk: a random one, so that no path or name is guessable or hostile.
    return f"pieces-jointes/{timezone.now():%Y/%m}/{secrets.token_urlsafe(24)}.pdf"


class Attachment(models.Model):
    minutes = models.ForeignKey(
        Minutes, verbose_name="compte rendu", on_delete=models.CASCADE, related_name="attachments"
    )
    file = models.FileField("fichier PDF", upload_to=attachment_path, max_length=200, validators=[validate_pdf])
    title = models.CharField("titre", max_length=200)
    size = models.PositiveIntegerField("taille (octets)")
    sha256 = models.CharField("empreinte SHA-256", max_length=64)
    # A document of the convocation: sent with it, and public from its first sending (before the minutes).
    with_convocation = models.BooleanField("document de la convocation", default=False)
    uploaded_at = models.DateTimeField("déposé le", auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "pièce jointe"
        verbose_name_plural = "pièces jointes"
        ordering = ["minutes", "title"]
        constraints = [
            models.CheckConstraint(
                name="attachment_size_within_limit",
                condition=Q(size__gt=0) & Q(size__lte=ATTACHMENT_MAX_BYTES),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        meeting = self.minutes.meeting
        return reverse("attachment", args=[meeting.committee.code, meeting.pk, self.pk])

    def is_public_with_convocation(self) -> bool:
        """A document of the convocation is public once a convocation of its meeting has been sent."""
        return self.with_convocation and self.minutes.meeting.convocations.exists()


class DecisionQuerySet(models.QuerySet["Decision"]):
    def public(self) -> DecisionQuerySet:
        """Decisions become public with the minutes of their meeting."""
        return self.filter(published_minutes_filter("meeting__minutes__"))

    def overdue(self, today: datetime.date | None = None) -> DecisionQuerySet:
        today = today or timezone.localdate()
        return self.filter(status=Decision.Status.OPEN, due_on__lt=today)

    def open(self) -> DecisionQuerySet:
        return self.filter(status=Decision.Status.OPEN)

    def with_overdue(self, today: datetime.date | None = None) -> DecisionQuerySet:
        """Annotates ``late``: open and past its due date, computed in SQL so that lists can filter on it."""
        today = today or timezone.localdate()
        return self.annotate(
            late=Case(
                When(status=Decision.Status.OPEN, due_on__lt=today, then=Value(True)),
                default=Value(False),
                output_field=models.BooleanField(),
            )
        )


class Decision(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "En cours"
        DONE = "done", "Réalisée"
        DROPPED = "dropped", "Abandonnée"

    meeting = models.ForeignKey(Meeting, verbose_name="réunion", on_delete=models.PROTECT, related_name="decisions")
    text = models.TextField("décision")
    engagement = models.ForeignKey(
        Engagement,
        verbose_name="engagement",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="decisions",
    )
    owner = models.ForeignKey(
        Organisation,
        verbose_name="organisation responsable",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="decisions",
    )
    due_on = models.DateField("échéance", null=True, blank=True)
    status = models.CharField("statut", max_length=8, choices=Status.choices, default=Status.OPEN)
    closed_at = models.DateTimeField("close le", null=True, blank=True)
    closing_note = models.TextField("note de clôture", blank=True)
    # The vote (comites/governance.py decides the outcome; the counts come from the meeting's attendance).
    vote_mode = models.CharField(
        "mode de décision",
        max_length=10,
        choices=[
            (governance.VoteMode.BALLOT.value, "Vote"),
            (governance.VoteMode.UNANIMITY.value, "À l'unanimité"),
            (governance.VoteMode.NO_VOTE.value, "Sans vote (relevé de décision)"),
        ],
        default=governance.VoteMode.NO_VOTE.value,
    )
    votes_for = models.PositiveIntegerField("voix pour", null=True, blank=True)
    votes_against = models.PositiveIntegerField("voix contre", null=True, blank=True)
    abstentions = models.PositiveIntegerField("abstentions", null=True, blank=True)
    voters = models.PositiveIntegerField("votants (présents ou représentés)", null=True, blank=True)
    entitled = models.PositiveIntegerField("membres votants", null=True, blank=True)
    casting_vote_used = models.BooleanField("voix prépondérante de l'État", default=False)
    outcome = models.CharField(
        "issue",
        max_length=8,
        choices=[
            (governance.Outcome.ADOPTED.value, "Adoptée"),
            (governance.Outcome.REJECTED.value, "Rejetée"),
            (governance.Outcome.RECORDED.value, "Relevé de décision"),
        ],
        default=governance.Outcome.RECORDED.value,
    )
    # Kept by a PostgreSQL trigger (migrations): what /recherche/ matches, accent-insensitive (comites/search.py).
    search_vector = SearchVectorField(null=True, editable=False)

    history = HistoricalRecords(excluded_fields=["search_vector"])

    objects = DecisionQuerySet.as_manager()

    class Meta:
        verbose_name = "décision"
        ordering = ["-meeting__starts_at", "pk"]
        constraints = [
            # Open decisions have no closing date; closed ones always do.
            models.CheckConstraint(
                name="decision_closed_iff_closed_at",
                condition=(Q(status="open") & Q(closed_at__isnull=True))
                | (~Q(status="open") & Q(closed_at__isnull=False)),
            ),
        ]
        indexes = [
            # The register's "overdue" filter and the next agenda's follow-up: open decisions by due date.
            models.Index(fields=["due_on"], condition=Q(status="open"), name="decision_open_due_idx"),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    def get_absolute_url(self) -> str:
        return f"{self.meeting.get_absolute_url()}#decision-{self.pk}"

    @property
    def vote(self) -> governance.Vote:
        return governance.Vote(
            governance.VoteMode(self.vote_mode),
            self.votes_for,
            self.votes_against,
            self.abstentions,
            self.voters,
            self.entitled,
            governance.Outcome(self.outcome),
            self.casting_vote_used,
        )

    def is_overdue(self, today: datetime.date | None = None) -> bool:
        today = today or timezone.localdate()
        return self.status == self.Status.OPEN and self.due_on is not None and self.due_on < today


# --- Members, attendance and votes (comites/governance.py holds the rules) -----------------------------------


class CommitteeMemberQuerySet(models.QuerySet["CommitteeMember"]):
    def in_term(self, day: datetime.date) -> CommitteeMemberQuerySet:
        return self.filter(Q(term_end__isnull=True) | Q(term_end__gte=day), term_start__lte=day)

    def titulars(self) -> CommitteeMemberQuerySet:
        return self.filter(substitute_for__isnull=True)

    def ending(self, today: datetime.date, days: int = 90) -> CommitteeMemberQuerySet:
        """Terms that end within ``days`` (the secretary renews or replaces these members)."""
        return self.filter(term_end__gte=today, term_end__lte=today + datetime.timedelta(days=days))


class CommitteeMember(models.Model):
    """A person who sits on a committee for an organisation, with a role and a term; a substitute is tied to the
    titular they replace. People's names are never public, except a co-president's with their consent recorded."""

    class Role(models.TextChoices):
        STATE_CHAIR = governance.Role.STATE_CHAIR.value, "Coprésident représentant l'État"
        LOCAL_CHAIR = governance.Role.LOCAL_CHAIR.value, "Coprésident représentant une collectivité"
        VOTING = governance.Role.VOTING.value, "Membre votant"
        NON_VOTING = governance.Role.NON_VOTING.value, "Membre sans voix délibérative"

    committee = models.ForeignKey(Committee, verbose_name="comité", on_delete=models.PROTECT, related_name="seats")
    organisation = models.ForeignKey(
        Organisation, verbose_name="organisation", on_delete=models.PROTECT, related_name="committee_seats"
    )
    first_name = models.CharField("prénom", max_length=100)
    last_name = models.CharField("nom", max_length=100)
    function = models.CharField("fonction", max_length=200, blank=True, help_text="Préfet du Nord, maire de…")
    email = models.EmailField("adresse électronique", blank=True, help_text="Pour les convocations ; jamais publiée.")
    role = models.CharField("rôle", max_length=24, choices=Role.choices)
    substitute_for = models.ForeignKey(
        "self",
        verbose_name="suppléant de",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="substitutes",
    )
    term_start = models.DateField("début du mandat")
    term_end = models.DateField("fin du mandat")
    name_public_consent_at = models.DateTimeField(
        "consentement à la publication du nom",
        null=True,
        blank=True,
        help_text="Seul le nom d'un coprésident qui y a consenti est publié.",
    )
    is_demo = models.BooleanField(
        "données de démonstration", default=False, help_text="Créé par load_demo ; personne fictive."
    )
    created_at = models.DateTimeField("créé le", auto_now_add=True)

    history = HistoricalRecords()

    objects = CommitteeMemberQuerySet.as_manager()

    class Meta:
        verbose_name = "membre"
        ordering = ["committee", "role", "organisation__name", "last_name", "pk"]
        constraints = [
            models.CheckConstraint(name="membership_term_ends_after_start", condition=Q(term_end__gte=F("term_start"))),
            models.CheckConstraint(name="membership_not_own_substitute", condition=~Q(substitute_for=F("pk"))),
        ]

    def __str__(self) -> str:
        return f"{self.first_name} {self.last_name} ({self.organisation.name})"

    @property
    def is_titular(self) -> bool:
        return self.substitute_for_id is None

    @property
    def votes(self) -> bool:
        return self.role in governance.VOTING_ROLES

    @property
    def public_name(self) -> str:
        """The name shown publicly: only a co-president's, and only with their consent."""
        if self.role in governance.CHAIR_ROLES and self.name_public_consent_at is not None:
            return f"{self.first_name} {self.last_name}"
        return ""


class Attendance(models.Model):
    """A titular member's presence at a meeting; « représenté » names the member who holds the proxy (one each)."""

    class Status(models.TextChoices):
        PRESENT = governance.Presence.PRESENT.value, "Présent"
        SUBSTITUTED = governance.Presence.SUBSTITUTED.value, "Remplacé par son suppléant"
        REPRESENTED = governance.Presence.REPRESENTED.value, "Représenté (pouvoir donné)"
        EXCUSED = governance.Presence.EXCUSED.value, "Excusé"
        ABSENT = governance.Presence.ABSENT.value, "Absent"

    meeting = models.ForeignKey(Meeting, verbose_name="réunion", on_delete=models.CASCADE, related_name="attendances")
    member = models.ForeignKey(
        CommitteeMember, verbose_name="membre", on_delete=models.PROTECT, related_name="attendances"
    )
    status = models.CharField("présence", max_length=12, choices=Status.choices)
    proxy_holder = models.ForeignKey(
        CommitteeMember,
        verbose_name="pouvoir donné à",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="proxies_held",
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = "présence"
        constraints = [
            models.UniqueConstraint(fields=["meeting", "member"], name="attendance_once_per_member"),
            # One proxy per holder and meeting.
            models.UniqueConstraint(
                fields=["meeting", "proxy_holder"],
                condition=Q(proxy_holder__isnull=False),
                name="attendance_one_proxy_per_holder",
            ),
            models.CheckConstraint(
                name="attendance_proxy_iff_represented",
                condition=(Q(status="represente") & Q(proxy_holder__isnull=False))
                | (~Q(status="represente") & Q(proxy_holder__isnull=True)),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.member} — {self.get_status_display()}"


# --- Feuille de route: the committee's fiches actions -------------------------------------------------------


class ActionSheetQuerySet(models.QuerySet["ActionSheet"]):
    def for_public(self) -> ActionSheetQuerySet:
        """What the public outputs of a sheet show (page, fiches-actions.csv, API), in a fixed number of queries:
        its pilot, territory, partners, engagements and indicators, and in ``public_decisions`` only the decisions
        already public (their minutes published)."""
        return self.select_related("committee", "pilot", "territory").prefetch_related(
            "partners",
            "engagements",
            "indicators",
            models.Prefetch(
                "decisions",
                Decision.objects.public().select_related("meeting__committee").order_by("meeting__starts_at", "pk"),
                to_attr="public_decisions",
            ),
        )


class ActionSheet(models.Model):
    """A fiche action of a committee's feuille de route: how an engagement becomes work on a territory. Linked to
    the engagements and indicators it serves, and to the decisions that created or changed it."""

    committee = models.ForeignKey(
        Committee, verbose_name="comité", on_delete=models.PROTECT, related_name="action_sheets"
    )
    title = models.CharField("intitulé", max_length=200)
    description = models.TextField("description", blank=True)
    pilot = models.ForeignKey(
        Organisation, verbose_name="organisation pilote", on_delete=models.PROTECT, related_name="piloted_sheets"
    )
    partners = models.ManyToManyField(
        Organisation, verbose_name="partenaires", blank=True, related_name="partner_sheets"
    )
    engagements = models.ManyToManyField(Engagement, verbose_name="engagements", related_name="action_sheets")
    indicators = models.ManyToManyField(
        "engagements.Indicator", verbose_name="indicateurs suivis", blank=True, related_name="action_sheets"
    )
    territory = models.ForeignKey(
        Territory, verbose_name="territoire", on_delete=models.PROTECT, related_name="action_sheets"
    )
    starts_on = models.DateField("début")
    due_on = models.DateField("échéance")
    status = models.CharField(
        "état d'avancement", max_length=16, choices=Weather.choices, default=Weather.NON_RENSEIGNEE
    )
    decisions = models.ManyToManyField("Decision", verbose_name="décisions", blank=True, related_name="action_sheets")
    is_demo = models.BooleanField(
        "données de démonstration", default=False, help_text="Créée par load_demo ; jamais en production."
    )
    created_at = models.DateTimeField("créée le", auto_now_add=True)
    updated_at = models.DateTimeField("modifiée le", auto_now=True)

    history = HistoricalRecords(m2m_fields=[partners, engagements, indicators, decisions])

    objects = ActionSheetQuerySet.as_manager()

    class Meta:
        verbose_name = "fiche action"
        verbose_name_plural = "fiches actions"
        ordering = ["committee", "due_on", "pk"]
        constraints = [
            models.CheckConstraint(name="action_sheet_due_after_start", condition=Q(due_on__gte=F("starts_on"))),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("action_sheet", args=[self.committee.code, self.pk])


class ActionSheetNote(models.Model):
    """A progress note on a fiche action, with the status it set; notes are kept, never edited."""

    sheet = models.ForeignKey(ActionSheet, verbose_name="fiche action", on_delete=models.CASCADE, related_name="notes")
    text = models.TextField("point d'avancement")
    status = models.CharField("état d'avancement", max_length=16, choices=Weather.choices)
    organisation = models.ForeignKey(
        Organisation, verbose_name="organisation", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="auteur", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField("écrite le", auto_now_add=True)

    class Meta:
        verbose_name = "point d'avancement"
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.sheet} — {self.created_at:%d/%m/%Y}"


class Convocation(models.Model):
    """A convocation sent to a meeting's members: the agenda as sent, and the « urgence » reason when it went out
    less than five days before the meeting. Each one is an update of the same calendar event (its SEQUENCE)."""

    meeting = models.ForeignKey(Meeting, verbose_name="réunion", on_delete=models.PROTECT, related_name="convocations")
    sequence = models.PositiveIntegerField("envoi n°")
    agenda = models.TextField("ordre du jour envoyé (Markdown)")
    urgency_reason = models.CharField("motif de l'urgence", max_length=500, blank=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="envoyée par", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField("envoyée le", auto_now_add=True)
    recipients = models.PositiveIntegerField("destinataires", default=0)
    # Set by the task once the messages are handed to the mail server: a rerun never sends them twice.
    delivered_at = models.DateTimeField("remise au serveur de messagerie le", null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "convocation"
        ordering = ["meeting", "sequence"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "sequence"], name="convocation_sequence_per_meeting"),
        ]

    def __str__(self) -> str:
        return f"Convocation n° {self.sequence} — {self.meeting}"
