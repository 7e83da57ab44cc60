"""The lock files (requirements/lock.txt, requirements/lock-dev.txt) stay in step with pyproject.toml.

pyproject.toml keeps the ranges; the lock files pin one version of everything, with hashes, for the Dockerfile,
`make install` and CI. Adding a dependency to pyproject.toml without running `make lock` fails here.
"""

import importlib.metadata
import re
import tomllib
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
RUNTIME = [Requirement(line) for line in PYPROJECT["project"]["dependencies"]]
DEV = [Requirement(line) for line in PYPROJECT["project"]["optional-dependencies"]["dev"]]
BUILD = [Requirement(line) for line in PYPROJECT["build-system"]["requires"]]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")


def read_lock(name: str) -> dict[str, tuple[Version, Marker | None, int]]:
    """{normalised name: (pinned version, environment marker, number of hashes)} of one lock file.

    The lock is universal (every Python the project supports): a package may be pinned once per Python version
    range (numpy: one release for 3.11, a newer one from 3.12), each pin then with its marker. The pin whose marker
    holds here is the one returned; every pin's hashes are counted."""
    pins: dict[str, tuple[Version, Marker | None, int]] = {}
    every: list[tuple[str, Version, Marker | None]] = []
    hashes: dict[tuple[str, Version], int] = {}
    current = None
    for line in (ROOT / "requirements" / name).read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if match := PIN.match(stripped):
            package = canonicalize_name(match[1])
            marker = Marker(match[3]) if match[3] else None
            current = (package, Version(match[2]))
            assert current not in hashes, f"{name}: {package}=={match[2]} pinned twice"
            every.append((package, Version(match[2]), marker))
            hashes[current] = 0
        elif stripped.startswith("--hash=sha256:") and current:
            hashes[current] += 1
        else:
            pytest.fail(f"{name}: unexpected line {line!r} (only pins with hashes: run `make lock`)")
    for package, version, marker in every:
        same = [pin for pin in every if pin[0] == package]
        if len(same) > 1:
            assert all(m is not None for _, _, m in same), f"{name}: {package} pinned twice for the same Pythons"
            if not marker.evaluate():
                continue
        pins[package] = (version, marker, hashes[(package, version)])
    unhashed = [f"{package}=={version}" for (package, version), count in hashes.items() if count == 0]
    assert not unhashed, f"requirements/{name}: no hash for {unhashed}"
    return pins


LOCK = read_lock("lock.txt")
LOCK_DEV = read_lock("lock-dev.txt")


def assert_pinned(requirement: Requirement, pins: dict, lock: str) -> None:
    name = canonicalize_name(requirement.name)
    assert name in pins, f"{requirement} is in pyproject.toml but not in requirements/{lock}: run `make lock`"
    version = pins[name][0]
    assert requirement.specifier.contains(version, prereleases=True), (
        f"requirements/{lock} pins {name}=={version}, outside pyproject.toml's {requirement}: run `make lock`"
    )


@pytest.mark.parametrize("requirement", RUNTIME + BUILD, ids=str)
def test_runtime_dependency_is_pinned_in_both_locks(requirement):
    assert_pinned(requirement, LOCK, "lock.txt")
    assert_pinned(requirement, LOCK_DEV, "lock-dev.txt")


@pytest.mark.parametrize("requirement", DEV, ids=str)
def test_dev_dependency_is_pinned_in_the_dev_lock(requirement):
    assert_pinned(requirement, LOCK_DEV, "lock-dev.txt")


@pytest.mark.parametrize("requirement", [r for r in RUNTIME + DEV if r.extras], ids=str)
def test_extras_of_a_dependency_are_pinned(requirement):
    """`celery[redis]` needs redis in the lock, `psycopg[binary]` psycopg-binary: read from the installed
    package's metadata (make install installed the pinned version)."""
    lock = LOCK_DEV if requirement in DEV else LOCK
    requires = importlib.metadata.requires(requirement.name) or []
    for extra in requirement.extras:
        wanted = [
            Requirement(line)
            for line in requires
            if Requirement(line).marker and Requirement(line).marker.evaluate({"extra": extra})
        ]
        assert wanted, f"{requirement.name} has no extra {extra!r}"
        for dependency in wanted:
            assert canonicalize_name(dependency.name) in lock, f"{dependency.name} (from {requirement}) not locked"


def test_every_pin_has_a_hash():
    for name, pins in (("lock.txt", LOCK), ("lock-dev.txt", LOCK_DEV)):
        unhashed = [package for package, (_, _, hashes) in pins.items() if hashes == 0]
        assert not unhashed, f"requirements/{name}: no hash for {unhashed}"


def test_runtime_lock_is_the_dev_lock_without_dev_tools():
    """Both files come from one resolution: the image runs exactly the versions CI tested."""
    for name, (version, _, _) in LOCK.items():
        assert name in LOCK_DEV, f"{name} is in lock.txt but not in lock-dev.txt"
        assert LOCK_DEV[name][0] == version, f"{name}: {version} in lock.txt, {LOCK_DEV[name][0]} in lock-dev.txt"
    for requirement in DEV:
        if canonicalize_name(requirement.name) not in {canonicalize_name(r.name) for r in RUNTIME}:
            assert canonicalize_name(requirement.name) not in LOCK, f"dev tool {requirement.name} in lock.txt"


def test_build_input_mirrors_the_build_system():
    build_in = [
        Requirement(line.strip())
        for line in (ROOT / "requirements" / "build.in").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert sorted(map(str, build_in)) == sorted(map(str, BUILD))


def test_installs_go_through_the_locks():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "LOCK_DEV := requirements/lock-dev.txt" in makefile and "--require-hashes -r $(LOCK_DEV)" in makefile
    assert "--require-hashes -r requirements/lock.txt" in dockerfile
    for text in (makefile, dockerfile):
        assert "--no-deps --no-build-isolation" in text, "the project itself must not pull unpinned packages"
