"""Writes of a committee's governance: its members, the attendance at a meeting, the votes on its decisions.

As in ``comites/actions.py``: each action owns its transaction, records the acting user in the audit trail
(simple-history) and checks the rules (``comites/governance.py``) and the state; callers check permissions first
(``comites.permissions``). Every refusal is a ``ValidationError`` with a French message that says what to correct.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone

from comites import governance, tasks
from comites.actions import _save
from comites.models import Attendance, Committee, CommitteeMember, Convocation, Decision, Meeting
from common.enqueue import enqueue_on_commit
from engagements.models import Engagement
from reseau.models import Organisation, User

# France Travail, the missions locales and Cap emploi sit without a vote (décret n° 2024-560).
WITHOUT_VOTE_KINDS = frozenset(
    {Organisation.Kind.FRANCE_TRAVAIL, Organisation.Kind.MISSION_LOCALE, Organisation.Kind.CAP_EMPLOI}
)
LOCAL_AUTHORITY_KINDS = frozenset(
    {Organisation.Kind.REGION, Organisation.Kind.DEPARTEMENT, Organisation.Kind.COLLECTIVITE}
)


def _check_role(committee: Committee, organisation: Organisation, role: str, start, end) -> None:
    if role in governance.VOTING_ROLES and organisation.kind in WITHOUT_VOTE_KINDS:
        raise ValidationError(
            f"{organisation.get_kind_display()} siège sans voix délibérative : choisissez « membre sans voix "
            "délibérative »."
        )
    if role == governance.Role.STATE_CHAIR and organisation.kind != Organisation.Kind.ETAT:
        raise ValidationError("Le coprésident représentant l'État siège pour une organisation de l'État.")
    if role == governance.Role.LOCAL_CHAIR and organisation.kind not in LOCAL_AUTHORITY_KINDS:
        raise ValidationError(
            "Le coprésident représentant une collectivité siège pour la Région, un Département ou une collectivité."
        )
    if role in governance.CHAIR_ROLES:
        overlapping = committee.seats.titulars().filter(role=role, term_start__lte=end, term_end__gte=start)
        if overlapping.exists():
            raise ValidationError("Ce comité a déjà ce coprésident sur la période : mettez d'abord fin à son mandat.")


@transaction.atomic
def add_member(
    *,
    committee: Committee,
    by: User | None,
    organisation: Organisation,
    first_name: str,
    last_name: str,
    role: str,
    term_start: datetime.date,
    term_end: datetime.date | None = None,
    function: str = "",
    email: str = "",
    substitute_for: CommitteeMember | None = None,
    name_public_consent: bool = False,
    is_demo: bool = False,
) -> CommitteeMember:
    """Appoints a member (three-year term unless ``term_end`` says otherwise). A substitute is tied to a titular
    of the same committee, takes their role, and their term cannot outlast the titular's."""
    end = term_end or governance.term_end(term_start)
    if end < term_start:
        raise ValidationError("La fin du mandat précède son début.")
    if substitute_for is not None:
        if substitute_for.committee_id != committee.pk or not substitute_for.is_titular:
            raise ValidationError("Un suppléant remplace un membre titulaire de ce même comité.")
        role = substitute_for.role
        end = min(end, substitute_for.term_end)
        if substitute_for.substitutes.filter(term_start__lte=end, term_end__gte=term_start).exists():
            raise ValidationError("Ce titulaire a déjà un suppléant sur la période.")
        if end < term_start:
            raise ValidationError("Le mandat du titulaire se termine avant le début de celui du suppléant.")
    else:
        _check_role(committee, organisation, role, term_start, end)
    if name_public_consent and role not in governance.CHAIR_ROLES:
        raise ValidationError("Seul le nom des coprésidents est publié ; les autres membres le sont par organisation.")
    member = CommitteeMember(
        committee=committee,
        organisation=organisation,
        first_name=first_name.strip(),
        last_name=last_name.strip(),
        function=function.strip(),
        email=email.strip(),
        role=role,
        substitute_for=substitute_for,
        term_start=term_start,
        term_end=end,
        name_public_consent_at=timezone.now() if name_public_consent else None,
        is_demo=is_demo,
    )
    _save(member, by)
    if not committee.members.filter(pk=organisation.pk).exists():
        committee.members.add(organisation)
    return member


@transaction.atomic
def end_term(*, member: CommitteeMember, by: User | None, on: datetime.date) -> CommitteeMember:
    """Ends a member's term on ``on`` (resignation, replacement); their substitutes' terms end with it."""
    member = CommitteeMember.objects.select_for_update().get(pk=member.pk)
    if on < member.term_start:
        raise ValidationError("La fin du mandat ne peut pas précéder son début.")
    if on >= member.term_end:
        raise ValidationError("Le mandat se termine déjà à cette date ou avant.")
    member.term_end = on
    _save(member, by)
    for substitute in member.substitutes.filter(term_end__gt=on):
        substitute.term_end = max(on, substitute.term_start)
        _save(substitute, by)
    return member


@transaction.atomic
def set_name_consent(*, member: CommitteeMember, by: User | None, consent: bool) -> CommitteeMember:
    """Records (or withdraws) a co-president's consent to have their name published."""
    if consent and member.role not in governance.CHAIR_ROLES:
        raise ValidationError("Seul le nom des coprésidents est publié ; les autres membres le sont par organisation.")
    member.name_public_consent_at = timezone.now() if consent else None
    _save(member, by)
    return member


@dataclass(frozen=True)
class Presence:
    status: str
    proxy_holder_id: int | None = None


def _check_frozen(meeting: Meeting) -> None:
    if meeting.is_cancelled:
        raise ValidationError("Cette réunion est annulée.")
    if meeting.published_minutes is not None:
        raise ValidationError(
            "Le compte rendu de cette réunion est publié : les présences et les votes qu'il relate ne changent plus."
        )


@transaction.atomic
def record_attendance(*, meeting: Meeting, by: User | None, presences: dict[int, Presence]) -> governance.Quorum:
    """Records every sitting titular member's presence at a held meeting (all of them, at once), and returns the
    quorum. The votes already recorded are checked again against the new attendance (and their counts of voters
    updated): an attendance that would invalidate one is refused."""
    meeting = Meeting.objects.select_for_update().select_related("committee").get(pk=meeting.pk)
    _check_frozen(meeting)
    if meeting.starts_at > timezone.now():
        raise ValidationError("Cette réunion n'a pas encore eu lieu : les présences s'enregistrent le jour venu.")
    sitting = {m.pk: m for m in meeting.sitting_members().prefetch_related("substitutes")}
    if not sitting:
        raise ValidationError("Ce comité n'a aucun membre titulaire en mandat à cette date : ajoutez ses membres.")
    unknown = set(presences) - set(sitting)
    if unknown:
        raise ValidationError("Un des membres indiqués ne siège pas à ce comité à cette date.")
    missing = [m for pk, m in sitting.items() if pk not in presences]
    if missing:
        raise ValidationError(f"Indiquez la présence de chaque membre ({len(missing)} sans réponse).")
    statuses = {choice for choice, _ in Attendance.Status.choices}
    holders: set[int] = set()
    for pk, presence in presences.items():
        member = sitting[pk]
        if presence.status not in statuses:
            raise ValidationError(f"Présence inconnue pour {member.organisation.name}.")
        if presence.status == governance.Presence.SUBSTITUTED:
            if not any(s.term_start <= meeting.day <= s.term_end for s in member.substitutes.all()):
                raise ValidationError(
                    f"{member.first_name} {member.last_name} ({member.organisation.name}) n'a pas de suppléant en "
                    "mandat : choisissez une autre présence."
                )
        if presence.status == governance.Presence.REPRESENTED:
            holder = sitting.get(presence.proxy_holder_id)
            if not member.votes:
                raise ValidationError("Seul un membre votant donne un pouvoir.")
            if holder is None or holder.pk == member.pk or not holder.votes:
                raise ValidationError(
                    f"Le pouvoir de {member.first_name} {member.last_name} va à un autre membre votant de ce comité."
                )
            if presences[holder.pk].status not in governance.IN_THE_ROOM:
                raise ValidationError(
                    f"{holder.first_name} {holder.last_name} n'est pas présent : il ne peut pas recevoir de pouvoir."
                )
            if holder.pk in holders:
                raise ValidationError(
                    f"{holder.first_name} {holder.last_name} détient déjà un pouvoir : un seul pouvoir par membre."
                )
            holders.add(holder.pk)
        elif presence.proxy_holder_id is not None:
            raise ValidationError("Un pouvoir ne se donne que pour un membre « représenté ».")
    for attendance in meeting.attendances.all():
        attendance._history_user = by
        attendance.delete()
    for pk, presence in presences.items():
        attendance = Attendance(
            meeting=meeting,
            member=sitting[pk],
            status=presence.status,
            proxy_holder_id=presence.proxy_holder_id if presence.status == governance.Presence.REPRESENTED else None,
        )
        try:
            with transaction.atomic():
                _save(attendance, by)
        except IntegrityError as exc:  # a concurrent save of the same sheet
            raise ValidationError("La feuille de présence a changé entre-temps : rechargez la page.") from exc
    if meeting.status == Meeting.Status.PLANNED:
        meeting.status = Meeting.Status.HELD
        _save(meeting, by)
    quorum = meeting.quorum()
    chair = meeting.state_chair_present()
    for decision in meeting.decisions.select_for_update().exclude(vote_mode=governance.VoteMode.NO_VOTE):
        try:
            vote = _decide(
                decision.vote_mode,
                quorum,
                chair,
                decision.votes_for,
                decision.votes_against,
                decision.abstentions,
                _casting(decision),
            )
        except governance.VoteError as exc:
            raise ValidationError(
                f"Cette feuille de présence ne s'accorde pas avec le vote déjà enregistré sur « {decision} » : {exc}"
            ) from exc
        _apply(decision, vote)
        _save(decision, by)
    return quorum


def _casting(decision: Decision) -> str:
    if not decision.casting_vote_used:
        return ""
    return "pour" if decision.outcome == governance.Outcome.ADOPTED else "contre"


def _decide(mode, quorum, chair, votes_for, votes_against, abstentions, casting_vote) -> governance.Vote:
    return governance.decide(
        mode=governance.VoteMode(mode),
        quorum=quorum,
        votes_for=votes_for,
        votes_against=votes_against,
        abstentions=abstentions,
        casting_vote=casting_vote,
        state_chair_present=chair,
    )


def _apply(decision: Decision, vote: governance.Vote) -> None:
    decision.vote_mode = vote.mode.value
    decision.votes_for, decision.votes_against, decision.abstentions = (
        vote.votes_for,
        vote.votes_against,
        vote.abstentions,
    )
    decision.voters, decision.entitled = vote.voters, vote.entitled
    decision.outcome = vote.outcome.value
    decision.casting_vote_used = vote.casting_vote_used


@transaction.atomic
def add_decision(
    *,
    meeting: Meeting,
    by: User | None,
    text: str,
    vote_mode: str = governance.VoteMode.NO_VOTE,
    votes_for: int | None = None,
    votes_against: int | None = None,
    abstentions: int | None = None,
    casting_vote: str = "",
    engagement: Engagement | None = None,
    owner: Organisation | None = None,
    due_on: datetime.date | None = None,
) -> Decision:
    """Records a decision with its vote. A vote needs the meeting's attendance and its quorum; the counts cannot
    exceed the voting members present or represented; a tie goes the way of the State co-president's casting
    vote. Without quorum only a record « sans vote » is possible. Preconditions: ``by`` may manage the committee."""
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    _check_frozen(meeting)
    if vote_mode != governance.VoteMode.NO_VOTE and meeting.starts_at > timezone.now():
        raise ValidationError("Cette réunion n'a pas encore eu lieu : aucun vote n'y a été émis.")
    try:
        vote = _decide(
            vote_mode,
            meeting.quorum(),
            meeting.state_chair_present(),
            votes_for,
            votes_against,
            abstentions,
            casting_vote,
        )
    except (governance.VoteError, ValueError) as exc:
        raise ValidationError(str(exc)) from exc
    decision = Decision(meeting=meeting, text=text, engagement=engagement, owner=owner, due_on=due_on)
    _apply(decision, vote)
    _save(decision, by)
    return decision


URGENCY_REQUIRED = (
    "La réunion a lieu dans moins de cinq jours : la convocation doit partir au moins cinq jours avant. "
    "Indiquez le motif de l'urgence ; il est enregistré et affiché avec la réunion."
)


@transaction.atomic
def convoke(*, meeting: Meeting, by: User | None, urgency_reason: str = "") -> Convocation:
    """Sends the convocation (the agenda as it stands, an invitation to each member with an address) on commit.
    Less than five days before the meeting it needs the « urgence » reason. Sending again is allowed (a changed
    agenda): each sending updates the same calendar event. Preconditions: ``by`` may manage the committee."""
    meeting = Meeting.objects.select_for_update().select_related("committee").get(pk=meeting.pk)
    if meeting.is_cancelled:
        raise ValidationError("Cette réunion est annulée : elle ne se convoque plus.")
    now = timezone.now()
    if meeting.starts_at <= now:
        raise ValidationError("Cette réunion a déjà eu lieu.")
    if not meeting.agenda.strip():
        raise ValidationError("L'ordre du jour est vide : la convocation l'envoie aux membres, rédigez-le d'abord.")
    if not meeting.committee.seats.in_term(meeting.day).exclude(email="").exists():
        raise ValidationError(
            "Aucun membre en mandat à la date de la réunion n'a d'adresse électronique : complétez les membres."
        )
    reason = urgency_reason.strip()
    urgent = meeting.starts_at - now < datetime.timedelta(days=governance.CONVOCATION_NOTICE_DAYS)
    if urgent and not reason:
        raise ValidationError(URGENCY_REQUIRED)
    if not urgent and reason:
        raise ValidationError("La réunion a lieu dans cinq jours ou plus : la convocation n'est pas urgente.")
    sequence = (meeting.convocations.aggregate(last=Max("sequence"))["last"] or 0) + 1
    convocation = Convocation(
        meeting=meeting, sequence=sequence, agenda=meeting.agenda, urgency_reason=reason, sent_by=by
    )
    _save(convocation, by)
    enqueue_on_commit(tasks.send_convocation, convocation.pk)
    return convocation
