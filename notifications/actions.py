"""Writes of the reminders and subscriptions (issue #15). Each says its preconditions; each write is in the audit
trail (django-simple-history on Subscriber, without the address, Subscription and Reminder).

E-mails go through the outbox (``notifications.mail``): recorded here, sent by a worker after the commit.
"""

from __future__ import annotations

import datetime
import hashlib
from collections import defaultdict

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from comites.models import Committee, Decision, Meeting
from engagements.engine import TerritoryTree
from engagements.freshness import organisation_statuses
from engagements.models import Engagement, EngagementPartner
from notifications import events, links, mail, reminders
from notifications.models import Event, Outgoing, Reminder, Subscriber, Subscription, Topic
from reseau.models import Territory, User

UNCONFIRMED_LIFETIME = datetime.timedelta(days=7)


class SubscriptionError(Exception):
    """The request cannot be taken (said in French); nothing was written."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


# --- Subscriptions ----------------------------------------------------------------------------------------


def target_label(topic: str, key: str) -> str:
    """What ``topic``/``key`` names, for the e-mails and the management page; refuses what does not exist."""
    if topic == Topic.DECISIONS:
        if key:
            raise SubscriptionError("Le registre des décisions n'a pas de code.")
        return "Le registre des décisions"
    if topic == Topic.ENGAGEMENT:
        found = Engagement.objects.filter(code=key).values_list("code", "title").first()
        if found:
            return f"Engagement {found[0]} — {found[1]}"[:300]
    elif topic == Topic.COMMITTEE:
        found = Committee.objects.filter(code=key).values_list("name", flat=True).first()
        if found:
            return found[:300]
    elif topic == Topic.TERRITORY:
        found = Territory.objects.filter(code=key).values_list("name", flat=True).first()
        if found:
            return f"Territoire : {found}"
    else:
        raise SubscriptionError(
            "Choisissez ce que vous voulez suivre : un engagement, un comité, un territoire ou le "
            "registre des décisions."
        )
    raise SubscriptionError("Ce que vous voulez suivre n'existe pas sur le portail : vérifiez le code.")


def _hit(bucket: str, limit: int, seconds: int) -> bool:
    """Counts one request in ``bucket``; False once the limit of the window is passed."""
    key = "notifications:limit:" + hashlib.sha256(bucket.encode()).hexdigest()
    cache.add(key, 0, timeout=seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=seconds)
        count = 1
    # A cache outage (Redis down: the cache answers nothing) lets the request through; the daily cap, counted in
    # the database, still holds.
    return count is None or count <= limit


def normalise_email(email: str) -> str:
    email = (email or "").strip()
    try:
        validate_email(email)
    except ValidationError as invalid:
        raise SubscriptionError("Saisissez une adresse électronique valide, par exemple nom@exemple.fr.") from invalid
    return email.lower()


def subscribe(*, email: str, topic: str, key: str, client: str | None) -> None:
    """A visitor asks to follow ``topic``/``key``: a confirmation e-mail goes out (double opt-in), nothing else.

    The answer never says whether the address was subscribed already: whoever typed it sees the same page, and the
    address's owner gets either the confirmation or a note that the subscription exists. Limits: per client
    address and per e-mail address each hour, and confirmation e-mails per address per day (past the cap, nothing
    is sent and the page stays the same). ``client`` None: the portal itself (the demo), not limited per hour.
    """
    if client is not None and not _hit(f"ip:{client}", settings.SUBSCRIBE_LIMIT_PER_CLIENT, 3600):
        raise SubscriptionError("Trop de demandes d'abonnement depuis votre connexion : réessayez dans une heure.", 429)
    email = normalise_email(email)
    label = target_label(topic, key)
    if client is not None and not _hit(f"email:{email}", settings.SUBSCRIBE_LIMIT_PER_EMAIL, 3600):
        raise SubscriptionError("Trop de demandes d'abonnement pour cette adresse : réessayez dans une heure.", 429)
    now = timezone.now()
    with transaction.atomic():
        # get_or_create: two submissions at once (a double click) find or make the same rows.
        subscriber, _ = Subscriber.objects.get_or_create(email=email)
        subscription, created = Subscription.objects.get_or_create(
            subscriber=subscriber, topic=topic, key=key, defaults={"label": label}
        )
        if not created and subscription.confirmed_at is None:
            # A new confirmation link: the request lives 7 days from now, as the e-mail says.
            Subscription.objects.filter(pk=subscription.pk).update(created_at=now)
        start = timezone.make_aware(datetime.datetime.combine(timezone.localdate(now), datetime.time.min))
        sent_today = Outgoing.objects.filter(
            kind=Outgoing.Kind.CONFIRMATION, recipient=subscriber.email, created_at__gte=start
        ).count()
        if sent_today >= settings.SUBSCRIBE_CONFIRMATIONS_PER_DAY:
            return
        context = {
            "subscription": subscription,
            "already": subscription.confirmed_at is not None,
            "confirm_url": links.url(links.CONFIRM, s=subscription.pk, e=links.address_mark(subscriber.email)),
            "manage_url": manage_url(subscriber),
        }
        mail.queue(
            Outgoing.Kind.CONFIRMATION,
            subscriber.email,
            f"{subscription.pk}:{now.isoformat()}",
            "confirmation",
            context,
        )


def manage_url(subscriber: Subscriber) -> str:
    return links.url(links.MANAGE, a=subscriber.pk, e=links.address_mark(subscriber.email))


def unsubscribe_url(subscriber: Subscriber) -> str:
    return links.url(links.UNSUBSCRIBE, a=subscriber.pk, e=links.address_mark(subscriber.email))


def subscription_from_link(token: str) -> Subscription:
    payload = links.read(links.CONFIRM, token)
    subscription = Subscription.objects.select_related("subscriber").filter(pk=payload.get("s")).first()
    if subscription is None:
        raise links.LinkError(links.INVALID)
    links.check_address(payload, subscription.subscriber.email)
    return subscription


def subscriber_from_link(purpose: str, token: str) -> Subscriber:
    payload = links.read(purpose, token)
    subscriber = Subscriber.objects.filter(pk=payload.get("a")).first()
    if subscriber is None:
        raise links.LinkError("Ce lien n'est plus valide : aucun abonnement ne lui correspond.")
    links.check_address(payload, subscriber.email)
    return subscriber


def confirm(subscription: Subscription) -> bool:
    """Records the consent; False when it was given already (the link was used before: nothing changes)."""
    now = timezone.now()
    with transaction.atomic():
        done = Subscription.objects.filter(pk=subscription.pk, confirmed_at__isnull=True).update(confirmed_at=now)
        if not done:
            return False
        subscription.refresh_from_db()
        subscription.save()  # the audit trail's row for the consent
        subscriber = subscription.subscriber
        if subscriber.confirmed_at is None:
            subscriber.confirmed_at = now
            subscriber.save(update_fields=["confirmed_at"])
    return True


def unsubscribe(subscription: Subscription) -> None:
    """Ends one choice; an address left with none is deleted."""
    with transaction.atomic():
        subscriber = subscription.subscriber
        subscription.delete()
        if not subscriber.subscriptions.exists():
            subscriber.delete()


def unsubscribe_all(subscriber: Subscriber) -> None:
    """The one-click unsubscription: every choice and the address are deleted."""
    with transaction.atomic():
        for subscription in subscriber.subscriptions.all():
            subscription.delete()
        subscriber.delete()


def purge_unconfirmed(now: datetime.datetime | None = None) -> int:
    """Deletes the choices never confirmed within 7 days, and the addresses left with none; returns how many
    choices went."""
    limit = (now or timezone.now()) - UNCONFIRMED_LIFETIME
    with transaction.atomic():
        stale = list(Subscription.objects.filter(confirmed_at__isnull=True, created_at__lt=limit))
        for subscription in stale:
            subscription.delete()
        for subscriber in Subscriber.objects.filter(created_at__lt=limit, subscriptions__isnull=True):
            subscriber.delete()
    return len(stale)


# --- Notifications to subscribers -------------------------------------------------------------------------


def notify_subscribers(day: datetime.date) -> int:
    """Collects the events of ``day`` and records one e-mail per confirmed subscriber who follows any of them;
    returns how many e-mails were recorded (a second run records none)."""
    events.collect(day)
    todays = list(Event.objects.filter(occurred_on=day).order_by("occurred_at", "pk"))
    if not todays:
        return 0
    by_target = defaultdict(list)
    for event in todays:
        by_target[event.topic, event.key].append(event)
    wanted = Q()
    for topic, key in by_target:
        wanted |= Q(topic=topic, key=key)
    per_subscriber: dict[Subscriber, list[tuple[Subscription, list[Event]]]] = defaultdict(list)
    for subscription in (
        Subscription.objects.confirmed().filter(wanted).select_related("subscriber").order_by("subscriber", "topic")
    ):
        per_subscriber[subscription.subscriber].append((subscription, by_target[subscription.topic, subscription.key]))
    recorded = 0
    with transaction.atomic():
        for subscriber, sections in per_subscriber.items():
            unsubscribe = unsubscribe_url(subscriber)
            context = {
                "day": day,
                "sections": sections,
                "count": sum(len(found) for _, found in sections),
                "manage_url": manage_url(subscriber),
                "unsubscribe_url": unsubscribe,
            }
            if mail.queue(
                Outgoing.Kind.NOTIFICATION,
                subscriber.email,
                day.isoformat(),
                "notification",
                context,
                mail.unsubscribe_headers(unsubscribe),
            ):
                recorded += 1
    return recorded


# --- Reminders to partners --------------------------------------------------------------------------------


def send_reminders(today: datetime.date, weekly: bool | None = None) -> int:
    """Records today's reminders (one e-mail per person, whatever the number of organisations and meetings) and
    their audit rows; returns how many e-mails were recorded."""
    recorded = 0
    for user, plans in reminders.plans(today, weekly).items():
        with transaction.atomic():
            if Outgoing.objects.filter(kind=Outgoing.Kind.REMINDER, recipient=user.email, key=today.isoformat()):
                continue
            sections = []
            for plan in plans:
                reminder, _ = Reminder.objects.get_or_create(
                    user=user,
                    organisation=plan.organisation,
                    day=today,
                    defaults={"horizon": plan.horizon, "meeting": plan.meeting, "items": plan.items},
                )
                sections.append({"reminder": reminder, "link": links.url(links.REMINDER, r=reminder.pk)})
            context = {
                "user": user,
                "today": today,
                "sections": sections,
                "days_before": settings.REMINDER_DAYS_BEFORE_MEETING,
            }
            if mail.queue(Outgoing.Kind.REMINDER, user.email, today.isoformat(), "reminder", context):
                recorded += 1
    return recorded


def reminder_from_link(token: str, user: User) -> Reminder:
    """The reminder a link opens, for its addressee only, once. Precondition: ``user`` is logged in."""
    payload = links.read(links.REMINDER, token)
    reminder = Reminder.objects.select_related("organisation").filter(pk=payload.get("r")).first()
    if reminder is None or reminder.user_id != user.pk:
        raise links.LinkError("Ce lien a été envoyé à une autre personne : il ne s'ouvre que pour elle.", status=403)
    with transaction.atomic():
        used = Reminder.objects.filter(pk=reminder.pk, link_used_at__isnull=True).update(link_used_at=timezone.now())
        if not used:
            raise links.LinkError(
                "Ce lien a déjà servi. Retrouvez ce rappel dans votre espace, sous « Mes rappels ».", status=410
            )
        reminder.refresh_from_db()
        reminder.save()  # the audit trail's row for the opening
    return reminder


# --- Digest to secretaries --------------------------------------------------------------------------------


def agenda_engagements(meeting: Meeting) -> list[Engagement]:
    """The engagements the agenda names (by code, as the proposed agenda writes them) or its decisions follow."""
    codes = {e.code for e in Engagement.objects.only("code")}
    named = {word.strip("[]():,.;/«»*") for word in meeting.agenda.replace("/", " ").split()}
    wanted = (codes & named) | set(
        Decision.objects.filter(meeting__committee=meeting.committee, status=Decision.Status.OPEN)
        .exclude(engagement=None)
        .values_list("engagement__code", flat=True)
    )
    return list(Engagement.objects.filter(code__in=wanted).order_by("order", "code"))


def send_digests(today: datetime.date) -> int:
    """Seven days before each planned meeting, each secretary of its committee gets the digest once."""
    recorded = 0
    tree = None
    for meeting in reminders.meetings_in(7, today):
        committee = meeting.committee
        secretaries = list(committee.secretaries.filter(is_active=True).order_by("email"))
        if not secretaries:
            continue
        engagements = agenda_engagements(meeting)
        late = []
        partners = EngagementPartner.objects.filter(engagement__in=engagements).select_related(
            "organisation", "engagement"
        )
        tree = tree or TerritoryTree.load()
        for partner in partners.order_by(
            "engagement__order", "engagement__code", "organisation__name"
        ).prefetch_related("territories"):
            # Only the partners whose figures this committee reads: a territory of theirs within its own.
            if not any(committee.territory_id in tree.ancestors(t.pk) for t in partner.territories.all()):
                continue
            for status in organisation_statuses(partner.organisation, today, engagement=partner.engagement):
                # What is late on this committee's territory (the progress report has none: it is the region's).
                mine = [
                    item
                    for item in status.overdue
                    if item.territory_id is not None and committee.territory_id in tree.ancestors(item.territory_id)
                ]
                if mine:
                    since = min(item.due_on for item in mine)
                    late.append({"partner": partner, "since": since, "items": mine[:5], "more": len(mine) - 5})
        overdue = list(
            Decision.objects.filter(meeting__committee=committee).overdue(today).order_by("due_on", "pk")[:30]
        )
        previous = (
            Meeting.objects.filter(committee=committee, starts_at__lt=meeting.starts_at)
            .exclude(status=Meeting.Status.CANCELLED)
            .order_by("-starts_at")
            .first()
        )
        topics = Q(topic=Topic.COMMITTEE, key=committee.code) | Q(topic=Topic.TERRITORY, key=committee.territory.code)
        for engagement in engagements:
            topics |= Q(topic=Topic.ENGAGEMENT, key=engagement.code)
        changes = Event.objects.filter(topics)
        if previous is not None:
            changes = changes.filter(occurred_at__gte=previous.starts_at)
        context = {
            "meeting": meeting,
            "committee": committee,
            "engagements": engagements,
            "late": late,
            "overdue": overdue,
            "previous": previous,
            "changes": list(changes.order_by("-occurred_at")[:30]),
        }
        with transaction.atomic():
            for secretary in secretaries:
                if mail.queue(Outgoing.Kind.DIGEST, secretary.email, f"reunion-{meeting.pk}", "digest", context):
                    recorded += 1
    return recorded
