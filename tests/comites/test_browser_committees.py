"""Done-when of issue #5 in a real Chromium: a secretary publishes minutes with a decision and a PDF; an anonymous
visitor then finds them everywhere. axe-core runs on every page visited."""

import datetime

import feedparser
import pytest
from django.utils import timezone
from playwright.sync_api import expect

from comites.models import ActionSheet, CommitteeMember, Decision, Minutes
from tests.helpers.browser import assert_accessible
from tests.helpers.files import make_pdf
from tests.helpers.journeys import expect_refusal

pytestmark = pytest.mark.browser


def test_a_secretary_publishes_minutes_and_a_visitor_finds_them_everywhere(live_demo, page, chromium):
    base = live_demo.url
    day = timezone.localdate() - datetime.timedelta(days=2)

    # The secretary signs in and reaches the committee's workspace from its public page.
    page.goto(base + "/comptes/connexion/")
    page.get_by_label("Adresse électronique").fill("secretaire@demo.test")
    page.get_by_label("Mot de passe").fill("demo")
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url("**/espace/")
    assert_accessible(page)
    page.goto(base + "/comites/CDE-59/")
    page.get_by_role("link", name="Gérer le comité").click()
    page.wait_for_url("**/espace/comites/CDE-59/")
    assert_accessible(page)

    # A new meeting: its agenda comes pre-filled with the committee's open decisions.
    page.get_by_role("link", name="Programmer une réunion").click()
    page.wait_for_url("**/reunions/nouvelle/")
    assert page.get_by_label("Ordre du jour").input_value().startswith("## Suivi des décisions")
    assert_accessible(page)
    page.get_by_label("Début").fill(f"{day:%Y-%m-%d}T14:00")
    page.get_by_label("Lieu").fill("Préfecture du Nord, Lille")
    page.get_by_role("button", name="Programmer la réunion").click()
    page.wait_for_selector("text=La réunion est programmée.")
    editor_url = page.url
    assert_accessible(page)

    # Minutes written with the live preview rendered by the server.
    page.locator("#id_body").fill(
        "## Mobilité\n\nLe comité lance un **covoiturage solidaire** pour les demandeurs d'emploi."
    )
    page.locator("#preview strong", has_text="covoiturage solidaire").wait_for()
    assert page.locator("#preview h2").inner_text() == "Mobilité"
    page.get_by_role("button", name="Enregistrer le brouillon").click()
    page.wait_for_selector("text=Le brouillon est enregistré.")
    assert_accessible(page)

    # A decision linked to an engagement.
    page.get_by_role("link", name="Ajouter une décision").click()
    assert_accessible(page)
    page.locator("#id_text").fill("Étendre le covoiturage solidaire aux apprentis")
    page.get_by_label("Engagement concerné").select_option(label="E02 — Développer l'apprentissage")
    page.get_by_label("Échéance").fill(f"{day + datetime.timedelta(days=90):%Y-%m-%d}")
    page.get_by_role("button", name="Enregistrer la décision").click()
    page.wait_for_url(editor_url)

    # A PDF attachment.
    page.get_by_role("link", name="Ajouter une pièce jointe (PDF)").click()
    assert_accessible(page)
    page.get_by_label("Titre de la pièce jointe").fill("Présentation du covoiturage")
    page.get_by_label("Fichier PDF").set_input_files(
        files=[{"name": "presentation.pdf", "mimeType": "application/pdf", "buffer": make_pdf()}]
    )
    page.get_by_role("button", name="Ajouter la pièce jointe").click()
    page.wait_for_url(editor_url)
    expect(page.get_by_role("link", name="Présentation du covoiturage")).to_be_visible()
    # Publication, with confirmation.
    page.get_by_role("link", name="Publier le compte rendu").click()
    assert_accessible(page)
    page.locator("label[for=id_confirm]").click()  # the DSFR checkbox sits under its label
    page.get_by_role("button", name="Publier", exact=True).click()
    page.wait_for_selector("text=Le compte rendu est publié.")
    minutes = Minutes.objects.get(body__contains="covoiturage solidaire")
    assert minutes.state == Minutes.State.PUBLISHED
    meeting = minutes.meeting
    decision = Decision.objects.get(meeting=meeting)
    assert decision.engagement.code == "E02"

    # An anonymous visitor.
    context = chromium.new_context(locale="fr-FR")
    visitor = context.new_page()
    visitor.console_errors = []
    visitor.on("console", lambda m: m.type == "error" and visitor.console_errors.append(m.text))
    try:
        visitor.goto(base + meeting.get_absolute_url())
        expect(visitor.locator("main strong", has_text="covoiturage solidaire")).to_be_visible()
        expect(visitor.get_by_role("link", name="Présentation du covoiturage")).to_be_visible()
        decisions = visitor.get_by_role("table", name="Décisions de la réunion")
        expect(decisions.get_by_text("Étendre le covoiturage solidaire aux apprentis")).to_be_visible()
        # The minutes open with the record generated from the meeting's records, the decision among them.
        expect(visitor.locator("main li", has_text="Étendre le covoiturage solidaire aux apprentis")).to_be_visible()
        assert_accessible(visitor)

        for feed_url in ("/flux/comptes-rendus/", "/comites/CDE-59/flux/"):
            feed = feedparser.parse(visitor.request.get(base + feed_url).body())
            assert feed.version == "atom10"
            assert any("covoiturage solidaire" in entry.summary for entry in feed.entries), feed_url

        pdf = visitor.request.get(base + minutes.attachments.get().get_absolute_url())
        assert pdf.status == 200 and pdf.body().startswith(b"%PDF-")

        visitor.goto(base + "/recherche/?q=covoiturage")
        visitor.locator(f'a[href="{meeting.get_absolute_url()}"]').first.wait_for()
        assert_accessible(visitor)

        visitor.goto(base + "/decisions/")
        assert_accessible(visitor)
        visitor.get_by_label("Comité").select_option("CDE-59")
        visitor.wait_for_url("**/decisions/?committee=CDE-59*")
        visitor.get_by_label("Engagement").select_option("E02")
        visitor.wait_for_url("**engagement=E02*")
        row = visitor.locator(f"#decision-{decision.pk}")
        row.wait_for()
        assert "Étendre le covoiturage solidaire aux apprentis" in row.inner_text()
        assert_accessible(visitor)
    finally:
        context.close()


def test_every_other_secretary_and_public_committee_page_is_accessible(live_demo, page):
    from django.urls import reverse

    from comites import actions
    from comites.models import Meeting
    from reseau.models import User

    base = live_demo.url
    secretary = User.objects.get(email="secretaire@demo.test")
    published = Minutes.objects.filter(meeting__committee__code="CDE-59", state="published").first()
    actions.amend_minutes(minutes=published, by=secretary, body="Texte amendé", attendees="", change_note="Coquille")
    meeting = published.meeting
    upcoming = Meeting.objects.filter(committee__code="CDE-59", status="planned").first()
    decision = Decision.objects.filter(meeting__committee__code="CDE-59", status="open").first()
    sheet = ActionSheet.objects.filter(committee__code="CDE-59", engagements__code="E02").first()
    seat = CommitteeMember.objects.filter(committee__code="CDE-59").first()

    page.goto(base + "/comptes/connexion/")
    page.get_by_label("Adresse électronique").fill("secretaire@demo.test")
    page.get_by_label("Mot de passe").fill("demo")
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url("**/espace/")
    for url in (
        reverse("secretary_meeting", args=["CDE-59", meeting.pk]),
        reverse("secretary_minutes_withdraw", args=["CDE-59", meeting.pk]),
        reverse("secretary_meeting_edit", args=["CDE-59", upcoming.pk]),
        reverse("secretary_meeting_cancel", args=["CDE-59", upcoming.pk]),
        reverse("secretary_meeting_convocation", args=["CDE-59", upcoming.pk]),
        reverse("secretary_decision_close", args=["CDE-59", decision.pk]),
        reverse("minutes_version", args=["CDE-59", meeting.pk, 1]),
        meeting.get_absolute_url(),
        "/comites/",
        "/comites/CDE-59/feuille-de-route/",
        f"/comites/CDE-59/feuille-de-route/{sheet.pk}/",
        reverse("secretary_sheet_create", args=["CDE-59"]),
        reverse("secretary_sheet_edit", args=["CDE-59", sheet.pk]),
        reverse("secretary_sheet_report", args=["CDE-59", sheet.pk]),
        reverse("secretary_member_end_term", args=["CDE-59", seat.pk]),
        "/engagements/E02/",
        "/recherche/?q=introuvablexyz",
        "/decisions/?status=perdu",
    ):
        page.goto(base + url)
        assert_accessible(page)

    # Withdrawal, then the public notice.
    page.goto(base + reverse("secretary_minutes_withdraw", args=["CDE-59", meeting.pk]))
    page.get_by_label("Motif du retrait").fill("Erreur dans la liste des participants")
    page.get_by_role("button", name="Retirer le compte rendu").click()
    page.wait_for_selector("text=Le compte rendu est retiré")
    assert_accessible(page)
    page.goto(base + meeting.get_absolute_url())
    expect(page.get_by_text("Erreur dans la liste des participants")).to_be_visible()
    assert_accessible(page)


def test_the_minutes_editor_keeps_unsaved_text_in_the_tab_and_asks_before_leaving(live_demo, page):
    base = live_demo.url
    meeting = Minutes.objects.filter(state=Minutes.State.DRAFT, meeting__committee__code="CDE-59").first().meeting
    saved = meeting.minutes.body
    page.goto(base + "/comptes/connexion/")
    page.get_by_label("Adresse électronique").fill("secretaire@demo.test")
    page.get_by_label("Mot de passe").fill("demo")
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url("**/espace/")
    editor = f"{base}/espace/comites/CDE-59/reunions/{meeting.pk}/"
    page.goto(editor)

    # « Prévisualiser » renders in place: the address stays the editor's.
    page.locator("#id_body").fill("## Emploi des jeunes\n\nTexte **non enregistré**.")
    page.get_by_role("button", name="Prévisualiser").click()
    page.locator("#preview strong", has_text="non enregistré").wait_for()
    assert page.url == editor

    # Leaving for the attachment form asks first; coming back gives the text back, with a notice.
    dialogs = []

    def answer(dialog):
        dialogs.append(dialog.type)
        dialog.accept()

    page.on("dialog", answer)
    page.get_by_role("link", name="Ajouter une pièce jointe (PDF)").click()
    page.wait_for_url("**/pieces-jointes/")
    assert dialogs == ["beforeunload"]
    page.goto(editor)
    expect(page.locator("#minutes-restored")).to_be_visible()
    assert page.locator("#id_body").input_value() == "## Emploi des jeunes\n\nTexte **non enregistré**."
    page.locator("#preview strong", has_text="non enregistré").wait_for()
    assert_accessible(page)

    # « Revenir au texte enregistré » puts the saved text back and forgets the copy.
    page.get_by_role("button", name="Revenir au texte enregistré").click()
    expect(page.locator("#minutes-restored")).to_be_hidden()
    assert page.locator("#id_body").input_value() == saved.replace("\r\n", "\n")
    page.reload()
    expect(page.locator("#minutes-restored")).to_be_hidden()

    # Typed again and saved: nothing to restore afterwards, and leaving asks nothing.
    page.locator("#id_body").fill("Texte enregistré cette fois.")
    page.get_by_role("button", name="Enregistrer le brouillon").click()
    page.wait_for_selector("text=Le brouillon est enregistré.")
    expect(page.locator("#minutes-restored")).to_be_hidden()
    assert page.locator("#id_body").input_value() == "Texte enregistré cette fois."
    page.get_by_role("link", name="Ajouter une pièce jointe (PDF)").click()
    page.wait_for_url("**/pieces-jointes/")
    assert dialogs == ["beforeunload"]
    meeting.minutes.refresh_from_db()
    assert meeting.minutes.body == "Texte enregistré cette fois."


def test_a_secretary_records_attendance_and_a_vote_and_the_pages_stay_accessible(live_demo, page):
    """Issue #14: the attendance sheet of the CDE-59 meeting whose minutes are in draft, a refused second proxy,
    the quorum, a decision voted with the State's casting vote, and the composition on the public page."""
    from comites.models import CommitteeMember, Meeting

    base = live_demo.url
    meeting = Meeting.objects.filter(committee__code="CDE-59", minutes__state="draft").first()
    titulars = list(CommitteeMember.objects.filter(committee__code="CDE-59", substitute_for=None).order_by("role"))
    state = next(m for m in titulars if m.role == "copresident_etat")
    local = next(m for m in titulars if m.role == "copresident_collectivite")
    region = next(m for m in titulars if m.role == "votant")

    page.goto(base + "/comptes/connexion/")
    page.get_by_label("Adresse électronique").fill("secretaire@demo.test")
    page.get_by_label("Mot de passe").fill("demo")
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url("**/espace/")

    page.goto(base + f"/espace/comites/CDE-59/reunions/{meeting.pk}/presences/")
    assert_accessible(page)
    for member in titulars:
        page.locator(f"#id_presence_{member.pk}").select_option("present")
    # Two proxies to the State co-president: refused, in French, with the focus on the message.
    page.locator(f"#id_presence_{local.pk}").select_option("represente")
    page.locator(f"#id_proxy_{local.pk}").select_option(str(state.pk))
    page.locator(f"#id_presence_{region.pk}").select_option("represente")
    page.locator(f"#id_proxy_{region.pk}").select_option(str(state.pk))
    page.get_by_role("button", name="Enregistrer la feuille de présence").click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("un seul pouvoir par membre")
    expect(alert).to_be_focused()
    expect_refusal(page, 422)
    assert_accessible(page)
    # The region's titular is replaced by their substitute instead.
    page.locator(f"#id_presence_{region.pk}").select_option("supplee")
    page.locator(f"#id_proxy_{region.pk}").select_option("")
    page.get_by_role("button", name="Enregistrer la feuille de présence").click()
    expect(page.get_by_text("3 présents ou représentés sur 3 membres votants").first).to_be_visible()
    assert_accessible(page)

    page.goto(base + f"/espace/comites/CDE-59/reunions/{meeting.pk}/decisions/nouvelle/")
    expect(page.get_by_text("quorum atteint")).to_be_visible()
    page.locator("#id_text").fill("Adopter la feuille de route départementale")
    # DSFR draws its own radio buttons: the label takes the click.
    page.locator("label[for='id_vote_mode_0']").click()
    expect(page.get_by_label("Vote", exact=True)).to_be_checked()
    page.get_by_label("Voix pour").fill("1")
    page.get_by_label("Voix contre").fill("1")
    page.get_by_label("Abstentions").fill("1")
    page.get_by_role("button", name="Enregistrer la décision").click()
    expect(page.locator(".fr-error-text", has_text="Partage égal des voix")).to_be_visible()
    expect_refusal(page, 422)
    assert_accessible(page)
    page.locator("label[for='id_casting_vote_1']").click()
    expect(page.get_by_label("Pour", exact=True)).to_be_checked()
    page.get_by_role("button", name="Enregistrer la décision").click()
    decisions = page.get_by_role("table", name="Décisions de la réunion")
    expect(decisions.get_by_text("voix prépondérante du coprésident représentant l'État")).to_be_visible()

    for url in ("/espace/comites/CDE-59/membres/", "/espace/comites/CDE-59/membres/nouveau/", "/comites/CDE-59/"):
        page.goto(base + url)
        assert_accessible(page)
    expect(page.get_by_role("table", name="Membres titulaires en mandat, par organisation")).to_contain_text(
        "Coprésident représentant l'État"
    )


def test_a_secretary_convokes_records_votes_publishes_and_a_visitor_finds_the_vote_everywhere(
    live_demo, page, chromium, tasks_run_in_process
):
    """Issue #14's journey: agenda proposed with an overdue decision, convocation, attendance and vote, minutes whose
    generated record is right; then a visitor finds the decision with its vote on the meeting page, in the register,
    in deliberations.csv and through the fiche action on the engagement page."""
    from django.core import mail

    from comites.models import ActionSheet, CommitteeMember, Meeting

    base = live_demo.url
    page.goto(base + "/comptes/connexion/")
    page.get_by_label("Adresse électronique").fill("secretaire@demo.test")
    page.get_by_label("Mot de passe").fill("demo")
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url("**/espace/")

    # The agenda is proposed from the records: the overdue decision comes first, marked.
    page.goto(base + "/espace/comites/CDE-59/reunions/nouvelle/")
    agenda = page.get_by_label("Ordre du jour").input_value()
    assert agenda.split("\n")[2].startswith("- **En retard** — ")
    day = timezone.localdate() + datetime.timedelta(days=8)
    page.get_by_label("Début").fill(f"{day:%Y-%m-%d}T09:30")
    page.get_by_label("Lieu").fill("Préfecture du Nord, salle Vauban")
    page.get_by_role("button", name="Programmer la réunion").click()
    page.wait_for_selector("text=La réunion est programmée.")

    # Convocation: more than five days ahead, no urgency; every member with an address receives it.
    mail.outbox.clear()
    page.get_by_role("link", name="Convoquer les membres").click()
    assert_accessible(page)
    page.get_by_role("button", name="Envoyer la convocation").click()
    page.wait_for_selector("text=La convocation n° 1 part aux membres")
    expected = CommitteeMember.objects.filter(committee__code="CDE-59").exclude(email="").count()
    assert len(mail.outbox) == expected > 0
    assert any(name == "invitation.ics" for name, *_ in mail.outbox[0].attachments)
    meeting = Meeting.objects.get(committee__code="CDE-59", place="Préfecture du Nord, salle Vauban")

    # The day comes (the meeting's time is moved to this morning: the browser cannot wait eight days).
    Meeting.objects.filter(pk=meeting.pk).update(starts_at=timezone.now() - datetime.timedelta(hours=2), ends_at=None)
    page.goto(base + f"/espace/comites/CDE-59/reunions/{meeting.pk}/presences/")
    titulars = CommitteeMember.objects.filter(committee__code="CDE-59", substitute_for=None)
    for member in titulars:
        page.locator(f"#id_presence_{member.pk}").select_option("present")
    page.get_by_role("button", name="Enregistrer la feuille de présence").click()
    expect(page.get_by_text("quorum atteint").first).to_be_visible()

    page.goto(base + f"/espace/comites/CDE-59/reunions/{meeting.pk}/decisions/nouvelle/")
    page.locator("#id_text").fill("Ouvrir une plateforme de l'apprentissage à Lille")
    page.get_by_label("Engagement concerné").select_option(label="E02 — Développer l'apprentissage")
    page.locator("label[for='id_vote_mode_0']").click()
    page.get_by_label("Voix pour").fill("3")
    page.get_by_label("Voix contre").fill("0")
    page.get_by_label("Abstentions").fill("0")
    page.get_by_role("button", name="Enregistrer la décision").click()
    page.wait_for_url(f"**/reunions/{meeting.pk}/")

    # The fiche action of E02 records that this decision changed it.
    sheet = ActionSheet.objects.get(committee__code="CDE-59", engagements__code="E02")
    page.goto(base + f"/espace/comites/CDE-59/feuille-de-route/{sheet.pk}/modifier/")
    page.get_by_text("Ouvrir une plateforme de l'apprentissage à Lille").click()
    page.get_by_role("button", name="Enregistrer la fiche action").click()
    page.wait_for_selector("text=La fiche action est enregistrée.")

    # Minutes, published: the generated record opens them.
    page.goto(base + f"/espace/comites/CDE-59/reunions/{meeting.pk}/")
    page.locator("#id_body").fill("Le comité adopte la plateforme.")
    page.get_by_role("button", name="Enregistrer le brouillon").click()
    page.wait_for_selector("text=Le brouillon est enregistré.")
    page.get_by_role("link", name="Publier le compte rendu").click()
    page.locator("label[for=id_confirm]").click()
    page.get_by_role("button", name="Publier", exact=True).click()
    page.wait_for_selector("text=Le compte rendu est publié.")

    vote = "Adoptée (3 pour, 0 contre, 0 abstention)"
    context = chromium.new_context(locale="fr-FR")
    visitor = context.new_page()
    visitor.console_errors = []
    visitor.on("console", lambda m: m.type == "error" and visitor.console_errors.append(m.text))
    try:
        visitor.goto(base + meeting.get_absolute_url())
        record = visitor.locator("main h2", has_text="Relevé de la réunion")
        expect(record).to_be_visible()
        expect(visitor.get_by_text("3 présents ou représentés sur 3 membres votants").first).to_be_visible()
        expect(
            visitor.locator("main li", has_text=f"Ouvrir une plateforme de l'apprentissage à Lille — {vote}")
        ).to_be_visible()
        decisions = visitor.get_by_role("table", name="Décisions de la réunion")
        expect(decisions.get_by_text(vote)).to_be_visible()
        assert_accessible(visitor)

        visitor.goto(base + "/decisions/?committee=CDE-59")
        expect(visitor.get_by_text(vote).first).to_be_visible()
        assert_accessible(visitor)

        csv_text = visitor.request.get(base + "/donnees/deliberations.csv").text()
        assert "Ouvrir une plateforme de l'apprentissage à Lille,,,,,3,3,3,0,0," in csv_text

        visitor.goto(base + "/engagements/E02/")
        visitor.get_by_role("link", name=sheet.title).click()
        visitor.wait_for_url(f"**/feuille-de-route/{sheet.pk}/")
        expect(visitor.get_by_text("Ouvrir une plateforme de l'apprentissage à Lille")).to_be_visible()
        assert_accessible(visitor)
    finally:
        context.close()
