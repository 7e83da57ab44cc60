"""Attachments: PDF recognised by content, 10 MB at most, random names on disk, drafts' ones kept private."""

import hashlib
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from pytest_django.asserts import assertContains

from comites import actions
from comites.models import Attachment
from tests.factories import MeetingFactory, MinutesFactory
from tests.helpers.files import make_pdf


@pytest.fixture
def minutes(cde59):
    return MinutesFactory(meeting=MeetingFactory(committee=cde59), body="Brouillon")


@pytest.fixture
def upload_url(minutes):
    return reverse("secretary_attachment_add", args=["CDE-59", minutes.meeting_id])


@pytest.fixture
def signed_in(client, secretary):
    client.force_login(secretary)
    return client


def post_file(client, url, name: str, content: bytes, title: str = "Annexe"):
    return client.post(url, {"title": title, "file": SimpleUploadedFile(name, content)})


def test_a_pdf_is_stored_under_a_random_name_with_its_size_and_digest(signed_in, upload_url, minutes, pdf_bytes):
    response = post_file(signed_in, upload_url, "../../etc/rapport.pdf", pdf_bytes, title="Rapport annuel")

    assert response.status_code == 303
    attachment = Attachment.objects.get(minutes=minutes)
    assert attachment.title == "Rapport annuel"
    assert attachment.size == len(pdf_bytes)
    assert attachment.sha256 == hashlib.sha256(pdf_bytes).hexdigest()
    assert attachment.file.name.startswith("pieces-jointes/")
    assert "rapport" not in attachment.file.name and ".." not in attachment.file.name
    assert attachment.history.get().history_user.email == "secretaire@exemple.test"


def test_a_text_file_named_pdf_is_refused(signed_in, upload_url):
    response = post_file(signed_in, upload_url, "faux.pdf", b"Ceci n'est pas un PDF, seulement du texte.\n" * 10)

    assertContains(response, "Ce fichier n&#x27;est pas un PDF", status_code=422)
    assert not Attachment.objects.exists()


def test_a_file_with_the_pdf_signature_but_no_document_is_refused(signed_in, upload_url):
    response = post_file(signed_in, upload_url, "casse.pdf", b"%PDF-1.7\n" + b"\x00" * 2000)

    assertContains(response, "illisible ou endommagé", status_code=422)
    assert not Attachment.objects.exists()


def test_a_path_as_file_name_is_refused_by_content(signed_in, upload_url):
    response = post_file(signed_in, upload_url, "../../etc/passwd", b"root:x:0:0:root:/root:/bin/bash\n")

    assertContains(response, "Ce fichier n&#x27;est pas un PDF", status_code=422)
    assert not Attachment.objects.exists()


def test_an_11_mb_file_is_refused_before_being_stored(signed_in, upload_url, settings):
    big = make_pdf() + b"%" + b"0" * (11 * 1024 * 1024)

    response = post_file(signed_in, upload_url, "gros.pdf", big)

    assertContains(response, "Le fichier dépasse la taille maximale de 10 Mo.", status_code=422)
    assert not Attachment.objects.exists()


def test_an_upload_without_csrf_token_is_refused(secretary, upload_url, pdf_bytes):
    client = Client(enforce_csrf_checks=True)
    client.force_login(secretary)

    response = post_file(client, upload_url, "a.pdf", pdf_bytes)

    assert response.status_code == 403
    assert not Attachment.objects.exists()


@pytest.fixture
def attachment(minutes, secretary, pdf_bytes):
    return actions.add_attachment(
        minutes=minutes, by=secretary, upload=SimpleUploadedFile("x.pdf", pdf_bytes), title="Note de séance"
    )


def download(client, attachment):
    return client.get(attachment.get_absolute_url())


def test_a_draft_attachment_is_hidden_from_the_public_and_partners(client, attachment, partner, other_secretary):
    assert download(client, attachment).status_code == 404
    client.force_login(partner)
    assert download(client, attachment).status_code == 404
    client.force_login(other_secretary)
    assert download(client, attachment).status_code == 404


def test_a_draft_attachment_is_served_to_its_secretary_and_staff(client, attachment, secretary, staff, pdf_bytes):
    for user in (secretary, staff):
        client.force_login(user)
        response = download(client, attachment)
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == pdf_bytes
        assert response["Cache-Control"] == "private, no-store"


def test_a_published_attachment_is_served_as_a_download_with_nosniff(client, attachment, secretary):
    actions.publish_minutes(minutes=attachment.minutes, by=secretary)

    response = download(client, attachment)
    assert b"".join(response.streaming_content).startswith(b"%PDF-")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="note-de-seance.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    page = client.get(attachment.minutes.meeting.get_absolute_url())
    assertContains(page, attachment.get_absolute_url())


def test_an_attachment_is_not_found_under_another_meeting(client, attachment, secretary):
    actions.publish_minutes(minutes=attachment.minutes, by=secretary)
    other = MeetingFactory(committee=attachment.minutes.meeting.committee)

    response = client.get(reverse("attachment", args=["CDE-59", other.pk, attachment.pk]))

    assert response.status_code == 404


def test_a_draft_attachment_is_removed_with_its_file(signed_in, attachment, django_capture_on_commit_callbacks):
    storage, name = attachment.file.storage, attachment.file.name
    url = reverse("secretary_attachment_delete", args=["CDE-59", attachment.minutes.meeting_id, attachment.pk])

    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post(url)

    assert response.status_code == 302 or response.status_code == 303
    assert not Attachment.objects.exists()
    assert not storage.exists(name)


def test_a_published_attachment_cannot_be_removed(signed_in, attachment, secretary):
    actions.publish_minutes(minutes=attachment.minutes, by=secretary)
    url = reverse("secretary_attachment_delete", args=["CDE-59", attachment.minutes.meeting_id, attachment.pk])

    signed_in.post(url)

    assert Attachment.objects.filter(pk=attachment.pk).exists()


def test_the_pdf_check_reads_a_real_pdf_from_pypdf():
    from pypdf import PdfReader

    assert len(PdfReader(io.BytesIO(make_pdf(pages=2))).pages) == 2
