"""Selectors list territories and committees as the network is built (national, region, départements, local
areas), each under one label."""

import re

import pytest

OPTION = re.compile(r'<option value="([^"]*)"[^>]*>([^<]*)</option>')


def options(html: str, name: str) -> list[tuple[str, str]]:
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S)
    assert select, name
    return [(value, label.strip()) for value, label in OPTION.findall(select.group(1))]


@pytest.mark.parametrize("path", ["/engagements/", "/engagements/E02/", "/indicateurs/IND-APPR-ENTREES/"])
def test_territory_selectors_start_with_the_region_and_give_each_territory_one_label(client, protocol, path):
    listed = options(client.get(path).content.decode(), "territoire")
    codes = [value for value, _ in listed]

    assert listed[0] == ("32", "Hauts-de-France (32)")
    assert codes[1:6] == ["02", "59", "60", "62", "80"]
    assert all(code.startswith("CLPE") for code in codes[6:]) and codes[6:] == sorted(codes[6:])
    assert len(codes) == len(set(codes)) == 32
    assert all(label.endswith(f"({code})") for code, label in listed)


def test_the_committee_filter_lists_the_national_committee_first(client, protocol):
    listed = [value for value, _ in options(client.get("/decisions/").content.decode(), "committee")]

    assert listed[:4] == ["", "CNE", "CRE-32", "CDE-02"]
    assert listed.index("CDE-80") < listed.index("CLPE02001")
