"""Issue 12: every public and workspace page is valid HTML for the W3C Nu Html Checker (vnu), 0 errors.

vnu runs on Java, from tools/vnu (`npm ci --prefix tools/vnu`). CI sets VNU_TESTS=1 and installs both: there a
missing checker fails the test; elsewhere it is skipped with the reason."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from reseau.models import User
from tests.helpers.site_pages import demo_pages

pytestmark = pytest.mark.django_db

VNU_JAR = Path(__file__).resolve().parent.parent / "tools/vnu/node_modules/vnu-jar/build/dist/vnu.jar"


@pytest.fixture
def vnu() -> list[str]:
    java = shutil.which("java")
    missing = None if java else "Java absent (apt-get install default-jre-headless)"
    if not missing and not VNU_JAR.exists():
        missing = "vnu absent (npm ci --prefix tools/vnu)"
    if missing:
        if os.environ.get("VNU_TESTS", "").strip() == "1":
            pytest.fail(f"VNU_TESTS=1 but {missing}")
        pytest.skip(f"{missing} (VNU_TESTS=1 pour l'exiger)")
    return [java, "-Xss4m", "-jar", str(VNU_JAR)]


def test_every_public_and_workspace_page_is_valid_html(client, demo, vnu, tmp_path):
    files = {}
    for index, (email, path) in enumerate(demo_pages()):
        if email is None:
            client.logout()
        else:
            client.force_login(User.objects.get(email=email))
        response = client.get(path)
        assert response.status_code == 200, (email, path, response.status_code)
        file = tmp_path / f"page-{index}.html"
        file.write_bytes(response.content)
        files[file.as_uri()] = path

    checked = subprocess.run(
        [*vnu, "--errors-only", "--format", "json", *(str(tmp_path / Path(uri).name) for uri in files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(checked.stderr)["messages"]
    errors = [
        f"{files.get(message.get('url'), message.get('url'))}:{message.get('lastLine')}: {message['message']}"
        f" — {message.get('extract', '').strip()[:120]}"
        for message in messages
        if message["type"] == "error" or message.get("subType") == "fatal"
    ]
    assert errors == [], "\n".join(errors)
    assert len(files) >= 25
