"""Generate static/css/dsfr-utility.min.css: the rules of DSFR's utility stylesheet for the classes our pages use.

DSFR's `utility/utility.min.css` (459 KB) holds one rule per icon of the whole icon set and every colour
utility; a page of the portal uses about twenty of those classes. This script keeps, from the DSFR files
django-dsfr ships, the rules whose utility classes appear in our sources: our templates, our Python code, the
scripts we vendor under static/ and django-dsfr's own templates and tags (we render its header, footer, forms…).
Rules without a class (the icons' shared `[class*=" fr-icon-"]` base rules) are kept as they are.

    .venv/bin/python tools/dsfr_utility.py          # rewrite the file after a template uses a new icon
    .venv/bin/python tools/dsfr_utility.py --check  # exit 1 when the committed file is out of date

tests/test_dsfr_utility.py fails when a template uses a utility class the committed file lacks. A class built
from a variable in our templates (`fr-icon-{{ name }}`) cannot be found this way: spell the classes out instead.
"""

import argparse
import re
import sys
from collections.abc import Iterable
from pathlib import Path

import tinycss2

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "static" / "css" / "dsfr-utility.min.css"
# The output lives in static/css/; DSFR's url() references are relative to dsfr/dist/utility/.
URL_PREFIX = "../dsfr/dist/"

CLASS_TOKEN = re.compile(r"fr-[A-Za-z0-9_-]*[A-Za-z0-9]")
# A class name cut short by template syntax: `fr-icon-{{ name }}`.
DYNAMIC_TOKEN = re.compile(r"(fr-[A-Za-z0-9_-]*)(?=\{[{%])")
SELECTOR_CLASS = re.compile(r"\.(fr-[A-Za-z0-9_-]+)")


def dsfr_package() -> Path:
    import dsfr

    return Path(dsfr.__file__).resolve().parent


def dsfr_utility_css() -> str:
    return (dsfr_package() / "static" / "dsfr" / "dist" / "utility" / "utility.min.css").read_text(encoding="utf-8")


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


def _subset(nodes, used: set[str]) -> list[str]:
    out = []
    for node in nodes:
        if node.type == "qualified-rule":
            kept = [s for s in _selectors(node) if set(SELECTOR_CLASS.findall(s)) <= used]
            if kept:
                out.append(",".join(kept) + "{" + tinycss2.serialize(node.content).strip() + "}")
        elif node.type == "at-rule" and node.content is not None:
            inner = _subset(tinycss2.parse_rule_list(node.content, skip_comments=True, skip_whitespace=True), used)
            if inner:
                # tinycss2 decodes the escape of DSFR's IE hack `(min-width:0\0)` to U+FFFD: write it back.
                prelude = tinycss2.serialize(node.prelude).strip().replace("\ufffd", "\\0")
                out.append(f"@{node.at_keyword} {prelude}{{{''.join(inner)}}}")
        elif node.type == "at-rule":
            out.append(tinycss2.serialize([node]))
    return out


def generate(source_css: str, used: set[str]) -> str:
    version = re.search(r"DSFR v([\d.]+)", source_css)
    header = (
        f"/*! DSFR v{version.group(1) if version else '?'} | SPDX-License-Identifier: MIT | utility.min.css "
        "reduced to the classes the portal uses by tools/dsfr_utility.py: do not edit, run it again */\n"
    )
    body = "".join(_subset(tinycss2.parse_stylesheet(source_css, skip_comments=True, skip_whitespace=True), used))
    return header + re.sub(r"url\((['\"]?)\.\./", rf"url(\g<1>{URL_PREFIX}", body) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file differs")
    args = parser.parse_args()
    source_css = dsfr_utility_css()
    dynamic = dynamic_utility_classes(classes_in(source_css))
    for prefix, path in sorted(dynamic.items()):
        print(f"{path}: the utility class {prefix}… is built from a variable: spell its values out", file=sys.stderr)
    if dynamic:
        return 1
    css = generate(source_css, used_classes(sources()))
    if args.check:
        if not OUTPUT.is_file() or OUTPUT.read_text(encoding="utf-8") != css:
            print(f"{OUTPUT.relative_to(ROOT)} is out of date: run {Path(__file__).relative_to(ROOT)}", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(css, encoding="utf-8")
    kept = sorted(classes_in(css))
    print(f"{OUTPUT.relative_to(ROOT)}: {len(css):,} bytes (DSFR's utility.min.css: {len(source_css):,} bytes)")
    print(f"{len(kept)} utility classes: {' '.join(kept)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
