"""CSV import of values: validated as a whole, all or nothing, large files through a Celery task."""

import csv
import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from engagements import tasks, workspace_views
from engagements.models import IndicatorValue, ValueImport
from engagements.progress import add_months
from reseau.models import Territory, User

pytestmark = pytest.mark.django_db


def months_back(n: int) -> list[datetime.date]:
    current = timezone.localdate().replace(day=1)
    return [add_months(current, -i) for i in range(n)]


def upload(client, code: str, content: bytes, name: str = "valeurs.csv", **extra):
    return client.post(
        f"/espace/engagements/{code}/import/", {"file": SimpleUploadedFile(name, content, "text/csv")}, **extra
    )


@pytest.fixture
def partner(client, demo):
    client.force_login(User.objects.get(email="partenaire@demo.test"))
    return client


def test_a_small_file_with_bom_semicolons_and_decimal_commas_is_imported_at_once(demo, client):
    client.force_login(User.objects.get(email="mission-locale@demo.test"))
    m0, m1 = months_back(2)
    content = (
        "\ufeffindicateur;territoire;periode;valeur;base;note\n"
        f"IND-TAE6;CLPE59004;{m0:%Y-%m};41,5;200;saisie groupée\n"
        f"IND-TAE6;CLPE59004;{m1:%Y-%m};40;180;\n"
    ).encode()
    response = upload(client, "E19", content)
    assert response.status_code == 302
    value_import = ValueImport.objects.get()
    assert value_import.state == "done" and value_import.imported == 2
    row = IndicatorValue.objects.get(indicator__code="IND-TAE6", territory__code="CLPE59004", period=m0)
    assert (str(row.value.normalize()), row.base, row.status, row.note) == ("41.5", 200, "proposed", "saisie groupée")
    page = client.get(response["Location"]).content.decode()
    assert "Import terminé" in page


def test_a_file_with_one_bad_line_imports_nothing_and_reports_the_line(partner):
    m0, m1 = months_back(2)
    before = IndicatorValue.objects.count()
    content = (
        "indicateur,territoire,periode,valeur,note\n"
        f"IND-APPR-ENTREES,59,{m1:%Y-%m},120,\n"
        f"IND-APPR-ENTREES,59,{m0:%Y-%m},-4,\n"
        f"IND-APPR-ENTREES,CLPE99999,{m0:%Y-%m},4,\n"
    ).encode()
    response = upload(partner, "E02", content)
    value_import = ValueImport.objects.get()
    assert value_import.state == "failed"
    assert IndicatorValue.objects.count() == before
    messages = [(e["ligne"], e["colonne"]) for e in value_import.errors]
    assert messages == [(3, "valeur"), (4, "territoire")]
    page = partner.get(response["Location"]).content.decode()
    assert "rien n&#x27;a été importé" in page or "rien n'a été importé" in page
    report = partner.get(f"/espace/imports/{value_import.pk}/erreurs.csv")
    rows = list(csv.reader(io.StringIO(report.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["ligne", "colonne", "message"]
    assert rows[1][:2] == ["3", "valeur"] and "entier positif" in rows[1][2]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"x" * (6 * 1024 * 1024), "Le fichier dépasse 2 Mo"),
        ("indicateur;territoire;periode;valeur\nIND;59;2026-01;é\n".encode("latin-1"), "pas encodé en UTF-8"),
        (b"", "Le fichier est vide"),
    ],
)
def test_an_unreadable_file_is_refused_with_a_french_message(partner, content, message):
    response = upload(partner, "E02", content, HTTP_HX_REQUEST="true")
    assert response.status_code == 422
    assert message in response.content.decode()
    assert not ValueImport.objects.exists()


def test_a_file_without_the_expected_header_is_refused(partner):
    response = upload(partner, "E02", b"a;b;c\n1;2;3\n")
    value_import = ValueImport.objects.get()
    assert value_import.state == "failed"
    assert "il manque : indicateur, territoire, periode, valeur" in value_import.errors[0]["message"]
    assert response.status_code == 302


def test_a_future_period_and_an_unknown_indicator_are_reported(partner):
    future = add_months(timezone.localdate().replace(day=1), 2)
    upload(
        partner,
        "E02",
        f"indicateur;territoire;periode;valeur\nIND-APPR-ENTREES;59;{future:%Y-%m};1\nNOPE;59;2025-01;1\n".encode(),
    )
    errors = ValueImport.objects.get().errors
    assert "postérieure au mois en cours" in errors[0]["message"]
    assert "Indicateur « NOPE » inconnu" in errors[1]["message"]


def test_a_large_file_runs_in_a_worker_with_progress(partner, django_capture_on_commit_callbacks):
    months = months_back(24)
    territories = list(Territory.objects.exclude(level="national").order_by("code").values_list("code", flat=True))
    lines = ["indicateur;territoire;periode;valeur"]
    lines += [
        f"IND-APPR-ENTREES;{t};{m:%Y-%m};{i}" for i, (t, m) in enumerate((t, m) for t in territories for m in months)
    ]
    assert len(lines) - 1 > workspace_views.SYNC_IMPORT_LINES
    with django_capture_on_commit_callbacks() as callbacks:
        response = upload(partner, "E02", "\n".join(lines).encode(), HTTP_HX_REQUEST="true")
    value_import = ValueImport.objects.get()
    assert response.status_code == 200 and response["HX-Redirect"] == f"/espace/imports/{value_import.pk}/"
    assert value_import.state == "pending"
    assert [c.__name__ for c in callbacks] == ["enqueue_import"]
    status = partner.get(f"/espace/imports/{value_import.pk}/", HTTP_HX_REQUEST="true").content.decode()
    assert 'data-hx-trigger="every 1s"' in status and "<progress" in status
    # The worker's task, called as the worker would.
    assert tasks.run_value_import(value_import.pk) == "done"
    value_import.refresh_from_db()
    assert value_import.imported == len(lines) - 1
    assert (
        IndicatorValue.objects.filter(indicator__code="IND-APPR-ENTREES", territory__code="60", period=months[5])
        .get()
        .value
        == territories.index("60") * 24 + 5
    )
    # A second delivery of the same message does nothing.
    assert tasks.run_value_import(value_import.pk) is None
    done = partner.get(f"/espace/imports/{value_import.pk}/", HTTP_HX_REQUEST="true").content.decode()
    assert "Import terminé" in done and "every 1s" not in done


def test_more_than_10000_lines_are_refused(partner):
    lines = ["indicateur;territoire;periode;valeur"] + ["IND-APPR-ENTREES;59;2025-01;1"] * 10_001
    upload(partner, "E02", "\n".join(lines).encode())
    value_import = ValueImport.objects.get()
    tasks.run_value_import(value_import.pk)
    value_import.refresh_from_db()
    assert value_import.state == "failed"
    assert "10 000 au plus" in value_import.errors[0]["message"]


def test_an_import_is_visible_to_its_author_only(partner, client):
    upload(partner, "E02", b"indicateur;territoire;periode;valeur\nIND-APPR-ENTREES;59;2025-01;1\n")
    value_import = ValueImport.objects.get()
    client.force_login(User.objects.get(email="mission-locale@demo.test"))
    assert client.get(f"/espace/imports/{value_import.pk}/").status_code == 404
    assert client.get(f"/espace/imports/{value_import.pk}/erreurs.csv").status_code == 404
