"""Reminders to partners, digests to secretaries, and subscriptions without an account (issue #15).

What is kept about a subscriber is what /donnees-personnelles/ says: the address, the choices, the consent date of
each choice and the last send. The audit trail (django-simple-history) records every write without the address.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from reseau.models import Organisation


class Topic(models.TextChoices):
    """What a visitor may follow. The values are the URL slugs of the feeds (``/abonnements/flux/<sujet>/…``)."""

    ENGAGEMENT = "engagement", "Un engagement"
    COMMITTEE = "comite", "Un comité"
    TERRITORY = "territoire", "Un territoire"
    DECISIONS = "decisions", "Le registre des décisions"


class Subscriber(models.Model):
    email = models.EmailField("adresse électronique", unique=True)
    created_at = models.DateTimeField("créé le", auto_now_add=True)
    # The first confirmed choice; each choice keeps its own consent date.
    confirmed_at = models.DateTimeField("confirmé le", null=True, blank=True)
    last_sent_at = models.DateTimeField("dernier envoi", null=True, blank=True)

    # The address stays out of the audit trail: it goes when the subscriber goes.
    history = HistoricalRecords(excluded_fields=["email"])

    class Meta:
        verbose_name = "abonné"
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"Abonné n° {self.pk}"


class SubscriptionQuerySet(models.QuerySet["Subscription"]):
    def confirmed(self) -> SubscriptionQuerySet:
        return self.filter(confirmed_at__isnull=False)


class Subscription(models.Model):
    subscriber = models.ForeignKey(
        Subscriber, verbose_name="abonné", on_delete=models.CASCADE, related_name="subscriptions"
    )
    topic = models.CharField("sujet", max_length=12, choices=Topic.choices)
    key = models.CharField(
        "code", max_length=16, blank=True, help_text="Code de l'engagement, du comité, du territoire."
    )
    label = models.CharField("intitulé", max_length=300)
    created_at = models.DateTimeField("demandé le", auto_now_add=True)
    confirmed_at = models.DateTimeField("consentement le", null=True, blank=True)

    history = HistoricalRecords()
    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = "abonnement"
        ordering = ["topic", "key"]
        constraints = [
            models.UniqueConstraint(fields=["subscriber", "topic", "key"], name="subscription_unique_per_subscriber")
        ]
        indexes = [models.Index(fields=["topic", "key"], name="subscription_topic_idx")]

    def __str__(self) -> str:
        return self.label


class Event(models.Model):
    """Something a follower is told about, collected from the public records (never from a draft). Public: the
    Atom feeds list them."""

    class Kind(models.TextChoices):
        MINUTES = "minutes", "Compte rendu publié ou modifié"
        WEATHER = "weather", "Météo calculée modifiée"
        DECISION_CLOSED = "decision_closed", "Décision close"
        DECISION_OVERDUE = "decision_overdue", "Décision en retard"
        FIGURES = "figures", "Nouveaux chiffres"

    kind = models.CharField("nature", max_length=16, choices=Kind.choices)
    topic = models.CharField("sujet", max_length=12, choices=Topic.choices)
    key = models.CharField("code", max_length=16, blank=True)
    # What the event is about, unique per topic: collecting twice records nothing more.
    source = models.CharField("source", max_length=80)
    title = models.CharField("titre", max_length=300)
    summary = models.TextField("résumé", blank=True)
    path = models.CharField("adresse", max_length=300)
    occurred_at = models.DateTimeField("survenu le")
    occurred_on = models.DateField("jour")

    class Meta:
        verbose_name = "événement suivi"
        ordering = ["-occurred_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["source", "topic", "key"], name="event_unique_per_topic")]
        indexes = [
            models.Index(fields=["topic", "key", "-occurred_at"], name="event_topic_idx"),
            models.Index(fields=["occurred_on"], name="event_day_idx"),
        ]

    def __str__(self) -> str:
        return self.title


class OutgoingQuerySet(models.QuerySet["Outgoing"]):
    def unsent(self) -> OutgoingQuerySet:
        return self.filter(sent_at__isnull=True)

    def claimable(self, task_id: str, now: datetime.datetime) -> OutgoingQuerySet:
        """Unsent, and not held by another live attempt: free, held by this very task (Celery redelivers a task
        whose worker died under its own id), or held longer than a task may run."""
        stale = now - datetime.timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT * 2)
        return self.unsent().filter(Q(claimed_by="") | Q(claimed_by=task_id) | Q(claimed_at__lt=stale))

    def to_resend(self, now: datetime.datetime, max_attempts: int) -> OutgoingQuerySet:
        return self.claimable("", now).filter(attempts__lte=max_attempts)


class Outgoing(models.Model):
    """One e-mail, recorded before it goes out (the outbox). Unique per kind, address and key: one reminder per
    person per day, one notification per subscriber per day, one digest per secretary per meeting."""

    class Kind(models.TextChoices):
        CONFIRMATION = "confirmation", "Confirmation d'abonnement"
        NOTIFICATION = "notification", "Notification aux abonnés"
        REMINDER = "reminder", "Rappel aux partenaires"
        DIGEST = "digest", "Synthèse pour le secrétariat"

    kind = models.CharField("nature", max_length=12, choices=Kind.choices)
    recipient = models.EmailField("destinataire")
    key = models.CharField("clé", max_length=80)
    subject = models.CharField("objet", max_length=300)
    text = models.TextField("texte")
    html = models.TextField("HTML")
    headers = models.JSONField("en-têtes", default=dict, blank=True)
    created_at = models.DateTimeField("créé le", auto_now_add=True)
    claimed_by = models.CharField("pris par", max_length=64, blank=True, default="")
    claimed_at = models.DateTimeField("pris le", null=True, blank=True)
    sent_at = models.DateTimeField("envoyé le", null=True, blank=True)
    attempts = models.PositiveSmallIntegerField("tentatives", default=0)

    objects = OutgoingQuerySet.as_manager()

    class Meta:
        verbose_name = "courriel sortant"
        verbose_name_plural = "courriels sortants"
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "recipient", "key"], name="outgoing_unique_per_key"),
        ]
        indexes = [models.Index(fields=["created_at"], condition=Q(sent_at__isnull=True), name="outgoing_unsent_idx")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} — {self.key}"


class Reminder(models.Model):
    """What one partner was reminded of, for one organisation (the audit trail of reminders). Its link opens the
    list of exactly those items, for its addressee only."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="destinataire", on_delete=models.CASCADE, related_name="reminders"
    )
    organisation = models.ForeignKey(
        Organisation, verbose_name="organisation", on_delete=models.CASCADE, related_name="reminders"
    )
    day = models.DateField("jour")
    horizon = models.DateField("dû avant le")
    meeting = models.CharField("réunion", max_length=300, blank=True, help_text="La réunion qui motive le rappel.")
    items = models.JSONField("éléments", default=list)
    link_used_at = models.DateTimeField("lien utilisé le", null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "rappel"
        ordering = ["-day", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation", "day"], name="reminder_unique_per_day"),
        ]

    def __str__(self) -> str:
        return f"Rappel du {self.day:%d/%m/%Y} — {self.organisation}"

    def get_absolute_url(self) -> str:
        return reverse("reminder", args=[self.pk])

    def is_expired(self, now: datetime.datetime | None = None) -> bool:
        return timezone.localdate(now or timezone.now()) > self.day + datetime.timedelta(days=7)
