"""CSV import hardening: hostile numbers and periods, the size limit while streaming, the time limit, and
imports that always end (done or failed with the reason), restartable after a worker died."""

import datetime
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from engagements import imports, tasks, value_imports
from engagements.models import Engagement, IndicatorValue, ValueImport
from engagements.progress import add_months
from reseau.models import Organisation, Territory, User

pytestmark = pytest.mark.django_db

URL = "/espace/engagements/E02/import/"


def last_month() -> datetime.date:
    return add_months(timezone.localdate().replace(day=1), -1)


def upload(client, content: bytes, **extra):
    return client.post(URL, {"file": SimpleUploadedFile("valeurs.csv", content, "text/csv")}, **extra)


@pytest.fixture
def partner(client, demo):
    client.force_login(User.objects.get(email="partenaire@demo.test"))
    return client


def big_file(lines: int) -> str:
    months = [add_months(timezone.localdate().replace(day=1), -i) for i in range(120)]
    territories = list(Territory.objects.exclude(level="national").values_list("code", flat=True))
    rows = ["indicateur;territoire;periode;valeur"]
    rows += [
        f"IND-APPR-ENTREES;{t};{m:%Y-%m};{n}" for n, (t, m) in enumerate((t, m) for t in territories for m in months)
    ]
    assert len(rows) > lines
    return "\n".join(rows[: lines + 1])


def submit(content: str, run_now_below: int = 0) -> ValueImport:
    return value_imports.submit_import(
        engagement=Engagement.objects.get(code="E02"),
        organisation=Organisation.objects.get(slug="demo-france-travail-hdf"),
        author=User.objects.get(email="partenaire@demo.test"),
        filename="valeurs.csv",
        content=content,
        run_now_below=run_now_below,
    )


# --- Hostile numbers and periods (issue 11, item 3) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("1e-999999", "trop de décimales"),
        ("1E-999999", "trop de décimales"),
        ("0,00001", "trop de décimales"),
        ("1e999999999999", "est trop grand"),
        ("12345678901", "est trop grand"),
        ("NaN", "n'est pas un nombre"),
        ("-Infinity", "n'est pas un nombre"),
        ("1e", "n'est pas un nombre"),
    ],
)
def test_a_hostile_number_is_reported_on_its_line_and_nothing_is_imported(partner, value, message):
    before = IndicatorValue.objects.count()
    content = (
        "indicateur;territoire;periode;valeur\n"
        f"IND-APPR-ENTREES;59;{add_months(last_month(), -1):%Y-%m};12\n"
        f"IND-APPR-ENTREES;59;{last_month():%Y-%m};{value}\n"
    )
    response = upload(partner, content.encode())

    assert response.status_code == 302
    value_import = ValueImport.objects.get()
    assert value_import.state == "failed"
    assert [(e["ligne"], e["colonne"]) for e in value_import.errors] == [(3, "valeur")]
    assert message in value_import.errors[0]["message"]
    assert IndicatorValue.objects.count() == before
    page = partner.get(response["Location"]).content.decode()
    assert "Fichier refusé" in page


def test_a_hostile_base_is_reported_too(partner):
    content = f"indicateur;territoire;periode;valeur;base\nIND-TAE6;59;{last_month():%Y-%m};40;1e-999999\n"
    client = partner
    client.force_login(User.objects.get(email="partenaire@demo.test"))
    client.post("/espace/engagements/E19/import/", {"file": SimpleUploadedFile("v.csv", content.encode(), "text/csv")})
    value_import = ValueImport.objects.get()
    assert value_import.state == "failed"
    assert value_import.errors[0]["colonne"] == "base"


@pytest.mark.parametrize("period", ["0001-01", "1999-12", "0000-01"])
def test_a_period_before_2000_is_refused(partner, period):
    before = IndicatorValue.objects.count()
    upload(partner, f"indicateur;territoire;periode;valeur\nIND-APPR-ENTREES;59;{period};12\n".encode())

    value_import = ValueImport.objects.get()
    assert value_import.state == "failed"
    assert value_import.errors[0]["colonne"] == "periode"
    assert "antérieure à 2000" in value_import.errors[0]["message"] or "invalide" in value_import.errors[0]["message"]
    assert IndicatorValue.objects.count() == before


def test_the_numbers_a_spreadsheet_writes_are_still_read():
    assert imports.parse_decimal("1 234,5") == imports.parse_decimal("1234.5", ",")
    assert imports.parse_decimal("0,0001") is not None
    assert imports.parse_decimal("9999999999,9999") is not None
    assert imports.parse_decimal("0e-999999") == 0
    assert imports.parse_decimal("1,50000") is not None


def test_an_unexpected_error_ends_the_import_failed_with_its_reason(partner, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(imports, "validate", broken)
    before = IndicatorValue.objects.count()
    response = upload(
        partner, f"indicateur;territoire;periode;valeur\nIND-APPR-ENTREES;59;{last_month():%Y-%m};1\n".encode()
    )

    value_import = ValueImport.objects.get()
    assert value_import.state == "failed" and value_import.finished_at is not None
    assert "erreur inattendue" in value_import.errors[0]["message"]
    assert IndicatorValue.objects.count() == before
    page = partner.get(response["Location"]).content.decode()
    assert "erreur inattendue" in page and "every 1s" not in page


# --- Size, while streaming (item 9) ----------------------------------------------------------------------------


class MultipartStream:
    """A request body produced on the fly: the multipart header, ``size`` bytes of CSV, the closing boundary.

    Each read notes how many bytes the temporary folder holds, so that the test sees the peak while the upload
    is still streaming in, as a real server would receive it."""

    BOUNDARY = "----limite"

    def __init__(self, size: int, folder) -> None:
        self.folder = folder
        self.head = (
            f"--{self.BOUNDARY}\r\n"
            'Content-Disposition: form-data; name="file"; filename="enorme.csv"\r\n'
            "Content-Type: text/csv\r\n\r\n"
            "indicateur;territoire;periode;valeur\r\n"
        ).encode()
        self.tail = f"\r\n--{self.BOUNDARY}--\r\n".encode()
        self.size = size
        self.sent = 0
        self.line = b"IND-APPR-ENTREES;59;2025-01;1\r\n" * 2048
        self.peak = 0
        self.reads = 0

    @property
    def length(self) -> int:
        return len(self.head) + self.size + len(self.tail)

    def _body(self):
        yield self.head
        remaining = self.size
        while remaining > 0:
            chunk = self.line[:remaining]
            remaining -= len(chunk)
            yield chunk
        yield self.tail

    def read(self, n: int = -1) -> bytes:
        if not hasattr(self, "_iter"):
            self._iter, self._buffer = self._body(), b""
        while (n < 0 or len(self._buffer) < n) and (chunk := next(self._iter, None)) is not None:
            self._buffer += chunk
        data, self._buffer = (self._buffer, b"") if n < 0 else (self._buffer[:n], self._buffer[n:])
        self.reads += 1
        if self.reads % 64 == 0:
            self.peak = max(self.peak, folder_size(self.folder))
        return data

    def readline(self, *args) -> bytes:  # the WSGI input API; Django's multipart parser never calls it
        return self.read()


def folder_size(folder) -> int:
    return sum(os.path.getsize(os.path.join(root, name)) for root, _, names in os.walk(folder) for name in names)


def test_a_300_mb_upload_is_refused_while_streaming_without_filling_the_temporary_folder(partner, settings, tmp_path):
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    stream = MultipartStream(300 * 1024 * 1024, tmp_path)

    response = partner.generic(
        "POST",
        URL,
        HTTP_HX_REQUEST="true",
        **{
            "wsgi.input": stream,
            "CONTENT_LENGTH": str(stream.length),
            "CONTENT_TYPE": f"multipart/form-data; boundary={MultipartStream.BOUNDARY}",
        },
    )

    assert response.status_code == 422
    assert "Le fichier dépasse 2 Mo" in response.content.decode()
    assert not ValueImport.objects.exists()
    # At most the limit (2 MB) ever reached the temporary folder, never the 300 MB.
    assert stream.peak <= imports.MAX_BYTES + 64 * 1024, stream.peak
    assert folder_size(tmp_path) == 0
    assert stream.reads > 1000  # the body did stream through the handlers


def test_a_file_just_under_the_limit_still_goes_through_the_view(partner):
    content = big_file(3).encode()
    # Padded with blank lines (skipped when read): one byte under 2 MB is accepted and recorded.
    response = upload(partner, content + b"\n" * (imports.MAX_BYTES - len(content) - 1))
    assert response.status_code == 302
    assert len(ValueImport.objects.get().content) == imports.MAX_BYTES - 1


def test_the_import_form_still_refuses_a_post_without_csrf_token(demo):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(User.objects.get(email="partenaire@demo.test"))
    response = upload(
        client, f"indicateur;territoire;periode;valeur\nIND-APPR-ENTREES;59;{last_month():%Y-%m};1\n".encode()
    )
    assert response.status_code == 403
    assert not ValueImport.objects.exists()


# --- Time limit and restarts (item 10) ---------------------------------------------------------------------------


def test_an_import_past_its_time_limit_stops_rolls_back_and_says_why(demo):
    before = set(IndicatorValue.objects.values_list("pk", "value", "version"))
    value_import = submit(big_file(1_000))

    # A limit of 0 s: any run is past it at the first check (every 100 rows).
    assert value_imports.run_import(import_id=value_import.pk, time_limit=0).state == "failed"

    value_import.refresh_from_db()
    assert value_import.finished_at is not None and value_import.imported == 0
    assert "durée maximale de 0 secondes" in value_import.errors[0]["message"]
    assert set(IndicatorValue.objects.values_list("pk", "value", "version")) == before


def test_the_time_limit_stops_the_writing_half_too(demo, monkeypatch):
    """Validation passes, the limit falls during the writes: not one value of the file stays."""
    calls = []
    original = value_imports._import_deadline_checker

    def checker(limit):
        check = original(limit)

        def counted():
            calls.append(1)
            if len(calls) > 10:  # 10 checks of validation (1 000 rows), then the first one while writing
                original(-1)()
            check()

        return counted

    monkeypatch.setattr(value_imports, "_import_deadline_checker", checker)
    before = IndicatorValue.objects.count()
    value_import = submit(big_file(1_000))

    assert tasks.run_value_import(value_import.pk) == "failed"
    assert IndicatorValue.objects.count() == before
    assert "durée maximale" in ValueImport.objects.get().errors[0]["message"]


def test_a_duplicate_delivery_of_a_finished_import_does_nothing(demo):
    value_import = submit(big_file(600))
    assert tasks.run_value_import(value_import.pk) == "done"
    assert tasks.run_value_import(value_import.pk) is None
    value_import.refresh_from_db()
    assert value_import.attempts == 1


def test_an_import_whose_run_died_is_requeued_and_restarts_from_scratch(demo, django_capture_on_commit_callbacks):
    value_import = submit(big_file(600))
    # What a killed worker leaves: the claim committed (RUNNING, one attempt), the run's transaction rolled back.
    started = timezone.now() - datetime.timedelta(minutes=2)
    ValueImport.objects.filter(pk=value_import.pk).update(state="running", started_at=started, attempts=1)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert value_imports.requeue_stale_imports() == 1
    assert [c.__name__ for c in callbacks] == ["enqueue_import"]
    assert tasks.run_value_import(value_import.pk) == "done"
    value_import.refresh_from_db()
    assert value_import.attempts == 2 and value_import.imported == 600


def test_a_fresh_or_waiting_import_is_left_alone(demo, django_capture_on_commit_callbacks):
    waiting = submit(big_file(600))
    running = submit(big_file(600))
    ValueImport.objects.filter(pk=running.pk).update(state="running", started_at=timezone.now(), attempts=1)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert value_imports.requeue_stale_imports() == 0
    assert callbacks == []
    # A pending one whose message was lost (broker down at submission) goes again after five minutes.
    later = timezone.now() + datetime.timedelta(minutes=6)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert value_imports.requeue_stale_imports(now=later) == 2
    assert ValueImport.objects.get(pk=waiting.pk).state == "pending"


def test_an_import_interrupted_three_times_ends_failed_with_the_reason(demo, partner):
    value_import = submit(big_file(600))
    started = timezone.now() - datetime.timedelta(minutes=2)
    ValueImport.objects.filter(pk=value_import.pk).update(state="running", started_at=started, attempts=3)

    assert value_imports.requeue_stale_imports() == 0

    value_import.refresh_from_db()
    assert value_import.state == "failed" and value_import.finished_at is not None
    assert "interrompu à plusieurs reprises" in value_import.errors[0]["message"]
    page = partner.get(f"/espace/imports/{value_import.pk}/").content.decode()
    assert "interrompu à plusieurs reprises" in page


def test_the_requeue_runs_every_minute():
    from django.conf import settings

    entry = settings.CELERY_BEAT_SCHEDULE["requeue-stale-imports"]
    assert entry["task"] == "engagements.tasks.requeue_stale_imports"
