"""Writes of the committees app. Each action owns its transaction, records the acting user in the audit trail
(simple-history's ``_history_user``, so that it holds outside a request too) and enqueues its tasks on commit.

Callers check permissions first (``comites.permissions``); the actions check the state transitions.
"""

import datetime
import hashlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone

from comites import tasks
from comites.models import (
    AGENDA_MAX_CHARS,
    MINUTES_MAX_CHARS,
    MINUTES_MAX_HTML_CHARS,
    Attachment,
    Committee,
    Decision,
    Meeting,
    Minutes,
    MinutesVersion,
)
from comites.records import official_record
from common.enqueue import enqueue_on_commit
from common.public_cache import bump_public_data_version
from engagements.models import ProgressSnapshot
from engagements.progress import Weather
from reseau.models import User


def _save(instance, by: User | None, **kwargs) -> None:
    instance._history_user = by
    instance.save(**kwargs)


MINUTES_TOO_LONG = (
    f"Le compte rendu dépasse {MINUTES_MAX_CHARS:,} caractères".replace(",", "\u202f")
    + " : raccourcissez-le et joignez les documents longs en PDF."
)
MINUTES_TOO_HEAVY = (
    "Une fois mis en forme, le compte rendu serait trop volumineux (trop de liens ou de références) : "
    "allégez-le et joignez les documents longs en PDF."
)
AGENDA_TOO_LONG = f"L'ordre du jour dépasse {AGENDA_MAX_CHARS:,} caractères.".replace(",", "\u202f")


def check_minutes_length(body: str) -> None:
    """Raise the French ``ValidationError`` for a body past the limit (before anything renders it)."""
    if len(body) > MINUTES_MAX_CHARS:
        raise ValidationError(MINUTES_TOO_LONG, code="max_length")


def _check_agenda(agenda: str) -> None:
    if len(agenda) > AGENDA_MAX_CHARS:
        raise ValidationError(AGENDA_TOO_LONG, code="max_length")


def _render_for_publication(minutes: Minutes) -> None:
    """Freeze the section generated from the records, render it with the body once, for every later page view and
    feed; refuse what would be too heavy to serve."""
    check_minutes_length(minutes.body)
    minutes.record = official_record(minutes.meeting)
    minutes.render_body()
    if len(minutes.body_html) > MINUTES_MAX_HTML_CHARS:
        raise ValidationError(MINUTES_TOO_HEAVY, code="too_heavy")


# The State's weather scale, best first: a move to the right is a worsening.
WEATHER_RANK = {Weather.SOLEIL: 0, Weather.COUVERT: 1, Weather.NUAGE: 2, Weather.ORAGE: 3}


def worsened_engagements(committee: Committee, today: datetime.date | None = None) -> list[tuple]:
    """The engagements whose computed weather on the committee's territory is worse now than at the committee's
    last meeting held: (engagement, weather then, weather now). Two queries."""
    today = today or timezone.localdate()
    previous = (
        Meeting.objects.filter(committee=committee, starts_at__lt=timezone.now())
        .exclude(status=Meeting.Status.CANCELLED)
        .order_by("-starts_at")
        .first()
    )
    if previous is None:
        return []
    snapshots = ProgressSnapshot.objects.filter(
        scope=ProgressSnapshot.Scope.ENGAGEMENT, territory=committee.territory_id
    )
    then = {
        s.engagement_id: s.weather_computed
        for s in snapshots.latest_per_object(ProgressSnapshot.Scope.ENGAGEMENT, previous.day).filter(
            territory=committee.territory_id
        )
    }
    worse = []
    for snapshot in (
        snapshots.latest_per_object(ProgressSnapshot.Scope.ENGAGEMENT, today)
        .filter(territory=committee.territory_id)
        .select_related("engagement")
        .order_by("engagement__order")
    ):
        before, now = then.get(snapshot.engagement_id), snapshot.weather_computed
        if before in WEATHER_RANK and now in WEATHER_RANK and WEATHER_RANK[now] > WEATHER_RANK[before]:
            worse.append((snapshot.engagement, Weather(before), Weather(now)))
    return worse


def _link(text: str, path: str) -> str:
    """A Markdown link to a page of the portal (absolute when SITE_URL is set: the agenda travels by e-mail)."""
    label = text.replace("[", "\\[").replace("]", "\\]")
    return f"[{label}]({settings.SITE_URL}{path})"


def default_agenda(committee: Committee) -> str:
    """A new meeting's agenda, proposed from the records, each item linked to what it follows up: the committee's
    open decisions (overdue ones first, marked) under « Suivi des décisions », the engagements whose weather worsened
    since its last meeting, and the fiches actions of its feuille de route that need support or are compromised."""
    today = timezone.localdate()
    decisions = sorted(
        Decision.objects.public()
        .open()
        .filter(meeting__committee=committee)
        .select_related("engagement", "meeting__committee")
        .order_by("due_on", "pk"),
        key=lambda d: not d.is_overdue(today),
    )
    lines = ["## Suivi des décisions", ""]
    for decision in decisions:
        due = f" (échéance : {decision.due_on:%d/%m/%Y})" if decision.due_on else ""
        engagement = (
            f" ({_link(decision.engagement.code, decision.engagement.get_absolute_url())})"
            if decision.engagement
            else ""
        )
        late = "**En retard** — " if decision.is_overdue(today) else ""
        lines.append(f"- {late}{_link(decision.text, decision.get_absolute_url())}{engagement}{due}")
    if len(lines) == 2:
        lines.append("Aucune décision en cours.")
    lines += ["", "## Avancement des engagements", ""]
    for engagement, before, now in worsened_engagements(committee, today):
        title = f"{engagement.code} — {engagement.title}"
        lines.append(f"- {_link(title, engagement.get_absolute_url())} : météo dégradée ({before.label} → {now.label})")
    sheets = committee.action_sheets.filter(status__in=(Weather.NUAGE, Weather.ORAGE)).order_by("due_on", "pk")
    lines += ["", "## Feuille de route", ""]
    for sheet in sheets:
        lines.append(
            f"- {_link(sheet.title, reverse('action_sheet', args=[committee.code, sheet.pk]))} : "
            f"{Weather(sheet.status).label.lower()}"
        )
    if lines[-1] == "":
        lines.append("Aucune fiche action en difficulté.")
    lines += ["", "## Questions diverses", ""]
    return "\n".join(lines)


def create_meeting(
    *,
    committee: Committee,
    by: User,
    starts_at: datetime.datetime,
    ends_at: datetime.datetime | None = None,
    place: str = "",
    agenda: str = "",
    reconvenes: Meeting | None = None,
) -> Meeting:
    """Schedules a meeting of ``committee``; ``reconvenes``: the meeting of the same committee, held without quorum,
    that this one convenes again. Preconditions: ``by`` may manage the committee."""
    _check_agenda(agenda)
    if reconvenes is not None:
        quorum = reconvenes.quorum()
        if reconvenes.committee_id != committee.pk or quorum is None or quorum.reached:
            raise ValidationError("Seule une réunion de ce comité tenue sans quorum se reconvoque.")
        if starts_at <= reconvenes.starts_at:
            raise ValidationError("La nouvelle réunion a lieu après celle qu'elle reconvoque.")
    with transaction.atomic():
        meeting = Meeting(
            committee=committee,
            starts_at=starts_at,
            ends_at=ends_at,
            place=place,
            agenda=agenda,
            reconvenes=reconvenes,
        )
        _save(meeting, by)
    return meeting


def update_meeting(
    *,
    meeting: Meeting,
    by: User,
    starts_at: datetime.datetime,
    ends_at: datetime.datetime | None,
    place: str,
    agenda: str,
) -> Meeting:
    """Changes a meeting's date, place or agenda. Preconditions: ``by`` may manage its committee; the meeting is
    not cancelled."""
    if meeting.is_cancelled:
        raise ValidationError("Cette réunion est annulée : elle ne peut plus être modifiée.")
    _check_agenda(agenda)
    with transaction.atomic():
        meeting.starts_at, meeting.ends_at, meeting.place, meeting.agenda = starts_at, ends_at, place, agenda
        _save(meeting, by)
    return meeting


def cancel_meeting(*, meeting: Meeting, by: User, reason: str) -> Meeting:
    """Cancels a meeting; it stays listed (and in the calendar, marked cancelled). Preconditions: ``by`` may
    manage its committee; the meeting has no published minutes."""
    if meeting.is_cancelled:
        raise ValidationError("Cette réunion est déjà annulée.")
    if meeting.published_minutes is not None:
        raise ValidationError("Le compte rendu de cette réunion est publié : elle ne peut plus être annulée.")
    with transaction.atomic():
        meeting.status = Meeting.Status.CANCELLED
        meeting.cancellation_reason = reason
        _save(meeting, by)
    return meeting


def save_minutes_draft(*, meeting: Meeting, by: User, body: str, attendees: str) -> Minutes:
    """Saves the minutes as a draft, creating them on first save. Preconditions: ``by`` may manage the
    committee; the minutes are not published (published minutes change through ``amend_minutes``)."""
    if meeting.is_cancelled:
        raise ValidationError("Cette réunion est annulée : elle n'a pas de compte rendu.")
    check_minutes_length(body)
    with transaction.atomic():
        minutes = Minutes.objects.select_for_update().filter(meeting=meeting).first() or Minutes(meeting=meeting)
        if minutes.is_published:
            raise ValidationError("Ce compte rendu est publié : modifiez-le par un amendement.")
        minutes.body, minutes.attendees = body, attendees
        _save(minutes, by)
    return minutes


def _add_version(minutes: Minutes, by: User, now: datetime.datetime, change_note: str = "") -> MinutesVersion:
    last = minutes.versions.aggregate(last=Max("number"))["last"] or 0
    return MinutesVersion.objects.create(
        minutes=minutes,
        number=last + 1,
        body=minutes.body,
        record=minutes.record,
        body_html=minutes.body_html,
        attendees=minutes.attendees,
        change_note=change_note,
        published_at=now,
        published_by=by,
    )


def _enqueue_publication_tasks(minutes: Minutes) -> None:
    # The engagement pages (cached) list the decisions published with the minutes: a new public version.
    transaction.on_commit(bump_public_data_version, robust=True)
    # A broker outage is logged and the publication stands (the minutes are public at once). Neither message is
    # sent again automatically: publishing a new version re-sends both, and both tasks are idempotent.
    enqueue_on_commit(tasks.notify_minutes_published, minutes.pk)
    enqueue_on_commit(tasks.snapshot_for_meeting, minutes.meeting_id)


def publish_minutes(*, minutes: Minutes, by: User) -> MinutesVersion:
    """Publishes draft or withdrawn minutes as a new public version; on commit, e-mails the contributors of the
    member organisations and freezes the figures at the meeting's date. Preconditions: ``by`` may manage the
    committee; the minutes are not already published and have a text."""
    with transaction.atomic():
        minutes = Minutes.objects.select_for_update().select_related("meeting").get(pk=minutes.pk)
        if minutes.is_published:
            raise ValidationError("Ce compte rendu est déjà publié.")
        if not minutes.body.strip():
            raise ValidationError("Le compte rendu est vide : rédigez-le avant de le publier.")
        now = timezone.now()
        if minutes.meeting.starts_at > now:
            # Its figures would be frozen at a future date and read as current everywhere (DESIGN §4 « Dates »).
            raise ValidationError(
                "Cette réunion n'a pas encore eu lieu : son compte rendu pourra être publié à partir du "
                f"{timezone.localtime(minutes.meeting.starts_at):%d/%m/%Y à %H:%M}."
            )
        _render_for_publication(minutes)
        minutes.state = Minutes.State.PUBLISHED
        minutes.published_at, minutes.published_by = now, by
        minutes.withdrawn_at, minutes.withdrawal_reason = None, ""
        _save(minutes, by)
        version = _add_version(minutes, by, now)
        meeting = minutes.meeting
        if meeting.status == Meeting.Status.PLANNED and meeting.starts_at <= now:
            meeting.status = Meeting.Status.HELD
            _save(meeting, by)
        _enqueue_publication_tasks(minutes)
    return version


def amend_minutes(*, minutes: Minutes, by: User, body: str, attendees: str, change_note: str) -> MinutesVersion:
    """Publishes a corrected text as a new version; earlier versions stay readable. Preconditions: ``by`` may
    manage the committee; the minutes are published; ``change_note`` says what changed."""
    if not change_note.strip():
        raise ValidationError("Indiquez le motif de la modification.")
    check_minutes_length(body)
    with transaction.atomic():
        minutes = Minutes.objects.select_for_update().get(pk=minutes.pk)
        if not minutes.is_published:
            raise ValidationError("Seul un compte rendu publié peut être amendé.")
        if not minutes.versions.exists():
            # Minutes published before versions existed (loaded data): keep their text as version 1.
            _add_version(minutes, minutes.published_by, minutes.published_at)
        now = timezone.now()
        minutes.body, minutes.attendees = body, attendees
        _render_for_publication(minutes)
        minutes.published_at, minutes.published_by = now, by
        _save(minutes, by)
        version = _add_version(minutes, by, now, change_note=change_note.strip())
        _enqueue_publication_tasks(minutes)
    return version


def withdraw_minutes(*, minutes: Minutes, by: User, reason: str) -> Minutes:
    """Takes published minutes down; the meeting page keeps "compte rendu retiré le … : motif". Preconditions:
    ``by`` may manage the committee; the minutes are published; ``reason`` is given."""
    if not reason.strip():
        raise ValidationError("Indiquez le motif du retrait : il est affiché publiquement.")
    with transaction.atomic():
        minutes = Minutes.objects.select_for_update().get(pk=minutes.pk)
        if not minutes.is_published:
            raise ValidationError("Ce compte rendu n'est pas publié.")
        minutes.state = Minutes.State.WITHDRAWN
        minutes.withdrawn_at, minutes.withdrawal_reason = timezone.now(), reason.strip()
        _save(minutes, by)
        # Its decisions leave the cached engagement pages.
        transaction.on_commit(bump_public_data_version, robust=True)
    return minutes


def add_attachment(
    *, minutes: Minutes, by: User, upload: UploadedFile, title: str, with_convocation: bool = False
) -> Attachment:
    """Stores a PDF under a random name; ``with_convocation``: a document of the convocation (sent with the next
    one, public from the first). Preconditions: ``by`` may manage the committee; ``upload`` has been checked
    (``comites.forms.AttachmentForm``: a real PDF within the size limit)."""
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    with transaction.atomic():
        attachment = Attachment(
            minutes=minutes,
            title=title,
            size=upload.size,
            sha256=digest.hexdigest(),
            with_convocation=with_convocation,
        )
        attachment.file.save("piece.pdf", upload, save=False)
        _save(attachment, by)
    return attachment


def remove_attachment(*, attachment: Attachment, by: User) -> None:
    """Deletes an attachment of unpublished minutes. Preconditions: ``by`` may manage the committee."""
    if attachment.minutes.is_published:
        raise ValidationError("Les pièces jointes d'un compte rendu publié ne peuvent plus être supprimées.")
    if attachment.is_public_with_convocation():
        raise ValidationError("Ce document a été envoyé avec la convocation : il reste public.")
    with transaction.atomic():
        attachment._history_user = by
        name = attachment.file.name
        attachment.delete()
        # The file goes only once the row is gone for good.
        transaction.on_commit(lambda: attachment.file.storage.delete(name))


def close_decision(*, decision: Decision, by: User, status: str, note: str) -> Decision:
    """Closes an open decision as done or dropped, with a note. Preconditions: ``by`` may manage the committee
    that took it."""
    if status not in (Decision.Status.DONE, Decision.Status.DROPPED):
        raise ValidationError("Choisissez « réalisée » ou « abandonnée ».")
    with transaction.atomic():
        decision = Decision.objects.select_for_update().get(pk=decision.pk)
        if decision.status != Decision.Status.OPEN:
            raise ValidationError("Cette décision est déjà close.")
        decision.status, decision.closing_note, decision.closed_at = status, note, timezone.now()
        _save(decision, by)
    return decision
