"""Generate the two DSFR stylesheets we serve, reduced to what our pages use (both committed, both checked by tests).

- static/css/dsfr-utility.min.css: DSFR's `utility/utility.min.css` (459 KB) holds one rule per icon of the whole
  icon set and every colour utility; a page of the portal uses about twenty of those classes. We keep the rules
  whose utility classes appear in our sources. Rules without a class (the icons' shared `[class*=" fr-icon-"]`
  base rules) are kept as they are.
- static/css/dsfr.min.css: DSFR's `dsfr/dsfr.min.css` (711 KB) less two things no browser of ours applies:
  - the Internet Explorer rules (`@media … (min-width:0\\0)`, a query every other browser reads as « not all »);
  - the components and spacing classes our pages never name. A selector is dropped only when it names a class
    whose *component* (its name up to `__` or `--`: `fr-tile` for `fr-tile__title--sm`) appears nowhere in our
    sources. Modifiers and states of a component we use are kept whole, so the classes DSFR's script adds
    (`fr-collapse--expanded`, `fr-btn--tooltip`…) keep their rules; the names that script builds itself
    (`ns("collapsing")`) are read from it and kept too.

Our sources are our templates, our Python code, the scripts we vendor under static/, django-dsfr's own templates
and tags (we render its header, footer, forms…) and, for the main stylesheet, DSFR's script and artwork.

    .venv/bin/python tools/dsfr_css.py          # rewrite both files after a template uses a new class
    .venv/bin/python tools/dsfr_css.py --check  # exit 1 when a committed file is out of date

tests/test_dsfr_css.py fails when a template uses a class a committed file lacks. A class built from a variable
in our templates (`fr-icon-{{ name }}`, `fr-col-{{ n }}`) cannot be found this way: spell the classes out instead
(`fr-badge--{{ level }}` is fine: the component, `fr-badge`, is spelt out).
"""

import argparse
import re
import sys
from collections.abc import Iterable
from pathlib import Path

import tinycss2

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "static" / "css" / "dsfr-utility.min.css"
MAIN_OUTPUT = ROOT / "static" / "css" / "dsfr.min.css"
# The outputs live in static/css/; DSFR's url() references are relative to dsfr/dist/utility/ and dsfr/dist/dsfr/.
URL_PREFIX = "../dsfr/dist/"

CLASS_TOKEN = re.compile(r"fr-[A-Za-z0-9_-]*[A-Za-z0-9]")
# A class name cut short by template syntax: `fr-icon-{{ name }}`.
DYNAMIC_TOKEN = re.compile(r"(fr-[A-Za-z0-9_-]*)(?=\{[{%])")
SELECTOR_CLASS = re.compile(r"\.(fr-[A-Za-z0-9_-]+)")


def dsfr_package() -> Path:
    import dsfr

    return Path(dsfr.__file__).resolve().parent


def dsfr_dist() -> Path:
    return dsfr_package() / "static" / "dsfr" / "dist"


def dsfr_utility_css() -> str:
    return (dsfr_dist() / "utility" / "utility.min.css").read_text(encoding="utf-8")


def dsfr_main_css() -> str:
    return (dsfr_dist() / "dsfr" / "dsfr.min.css").read_text(encoding="utf-8")


def our_sources() -> list[Path]:
    files = list((ROOT / "templates").rglob("*.html"))
    for app in ("francetravail", "reseau", "engagements", "comites"):
        files += [path for path in (ROOT / app).rglob("*.py") if "migrations" not in path.parts]
    files += list((ROOT / "static").rglob("*.js"))
    return sorted(files)


def sources() -> list[Path]:
    """Every file whose text may put a DSFR class on a page we serve."""
    package = dsfr_package()
    return our_sources() + sorted((package / "templates").rglob("*.html")) + sorted(package.glob("templatetags/*.py"))


def used_classes(files: Iterable[Path]) -> set[str]:
    return {token for path in files for token in CLASS_TOKEN.findall(path.read_text(encoding="utf-8"))}


def dynamic_utility_classes(utility: set[str]) -> dict[str, str]:
    """Utility classes our sources build from a template variable (`fr-icon-{{ name }}`), with the file."""
    found = {}
    for path in our_sources():
        for prefix in DYNAMIC_TOKEN.findall(path.read_text(encoding="utf-8")):
            if any(name.startswith(prefix) for name in utility):
                found.setdefault(prefix, str(path.relative_to(ROOT)))
    return found


def classes_in(css: str) -> set[str]:
    """The `fr-` classes that the selectors of a stylesheet name."""
    found = set()
    for rule in _rules(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)):
        for selector in _selectors(rule):
            found.update(SELECTOR_CLASS.findall(selector))
    return found


def _rules(nodes) -> Iterable:
    for node in nodes:
        if node.type == "qualified-rule":
            yield node
        elif node.type == "at-rule" and node.content is not None:
            yield from _rules(tinycss2.parse_rule_list(node.content, skip_comments=True, skip_whitespace=True))


def _selectors(rule) -> list[str]:
    """The comma-separated selectors of a rule (commas inside :is() or :not() are nested blocks, not split)."""
    selectors, current = [], []
    for token in rule.prelude:
        if token.type == "literal" and token.value == ",":
            selectors.append(tinycss2.serialize(current).strip())
            current = []
        else:
            current.append(token)
    selectors.append(tinycss2.serialize(current).strip())
    return selectors


def component(name: str) -> str:
    """The component a DSFR class belongs to: its name up to its first `__` or `--` (BEM)."""
    return re.split(r"__|--", name, maxsplit=1)[0]


def script_classes() -> set[str]:
    """The class names DSFR's script builds from its prefix (`ns("collapsing")` is `fr-collapsing`): every string
    literal of the script, prefixed, which names more than it uses and so keeps more rules, never fewer."""
    script = (dsfr_dist() / "dsfr" / "dsfr.module.min.js").read_text(encoding="utf-8")
    return {f"fr-{literal}" for literal in re.findall(r"[\"'`]([a-z][a-z0-9_-]*)[\"'`]", script)}


def main_used_classes() -> set[str]:
    """The classes that may be on a page: our sources', the ones DSFR's script adds, the artwork's."""
    artwork = sorted((dsfr_dist() / "artwork").rglob("*.svg"))
    return used_classes(sources()) | script_classes() | used_classes(artwork)


def dynamic_components() -> dict[str, str]:
    """Classes our sources build from a variable inside a component's name (`fr-col-{{ n }}`), with the file:
    the reduced main stylesheet cannot tell which components they name. A variable after `__` or `--` is a
    modifier of a component spelt out (`fr-badge--{{ level }}`) and is fine."""
    found = {}
    for path in our_sources():
        for prefix in DYNAMIC_TOKEN.findall(path.read_text(encoding="utf-8")):
            if prefix.endswith(("-", "_")) and component(prefix + "x") == prefix + "x":
                found.setdefault(prefix, str(path.relative_to(ROOT)))
    return found


def _internet_explorer_only(prelude: str) -> bool:
    # DSFR's IE hack `(min-width:0\0)`, decoded by tinycss2 to U+FFFD: a query other browsers never match.
    return "(min-width:0\ufffd)" in prelude.replace(" ", "")


def _subset(nodes, keep, drop_internet_explorer: bool = False) -> list[str]:
    """The rules of ``nodes`` with only the selectors ``keep`` accepts (a rule left without one is dropped)."""
    out = []
    for node in nodes:
        if node.type == "qualified-rule":
            kept = [s for s in _selectors(node) if keep(set(SELECTOR_CLASS.findall(s)))]
            if kept:
                out.append(",".join(kept) + "{" + tinycss2.serialize(node.content).strip() + "}")
        elif node.type == "at-rule" and node.content is not None and node.at_keyword in ("media", "supports"):
            prelude = tinycss2.serialize(node.prelude).strip()
            if drop_internet_explorer and _internet_explorer_only(prelude):
                continue
            nested = tinycss2.parse_rule_list(node.content, skip_comments=True, skip_whitespace=True)
            inner = _subset(nested, keep, drop_internet_explorer)
            if inner:
                # tinycss2 decodes the escape of DSFR's IE hack `(min-width:0\0)` to U+FFFD: write it back.
                out.append(f"@{node.at_keyword} {prelude.replace(chr(0xFFFD), chr(92) + '0')}{{{''.join(inner)}}}")
        elif node.type == "at-rule":  # @font-face, @keyframes, @charset: kept whole
            out.append(tinycss2.serialize([node]))
    return out


def _reduced(source_css: str, name: str, keep, drop_internet_explorer: bool = False) -> str:
    version = re.search(r"DSFR v([\d.]+)", source_css)
    header = (
        f"/*! DSFR v{version.group(1) if version else '?'} | SPDX-License-Identifier: MIT | {name} "
        "reduced to what the portal uses by tools/dsfr_css.py: do not edit, run it again */\n"
    )
    nodes = tinycss2.parse_stylesheet(source_css, skip_comments=True, skip_whitespace=True)
    body = "".join(_subset(nodes, keep, drop_internet_explorer))
    return header + re.sub(r"url\((['\"]?)\.\./", rf"url(\g<1>{URL_PREFIX}", body) + "\n"


def generate(source_css: str, used: set[str]) -> str:
    """The utility stylesheet: the selectors whose every class is used."""
    return _reduced(source_css, "utility.min.css", lambda classes: classes <= used)


def generate_main(source_css: str, used: set[str]) -> str:
    """The main stylesheet: no IE rules; the selectors whose every class belongs to a component we use."""
    components = {component(name) for name in used}
    return _reduced(
        source_css,
        "dsfr.min.css",
        lambda classes: all(component(name) in components for name in classes),
        drop_internet_explorer=True,
    )


def outputs() -> list[tuple[Path, str, str]]:
    """(file, its content as it must be, the DSFR file it reduces)."""
    utility, main_css = dsfr_utility_css(), dsfr_main_css()
    return [
        (OUTPUT, generate(utility, used_classes(sources())), utility),
        (MAIN_OUTPUT, generate_main(main_css, main_used_classes()), main_css),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if a committed file differs")
    args = parser.parse_args()
    problems = [
        f"{path}: the utility class {prefix}… is built from a variable: spell its values out"
        for prefix, path in sorted(dynamic_utility_classes(classes_in(dsfr_utility_css())).items())
    ] + [
        f"{path}: the component of {prefix}… is built from a variable: spell its values out"
        for prefix, path in sorted(dynamic_components().items())
    ]
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    stale = 0
    for output, css, source_css in outputs():
        name = output.relative_to(ROOT)
        if args.check:
            if not output.is_file() or output.read_text(encoding="utf-8") != css:
                print(f"{name} is out of date: run {Path(__file__).relative_to(ROOT)}", file=sys.stderr)
                stale += 1
            continue
        output.write_text(css, encoding="utf-8")
        print(f"{name}: {len(css):,} bytes (DSFR's: {len(source_css):,} bytes), {len(classes_in(css))} classes")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
