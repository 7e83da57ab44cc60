"""`manage.py load_protocol`: what it loads, that a second run changes nothing, updates, and whole-file refusals."""

import io
import re
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command

from comites.models import Committee
from engagements.models import Engagement, Indicator, Theme
from francetravail import protocol
from francetravail.protocol import DEFAULT_PATH, ProtocolError, parse
from reseau.models import Territory
from tests.factories import ThemeFactory

pytestmark = pytest.mark.django_db

ORIGINAL = DEFAULT_PATH.read_text(encoding="utf-8")
LOADED_MODELS = [Territory, Theme, Engagement, Indicator, Committee]
COUNTS = {"Territory": 33, "Theme": 4, "Engagement": 23, "Indicator": 15, "Committee": 33}


def run(*args) -> str:
    out = io.StringIO()
    call_command("load_protocol", *[str(arg) for arg in args], stdout=out, stderr=io.StringIO())
    return out.getvalue()


def dump() -> dict[str, list[dict]]:
    """Every row of every model the protocol loads, every column included but the search vector (derived from the
    others by the database, so it follows them)."""
    return {
        model.__name__: [
            {name: value for name, value in row.items() if name != "search_vector"}
            for row in model.objects.order_by("pk").values()
        ]
        for model in LOADED_MODELS
    }


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in LOADED_MODELS}


def history_counts() -> dict[str, int]:
    return {"Engagement": Engagement.history.count(), "Indicator": Indicator.history.count()}


def edited(old: str, new: str) -> str:
    assert ORIGINAL.count(old) == 1, f"{old!r} must occur exactly once in the protocol file"
    return ORIGINAL.replace(old, new)


def line_of(text: str, fragment: str) -> int:
    (line,) = [number for number, line in enumerate(text.splitlines(), start=1) if fragment in line]
    return line


@pytest.fixture
def write(tmp_path):
    def write(text: str):
        path = tmp_path / "protocole.yaml"
        path.write_text(text, encoding="utf-8")
        return path

    return write


# --- What the real protocol loads --------------------------------------------------------------------------


def test_it_loads_the_protocol_of_the_hauts_de_france():
    run()

    assert counts() == COUNTS


def test_every_engagement_is_loaded_as_provisional():
    run()

    assert Engagement.objects.filter(provisional=True).count() == 23
    assert set(Engagement.objects.values_list("code", flat=True)) == {f"E{n:02d}" for n in range(1, 24)}


def test_engagements_are_attached_to_their_theme():
    run()

    by_theme = {theme.code: [e.code for e in theme.engagements.order_by("code")] for theme in Theme.objects.all()}
    assert by_theme == {
        "T1": [f"E{n:02d}" for n in range(1, 7)],
        "T2": [f"E{n:02d}" for n in range(7, 13)],
        "T3": [f"E{n:02d}" for n in range(13, 19)],
        "T4": [f"E{n:02d}" for n in range(19, 24)],
    }


def test_it_loads_the_committee_tree():
    run()

    committees = {c.code: c for c in Committee.objects.select_related("parent", "territory")}
    assert committees["CNE"].parent is None
    assert committees["CNE"].level == "national"
    assert committees["CRE-32"].parent.code == "CNE"
    departmental = sorted(code for code, c in committees.items() if c.parent and c.parent.code == "CRE-32")
    assert departmental == ["CDE-02", "CDE-59", "CDE-60", "CDE-62", "CDE-80"]
    local = [c for c in committees.values() if c.code.startswith("CLPE")]
    assert len(local) == 26
    for committee in local:
        # CLPE59004 is under CDE-59, on the territory of the same code, itself under département 59.
        assert committee.level == "local"
        assert committee.parent.code == f"CDE-{committee.code[4:6]}"
        assert committee.territory.code == committee.code
        assert committee.territory.parent.code == committee.code[4:6]
    assert committees["CLPE59004"].parent.code == "CDE-59"
    assert committees["CDE-59"].chairs == ["Préfet du Nord", "Président du conseil départemental du Nord"]


def test_it_loads_the_territory_tree():
    run()

    territories = {t.code: t for t in Territory.objects.select_related("parent")}
    assert territories["FR"].parent is None
    assert territories["32"].parent.code == "FR"
    assert sorted(t.code for t in territories["32"].children.all()) == ["02", "59", "60", "62", "80"]
    assert territories["CLPE59004"].parent.code == "59"
    assert territories["CLPE59004"].level == "local"


def test_the_jobseekers_count_is_a_context_series_of_a_theme():
    run()

    series = Indicator.objects.get(code="IND-DEFM-ABC")
    assert series.theme.code == "T4"
    assert series.engagement is None
    assert series.weight == 0
    assert series.is_context
    assert (series.measure, series.aggregation, series.direction) == ("stock", "sum", "down")


def test_the_time_to_fill_job_offers_should_go_down():
    run()

    delay = Indicator.objects.get(code="IND-OFFRES-DELAI")
    assert delay.direction == "down"
    assert (delay.engagement.code, delay.measure, delay.aggregation, delay.unit) == ("E16", "ratio", "mean", "jours")
    assert delay.weight == 1
    assert not delay.is_context


# --- Idempotency and updates -------------------------------------------------------------------------------


def test_a_second_run_changes_no_row():
    run()
    before = dump()

    run()

    assert dump() == before


def test_a_second_run_adds_no_history():
    run()
    assert history_counts() == {"Engagement": 23, "Indicator": 15}

    output = run()

    assert history_counts() == {"Engagement": 23, "Indicator": 15}
    assert "engagements : 0 créé(s), 0 modifié(s), 23 inchangé(s)" in output


def test_a_changed_title_is_updated_in_place(write):
    run()
    before = dump()
    e02 = Engagement.objects.get(code="E02")
    new_title = "Développer l'apprentissage dans toutes les filières"

    output = run(write(edited('title: "Développer l\'apprentissage",', f'title: "{new_title}",')))

    e02.refresh_from_db()
    assert e02.title == new_title
    assert counts() == COUNTS
    after = dump()
    changed = [row for row in after["Engagement"] if row["code"] == "E02"]
    assert changed == [{**next(r for r in before["Engagement"] if r["code"] == "E02"), "title": new_title}]
    assert {name: rows for name, rows in after.items() if name != "Engagement"} == {
        name: rows for name, rows in before.items() if name != "Engagement"
    }
    assert history_counts() == {"Engagement": 24, "Indicator": 15}
    assert e02.history.first().history_type == "~"
    assert "engagements : 0 créé(s), 1 modifié(s), 22 inchangé(s)" in output


def test_rows_absent_from_the_file_are_kept_and_reported():
    run()
    ThemeFactory(code="T9", short_title="Enjeu ajouté à la main")

    output = run()

    assert Theme.objects.filter(code="T9").exists()
    assert "absent du fichier (conservé) : enjeu T9" in output


# --- Refusals ----------------------------------------------------------------------------------------------


def refusal(old: str, new: str, fragment: str, field: str):
    """A copy of the protocol with `old` replaced by `new`; the error is expected on the line holding `fragment`."""
    text = edited(old, new)
    return text, line_of(text, fragment), field


REFUSALS = {
    "unknown theme": lambda: refusal("{code: E05, theme: T1,", "{code: E05, theme: T9,", "code: E05", "theme"),
    "duplicate engagement": lambda: refusal("{code: E06, theme: T1,", "{code: E04, theme: T1,", "Sécuriser", "code"),
    "unknown territory parent": lambda: refusal(
        '{code: CLPE59004, level: local, parent: "59",',
        '{code: CLPE59004, level: local, parent: "99",',
        'parent: "99"',
        "parent",
    ),
    "missing territory parent": lambda: refusal(
        '{code: CLPE59004, level: local, parent: "59",',
        "{code: CLPE59004, level: local,",
        'name: "Lille Métropole"',
        "parent",
    ),
    "unknown committee parent": lambda: refusal(
        "territory: CLPE59004, parent: CDE-59,", "territory: CLPE59004, parent: CDE-99,", "CDE-99", "parent"
    ),
    "territory cycle": lambda: refusal(
        '{code: "32", level: region, parent: FR,', '{code: "32", level: region, parent: "59",', 'code: "32"', "parent"
    ),
    "ratio summed": lambda: refusal(
        "{code: IND-OFFRES-DELAI, engagement: E16, measure: ratio, unit: jours, aggregation: mean,",
        "{code: IND-OFFRES-DELAI, engagement: E16, measure: ratio, unit: jours, aggregation: sum,",
        "IND-OFFRES-DELAI",
        "aggregation",
    ),
    "code too long for its column": lambda: refusal(
        "{code: E06, theme: T1,", "{code: E06-TROP-LONG, theme: T1,", "E06-TROP-LONG", "code"
    ),
    "weight too large for its column": lambda: refusal(
        "{code: IND-APPR-ENTREES, engagement: E02,",
        "{code: IND-APPR-ENTREES, engagement: E02, weight: 1000,",
        "IND-APPR-ENTREES",
        "weight",
    ),
    "weight more precise than its column": lambda: refusal(
        "{code: IND-APPR-ENTREES, engagement: E02,",
        "{code: IND-APPR-ENTREES, engagement: E02, weight: 0.125,",
        "IND-APPR-ENTREES",
        "weight",
    ),
    "section not a list": lambda: (
        re.sub(r"(?ms)^committees:\n.*?\n\n", 'committees: "CNE, CRE-32"\n\n', ORIGINAL),
        line_of(ORIGINAL, "committees:"),
        "committees",
    ),
}


@pytest.fixture(params=["into an empty database", "over a previous load"])
def nothing_may_change(request):
    """Checks, after the test body, that the refused load wrote nothing at all."""
    if request.param == "over a previous load":
        run()
    before, history_before = dump(), history_counts()
    yield
    assert dump() == before
    assert history_counts() == history_before
    if request.param == "into an empty database":
        assert counts() == dict.fromkeys(COUNTS, 0)


@pytest.mark.parametrize("case", REFUSALS)
def test_it_refuses_a_wrong_file_naming_the_line_and_field_and_writes_nothing(case, write, nothing_may_change):
    text, line, field = REFUSALS[case]()

    with pytest.raises(CommandError) as excinfo:
        run(write(text))

    message = str(excinfo.value)
    assert "rien n'a été écrit" in message
    assert f"ligne {line}, champ « {field} »" in message


def test_it_refuses_an_unknown_theme_with_an_explicit_message(write, nothing_may_change):
    text = edited("{code: E05, theme: T1,", "{code: E05, theme: T9,")

    with pytest.raises(CommandError) as excinfo:
        run(write(text))

    assert f"ligne {line_of(text, 'code: E05')}, champ « theme » : enjeu inconnu « T9 »" in str(excinfo.value)


def test_it_refuses_a_territory_cycle_naming_the_territory(write, nothing_may_change):
    text = edited('{code: "32", level: region, parent: FR,', '{code: "32", level: region, parent: "59",')

    with pytest.raises(CommandError, match=r"territoire « (32|59) » est son propre ancêtre"):
        run(write(text))


def test_it_refuses_malformed_yaml_naming_the_line(write, nothing_may_change):
    text = edited("  - {code: E06,", "  - code: E24: oubli des accolades\n  - {code: E06,")

    with pytest.raises(CommandError) as excinfo:
        run(write(text))

    message = str(excinfo.value)
    assert f"ligne {line_of(text, 'E24')}, colonne" in message
    assert "YAML illisible" in message


def test_it_refuses_a_file_that_does_not_exist(tmp_path, nothing_may_change):
    missing = tmp_path / "absent.yaml"

    with pytest.raises(CommandError) as excinfo:
        run(missing)

    assert f"Impossible de lire {missing}" in str(excinfo.value)


def test_it_refuses_a_file_that_is_not_utf8(write, nothing_may_change):
    path = write("")
    path.write_bytes(ORIGINAL.encode("latin-1", errors="replace"))

    with pytest.raises(CommandError, match="Impossible de lire"):
        run(path)


# --- parse, called directly ------------------------------------------------------------------------------


def errors_of(text: str) -> list[str]:
    with pytest.raises(ProtocolError) as excinfo:
        parse(text)
    return excinfo.value.errors


def test_parse_returns_plain_rows_ready_to_load():
    rows = parse(ORIGINAL)

    assert {kind: len(items) for kind, items in rows.items()} == {
        "themes": 4,
        "engagements": 23,
        "territories": 33,
        "committees": 33,
        "indicators": 15,
    }
    e02 = next(row for row in rows["engagements"] if row["code"] == "E02")
    assert (e02["theme"], e02["provisional"], e02["order"]) == ("T1", True, 2)
    series = next(row for row in rows["indicators"] if row["code"] == "IND-DEFM-ABC")
    assert (series["theme"], series["engagement"], series["weight"]) == ("T4", None, Decimal("0"))


def test_parse_writes_nothing():
    parse(ORIGINAL)

    assert counts() == dict.fromkeys(COUNTS, 0)


def test_parse_reports_every_error_of_a_file_at_once():
    text = ORIGINAL.replace("{code: E05, theme: T1,", "{code: E05, theme: T9,").replace(
        'unit: jours, aggregation: mean, direction: down, frequency: mensuelle,\n     name: "Délai de pourvoi',
        'unit: jours, aggregation: sum, direction: down, frequency: mensuelle,\n     name: "Délai de pourvoi',
    )

    errors = errors_of(text)

    assert len(errors) == 2
    assert errors[0].startswith(f"ligne {line_of(text, 'code: E05')}, champ « theme »")
    assert errors[1].startswith(f"ligne {line_of(text, 'IND-OFFRES-DELAI')}, champ « aggregation »")


def test_parse_refuses_a_context_series_that_has_a_weight():
    text = edited(
        "{code: IND-DEFM-ABC, theme: T4, context: true,", "{code: IND-DEFM-ABC, theme: T4, context: true, weight: 2,"
    )

    assert errors_of(text) == [
        f"ligne {line_of(text, 'IND-DEFM-ABC')}, champ « weight » : une série de contexte a un poids nul"
    ]


def test_parse_refuses_a_stock_consolidated_by_mean():
    text = edited(
        "context: true, measure: stock, unit: nombre, aggregation: sum,",
        "context: true, measure: stock, unit: nombre, aggregation: mean,",
    )

    (error,) = errors_of(text)
    assert error.startswith(f"ligne {line_of(text, 'IND-DEFM-ABC')}, champ « aggregation »")


def test_parse_refuses_an_indicator_of_both_an_engagement_and_a_theme():
    text = edited("{code: IND-DEFM-ABC, theme: T4,", "{code: IND-DEFM-ABC, theme: T4, engagement: E23,")

    (error,) = errors_of(text)
    assert error.startswith(f"ligne {line_of(text, 'IND-DEFM-ABC')}, champ « engagement »")


def test_parse_refuses_a_missing_section_naming_it():
    text = re.sub(r"(?ms)^indicators:\n.*", "", ORIGINAL)

    (error,) = errors_of(text)
    assert "champ « indicators » : section manquante ou qui n'est pas une liste" in error


def test_parse_refuses_a_file_whose_root_is_not_a_mapping():
    errors = errors_of("- themes\n- engagements\n")

    assert "le fichier doit être un document YAML dont la racine est un dictionnaire" in errors


def test_parse_reports_a_root_that_is_not_a_mapping_once():
    assert errors_of("- themes\n- engagements\n") == [
        "le fichier doit être un document YAML dont la racine est un dictionnaire"
    ]


def test_load_refuses_and_writes_nothing_when_called_directly():
    with pytest.raises(ProtocolError):
        protocol.load(edited("{code: E05, theme: T1,", "{code: E05, theme: T9,"))

    assert counts() == dict.fromkeys(COUNTS, 0)


def test_names_elide_de_before_a_vowel():
    """« Comité local pour l'emploi d'Arras », never « de Arras » (nor « de Abbeville », « de Amiens »)."""
    data = parse(ORIGINAL)
    names = [item["name"] for section in ("committees", "territories") for item in data[section]]

    unelided = [name for name in names if re.search(r"\bde [AEIOUYÂÉÈÊÎÔaeiouyâéèêîô]", name)]
    assert names and not unelided, unelided
