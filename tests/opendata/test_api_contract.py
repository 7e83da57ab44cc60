"""Issue 16, item 5: the OpenAPI description carries the API's version and its changelog, and a field cannot be
removed, renamed or retyped within a version: the schema is compared with the committed copy openapi-v1.json.

After a compatible change (a new endpoint, field or parameter), refresh the copy and bump the minor version with a
changelog entry (francetravail/api.py): ``UPDATE_OPENAPI=1 .venv/bin/pytest tests/opendata/test_api_contract.py``.
"""

import json
import os
import pathlib

import pytest

from francetravail.api import API_VERSION, CHANGELOG

COPY = pathlib.Path(__file__).with_name("openapi-v1.json")


def current() -> dict:
    from francetravail.api import api

    return json.loads(json.dumps(api.get_openapi_schema(), sort_keys=True, default=str))


def committed() -> dict:
    return json.loads(COPY.read_text(encoding="utf-8"))


def breaking_changes(old: dict, new: dict) -> list[str]:
    """What a reuser's script written against ``old`` would trip on in ``new``: a path or operation gone, a
    response field removed or renamed (a rename is a removal), a type changed, a required parameter added."""
    found = []
    for path, operations in old["paths"].items():
        for method, operation in operations.items():
            if method not in new["paths"].get(path, {}):
                found.append(f"{method.upper()} {path} retiré")
                continue
            new_parameters = {p["name"]: p for p in new["paths"][path][method].get("parameters", [])}
            old_names = {p["name"] for p in operation.get("parameters", [])}
            for name in old_names - set(new_parameters):
                found.append(f"{method.upper()} {path} : paramètre {name} retiré")
            for name, parameter in new_parameters.items():
                if name not in old_names and parameter.get("required"):
                    found.append(f"{method.upper()} {path} : nouveau paramètre obligatoire {name}")
    old_schemas, new_schemas = old["components"]["schemas"], new["components"]["schemas"]
    for name, schema in old_schemas.items():
        if name not in new_schemas:
            found.append(f"schéma {name} retiré")
            continue
        new_properties = new_schemas[name].get("properties", {})
        for field, definition in schema.get("properties", {}).items():
            if field not in new_properties:
                found.append(f"{name}.{field} retiré ou renommé")
            elif _type(definition) != _type(new_properties[field]):
                found.append(f"{name}.{field} : type {_type(definition)} devenu {_type(new_properties[field])}")
        for field in set(schema.get("required", [])) - set(new_schemas[name].get("required", [])):
            found.append(f"{name}.{field} n'est plus toujours présent")
    return found


def _type(definition: dict) -> str:
    if "$ref" in definition:
        return definition["$ref"]
    if "anyOf" in definition:
        return " | ".join(sorted(_type(option) for option in definition["anyOf"]))
    if definition.get("type") == "array":
        return f"array of {_type(definition.get('items', {}))}"
    return str(definition.get("type", definition.get("enum", "")))


@pytest.mark.skipif(not os.environ.get("UPDATE_OPENAPI"), reason="only to refresh the committed copy")
def test_refresh_the_committed_copy():
    COPY.write_text(json.dumps(current(), ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def test_the_schema_keeps_every_field_of_the_committed_copy():
    assert breaking_changes(committed(), current()) == []


def test_a_removed_or_renamed_field_is_caught():
    old = committed()
    new = json.loads(json.dumps(old))
    properties = new["components"]["schemas"]["EngagementOut"]["properties"]
    properties["last_updated"] = properties.pop("last_update")
    del new["paths"]["/api/v1/territories"]
    new["components"]["schemas"]["ValueOut"]["properties"]["value"] = {"type": "string"}

    assert breaking_changes(old, new) == [
        "GET /api/v1/territories retiré",
        "EngagementOut.last_update retiré ou renommé",
        "ValueOut.value : type number devenu string",
    ]


def test_the_committed_copy_is_this_version_of_the_schema():
    """A compatible addition still refreshes the copy, with a new minor version and its changelog entry."""
    copy, now = committed(), current()
    assert copy["info"]["version"] == API_VERSION, "nouvelle version : mettre à jour openapi-v1.json"
    assert copy == now, "le schéma a changé : ajouter une entrée au CHANGELOG et rafraîchir openapi-v1.json"


def test_the_description_carries_the_version_and_the_changelog(client):
    schema = client.get("/api/v1/openapi.json").json()

    assert schema["info"]["version"] == API_VERSION == CHANGELOG[0][0]
    assert "## Historique des versions" in schema["info"]["description"]
    for version, _, text in CHANGELOG:
        assert f"- **{version}** " in schema["info"]["description"] and text in schema["info"]["description"]
    assert schema["info"]["x-changelog"][0]["version"] == API_VERSION
