"""Templates follow the apps' layers (README « Architecture »): a template of an app includes or extends only
templates of its own app, of an app below it, or the site's shared frame (base.html, includes/, dsfr/, error
pages). The Python side of the same rule is the import-linter contract in pyproject.toml (`make lint`)."""

import re
from pathlib import Path

from django.conf import settings

TEMPLATES = Path(settings.BASE_DIR) / "templates"
# Highest first, as in pyproject.toml's layers contract.
LAYERS = ["francetravail", "comites", "engagements", "reseau", "shared frame"]
SHARED_FRAME = re.compile(r"^(base\.html|includes/|dsfr/|\d{3}(_\w+)?\.html)")
REFERENCE = re.compile(r"\{%-?\s*(?:include|extends)\s+[\"']([^\"'#]+)")


def layer_of(name: str) -> str:
    """The layer a template belongs to, by its path under templates/: an app's folder, the shared frame, or else
    the project's own pages (the home page, the workspace hub, open data, legal pages), which compose the apps."""
    app = name.split("/", 1)[0]
    if app in ("comites", "engagements", "reseau"):
        return app
    return "shared frame" if SHARED_FRAME.match(name) else "francetravail"


def upward_references() -> list[str]:
    found = []
    for path in sorted(TEMPLATES.rglob("*.html")):
        name = path.relative_to(TEMPLATES).as_posix()
        for target in REFERENCE.findall(path.read_text(encoding="utf-8")):
            if LAYERS.index(layer_of(target)) < LAYERS.index(layer_of(name)):
                found.append(f"{name} -> {target}")
    return found


def test_no_template_includes_or_extends_a_template_of_a_higher_app():
    assert upward_references() == []


def test_the_rule_sees_an_upward_include(tmp_path, monkeypatch):
    (tmp_path / "engagements").mkdir()
    (tmp_path / "engagements" / "page.html").write_text('{% include "comites/includes/_decision_table.html" %}')
    (tmp_path / "comites").mkdir()
    (tmp_path / "comites" / "page.html").write_text('{% extends "base.html" %}{% include "engagements/x.html" %}')
    monkeypatch.setattr(f"{__name__}.TEMPLATES", tmp_path)
    assert upward_references() == ["engagements/page.html -> comites/includes/_decision_table.html"]
