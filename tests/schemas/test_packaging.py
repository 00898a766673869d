"""A clean install: every folder of package data is a declared package, so setuptools has nothing to warn.

setuptools warns ("Package 'dangan.schemas.rulesets' is absent from the `packages` configuration") for
each folder inside a package whose files are installed but which is not itself listed; this test walks
the same folders the wheel ships and finds every such folder listed, with its files in package-data.
"""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

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
