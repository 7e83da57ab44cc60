"""Issue #14, items 1, 3 and 4: members, attendance and quorum, votes — the rules by hand, then through the actions
people use (comites/governance_actions.py) and the secretary's pages."""

import datetime
import html

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from comites import actions as committee_actions
from comites import governance, governance_actions
from comites.governance import Quorum, VoteError, VoteMode, decide
from comites.governance_actions import Presence
from comites.models import Attendance, Decision, Meeting
from comites.records import official_record
from reseau.models import Organisation
from tests.factories import MeetingFactory, MinutesFactory, OrganisationFactory

# --- The rules, by hand -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("voting", "counted", "required", "reached"),
    [(3, 1, 2, False), (3, 2, 2, True), (4, 2, 2, True), (4, 1, 2, False), (5, 3, 3, True), (0, 0, 0, False)],
)
def test_the_quorum_is_half_of_the_voting_members_present_or_represented(voting, counted, required, reached):
    quorum = Quorum(voting=voting, counted=counted)
    assert (quorum.required, quorum.reached) == (required, reached)


def test_the_outcome_is_the_majority_of_the_votes_cast_and_abstentions_are_not_cast():
    quorum = Quorum(voting=9, counted=7)
    adopted = decide(mode=VoteMode.BALLOT, quorum=quorum, votes_for=3, votes_against=2, abstentions=2)
    assert adopted.outcome == governance.Outcome.ADOPTED
    assert (adopted.voters, adopted.entitled) == (7, 9)
    rejected = decide(mode=VoteMode.BALLOT, quorum=quorum, votes_for=2, votes_against=3, abstentions=2)
    assert rejected.outcome == governance.Outcome.REJECTED
    only_abstentions = decide(mode=VoteMode.BALLOT, quorum=quorum, votes_for=0, votes_against=0, abstentions=7)
    assert only_abstentions.outcome == governance.Outcome.REJECTED


@pytest.mark.parametrize(("casting", "outcome"), [("pour", "adoptee"), ("contre", "rejetee")])
def test_a_tie_goes_the_way_of_the_state_co_president_s_casting_vote(casting, outcome):
    vote = decide(
        mode=VoteMode.BALLOT,
        quorum=Quorum(voting=5, counted=4),
        votes_for=2,
        votes_against=2,
        abstentions=0,
        casting_vote=casting,
        state_chair_present=True,
    )
    assert vote.outcome == outcome and vote.casting_vote_used
    assert "voix prépondérante" in vote.describe()


def test_a_tie_needs_the_casting_vote_and_without_the_state_co_president_it_is_not_adopted():
    quorum = Quorum(voting=5, counted=4)
    with pytest.raises(VoteError, match="voix prépondérante"):
        decide(
            mode=VoteMode.BALLOT, quorum=quorum, votes_for=2, votes_against=2, abstentions=0, state_chair_present=True
        )
    vote = decide(mode=VoteMode.BALLOT, quorum=quorum, votes_for=2, votes_against=2, abstentions=0)
    assert vote.outcome == governance.Outcome.REJECTED and not vote.casting_vote_used
    with pytest.raises(VoteError, match="ni présent ni suppléé"):
        decide(mode=VoteMode.BALLOT, quorum=quorum, votes_for=2, votes_against=2, abstentions=0, casting_vote="pour")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"mode": VoteMode.BALLOT, "quorum": Quorum(5, 3), "votes_for": 3, "votes_against": 1, "abstentions": 0},
            "dépasse le nombre de votants",
        ),
        (
            {"mode": VoteMode.BALLOT, "quorum": Quorum(5, 2), "votes_for": 2, "votes_against": 0, "abstentions": 0},
            "quorum n'est pas atteint",
        ),
        ({"mode": VoteMode.UNANIMITY, "quorum": None}, "présences"),
        ({"mode": VoteMode.BALLOT, "quorum": Quorum(5, 3), "votes_for": 2}, "contre et d'abstentions"),
        (
            {
                "mode": VoteMode.BALLOT,
                "quorum": Quorum(5, 3),
                "votes_for": 2,
                "votes_against": 1,
                "abstentions": 0,
                "casting_vote": "pour",
                "state_chair_present": True,
            },
            "partage égal",
        ),
        ({"mode": VoteMode.NO_VOTE, "quorum": None, "votes_for": 3}, "sans vote"),
        ({"mode": VoteMode.UNANIMITY, "quorum": Quorum(5, 3), "abstentions": 1}, "unanimité"),
    ],
)
def test_a_vote_that_cannot_stand_is_refused_with_a_french_message(kwargs, message):
    with pytest.raises(VoteError, match=message):
        decide(**kwargs)


def test_unanimity_counts_every_voter_present_or_represented_and_no_vote_is_a_record():
    vote = decide(mode=VoteMode.UNANIMITY, quorum=Quorum(6, 4))
    assert (vote.votes_for, vote.votes_against, vote.abstentions, vote.voters) == (4, 0, 0, 4)
    assert vote.describe() == "Adoptée à l'unanimité (4 votants)"
    record = decide(mode=VoteMode.NO_VOTE, quorum=Quorum(6, 1))
    assert record.outcome == governance.Outcome.RECORDED


@pytest.mark.parametrize(
    ("start", "end"),
    [(datetime.date(2024, 7, 1), datetime.date(2027, 6, 30)), (datetime.date(2024, 2, 29), datetime.date(2027, 2, 27))],
)
def test_a_term_lasts_three_years(start, end):
    assert governance.term_end(start) == end


# --- Through the actions ----------------------------------------------------------------------------------------

ETAT, REGION_KIND, FT_KIND = Organisation.Kind.ETAT, Organisation.Kind.REGION, Organisation.Kind.FRANCE_TRAVAIL


@pytest.fixture
def board(cde59, secretary):
    """CDE-59 with five voting titulars (the two co-presidents and three members), one non-voting member, and a
    substitute for the first voting member; a meeting held a week ago."""
    start = timezone.localdate() - datetime.timedelta(days=200)

    def add(kind, role, name, **kwargs):
        return governance_actions.add_member(
            committee=cde59,
            by=secretary,
            organisation=OrganisationFactory(kind=kind),
            first_name="Prénom",
            last_name=name,
            role=role,
            term_start=start,
            **kwargs,
        )

    members = {
        "state": add(ETAT, governance.Role.STATE_CHAIR, "État", name_public_consent=True),
        "local": add(Organisation.Kind.DEPARTEMENT, governance.Role.LOCAL_CHAIR, "Collectivité"),
        "a": add(REGION_KIND, governance.Role.VOTING, "Alpha"),
        "b": add(Organisation.Kind.OPCO, governance.Role.VOTING, "Bravo"),
        "c": add(Organisation.Kind.AUTRE, governance.Role.VOTING, "Charlie"),
        "ft": add(FT_KIND, governance.Role.NON_VOTING, "France Travail"),
    }
    members["a_substitute"] = governance_actions.add_member(
        committee=cde59,
        by=secretary,
        organisation=members["a"].organisation,
        first_name="Prénom",
        last_name="Suppléant",
        role=governance.Role.NON_VOTING,  # ignored: a substitute takes the titular's role
        term_start=start,
        substitute_for=members["a"],
    )
    meeting = MeetingFactory(committee=cde59, starts_at=timezone.now() - datetime.timedelta(days=7))
    return members, meeting


def sheet(members, **statuses):
    """Every sitting titular present, except those named (``a="represente:state"``)."""
    presences = {}
    for key, member in members.items():
        if not member.is_titular:
            continue
        status, _, holder = statuses.get(key, "present").partition(":")
        presences[member.pk] = Presence(status, members[holder].pk if holder else None)
    return presences


def test_members_appointed_for_three_years_substitutes_take_the_titular_s_role(board):
    members, _ = board
    assert members["a_substitute"].role == governance.Role.VOTING
    assert members["a_substitute"].term_end == members["a"].term_end
    assert members["state"].term_end == governance.term_end(members["state"].term_start)
    assert members["a"].history.latest().history_user.email == "secretaire@exemple.test"


@pytest.mark.parametrize(
    ("kind", "role", "message"),
    [
        (FT_KIND, governance.Role.VOTING, "sans voix délibérative"),
        (Organisation.Kind.MISSION_LOCALE, governance.Role.LOCAL_CHAIR, "sans voix délibérative"),
        (Organisation.Kind.CAP_EMPLOI, governance.Role.VOTING, "sans voix délibérative"),
        (REGION_KIND, governance.Role.STATE_CHAIR, "organisation de l'État"),
        (FT_KIND, governance.Role.NON_VOTING, None),
    ],
)
def test_france_travail_missions_locales_and_cap_emploi_sit_without_a_vote(cde59, secretary, kind, role, message):
    def appoint():
        return governance_actions.add_member(
            committee=cde59,
            by=secretary,
            organisation=OrganisationFactory(kind=kind),
            first_name="A",
            last_name="B",
            role=role,
            term_start=timezone.localdate(),
        )

    if message is None:
        assert appoint().pk
    else:
        with pytest.raises(ValidationError, match=message):
            appoint()
        assert not cde59.seats.exists()


def test_one_state_co_president_at_a_time_and_names_only_for_co_presidents(board, cde59, secretary):
    with pytest.raises(ValidationError, match="déjà ce coprésident"):
        governance_actions.add_member(
            committee=cde59,
            by=secretary,
            organisation=OrganisationFactory(kind=ETAT),
            first_name="A",
            last_name="B",
            role=governance.Role.STATE_CHAIR,
            term_start=timezone.localdate(),
        )
    members, _ = board
    with pytest.raises(ValidationError, match="Seul le nom des coprésidents"):
        governance_actions.set_name_consent(member=members["a"], by=secretary, consent=True)
    assert members["state"].public_name == "Prénom État"
    assert members["local"].public_name == ""


def test_ending_a_term_ends_the_substitute_s_and_lists_it_for_the_secretary(board, secretary, cde59):
    members, _ = board
    on = timezone.localdate() + datetime.timedelta(days=30)
    governance_actions.end_term(member=members["a"], by=secretary, on=on)
    members["a_substitute"].refresh_from_db()
    assert members["a_substitute"].term_end == on
    assert set(cde59.seats.ending(timezone.localdate())) == {members["a"], members["a_substitute"]}


def test_quorum_reached_with_a_proxy_and_a_substitute(board, secretary):
    members, meeting = board
    quorum = governance_actions.record_attendance(
        meeting=meeting,
        by=secretary,
        presences=sheet(members, a="supplee", b="represente:state", c="absent", local="excuse"),
    )
    # Voting: state, local, a, b, c = 5; counted: state, a (substitute), b (proxy) = 3.
    assert (quorum.voting, quorum.counted, quorum.reached) == (5, 3, True)
    assert meeting.attendances.get(member=members["b"]).proxy_holder == members["state"]


def test_quorum_not_reached_refuses_an_adopted_decision_but_allows_a_record(board, secretary):
    members, meeting = board
    quorum = governance_actions.record_attendance(
        meeting=meeting, by=secretary, presences=sheet(members, a="absent", b="excuse", c="absent")
    )
    assert not quorum.reached and quorum.counted == 2
    with pytest.raises(ValidationError, match="quorum n'est pas atteint"):
        governance_actions.add_decision(meeting=meeting, by=secretary, text="Adopter", vote_mode=VoteMode.UNANIMITY)
    record = governance_actions.add_decision(meeting=meeting, by=secretary, text="Relevé")
    assert record.outcome == governance.Outcome.RECORDED
    assert Decision.objects.filter(meeting=meeting).count() == 1


def test_a_second_proxy_to_the_same_holder_is_refused_and_nothing_changes(board, secretary):
    members, meeting = board
    governance_actions.record_attendance(meeting=meeting, by=secretary, presences=sheet(members))
    with pytest.raises(ValidationError, match="détient déjà un pouvoir"):
        governance_actions.record_attendance(
            meeting=meeting, by=secretary, presences=sheet(members, b="represente:state", c="represente:state")
        )
    assert set(meeting.attendances.values_list("status", flat=True)) == {"present"}


@pytest.mark.parametrize(
    ("statuses", "message"),
    [
        ({"b": "represente:c", "c": "absent"}, "n'est pas présent"),
        ({"b": "represente:ft"}, "autre membre votant"),
        ({"b": "represente"}, "autre membre votant"),
        ({"c": "supplee"}, "pas de suppléant"),
        ({"b": "present:state"}, "« représenté »"),
        ({"b": "en vacances"}, "Présence inconnue"),
    ],
)
def test_an_attendance_that_breaks_a_rule_is_refused(board, secretary, statuses, message):
    members, meeting = board
    with pytest.raises(ValidationError, match=message):
        governance_actions.record_attendance(meeting=meeting, by=secretary, presences=sheet(members, **statuses))
    assert not Attendance.objects.filter(meeting=meeting).exists()


def test_every_sitting_member_needs_an_answer_and_a_future_meeting_has_no_attendance(board, secretary, cde59):
    members, meeting = board
    partial = sheet(members)
    partial.pop(members["c"].pk)
    with pytest.raises(ValidationError, match="1 sans réponse"):
        governance_actions.record_attendance(meeting=meeting, by=secretary, presences=partial)
    future = MeetingFactory(
        committee=cde59, starts_at=timezone.now() + datetime.timedelta(days=3), status=Meeting.Status.PLANNED
    )
    with pytest.raises(ValidationError, match="pas encore eu lieu"):
        governance_actions.record_attendance(meeting=future, by=secretary, presences=sheet(members))


def test_votes_need_the_attendance_and_cannot_exceed_the_voters(board, secretary):
    members, meeting = board
    with pytest.raises(ValidationError, match="présences"):
        governance_actions.add_decision(
            meeting=meeting,
            by=secretary,
            text="D",
            vote_mode=VoteMode.BALLOT,
            votes_for=1,
            votes_against=0,
            abstentions=0,
        )
    governance_actions.record_attendance(meeting=meeting, by=secretary, presences=sheet(members, c="absent"))
    with pytest.raises(ValidationError, match="dépasse le nombre de votants"):
        governance_actions.add_decision(
            meeting=meeting,
            by=secretary,
            text="D",
            vote_mode=VoteMode.BALLOT,
            votes_for=3,
            votes_against=1,
            abstentions=1,
        )
    decision = governance_actions.add_decision(
        meeting=meeting,
        by=secretary,
        text="D",
        vote_mode=VoteMode.BALLOT,
        votes_for=2,
        votes_against=2,
        abstentions=0,
        casting_vote="pour",
    )
    assert (decision.outcome, decision.voters, decision.entitled, decision.casting_vote_used) == (
        "adoptee",
        4,
        5,
        True,
    )
    # An attendance that no longer holds the recorded vote is refused: 4 voters cannot shrink to 3.
    with pytest.raises(ValidationError, match="ne s'accorde pas"):
        governance_actions.record_attendance(
            meeting=meeting, by=secretary, presences=sheet(members, c="absent", b="absent")
        )
    # Once the minutes are published, the attendance and votes they relate are frozen.
    MinutesFactory(meeting=meeting, published=True)
    meeting.refresh_from_db()
    with pytest.raises(ValidationError, match="publié"):
        governance_actions.add_decision(meeting=meeting, by=secretary, text="Après coup")


def test_the_state_co_president_s_substitute_may_cast_the_deciding_vote(board, secretary, cde59):
    members, meeting = board
    governance_actions.add_member(
        committee=cde59,
        by=secretary,
        organisation=members["state"].organisation,
        first_name="P",
        last_name="Suppléant de l'État",
        role=governance.Role.STATE_CHAIR,
        term_start=members["state"].term_start,
        substitute_for=members["state"],
    )
    governance_actions.record_attendance(meeting=meeting, by=secretary, presences=sheet(members, state="supplee"))
    decision = governance_actions.add_decision(
        meeting=meeting,
        by=secretary,
        text="D",
        vote_mode=VoteMode.BALLOT,
        votes_for=2,
        votes_against=2,
        abstentions=1,
        casting_vote="contre",
    )
    assert decision.outcome == "rejetee" and decision.casting_vote_used


# --- Pages -------------------------------------------------------------------------------------------------------


def test_the_secretary_records_attendance_and_a_vote_through_the_pages(client, board, secretary):
    members, meeting = board
    client.force_login(secretary)
    url = reverse("secretary_meeting_attendance", args=[meeting.committee.code, meeting.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert "Prénom Alpha — " in page.content.decode()
    data = {f"presence_{pk}": p.status for pk, p in sheet(members, c="represente:a").items()}
    data[f"proxy_{members['c'].pk}"] = str(members["a"].pk)
    response = client.post(url, data)
    assert response.status_code == 303
    assert meeting.attendances.get(member=members["c"]).proxy_holder == members["a"]

    response = client.post(
        reverse("secretary_decision_add", args=[meeting.committee.code, meeting.pk]),
        {
            "text": "Adopter la feuille de route",
            "vote_mode": "scrutin",
            "votes_for": "4",
            "votes_against": "1",
            "abstentions": "0",
            "casting_vote": "",
        },
    )
    assert response.status_code == 303
    decision = meeting.decisions.get()
    assert decision.vote.describe() == "Adoptée (4 pour, 1 contre, 0 abstention)"

    refused = client.post(
        reverse("secretary_decision_add", args=[meeting.committee.code, meeting.pk]),
        {"text": "Trop de voix", "vote_mode": "scrutin", "votes_for": "9", "votes_against": "0", "abstentions": "0"},
    )
    assert refused.status_code == 422
    assert "dépasse le nombre de votants" in refused.content.decode()
    assert meeting.decisions.count() == 1


def test_the_attendance_sheet_refuses_a_second_proxy_in_french_without_a_500(client, board, secretary):
    members, meeting = board
    client.force_login(secretary)
    data = {f"presence_{pk}": p.status for pk, p in sheet(members, b="represente:a", c="represente:a").items()}
    data[f"proxy_{members['b'].pk}"] = data[f"proxy_{members['c'].pk}"] = str(members["a"].pk)
    response = client.post(reverse("secretary_meeting_attendance", args=[meeting.committee.code, meeting.pk]), data)
    assert response.status_code == 422
    assert "un seul pouvoir par membre" in response.content.decode()
    assert not meeting.attendances.exists()


def test_the_members_page_adds_a_member_and_lists_ending_terms(client, board, secretary, cde59):
    members, _ = board
    client.force_login(secretary)
    organisation = OrganisationFactory(kind=REGION_KIND, name="Région témoin")
    response = client.post(
        reverse("secretary_member_add", args=[cde59.code]),
        {
            "organisation": organisation.pk,
            "first_name": "Nouveau",
            "last_name": "Membre",
            "role": "votant",
            "term_start": "2026-01-01",
        },
    )
    assert response.status_code == 303
    added = cde59.seats.get(last_name="Membre")
    assert added.term_end == datetime.date(2028, 12, 31)
    governance_actions.end_term(member=members["b"], by=secretary, on=timezone.localdate() + datetime.timedelta(30))
    page = client.get(reverse("secretary_members", args=[cde59.code])).content.decode()
    assert "Mandats qui se terminent dans les 90 jours" in page and "Bravo" in page


@pytest.mark.parametrize("who", ["anonymous", "other_secretary", "partner"])
def test_only_the_committee_s_secretary_reaches_the_governance_pages(client, board, who, request, cde59):
    members, meeting = board
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    urls = [
        ("get", reverse("secretary_members", args=[cde59.code])),
        ("post", reverse("secretary_member_add", args=[cde59.code])),
        ("post", reverse("secretary_member_end_term", args=[cde59.code, members["a"].pk])),
        ("post", reverse("secretary_member_consent", args=[cde59.code, members["local"].pk])),
        ("post", reverse("secretary_meeting_attendance", args=[cde59.code, meeting.pk])),
    ]
    for method, url in urls:
        response = getattr(client, method)(url, {"consent": "1", "on": "2026-12-31"})
        if who == "anonymous":
            assert response.status_code == 302 and "/comptes/connexion/" in response["Location"], url
        else:
            assert response.status_code in (403, 404), url
    members["local"].refresh_from_db()
    members["a"].refresh_from_db()
    assert members["local"].name_public_consent_at is None
    assert members["a"].term_end == governance.term_end(members["a"].term_start)


def test_the_public_pages_and_the_api_show_organisations_and_only_a_consenting_co_president_s_name(
    client, board, secretary, cde59
):
    members, meeting = board
    governance_actions.record_attendance(meeting=meeting, by=secretary, presences=sheet(members, c="absent"))
    governance_actions.add_decision(meeting=meeting, by=secretary, text="Voté", vote_mode=VoteMode.UNANIMITY)
    page = client.get(cde59.get_absolute_url()).content.decode()
    assert "Prénom État" in page
    for hidden in ("Collectivité", "Alpha", "Bravo", "Suppléant"):
        assert f"Prénom {hidden}" not in page
    assert members["b"].organisation.name in page

    api = client.get(f"/api/v1/committees/{cde59.code}/members").json()
    assert {item["role"] for item in api["items"]} == {
        "copresident_etat",
        "copresident_collectivite",
        "votant",
        "sans_voix",
    }
    assert api["count"] == 6
    assert "Prénom" not in str(api)

    # The attendance and the vote become public with the minutes, not before.
    assert "Présences et quorum" not in client.get(meeting.get_absolute_url()).content.decode()
    MinutesFactory(meeting=meeting, published=True)
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "Présences et quorum" in page and "4 présents ou représentés sur 5 membres votants" in page
    assert "Adoptée à l&#x27;unanimité (4 votants)" in page or "Adoptée à l'unanimité (4 votants)" in page
    assert "Prénom" not in page.split("Présences et quorum")[1].split("Décisions")[0]
    decision = client.get(f"/api/v1/decisions?committee={cde59.code}").json()["items"][0]
    assert (
        decision["vote_mode"],
        decision["outcome"],
        decision["votes_for"],
        decision["voters"],
        decision["entitled"],
    ) == ("unanimite", "adoptee", 4, 4, 5)


# --- Minutes with their mandatory content (item 5) ---------------------------------------------------------------


def test_the_minutes_open_with_a_record_generated_from_attendance_agenda_and_votes(board, secretary):
    members, meeting = board
    meeting.agenda = "## Suivi des décisions\n\n1. Feuille de route"
    meeting.ends_at = meeting.starts_at + datetime.timedelta(hours=2)
    meeting.save()
    governance_actions.record_attendance(
        meeting=meeting, by=secretary, presences=sheet(members, b="represente:state", c="excuse", ft="absent")
    )
    governance_actions.add_decision(
        meeting=meeting,
        by=secretary,
        text="Adopter\nla feuille de route",
        vote_mode=VoteMode.BALLOT,
        votes_for=3,
        votes_against=1,
        abstentions=0,
    )
    record = official_record(meeting)
    assert record.startswith("## Relevé de la réunion")
    assert "- **Quorum** : 4 présents ou représentés sur 5 membres votants ; il en faut 3 : quorum atteint." in record
    assert f"{members['b'].organisation.name} (représenté, pouvoir à {members['state'].organisation.name})" in record
    assert f"**Excusés** : {members['c'].organisation.name} — **absents** : {members['ft'].organisation.name}" in record
    # The State's co-president consented: named; the local co-president did not.
    assert f"{members['state'].organisation.name} (coprésident représentant l'État, Prénom État)" in record
    assert "Prénom Collectivité" not in record and "Prénom Bravo" not in record
    assert "#### Suivi des décisions" in record  # the agenda's headings go below the record's
    assert "1. Adopter la feuille de route — Adoptée (3 pour, 1 contre, 0 abstention)." in record

    # Until publication the record follows the records; at publication it is frozen with the version.
    governance_actions.add_decision(meeting=meeting, by=secretary, text="Un relevé")
    assert "2. Un relevé — Relevé de décision, sans vote." in official_record(meeting)
    minutes = MinutesFactory(meeting=meeting, body="Le comité a débattu.")
    version = committee_actions.publish_minutes(minutes=minutes, by=secretary)
    minutes.refresh_from_db()
    assert minutes.record == version.record == official_record(meeting)
    assert "<h2>Relevé de la réunion</h2>" in minutes.body_html and "Le comité a débattu." in minutes.body_html
    assert minutes.body == "Le comité a débattu."
    amended = committee_actions.amend_minutes(
        minutes=minutes, by=secretary, body="Le comité a longuement débattu.", attendees="", change_note="Précision"
    )
    assert amended.record == version.record and "Relevé de la réunion" in amended.body_html


def test_the_secretary_sees_the_record_as_it_will_be_published(client, board, secretary):
    members, meeting = board
    client.force_login(secretary)
    url = reverse("secretary_meeting", args=[meeting.committee.code, meeting.pk])
    assert "la feuille de présence n'a pas été enregistrée" in html.unescape(client.get(url).content.decode())
    governance_actions.record_attendance(meeting=meeting, by=secretary, presences=sheet(members))
    assert "5 présents ou représentés sur 5 membres votants" in client.get(url).content.decode()


def test_without_quorum_the_meeting_is_convened_again_and_both_pages_say_so(client, board, secretary, cde59):
    members, meeting = board
    meeting.agenda = "1. Adopter la feuille de route"
    meeting.save()
    governance_actions.record_attendance(
        meeting=meeting, by=secretary, presences=sheet(members, a="absent", b="absent", c="excuse")
    )
    client.force_login(secretary)
    attendance = client.get(reverse("secretary_meeting_attendance", args=["CDE-59", meeting.pk])).content.decode()
    link = f"/espace/comites/CDE-59/reunions/nouvelle/?reconvoquer={meeting.pk}"
    assert "quorum non atteint" in attendance and link in attendance
    form = client.get(link).content.decode()
    assert "Reconvoquer la réunion du" in form and "1. Adopter la feuille de route" in form
    day = timezone.localdate() + datetime.timedelta(days=20)
    response = client.post(link, {"starts_at": f"{day:%Y-%m-%d}T10:00", "place": "Préfecture", "agenda": "1. Idem"})
    assert response.status_code == 303
    again = Meeting.objects.get(reconvenes=meeting)
    MinutesFactory(meeting=meeting, published=True)
    client.logout()
    assert "le comité est reconvoqué le" in client.get(meeting.get_absolute_url()).content.decode()
    assert "n'avait pas atteint le quorum" in client.get(again.get_absolute_url()).content.decode()


def test_only_a_meeting_without_quorum_is_convened_again_and_bad_addresses_are_not_errors(client, board, secretary):
    members, meeting = board
    governance_actions.record_attendance(meeting=meeting, by=secretary, presences=sheet(members))
    client.force_login(secretary)
    link = f"/espace/comites/CDE-59/reunions/nouvelle/?reconvoquer={meeting.pk}"
    day = timezone.localdate() + datetime.timedelta(days=20)
    refused = client.post(link, {"starts_at": f"{day:%Y-%m-%d}T10:00", "agenda": "1. Idem"})
    assert refused.status_code == 422 and "tenue sans quorum" in refused.content.decode()
    for bad in ("abc", "-1", "99999999999999999999", ""):
        assert client.get(f"/espace/comites/CDE-59/reunions/nouvelle/?reconvoquer={bad}").status_code == 404
    assert not Meeting.objects.filter(reconvenes__isnull=False).exists()
