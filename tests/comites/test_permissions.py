"""The permission matrix of the secretary workspace: every URL of comites/urls.py named ``secretary_*`` against
anonymous, partner, secretary of another committee, secretary and staff (DESIGN §5)."""

import pytest
from django.urls import get_resolver, reverse

from comites import actions, governance_actions, roadmap_actions
from comites.models import (
    ActionSheet,
    ActionSheetNote,
    Attachment,
    Attendance,
    CommitteeMember,
    Convocation,
    Decision,
    Meeting,
    Minutes,
)
from comites.urls import urlpatterns
from engagements.models import Engagement
from tests.factories import DecisionFactory, MeetingFactory, MinutesFactory, OrganisationFactory
from tests.helpers.files import make_pdf


@pytest.fixture
def objects(cde59, secretary):
    meeting = MeetingFactory(committee=cde59)
    minutes = MinutesFactory(meeting=meeting, body="Brouillon du secrétariat")
    from django.core.files.uploadedfile import SimpleUploadedFile

    attachment = actions.add_attachment(
        minutes=minutes, by=secretary, upload=SimpleUploadedFile("a.pdf", make_pdf()), title="Annexe"
    )
    decision = DecisionFactory(meeting=meeting)
    member = governance_actions.add_member(
        committee=cde59,
        by=secretary,
        organisation=OrganisationFactory(kind="etat"),
        first_name="Prénom",
        last_name="Coprésident",
        role="copresident_etat",
        term_start=meeting.starts_at.date(),
    )
    sheet = roadmap_actions.save_sheet(
        committee=cde59,
        by=secretary,
        title="Fiche",
        description="",
        pilot=OrganisationFactory(),
        partners=[],
        engagements=list(Engagement.objects.filter(code="E02")),
        indicators=[],
        territory=cde59.territory,
        starts_on=meeting.starts_at.date(),
        due_on=meeting.starts_at.date(),
        decisions=[],
    )
    return {
        "meeting": meeting,
        "minutes": minutes,
        "attachment": attachment,
        "decision": decision,
        "member": member,
        "sheet": sheet,
    }


def _args(name: str, objects: dict) -> list:
    meeting = objects["meeting"]
    if name in ("secretary_committee", "secretary_meeting_create", "secretary_members", "secretary_member_add"):
        return ["CDE-59"]
    if name == "secretary_sheet_create":
        return ["CDE-59"]
    if name in ("secretary_sheet_edit", "secretary_sheet_report"):
        return ["CDE-59", objects["sheet"].pk]
    if name in ("secretary_member_end_term", "secretary_member_consent"):
        return ["CDE-59", objects["member"].pk]
    if name == "secretary_decision_close":
        return ["CDE-59", objects["decision"].pk]
    if name == "secretary_attachment_delete":
        return ["CDE-59", meeting.pk, objects["attachment"].pk]
    return ["CDE-59", meeting.pk]


# name → methods the view answers (POST-only views answer 405 to GET for those allowed in).
MATRIX = {
    "secretary_committee": ["GET"],
    "secretary_meeting_create": ["GET", "POST"],
    "secretary_meeting": ["GET", "POST"],
    "secretary_meeting_edit": ["GET", "POST"],
    "secretary_meeting_cancel": ["GET", "POST"],
    "secretary_minutes_preview": ["GET", "POST"],
    "secretary_minutes_publish": ["GET", "POST"],
    "secretary_minutes_withdraw": ["GET", "POST"],
    "secretary_attachment_add": ["GET", "POST"],
    "secretary_attachment_delete": ["POST"],
    "secretary_decision_add": ["GET", "POST"],
    "secretary_decision_close": ["GET", "POST"],
    "secretary_members": ["GET"],
    "secretary_member_add": ["GET", "POST"],
    "secretary_member_end_term": ["GET", "POST"],
    "secretary_member_consent": ["POST"],
    "secretary_meeting_attendance": ["GET", "POST"],
    "secretary_meeting_convocation": ["GET", "POST"],
    "secretary_sheet_create": ["GET", "POST"],
    "secretary_sheet_edit": ["GET", "POST"],
    "secretary_sheet_report": ["GET", "POST"],
}
ROLES = ["anonymous", "partner", "other_secretary", "secretary", "staff"]


def test_the_matrix_covers_every_secretary_url():
    names = {pattern.name for pattern in urlpatterns if pattern.name and pattern.name.startswith("secretary_")}
    workspace = {pattern.name for pattern in urlpatterns if str(pattern.pattern).startswith("espace/")}
    assert workspace == names, "every workspace URL is named secretary_*"
    assert set(MATRIX) == names
    assert all(get_resolver().reverse_dict.getlist(name) for name in names)


def _state() -> tuple:
    return (
        Meeting.objects.count(),
        list(Meeting.objects.values_list("status", "place", "agenda").order_by("pk")),
        list(Minutes.objects.values_list("state", "body").order_by("pk")),
        Attachment.objects.count(),
        list(Decision.objects.values_list("status", "text").order_by("pk")),
        list(CommitteeMember.objects.values_list("term_end", "name_public_consent_at").order_by("pk")),
        list(Attendance.objects.values_list("member", "status").order_by("pk")),
        list(ActionSheet.objects.values_list("title", "status").order_by("pk")),
        ActionSheetNote.objects.count(),
        Convocation.objects.count(),
    )


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(MATRIX))
def test_each_secretary_url_answers_each_role(client, objects, request, role, name):
    if role != "anonymous":
        client.force_login(request.getfixturevalue(role))
    url = reverse(name, args=_args(name, objects))
    before = _state()

    for method in ("GET", "POST"):
        response = client.get(url) if method == "GET" else client.post(url, {})
        if role == "anonymous":
            assert response.status_code == 302
            assert response["Location"].startswith(reverse("login"))
        elif role in ("partner", "other_secretary"):
            expected = 405 if method not in MATRIX[name] else 403
            assert response.status_code == expected, (method, url)
        else:
            if method not in MATRIX[name]:
                assert response.status_code == 405
            elif method == "GET":
                # The preview's address opens the editor again (a GET has nothing to preview).
                assert response.status_code == (303 if name == "secretary_minutes_preview" else 200), url
            else:
                # An empty form: refused with the form again (422), or for the few forms without a required
                # field, done (303).
                assert response.status_code in (200, 303, 422), (url, response.status_code)

    if role not in ("secretary", "staff"):
        assert _state() == before


def test_a_secretary_of_another_committee_cannot_reach_a_meeting_through_his_own_committee(
    client, objects, other_secretary
):
    client.force_login(other_secretary)
    response = client.get(reverse("secretary_meeting", args=["CDE-62", objects["meeting"].pk]))
    assert response.status_code == 404


def test_an_unknown_committee_is_not_found(client, secretary):
    client.force_login(secretary)
    assert client.get(reverse("secretary_committee", args=["XXX"])).status_code == 404


def test_a_secretary_sees_the_manage_link_and_a_partner_does_not(client, objects, secretary, partner):
    manage = reverse("secretary_committee", args=["CDE-59"])
    client.force_login(partner)
    assert manage not in client.get("/comites/CDE-59/").content.decode()
    client.force_login(secretary)
    assert manage in client.get("/comites/CDE-59/").content.decode()
