"""static/css/dsfr-utility.min.css and static/css/dsfr.min.css, DSFR's stylesheets reduced by tools/dsfr_css.py to
what our pages use: every class our sources name must keep its rules."""

import re

from django.contrib.staticfiles import finders

from tools.dsfr_css import (
    MAIN_OUTPUT,
    OUTPUT,
    classes_in,
    component,
    dsfr_main_css,
    dsfr_utility_css,
    dynamic_components,
    dynamic_utility_classes,
    generate,
    generate_main,
    main_used_classes,
    outputs,
    sources,
    used_classes,
)

REGENERATE = "run .venv/bin/python tools/dsfr_css.py and commit static/css/dsfr-utility.min.css and dsfr.min.css"


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


def test_both_committed_stylesheets_are_what_the_tool_makes_of_the_dsfr_installed():
    """A new DSFR release, or a template naming a new class, needs the files made again (the tool's --check)."""
    for output, css, _ in outputs():
        assert output.read_text(encoding="utf-8") == css, f"{output.name} is out of date: {REGENERATE}"


def test_no_template_builds_a_component_name_from_a_variable():
    assert not dynamic_components(), "spell these classes out, the reduced stylesheet cannot guess them"


def test_the_main_stylesheet_keeps_every_class_of_a_component_in_use_and_only_drops_unused_components():
    main = MAIN_OUTPUT.read_text()
    dsfr_classes = classes_in(dsfr_main_css())
    kept = classes_in(main)
    used = main_used_classes()

    assert (used & dsfr_classes) <= kept
    # The states DSFR's script adds are kept with their component, though no template names them.
    assert {"fr-collapse--expanded", "fr-btn--tooltip", "fr-header__menu-links"} <= kept
    assert {component(name) for name in dsfr_classes - kept}.isdisjoint({component(name) for name in used})
    assert "fr-share" in dsfr_classes and "fr-share" not in kept
    assert len(main) < 0.7 * len(dsfr_main_css())


def test_the_main_stylesheet_drops_internet_explorer_rules_and_keeps_the_rest_whole():
    source = (
        "/*! DSFR v9.9.9 */@font-face{font-family:Marianne;src:url(../fonts/M.woff2)}a{color:red}"
        ".fr-tile,.fr-card__title{color:red}.fr-card--sm .fr-card__title{margin:0}.fr-tile__title{color:blue}"
        "@media screen and (min-width:0\\0) and (min-resolution:72dpi){.fr-card{color:red}}"
        "@media (min-width:48em){.fr-card{padding:0}.fr-tile{padding:0}}"
        ".fr-icon-a:before{mask-image:url(../icons/a.svg)}"
    )

    css = generate_main(source, used={"fr-card"})

    assert css.startswith("/*! DSFR v9.9.9 ")
    assert css.endswith(
        "@font-face{font-family:Marianne;src:url(../dsfr/dist/fonts/M.woff2)}a{color:red}"
        ".fr-card__title{color:red}.fr-card--sm .fr-card__title{margin:0}"
        "@media (min-width:48em){.fr-card{padding:0}}\n"
    )
