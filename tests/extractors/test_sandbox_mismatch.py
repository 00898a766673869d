"""A parse target that does not take the call's arguments (parent and child running different code) is a
service error, never a damaged file: good scans must not be quarantined for it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from dangan.errors import ExternalProgramError, InputFileError
from dangan.extractors.sandbox import run_isolated


def _scan(tmp_path: Path) -> Path:
    path = tmp_path / "page.png"
    Image.fromarray(np.full((120, 90), 255, np.uint8)).save(path)
    return path


def test_a_target_called_with_other_arguments_is_no_damaged_file(tmp_path: Path) -> None:
    path = _scan(tmp_path)
    with pytest.raises(ExternalProgramError, match="different code") as info:
        # one argument short of what _parse_image takes: an older caller's call
        run_isolated("dangan.extractors.pages:_parse_image", [str(path), 300, True, 0, 1 << 20])
    assert not isinstance(info.value, InputFileError)


def test_a_target_that_does_not_exist_is_no_damaged_file(tmp_path: Path) -> None:
    with pytest.raises(ExternalProgramError, match="different code"):
        run_isolated("dangan.extractors.pages:_no_such_parser", [str(_scan(tmp_path))])


def test_a_damaged_file_is_still_one(tmp_path: Path) -> None:
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 40)
    with pytest.raises(InputFileError):
        run_isolated("dangan.extractors.pages:_parse_image", [str(bad), 300, True, 0, 1 << 20, None])
