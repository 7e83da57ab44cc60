"""static/css/dsfr-utility.min.css, DSFR's utility stylesheet reduced by tools/dsfr_utility.py to the classes our
pages use: it must hold every utility class our sources name, and nothing else."""

import re

from django.contrib.staticfiles import finders

from tools.dsfr_utility import (
    OUTPUT,
    classes_in,
    dsfr_utility_css,
    dynamic_utility_classes,
    generate,
    sources,
    used_classes,
)

REGENERATE = "run .venv/bin/python tools/dsfr_utility.py and commit static/css/dsfr-utility.min.css"


def test_every_utility_class_our_sources_use_is_in_the_reduced_stylesheet():
    missing = (used_classes(sources()) & classes_in(dsfr_utility_css())) - classes_in(OUTPUT.read_text())

    assert not missing, f"{sorted(missing)}: {REGENERATE}"


def test_the_reduced_stylesheet_holds_no_class_our_sources_do_not_use():
    unused = classes_in(OUTPUT.read_text()) - used_classes(sources())

    assert not unused, f"{sorted(unused)}: {REGENERATE}"


def test_no_template_builds_a_utility_class_from_a_variable():
    dynamic = dynamic_utility_classes(classes_in(dsfr_utility_css()))

    assert not dynamic, f"spell these classes out, the reduced stylesheet cannot guess them: {dynamic}"


def test_every_icon_the_reduced_stylesheet_points_at_is_a_static_file():
    css = OUTPUT.read_text()
    urls = set(re.findall(r"url\(([^)]+)\)", css))

    assert urls
    for url in urls:
        assert url.startswith("../dsfr/dist/icons/") and finders.find(url.removeprefix("../")), url


def test_it_keeps_the_rules_of_used_classes_inside_media_queries_and_drops_the_others():
    source = (
        "/*! DSFR v9.9.9 */.fr-icon-a:before,.fr-icon-b:before{mask-image:url(../icons/a.svg)}"
        '[class*=" fr-icon-"]:before{content:""}'
        "@media screen and (min-width:0\\0){.fr-icon-a:before{background-image:url(../icons/a.svg)}"
        ".fr-icon-c:before{color:red}}@media print{.fr-icon-c{color:red}}"
    )

    css = generate(source, used={"fr-icon-a", "fr-text--sm"})

    assert css.startswith("/*! DSFR v9.9.9 ")
    assert css.endswith(
        '.fr-icon-a:before{mask-image:url(../dsfr/dist/icons/a.svg)}[class*=" fr-icon-"]:before{content:""}'
        "@media screen and (min-width:0\\0){.fr-icon-a:before{background-image:url(../dsfr/dist/icons/a.svg)}}\n"
    )
