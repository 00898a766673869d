"""Small synthetic corpora shared by the synth tests (generated once per test session, in process)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dangan.synth.generate import Summary, generate


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Summary]:
    """Three damaged households at the real 200-300 dpi, all formats, nothing planted."""
    out = tmp_path_factory.mktemp("synth") / "corpus"
    return out, generate(out, 3, 11, workers=1)


@pytest.fixture(scope="session")
def planted_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Summary]:
    """Six clean JPEG households, every one with a planted mismatch, half missing a material."""
    out = tmp_path_factory.mktemp("synth") / "planted"
    return out, generate(out, 6, 5, damage=False, formats=["jpg"], plant_rate=1.0, remove_rate=0.5, workers=1,
                         dpi=100)
