"""The rules that make a committee's decisions valid (décret n° 2024-560, ../shared/data/scdl-deliberations-2.1.5.md
in the design notes): who votes, the quorum, the outcome of a vote. Pure functions over plain values, tested by hand;
the models and ``comites/actions.py`` call them, nothing else restates them.

- Voting members: the titular members whose role carries a vote (the two co-presidents and the voting members)
  and whose term covers the meeting's day. France Travail, the missions locales and Cap emploi sit without a vote.
- Quorum: half of the voting members, present or represented (a titular replaced by their substitute is present).
- Outcome: the majority of the votes cast (for and against; abstentions are not cast); in a tie, the State
  co-president's casting vote decides, if they (or their substitute) are there to cast it.
"""

from __future__ import annotations

import datetime
import enum
from dataclasses import dataclass

# Members are appointed for three years, renewable.
TERM_YEARS = 3
# The convocation, with its agenda, at least five days before the meeting.
CONVOCATION_NOTICE_DAYS = 5


class Role(enum.StrEnum):
    STATE_CHAIR = "copresident_etat"
    LOCAL_CHAIR = "copresident_collectivite"
    VOTING = "votant"
    NON_VOTING = "sans_voix"


VOTING_ROLES = frozenset({Role.STATE_CHAIR, Role.LOCAL_CHAIR, Role.VOTING})
CHAIR_ROLES = frozenset({Role.STATE_CHAIR, Role.LOCAL_CHAIR})


class Presence(enum.StrEnum):
    PRESENT = "present"
    SUBSTITUTED = "supplee"
    REPRESENTED = "represente"
    EXCUSED = "excuse"
    ABSENT = "absent"


# Those who count for the quorum and may vote.
COUNTED = frozenset({Presence.PRESENT, Presence.SUBSTITUTED, Presence.REPRESENTED})
# Those who are in the room and may therefore hold a proxy.
IN_THE_ROOM = frozenset({Presence.PRESENT, Presence.SUBSTITUTED})


class VoteMode(enum.StrEnum):
    BALLOT = "scrutin"
    UNANIMITY = "unanimite"
    NO_VOTE = "sans_vote"


class Outcome(enum.StrEnum):
    ADOPTED = "adoptee"
    REJECTED = "rejetee"
    RECORDED = "relevee"


def term_end(start: datetime.date) -> datetime.date:
    """The last day of a term of ``TERM_YEARS`` years starting on ``start`` (29 February falls back to the 28th)."""
    try:
        end = start.replace(year=start.year + TERM_YEARS)
    except ValueError:
        end = start.replace(year=start.year + TERM_YEARS, day=28)
    return end - datetime.timedelta(days=1)


def in_term(start: datetime.date, end: datetime.date | None, day: datetime.date) -> bool:
    return start <= day and (end is None or day <= end)


@dataclass(frozen=True)
class Quorum:
    voting: int
    counted: int

    @property
    def required(self) -> int:
        """The smallest number of voting members present or represented that makes half."""
        return (self.voting + 1) // 2

    @property
    def reached(self) -> bool:
        return self.voting > 0 and self.counted * 2 >= self.voting

    def describe(self) -> str:
        members = "membre votant" if self.voting == 1 else "membres votants"
        counted = "présent ou représenté" if self.counted <= 1 else "présents ou représentés"
        verdict = "quorum atteint" if self.reached else "quorum non atteint"
        return f"{self.counted} {counted} sur {self.voting} {members} ; il en faut {self.required} : {verdict}."


class VoteError(ValueError):
    """A vote that cannot be recorded as given; the message is French and says what to correct."""


@dataclass(frozen=True)
class Vote:
    mode: VoteMode
    votes_for: int | None
    votes_against: int | None
    abstentions: int | None
    voters: int | None
    entitled: int | None
    outcome: Outcome
    casting_vote_used: bool = False

    def describe(self) -> str:
        if self.mode == VoteMode.NO_VOTE:
            return "Relevé de décision, sans vote"
        if self.mode == VoteMode.UNANIMITY:
            return f"Adoptée à l'unanimité ({self.voters} votants)"
        verdict = "Adoptée" if self.outcome == Outcome.ADOPTED else "Rejetée"
        counts = f"{self.votes_for} pour, {self.votes_against} contre, {self.abstentions} abstention" + (
            "s" if (self.abstentions or 0) > 1 else ""
        )
        casting = ", voix prépondérante du coprésident représentant l'État" if self.casting_vote_used else ""
        return f"{verdict} ({counts}{casting})"


def decide(
    *,
    mode: VoteMode,
    quorum: Quorum | None,
    votes_for: int | None = None,
    votes_against: int | None = None,
    abstentions: int | None = None,
    casting_vote: str = "",
    state_chair_present: bool = False,
) -> Vote:
    """The outcome of a decision recorded with ``mode``, given the meeting's quorum (``None`` when no attendance
    has been recorded). Raises ``VoteError`` with a French message for a vote that cannot stand."""
    if mode == VoteMode.NO_VOTE:
        if any(v not in (None, 0) for v in (votes_for, votes_against, abstentions)) or casting_vote:
            raise VoteError("Une décision sans vote ne porte ni décompte des voix ni voix prépondérante.")
        return Vote(mode, None, None, None, None, quorum.voting if quorum else None, Outcome.RECORDED)
    if quorum is None:
        raise VoteError(
            "Enregistrez d'abord les présences de la réunion : sans elles, le quorum et le nombre de votants "
            "ne sont pas connus."
        )
    if not quorum.reached:
        raise VoteError(
            f"Le quorum n'est pas atteint ({quorum.describe()}) : aucune décision ne peut être adoptée. "
            "Enregistrez un relevé sans vote, ou reconvoquez le comité."
        )
    if mode == VoteMode.UNANIMITY:
        if any(v not in (None, 0) for v in (votes_against, abstentions)) or casting_vote:
            raise VoteError("À l'unanimité, il n'y a ni voix contre, ni abstention, ni voix prépondérante.")
        return Vote(mode, quorum.counted, 0, 0, quorum.counted, quorum.voting, Outcome.ADOPTED)
    if votes_for is None or votes_against is None or abstentions is None:
        raise VoteError("Indiquez le nombre de voix pour, contre et d'abstentions (0 s'il n'y en a pas).")
    if min(votes_for, votes_against, abstentions) < 0:
        raise VoteError("Un nombre de voix ne peut pas être négatif.")
    total = votes_for + votes_against + abstentions
    if total > quorum.counted:
        raise VoteError(
            f"{total} voix pour {quorum.counted} membres votants présents ou représentés : le décompte dépasse "
            "le nombre de votants."
        )
    used = False
    if votes_for + votes_against == 0:
        # Only abstentions: no vote was cast, and nothing is adopted without a majority of the votes cast.
        outcome = Outcome.REJECTED
    elif votes_for > votes_against:
        outcome = Outcome.ADOPTED
    elif votes_for < votes_against:
        outcome = Outcome.REJECTED
    elif state_chair_present:
        if casting_vote not in ("pour", "contre"):
            raise VoteError(
                "Partage égal des voix : indiquez le sens de la voix prépondérante du coprésident représentant l'État."
            )
        outcome = Outcome.ADOPTED if casting_vote == "pour" else Outcome.REJECTED
        used = True
    else:
        if casting_vote:
            raise VoteError(
                "Le coprésident représentant l'État n'est ni présent ni suppléé : il n'y a pas de voix "
                "prépondérante, et à égalité des voix la décision n'est pas adoptée."
            )
        outcome = Outcome.REJECTED
    if casting_vote and not used:
        raise VoteError("La voix prépondérante ne sert qu'en cas de partage égal des voix.")
    return Vote(mode, votes_for, votes_against, abstentions, quorum.counted, quorum.voting, outcome, used)
