"""Loading the protocol's reference data (themes, engagements, territories, committees, indicators) from YAML.

The file is validated whole before anything is written: every error names its line and field, and a file with
any error writes nothing. Loading is idempotent: a row is saved only when one of its fields changed, so that a
second run neither writes nor adds to the audit history.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from django.db import models, transaction

from comites.models import Committee
from engagements.models import Engagement, Frequency, Indicator, Theme
from reseau.models import Territory

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "protocole-hdf.yaml"

TERRITORY_LEVELS = {choice.value for choice in Territory.Level}
COMMITTEE_LEVELS = {choice.value for choice in Committee.Level}
FREQUENCIES = {label: value for value, label in Frequency.choices}
MEASURES = {choice.value for choice in Indicator.Measure}
UNITS = {choice.value for choice in Indicator.Unit}
AGGREGATIONS = {choice.value for choice in Indicator.Aggregation}
DIRECTIONS = {choice.value for choice in Indicator.Direction}
PARENT_SOURCES = {choice.value for choice in Indicator.ParentSource}
NATURES = {choice.value for choice in Indicator.Nature}
SUMMABLE_MEASURES = {"stock", "flow", "ytd"}
WEIGHT_MAX = 999.99  # Indicator.weight is a decimal(5, 2)


class ProtocolError(Exception):
    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        super().__init__("\n".join(errors))


class _LineLoader(yaml.SafeLoader):
    """A safe loader that remembers, for every mapping, the line of the mapping and of each of its keys."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        mapping["__lines__"] = {
            key.value: value.start_mark.line + 1 for key, value in node.value if isinstance(key, yaml.ScalarNode)
        }
        return mapping


@dataclass
class LoadReport:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    absent_from_file: list[str] = field(default_factory=list)

    def count(self, kind: str, outcome: str) -> None:
        bucket = getattr(self, outcome)
        bucket[kind] = bucket.get(kind, 0) + 1

    def summary(self) -> str:
        kinds = ["territoires", "enjeux", "engagements", "indicateurs", "comités"]
        parts = [
            f"{kind} : {self.created.get(kind, 0)} créé(s), {self.updated.get(kind, 0)} modifié(s), "
            f"{self.unchanged.get(kind, 0)} inchangé(s)"
            for kind in kinds
        ]
        return "\n".join(parts)


class _Validator:
    def __init__(self, data: Any) -> None:
        self.data = data
        self.errors: list[str] = []

    def error(self, item: dict | None, key: str, message: str) -> None:
        line = None
        if isinstance(item, dict):
            line = item.get("__lines__", {}).get(key) or item.get("__line__")
        where = f"ligne {line}, " if line else ""
        self.errors.append(f"{where}champ « {key} » : {message}")

    def section(self, name: str) -> list[dict]:
        if not isinstance(self.data, dict):
            message = "le fichier doit être un document YAML dont la racine est un dictionnaire"
            if message not in self.errors:
                self.errors.append(message)
            return []
        items = self.data.get(name)
        if not isinstance(items, list):
            self.error(self.data, name, "section manquante ou qui n'est pas une liste")
            return []
        good = []
        for index, item in enumerate(items, start=1):
            if isinstance(item, dict):
                good.append(item)
            else:
                self.errors.append(f"section « {name} », élément n° {index} : un dictionnaire est attendu")
        return good

    def text(self, item: dict, key: str, *, required: bool = True, max_length: int | None = None) -> str:
        value = item.get(key)
        if value is None or value == "":
            if required:
                self.error(item, key, "valeur obligatoire manquante")
            return ""
        if isinstance(value, bool) or not isinstance(value, str | int):
            self.error(item, key, "une chaîne de caractères est attendue")
            return ""
        value = str(value).strip()
        if max_length and len(value) > max_length:
            self.error(item, key, f"{len(value)} caractères, {max_length} au plus")
        return value

    def choice(self, item: dict, key: str, allowed: set[str] | dict, *, default: str | None = None) -> str:
        value = item.get(key, default)
        if value is None:
            self.error(item, key, "valeur obligatoire manquante")
            return ""
        if value not in allowed:
            self.error(item, key, f"« {value} » inconnu (valeurs possibles : {', '.join(sorted(allowed))})")
            return ""
        return value

    def date(self, item: dict, key: str) -> datetime.date | None:
        value = item.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
            return value
        self.error(item, key, "une date AAAA-MM-JJ est attendue")
        return None

    def boolean(self, item: dict, key: str, default: bool) -> bool:
        value = item.get(key, default)
        if not isinstance(value, bool):
            self.error(item, key, "true ou false attendu")
            return default
        return value

    def unique_codes(self, items: list[dict], kind: str, model: type[models.Model]) -> dict[str, dict]:
        seen: dict[str, dict] = {}
        for item in items:
            code = self.text(item, "code", max_length=model._meta.get_field("code").max_length)
            if not code:
                continue
            if code in seen:
                self.error(item, "code", f"code {kind} « {code} » en double (déjà ligne {seen[code]['__line__']})")
                continue
            seen[code] = item
        return seen


def parse(text: str) -> dict:
    """Parse and validate a protocol file; return plain rows ready to load, or raise ProtocolError."""
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 — _LineLoader is a SafeLoader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"ligne {mark.line + 1}, colonne {mark.column + 1} : " if mark else ""
        raise ProtocolError([f"{where}YAML illisible ({getattr(exc, 'problem', None) or exc})"]) from exc

    v = _Validator(data)
    themes = v.unique_codes(v.section("themes"), "d'enjeu", Theme)
    engagements = v.unique_codes(v.section("engagements"), "d'engagement", Engagement)
    territories = v.unique_codes(v.section("territories"), "de territoire", Territory)
    committees = v.unique_codes(v.section("committees"), "de comité", Committee)
    indicators = v.unique_codes(v.section("indicators"), "d'indicateur", Indicator)

    rows: dict[str, list[dict]] = {
        key: [] for key in ("themes", "engagements", "territories", "committees", "indicators")
    }

    for order, (code, item) in enumerate(themes.items(), start=1):
        rows["themes"].append(
            {
                "code": code,
                "short_title": v.text(item, "short", max_length=120),
                "title": v.text(item, "title"),
                "order": order,
            }
        )

    protocol = data.get("protocol") if isinstance(data, dict) and isinstance(data.get("protocol"), dict) else {}
    default_start = v.date(protocol, "starts_on")
    default_end = v.date(protocol, "ends_on")
    default_end_provisional = v.boolean(protocol, "ends_on_provisional", True)
    for order, (code, item) in enumerate(engagements.items(), start=1):
        theme = v.text(item, "theme")
        if theme and theme not in themes:
            v.error(item, "theme", f"enjeu inconnu « {theme} »")
        starts_on = v.date(item, "starts_on") or default_start
        ends_on = v.date(item, "ends_on") or default_end
        if starts_on and ends_on and ends_on < starts_on:
            v.error(item, "ends_on", "l'échéance précède le début")
        rows["engagements"].append(
            {
                "code": code,
                "theme": theme,
                "title": v.text(item, "title", max_length=300),
                "summary": v.text(item, "summary", required=False),
                "provisional": v.boolean(item, "provisional", True),
                "starts_on": starts_on,
                "ends_on": ends_on,
                "ends_on_provisional": v.boolean(item, "ends_on_provisional", default_end_provisional),
                "order": order,
            }
        )

    for code, item in territories.items():
        level = v.choice(item, "level", TERRITORY_LEVELS)
        parent = v.text(item, "parent", required=False)
        if level == "national" and parent:
            v.error(item, "parent", "un territoire national n'a pas de parent")
        elif level and level != "national" and not parent:
            v.error(item, "parent", "parent obligatoire pour un territoire non national")
        elif parent and parent not in territories:
            v.error(item, "parent", f"territoire parent inconnu « {parent} »")
        rows["territories"].append(
            {
                "code": code,
                "name": v.text(item, "name", max_length=120),
                "level": level,
                "parent": parent or None,
            }
        )

    for code, item in committees.items():
        level = v.choice(item, "level", COMMITTEE_LEVELS)
        territory = v.text(item, "territory")
        if territory and territory not in territories:
            v.error(item, "territory", f"territoire inconnu « {territory} »")
        parent = v.text(item, "parent", required=False)
        if level == "national" and parent:
            v.error(item, "parent", "le comité national n'a pas de parent")
        elif level and level != "national" and not parent:
            v.error(item, "parent", "comité parent obligatoire")
        elif parent and parent not in committees:
            v.error(item, "parent", f"comité parent inconnu « {parent} »")
        chairs = item.get("chairs", [])
        if not isinstance(chairs, list) or not all(isinstance(chair, str) for chair in chairs):
            v.error(item, "chairs", "une liste de fonctions est attendue")
            chairs = []
        rows["committees"].append(
            {
                "code": code,
                "name": v.text(item, "name", max_length=200),
                "level": level,
                "territory": territory,
                "parent": parent or None,
                "chairs": chairs,
            }
        )

    for code, item in indicators.items():
        engagement = v.text(item, "engagement", required=False)
        theme = v.text(item, "theme", required=False)
        if bool(engagement) == bool(theme):
            v.error(item, "engagement", "un indicateur se rattache soit à un engagement, soit à un enjeu")
        if engagement and engagement not in engagements:
            v.error(item, "engagement", f"engagement inconnu « {engagement} »")
        if theme and theme not in themes:
            v.error(item, "theme", f"enjeu inconnu « {theme} »")
        measure = v.choice(item, "measure", MEASURES)
        aggregation = v.choice(item, "aggregation", AGGREGATIONS)
        if measure and aggregation:
            if measure in SUMMABLE_MEASURES and aggregation == "mean":
                v.error(item, "aggregation", f"une mesure « {measure} » se consolide par somme, pas par moyenne")
            if measure == "ratio" and aggregation == "sum":
                v.error(item, "aggregation", "un taux ou une moyenne ne s'additionne pas (moyenne attendue)")
        context = v.boolean(item, "context", False)
        weight = item.get("weight", 0 if context else 1)
        if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 <= weight <= WEIGHT_MAX:
            v.error(item, "weight", f"un nombre entre 0 et {WEIGHT_MAX} est attendu")
            weight = 1
        elif Decimal(str(weight)) != Decimal(str(weight)).quantize(Decimal("0.01")):
            v.error(item, "weight", "deux décimales au plus")
            weight = 1
        if context and weight:
            v.error(item, "weight", "une série de contexte a un poids nul")
        delay_key = "publication_delay_days" if "publication_delay_days" in item else "publication_delay"
        delay = item.get(delay_key, 30)
        if isinstance(delay, bool) or not isinstance(delay, int) or not 0 <= delay <= 366:
            v.error(item, delay_key, "un nombre de jours entre 0 et 366 est attendu")
            delay = 30
        frequency = v.choice(item, "frequency", FREQUENCIES)
        rows["indicators"].append(
            {
                "code": code,
                "engagement": engagement or None,
                "theme": theme or None,
                "name": v.text(item, "name", max_length=300),
                "unit": v.choice(item, "unit", UNITS),
                "measure": measure,
                "direction": v.choice(item, "direction", DIRECTIONS, default="up"),
                "aggregation": aggregation,
                "weight": Decimal(str(weight)),
                "parent_source": v.choice(item, "parent_source", PARENT_SOURCES, default="computed"),
                "frequency": FREQUENCIES.get(frequency, Frequency.MONTHLY),
                "publication_delay_days": delay,
                "source": v.text(item, "source", required=False, max_length=300),
                "nature": v.choice(item, "nature", NATURES, default="") if "nature" in item else "",
                "definition": v.text(item, "definition", required=False),
            }
        )

    for kind, items in (("territoire", territories), ("comité", committees)):
        cycle = _find_cycle({code: item.get("parent") for code, item in items.items()})
        if cycle:
            v.error(items[cycle], "parent", f"{kind} « {cycle} » est son propre ancêtre")

    if v.errors:
        raise ProtocolError(v.errors)
    return rows


def _find_cycle(parents: dict[str, str | None]) -> str | None:
    for start in parents:
        seen = set()
        node: str | None = start
        while node is not None and node in parents:
            if node in seen:
                return node
            seen.add(node)
            node = parents[node]
    return None


def _topological(rows: list[dict]) -> list[dict]:
    """Parents before children (the file was checked to be acyclic with every parent present)."""
    by_code = {row["code"]: row for row in rows}
    ordered: list[dict] = []
    placed: set[str] = set()

    def place(row: dict) -> None:
        if row["code"] in placed:
            return
        if row["parent"]:
            place(by_code[row["parent"]])
        placed.add(row["code"])
        ordered.append(row)

    for row in rows:
        place(row)
    return ordered


def _upsert(model: type[models.Model], code: str, values: dict, report: LoadReport, kind: str) -> models.Model:
    obj = model.objects.filter(code=code).first()
    if obj is None:
        obj = model.objects.create(code=code, **values)
        report.count(kind, "created")
        return obj
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    if changed:
        for name in changed:
            setattr(obj, name, values[name])
        obj.save(update_fields=changed)
        report.count(kind, "updated")
    else:
        report.count(kind, "unchanged")
    return obj


@transaction.atomic
def load(text: str) -> LoadReport:
    """Validate then load a protocol file. Raises ProtocolError, having written nothing, on any error."""
    rows = parse(text)
    report = LoadReport()

    territories: dict[str, Territory] = {}
    for row in _topological(rows["territories"]):
        values = {"name": row["name"], "level": row["level"], "parent": territories.get(row["parent"])}
        territories[row["code"]] = _upsert(Territory, row["code"], values, report, "territoires")

    themes: dict[str, Theme] = {}
    for row in rows["themes"]:
        values = {key: row[key] for key in ("short_title", "title", "order")}
        themes[row["code"]] = _upsert(Theme, row["code"], values, report, "enjeux")

    engagements: dict[str, Engagement] = {}
    for row in rows["engagements"]:
        values = {
            key: row[key]
            for key in ("title", "summary", "provisional", "starts_on", "ends_on", "ends_on_provisional", "order")
        }
        values["theme"] = themes[row["theme"]]
        engagements[row["code"]] = _upsert(Engagement, row["code"], values, report, "engagements")

    for row in rows["indicators"]:
        values = {key: value for key, value in row.items() if key not in ("code", "engagement", "theme")}
        values["engagement"] = engagements.get(row["engagement"])
        values["theme"] = themes.get(row["theme"])
        _upsert(Indicator, row["code"], values, report, "indicateurs")

    committees: dict[str, Committee] = {}
    for row in _topological(rows["committees"]):
        values = {
            "name": row["name"],
            "level": row["level"],
            "territory": territories[row["territory"]],
            "parent": committees.get(row["parent"]),
            "chairs": row["chairs"],
        }
        committees[row["code"]] = _upsert(Committee, row["code"], values, report, "comités")

    for model, codes in (
        (Territory, territories),
        (Theme, themes),
        (Engagement, engagements),
        (Committee, committees),
        (Indicator, {row["code"] for row in rows["indicators"]}),
    ):
        extra = model.objects.exclude(code__in=list(codes)).values_list("code", flat=True)
        report.absent_from_file += [f"{model._meta.verbose_name} {code}" for code in extra]
    return report
