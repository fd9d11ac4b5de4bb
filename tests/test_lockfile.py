"""requirements.lock pins every Python package the project installs, with its hashes.

``make install`` installs the lock with ``--require-hashes`` and then the project itself
with ``--no-deps``, so a clean clone gets the very packages the tests passed with, not
whatever releases appeared since. These tests catch a lock that has fallen behind
pyproject.toml (a new dependency, a narrowed range: run ``make lock``) and an environment
not installed from it.
"""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"


def locked(text: str) -> dict[str, tuple[str, list[str]]]:
    """The lock's pins: ``{name: (version, [hashes])}``, names canonical."""
    pins: dict[str, tuple[str, list[str]]] = {}
    logical = text.replace("\\\n", " ")
    for line in logical.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        words = line.split()
        requirement = Requirement(words[0])
        assert not requirement.marker, f"{words[0]}: a pin for some environments only"
        (spec,) = requirement.specifier
        assert spec.operator == "==", f"{words[0]}: not an exact pin"
        hashes = [w.removeprefix("--hash=") for w in words[1:] if w.startswith("--hash=")]
        assert len(hashes) == len(words) - 1, f"{words[0]}: options other than hashes"
        pins[canonicalize_name(requirement.name)] = (spec.version, hashes)
    return pins


def declared() -> list[Requirement]:
    """What pyproject.toml asks for: the dependencies, the test extra and the build backend."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    lines = [
        *project["project"]["dependencies"],
        *project["project"]["optional-dependencies"]["test"],
        *project["build-system"]["requires"],
    ]
    return [Requirement(line) for line in lines]


def test_the_parser_reads_pins_hashes_and_refuses_loose_lines():
    text = "# made by make lock\nabc==1.0 \\\n    --hash=sha256:aa \\\n    --hash=sha256:bb\n"
    assert locked(text) == {"abc": ("1.0", ["sha256:aa", "sha256:bb"])}
    for loose in ("abc>=1.0 --hash=sha256:aa\n", "abc==1.0 --index-url x --hash=sha256:aa\n"):
        try:
            locked(loose)
        except AssertionError:
            continue
        raise AssertionError(f"accepted {loose!r}")


def test_every_requirement_of_pyproject_is_pinned_within_its_range():
    pins = locked(LOCK.read_text("utf-8"))
    for requirement in declared():
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement} is not in requirements.lock: run make lock"
        version, _ = pins[name]
        assert requirement.specifier.contains(version, prereleases=True), (
            f"requirements.lock pins {name}=={version}, outside {requirement}: run make lock"
        )


def test_every_pin_has_a_hash():
    for name, (_, hashes) in locked(LOCK.read_text("utf-8")).items():
        assert hashes and all(h.startswith("sha256:") for h in hashes), name


def _dependencies(name: str, extras: frozenset[str]) -> set[str]:
    """Canonical names of what an installed distribution needs, with ``extras``."""
    needed = set()
    for line in metadata.requires(name) or []:
        requirement = Requirement(line)
        if requirement.marker is None or any(
            requirement.marker.evaluate({"extra": extra}) for extra in extras or {""}
        ):
            needed.add(canonicalize_name(requirement.name))
    return needed


def test_the_lock_holds_everything_the_installed_packages_need():
    """Walks the installed metadata from tukena[test] down: no package is missing from
    the lock, which ``--require-hashes`` would refuse to install on a clean clone."""
    pins = locked(LOCK.read_text("utf-8"))
    seen: set[str] = set()
    todo = _dependencies("tukena", frozenset({"test"}))
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        assert name in pins, f"{name} is installed as a dependency but not in requirements.lock"
        todo |= _dependencies(name, frozenset())
    assert {"pydantic-core", "jinja2", "greenlet"} <= seen  # indirect ones were walked


def test_the_environment_runs_the_locked_versions():
    """``make install`` installed the lock: each pinned package is there at its version."""
    for name, (version, _) in locked(LOCK.read_text("utf-8")).items():
        assert metadata.version(name) == version, f"{name}: installed {metadata.version(name)}"
