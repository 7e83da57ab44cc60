"""PDF attachments carrying JavaScript or automatic actions, and HTML/PDF polyglots, are refused by content."""

import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from comites.models import Attachment
from comites.validators import ACTIVE_CONTENT, POLYGLOT, validate_pdf
from tests.factories import MeetingFactory, MinutesFactory
from tests.helpers.files import make_pdf


def raw_pdf(
    catalog_extra: str = "",
    page_extra: str = "",
    header: bytes = b"%PDF-1.4\n",
    trailer: bytes = b"",
    contents: bytes | None = None,
) -> bytes:
    """A minimal, valid one-page PDF written by hand, so that names can be spelt exactly as an attacker would;
    ``contents`` becomes the page's content stream."""
    page = f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] {page_extra}"
    page += " /Contents 4 0 R >>" if contents is not None else " >>"
    objects = [
        f"<< /Type /Catalog /Pages 2 0 R {catalog_extra} >>".encode(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        page.encode(),
    ]
    if contents is not None:
        objects.append(f"<< /Length {len(contents)} >>\nstream\n".encode() + contents + b"\nendstream")
    body = bytearray(header)
    offsets = []
    for number, text in enumerate(objects, start=1):
        offsets.append(len(body))
        body += f"{number} 0 obj\n".encode() + text + b"\nendobj\n"
    xref = len(body)
    body += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        body += f"{offset:010d} 00000 n \n".encode()
    body += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(body) + trailer


def check(data: bytes) -> None:
    validate_pdf(SimpleUploadedFile("x.pdf", data))


def refused_with(data: bytes) -> str:
    with pytest.raises(ValidationError) as caught:
        check(data)
    return caught.value.messages[0]


def test_a_plain_pdf_passes_whether_written_by_hand_or_by_a_library():
    check(raw_pdf())
    check(make_pdf(pages=2))


def test_stream_bytes_that_happen_to_spell_a_name_or_a_tag_do_not_refuse_a_pdf():
    """Images and compressed streams are random bytes: "/JS " or "<body" turns up in them by chance."""
    check(raw_pdf(contents=b"\x89\x01/JS \x00/AA\x7f<body \xff/OpenAction " + bytes(range(256)) * 4))


@pytest.mark.parametrize(
    "catalog_extra",
    [
        "/OpenAction << /S /JavaScript /JS (app.alert(1)) >>",
        "/OpenAction << /S /JavaScript /J#53 (app.alert(1)) >>",
        "/Names << /#4A#61va#53cript << /Names [(a) << /S /JavaScript /JS (x) >>] >> >>",
        "/#4Fpen#41ction 3 0 R",
        "/AA << /WC << /S /Launch /F (calc.exe) >> >>",
        "/#41#41 << >>",
    ],
)
def test_javascript_and_automatic_actions_are_refused_even_hex_escaped(catalog_extra):
    assert refused_with(raw_pdf(catalog_extra=catalog_extra)) == ACTIVE_CONTENT


def test_an_action_on_a_page_is_refused():
    assert refused_with(raw_pdf(page_extra="/AA << /O << /S /JavaScript /JS (x) >> >>")) == ACTIVE_CONTENT


def compressed_pdf(catalog_extra: str = "") -> bytes:
    """A PDF 1.5 whose objects all sit in a Flate-compressed object stream, with a compressed cross-reference
    stream: no dictionary name is left in clear in the file."""
    objects = [
        f"<< /Type /Catalog /Pages 2 0 R {catalog_extra} >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    offsets, content = [], b""
    for text in objects:
        offsets.append(len(content))
        content += text.encode() + b"\n"
    header = " ".join(f"{n} {offset}" for n, offset in zip(range(1, 4), offsets, strict=True)).encode() + b"\n"
    packed = zlib.compress(header + content)
    body = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    stream_at = len(body)
    body += (
        f"4 0 obj\n<< /Type /ObjStm /N 3 /First {len(header)} /Filter /FlateDecode /Length {len(packed)} >>\n".encode()
    )
    body += b"stream\n" + packed + b"\nendstream\nendobj\n"
    xref_at = len(body)
    rows = [(0, 0, 65535), (2, 4, 0), (2, 4, 1), (2, 4, 2), (1, stream_at, 0), (1, xref_at, 0)]
    table = zlib.compress(b"".join(struct.pack(">BIH", *row) for row in rows))
    body += (
        f"5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length {len(table)} >>\n"
    ).encode()
    body += b"stream\n" + table + b"\nendstream\nendobj\n"
    body += f"startxref\n{xref_at}\n%%EOF\n".encode()
    return bytes(body)


def test_javascript_hidden_in_a_compressed_object_stream_is_refused():
    check(compressed_pdf())  # the structure itself is fine
    hidden = compressed_pdf("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>")
    assert b"JavaScript" not in hidden and b"OpenAction" not in hidden
    assert refused_with(hidden) == ACTIVE_CONTENT


@pytest.mark.parametrize(
    ("header", "trailer"),
    [
        (b"<html><body><script>alert(1)</script></body></html>\n%PDF-1.4\n", b""),
        (b"GIF89a\n%PDF-1.4\n", b""),
        (b" %PDF-1.4\n", b""),
        (b"%PDF-1.4\n", b"<!DOCTYPE html><script>alert(document.cookie)</script>"),
        (b"%PDF-1.4\n", b"<svg onload=alert(1)>"),
    ],
)
def test_a_polyglot_is_refused(header, trailer):
    assert refused_with(raw_pdf(header=header, trailer=trailer)) == POLYGLOT


@pytest.fixture
def upload_url(cde59):
    minutes = MinutesFactory(meeting=MeetingFactory(committee=cde59), body="Brouillon")
    return reverse("secretary_attachment_add", args=["CDE-59", minutes.meeting_id])


@pytest.mark.parametrize(
    "content",
    [
        raw_pdf(catalog_extra="/OpenAction << /S /JavaScript /J#53 (app.alert(1)) >>"),
        raw_pdf(header=b"<html><script>alert(1)</script>\n%PDF-1.4\n"),
    ],
)
def test_the_upload_form_refuses_them_with_a_french_message_and_stores_nothing(client, secretary, upload_url, content):
    client.force_login(secretary)
    response = client.post(upload_url, {"title": "Annexe", "file": SimpleUploadedFile("annexe.pdf", content)})

    assert response.status_code == 422
    page = response.content.decode()
    assert "Enregistrez-le de nouveau en PDF" in page
    assert not Attachment.objects.exists()


def test_the_model_field_refuses_them_too():
    """The admin's inline goes through the model field's validator: the same single check."""
    field = Attachment._meta.get_field("file")
    assert validate_pdf in field.validators
