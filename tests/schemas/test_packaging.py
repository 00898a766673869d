"""A clean install: every folder of package data is a declared package, so setuptools has nothing to warn.

setuptools warns ("Package 'dangan.schemas.rulesets' is absent from the `packages` configuration") for
each folder inside a package whose files are installed but which is not itself listed; this test walks
the same folders the wheel ships and finds every such folder listed, with its files in package-data.
"""

from __future__ import annotations

import fnmatch
import os
import re
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_every_data_folder_is_a_declared_package() -> None:
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    packages, dirs, data = set(conf["packages"]), conf["package-dir"], conf["package-data"]
    for pkg, folder in dirs.items():
        for sub in (ROOT / folder).rglob("*"):
            if not sub.is_dir() or "__pycache__" in sub.parts or (sub / "__init__.py").exists():
                continue
            files = [f for f in sub.iterdir() if f.is_file()]
            if not files:
                continue
            name = ".".join([pkg, *sub.relative_to(ROOT / folder).parts])
            assert name in packages, f"{name} ({sub}) holds files but is not in packages"
            patterns = data.get(name, [])
            shipped = [f for f in files if any(fnmatch.fnmatch(f.name, p) for p in patterns)]
            assert shipped, f"{name}: none of its files is in package-data"
    assert "toml" in " ".join(data["dangan.schemas.rulesets"])


# pip's own complaints about this machine's index configuration (a configured folder that is absent) are
# the machine's, not the project's packaging.
_MACHINE_PIP_NOISE = re.compile(r"Location '.*' is ignored")


def _warnings_in(output: str) -> list[str]:
    return [line for line in output.splitlines()
            if re.search(r"warn|!!", line, re.I) and not _MACHINE_PIP_NOISE.search(line)]


def _pip(python: Path, *args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run([str(python), "-m", "pip", "--disable-pip-version-check", *args],
                          capture_output=True, text=True, timeout=600, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout + done.stderr


@pytest.mark.slow
def test_wheel_builds_without_warnings(tmp_path: Path) -> None:
    """The wheel a release would ship: no filter at all, and setuptools has nothing to say."""
    output = _pip(Path(sys.executable), "wheel", "--no-deps", "-w", str(tmp_path), str(ROOT))
    assert list(tmp_path.glob("dangan-*.whl")), output
    assert _warnings_in(output) == []


@pytest.mark.slow
def test_editable_install_as_dev_does_it_prints_no_warning(tmp_path: Path) -> None:
    """``./dev setup``'s editable install, with the one notice it silences, into a fresh venv: nothing else.

    Without dev's filter the same install prints setuptools' generic "Editable installation" notice, which
    shows the check can see what pip prints.
    """
    notice_filter = re.search(r'^EDITABLE_NOTICE_FILTER="([^"]+)"', (ROOT / "dev").read_text(encoding="utf-8"), re.M)
    assert notice_filter, "dev no longer names the notice it silences"
    venv.create(tmp_path / "venv", with_pip=True)
    python = tmp_path / "venv" / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"}
    _pip(python, "install", "-q", "-U", "pip", env=env)  # as dev does: older pips hide backend warnings
    unfiltered = _pip(python, "install", "--no-deps", "-e", str(ROOT), env=env)
    assert any("Editable installation" in line for line in _warnings_in(unfiltered)), unfiltered
    output = _pip(python, "install", "--no-deps", "--force-reinstall", "-e", str(ROOT),
                  env={**env, "PYTHONWARNINGS": notice_filter.group(1)})
    assert _warnings_in(output) == []
