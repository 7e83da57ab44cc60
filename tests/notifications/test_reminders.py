"""Issue #15, items 1 and 2: partners are reminded of exactly what their organisation owes (the one freshness
rule), before the meetings that read their figures and weekly otherwise, with a signed link that opens their list
after login and only for them; secretaries get a digest seven days before each meeting."""

import datetime
import html
import re
import urllib.parse

import pytest
from django.urls import reverse
from django.utils import timezone

from comites.models import Committee, Meeting
from engagements.engine import TerritoryTree
from engagements.freshness import organisation_statuses
from engagements.models import Engagement, EngagementPartner, Indicator, IndicatorValue
from notifications import actions, links
from notifications.models import Outgoing, Reminder
from reseau.models import Territory, User
from reseau.permissions import SESSION_KEY
from tests.factories import MeetingFactory, MembershipFactory, OrganisationFactory, UserFactory
from tests.helpers.smtp import html_of, links_of, text_of

pytestmark = pytest.mark.usefixtures("tasks_run_in_process")

PARTNER = "partenaire@demo.test"  # France Travail Hauts-de-France, pilot of several engagements
CONTRIBUTOR = "mission-locale@demo.test"


def monday() -> datetime.date:
    today = timezone.localdate()
    assert today.weekday() == 0, "the tests run on a fixed Monday (tests/helpers/clock.py)"
    return today


def reminder_link(message) -> str:
    return next(link for link in links_of(message) if "/espace/rappels/lien/" in link)


def path_of(url: str) -> str:
    return urllib.parse.urlsplit(url).path


def period_of(row: dict) -> datetime.date:
    return datetime.date.fromisoformat(row["period"] + "-01")


def usual_entry(indicator, row: dict) -> dict:
    """The fields the reminder page posts for ``row``, with the latest published value of that cell's series (a
    value the grid does not question as unusual)."""
    last = (
        IndicatorValue.objects.filter(indicator=indicator, territory__code=row["territory"], status="accepted")
        .order_by("-period")
        .first()
    )
    value = format(last.value.normalize(), "f").replace(".", ",") if last else "12"
    base = format(last.base.normalize(), "f").replace(".", ",") if last and last.base is not None else ""
    if indicator.takes_base and not base:
        base = "100"
    return {
        "indicator": indicator.pk,
        "territory": row["territory"],
        "period": row["period"],
        "version": 0,
        "value": value,
        "base": base,
        "note": "",
    }


def test_the_weekly_reminder_lists_exactly_what_the_organisation_owes_by_next_week(sent, demo, smtp):
    today = monday()
    assert sent(actions.send_reminders, today) >= 2
    user = User.objects.get(email=PARTNER)
    organisation = user.memberships.get().organisation
    horizon = today + datetime.timedelta(days=7)
    # What the freshness rule says this organisation owes by then, computed without the reminder's code.
    expected = {
        (status.engagement.code, item.indicator, item.territory_code, f"{item.period:%Y-%m}" if item.period else "")
        for status in organisation_statuses(organisation, today)
        for item in status.items
        if item.due_on <= horizon
    }
    reminder = Reminder.objects.get(user=user, organisation=organisation, day=today)
    listed = {
        (i["engagement"], i["indicator"], i["territory"], i["period"])
        for i in reminder.items
        if i["kind"] != "milestone"
    }
    assert expected and listed == expected
    for item in reminder.items:
        assert datetime.date.fromisoformat(item["due_on"]) <= horizon
        assert item["late"] == (datetime.date.fromisoformat(item["due_on"]) < today)
    piloted = set(
        EngagementPartner.objects.filter(organisation=organisation, role="pilot").values_list(
            "engagement__code", flat=True
        )
    )
    assert {i["engagement"] for i in reminder.items if i["kind"] == "milestone"} <= piloted

    [message] = smtp.to(PARTNER)
    text = text_of(message)
    assert "&#x27;" not in text and "&amp;" not in text
    first = reminder.items[0]
    assert first["label"] in text and first["due_fr"] in text
    assert "<h1" in html_of(message) and "<h2" in html_of(message)
    assert reminder_link(message).startswith("https://emploi.exemple.gouv.fr/espace/rappels/lien/")
    # Recorded in the audit trail.
    assert Reminder.history.filter(id=reminder.pk, history_type="+").exists()


def test_one_email_per_person_per_day_whatever_the_organisations_and_runs(sent, demo, smtp, client):
    today = monday()
    user = User.objects.get(email=PARTNER)
    second = User.objects.get(email=CONTRIBUTOR).memberships.get().organisation
    MembershipFactory(user=user, organisation=second)
    sent(actions.send_reminders, today)
    assert sent(actions.send_reminders, today) == 0
    [message] = smtp.to(PARTNER)
    assert Reminder.objects.filter(user=user, day=today).count() == 2
    assert len([link for link in links_of(message) if "/espace/rappels/lien/" in link]) == 2
    # What this person enters from the second organisation's list is written in its name, whichever organisation
    # they were acting for; opening the list (a GET) changes nothing.
    client.force_login(user)
    first = user.memberships.exclude(organisation=second).get().organisation
    session = client.session
    session[SESSION_KEY] = first.pk
    session.save()
    reminder = Reminder.objects.get(user=user, organisation=second)
    page = client.get(reverse("reminder", args=[reminder.pk]))
    assert page.status_code == 200 and client.session.get(SESSION_KEY) != second.pk
    row = next(i for i in reminder.items if i["kind"] == "value" and i["period"])
    indicator = Indicator.objects.get(code=row["indicator"])
    data = usual_entry(indicator, row) | {"organisation": second.pk, "retour": reverse("reminder", args=[reminder.pk])}
    saved = client.post(reverse("workspace_save_value", args=[row["engagement"]]), data)
    assert saved.status_code == 302, saved.content.decode()[-2000:]
    cell = IndicatorValue.objects.filter(indicator=indicator, territory__code=row["territory"], period=period_of(row))
    assert cell.filter(organisation=second, author=user).exists()
    assert not cell.filter(organisation=first, author=user).exists()
    # Not in the name of an organisation one does not belong to.
    stranger = OrganisationFactory()
    data["organisation"] = stranger.pk
    assert client.post(reverse("workspace_save_value", args=[row["engagement"]]), data).status_code == 403
    data["organisation"] = "²"
    assert client.post(reverse("workspace_save_value", args=[row["engagement"]]), data).status_code == 403


def test_nothing_is_sent_when_nothing_is_due(sent, protocol, smtp):
    today = monday()
    # A contributor on a territory where no indicator has a target or a value owes nothing.
    organisation = OrganisationFactory()
    territory = Territory.objects.filter(level="local").order_by("code").first()
    partner = EngagementPartner.objects.create(
        engagement=Engagement.objects.get(code="E02"), organisation=organisation, role="contributor"
    )
    partner.territories.add(territory)
    member = MembershipFactory(organisation=organisation).user
    assert not any(s.items for s in organisation_statuses(organisation, today)), "the set-up owes nothing"
    sent(actions.send_reminders, today)
    assert not smtp.to(member.email)
    assert not Reminder.objects.filter(user=member).exists()


def test_no_reminder_on_other_days_without_a_meeting(sent, demo, smtp):
    tuesday = monday() + datetime.timedelta(days=1)
    assert sent(actions.send_reminders, tuesday) == 0 and not smtp.messages


def test_a_meeting_in_ten_days_brings_the_reminder_forward_to_the_meeting_s_date(sent, demo, smtp, settings):
    tuesday = monday() + datetime.timedelta(days=1)
    meeting_day = tuesday + datetime.timedelta(days=settings.REMINDER_DAYS_BEFORE_MEETING)
    MeetingFactory(
        committee=Committee.objects.get(code="CDE-59"),
        status=Meeting.Status.PLANNED,
        starts_at=timezone.make_aware(datetime.datetime.combine(meeting_day, datetime.time(14, 30))),
    )
    sent(actions.send_reminders, tuesday)
    reminder = Reminder.objects.get(user__email=CONTRIBUTOR, day=tuesday)  # Mission locale de Lille, in the Nord
    assert reminder.horizon == meeting_day and "réunion du" in reminder.meeting
    assert all(datetime.date.fromisoformat(i["due_on"]) <= meeting_day for i in reminder.items)


def test_the_link_opens_the_list_after_login_for_its_addressee_only_and_once(sent, demo, smtp, client):
    sent(actions.send_reminders, monday())
    path = path_of(reminder_link(smtp.to(PARTNER)[0]))

    response = client.get(path)  # never logs anyone in by itself
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))

    client.force_login(User.objects.get(email=CONTRIBUTOR))
    response = client.get(path)
    assert response.status_code == 403 and "autre personne" in html.unescape(response.content.decode())

    partner = User.objects.get(email=PARTNER)
    client.force_login(partner)
    response = client.get(path)
    reminder = Reminder.objects.get(user=partner)
    assert response.status_code == 302 and response["Location"] == reverse("reminder", args=[reminder.pk])
    page = client.get(response["Location"])
    assert page.status_code == 200
    content = html.unescape(page.content.decode())
    for item in reminder.items:
        assert item["label"] in content
    # Each value item opens the grid's editor on its cell, pre-filled, for this organisation's engagement.
    value = next(i for i in reminder.items if i["kind"] == "value" and i["period"])
    assert value["path"] in content.replace("&amp;", "&")
    grid = client.get(value["path"])
    assert grid.status_code == 200
    assert f'value="{value["period"]}"' in grid.content.decode() and 'name="value"' in grid.content.decode()
    # The missing values are entered right there, with the grid's own form, and the page then shows them done.
    row = next(i for i in reminder.items if i["kind"] == "value" and i["period"])
    indicator = Indicator.objects.get(code=row["indicator"])
    assert f'action="{reverse("workspace_save_value", args=[row["engagement"]])}"' in content
    assert f'name="indicator" value="{indicator.pk}"' in content and f'name="period" value="{row["period"]}"' in content
    data = usual_entry(indicator, row) | {"retour": response["Location"], "organisation": reminder.organisation_id}
    saved = client.post(reverse("workspace_save_value", args=[row["engagement"]]), data)
    assert saved.status_code == 302 and saved["Location"] == response["Location"]
    assert "Saisi depuis le rappel" in client.get(response["Location"]).content.decode()
    # The opening is in the audit trail; the link served once.
    assert Reminder.history.filter(id=reminder.pk, link_used_at__isnull=False).exists()
    again = client.get(path)
    assert again.status_code == 410 and "déjà servi" in html.unescape(again.content.decode())
    # The reminder page itself is its addressee's only.
    client.force_login(User.objects.get(email=CONTRIBUTOR))
    assert client.get(reverse("reminder", args=[reminder.pk])).status_code == 404


def test_a_tampered_or_expired_link_is_refused(sent, demo, smtp, client):
    sent(actions.send_reminders, monday())
    partner = User.objects.get(email=PARTNER)
    client.force_login(partner)
    reminder = Reminder.objects.get(user=partner)
    token = links.make(links.REMINDER, r=reminder.pk)
    tampered = reverse("reminder_link", args=[token[:-3] + "xyz"])
    assert client.get(tampered).status_code == 400
    other = Reminder.objects.exclude(user=partner).first()
    assert other is not None
    # A link made for another purpose (a subscription's confirmation) does not open a reminder.
    assert client.get(reverse("reminder_link", args=[links.make(links.CONFIRM, r=reminder.pk)])).status_code == 400
    # A link for another organisation's reminder (someone else's) does not open it.
    assert client.get(reverse("reminder_link", args=[links.make(links.REMINDER, r=other.pk)])).status_code == 403
    with pytest.MonkeyPatch.context() as patch:
        from django.core import signing

        patch.setattr(signing.TimestampSigner, "timestamp", lambda self: signing.b62_encode(0))
        expired = links.make(links.REMINDER, r=reminder.pk)
    response = client.get(reverse("reminder_link", args=[expired]))
    assert response.status_code == 410 and "expiré" in html.unescape(response.content.decode())
    assert Reminder.objects.get(pk=reminder.pk).link_used_at is None


def test_the_secretary_digest_seven_days_before_a_meeting(sent, demo, smtp):
    today = monday()
    committee = Committee.objects.get(code="CDE-59")
    secretary = committee.secretaries.first() or UserFactory()
    committee.secretaries.add(secretary)
    MeetingFactory(
        committee=committee,
        status=Meeting.Status.PLANNED,
        agenda="1. Point sur E02 et E21",
        starts_at=timezone.make_aware(
            datetime.datetime.combine(today + datetime.timedelta(days=7), datetime.time(9, 30))
        ),
    )
    assert sent(actions.send_digests, today) >= 1
    assert sent(actions.send_digests, today) == 0  # once per meeting
    [message] = smtp.to(secretary.email)
    text = text_of(message)
    assert "Organisations en retard sur les engagements à l'ordre du jour" in text
    assert "Décisions en retard" in text and "Ce qui a changé" in text
    listed = re.findall(r"^- (.+) — (E\d\d) : en retard depuis le (\d\d/\d\d/\d{4})\s*$", text, re.MULTILINE)
    assert listed, text
    # Only the partners whose figures CDE-59 reads: one of their territories is the Nord or lies within it.
    tree = TerritoryTree.load()
    nord = Territory.objects.get(code="59").pk
    for name, code, _ in listed:
        partner = EngagementPartner.objects.get(organisation__name=name, engagement__code=code)
        assert any(nord in tree.ancestors(t.pk) for t in partner.territories.all()), name
    assert "https://emploi.exemple.gouv.fr/espace/comites/CDE-59/reunions/" in text
    assert Outgoing.objects.filter(kind="digest", recipient=secretary.email).count() == 1
