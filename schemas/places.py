"""China's administrative divisions (GB/T 2260: provinces, cities, counties), for the place names of addresses.

OCR misreads the rarer characters of place names (溆浦县 read 淑浦县, 雨湖区 read 币湖区, 株洲市 read 株州市). An
address names its divisions from the top down (省 → 市 → 县/区), and each level may only name a division of the
level above, so a name one character away from exactly one such division, with the same suffix, is that division
misread. ``correct_divisions`` repairs those names and nothing else: what follows the county (streets, villages,
house numbers) is not in the gazetteer and is left as read.

The gazetteer is the ``cpca`` package's table of divisions (its ``resources/adcodes.csv``, 12-digit codes whose
first six digits are the GB/T 2260 code). It is read directly: importing ``cpca`` itself builds an address matcher
with pandas that this check does not need.
"""

from __future__ import annotations

import csv
import importlib.util
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from dangan.errors import ConfigError


@dataclass(frozen=True)
class Division:
    code: str  # six digits: 2 province, 2 city, 2 county
    name: str  # as printed in full: 湖南省, 怀化市, 溆浦县

    @property
    def level(self) -> int:
        """0 province, 1 city (prefecture), 2 county (county-level city, district, banner)."""
        return 0 if self.code.endswith("0000") else 1 if self.code.endswith("00") else 2

    def contains(self, other: Division) -> bool:
        return other.code.startswith(self.code[: (self.level + 1) * 2]) and other.level > self.level


class GazetteerMissing(ConfigError):
    """The ``cpca`` package (a dependency) is not installed: one line that says to reinstall, no traceback."""

    message = "缺少行政区划表（cpca 包）：请重新安装依赖 (pip install -e .)"


def _table() -> Path:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerMissing()
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"


@lru_cache(maxsize=1)
def divisions() -> tuple[Division, ...]:
    with _table().open(encoding="utf-8") as f:
        return tuple(Division(row["adcode"][:6], row["name"]) for row in csv.DictReader(f) if row["name"])


@cache
def _children(parent_code: str | None) -> tuple[Division, ...]:
    """Divisions directly under ``parent_code`` (None: the provinces); under a province, its counties too
    (an address may skip the city: 湖南省溆浦县)."""
    every = divisions()
    if parent_code is None:
        return tuple(d for d in every if d.level == 0)
    parent = next(d for d in every if d.code == parent_code)
    return tuple(d for d in every if parent.contains(d))


def _one_apart(read: str, name: str) -> bool:
    """Same length, same last character (the suffix 省/市/县/区 is what says the level: 芙蓉路 is no 芙蓉区), and
    exactly one other character differs."""
    if len(read) != len(name) or len(name) < 3 or read[-1] != name[-1]:
        return False
    return sum(a != b for a, b in zip(read, name, strict=True)) == 1


def _next_division(text: str, pos: int, parent: str | None) -> tuple[Division, bool] | None:
    """The division of ``parent`` named at ``pos``: read exactly (False), or one character misread (True) when
    exactly one division of ``parent`` is that close."""
    options = _children(parent)
    exact = [d for d in options if text.startswith(d.name, pos)]
    if exact:
        return max(exact, key=lambda d: len(d.name)), False
    near = [d for d in options if _one_apart(text[pos : pos + len(d.name)], d.name)]
    if len({d.name for d in near}) > 1:  # 株州市: 株洲市 or 郴州市? the county named next decides (芦淞区 is 株洲's)
        near = [d for d in near if d.level < 2 and any(text.startswith(c.name, pos + len(d.name))
                                                       for c in _children(d.code))]
    return (near[0], True) if len({d.name for d in near}) == 1 else None


def correct_divisions(text: str) -> str:
    """``text`` with the misread names of its leading divisions repaired (unchanged when nothing is sure).

    Starts at the province (or at a city or county when the address begins there) and descends while each
    name is a division of the one before it.
    """
    pos, parent, out = 0, None, text
    if _next_division(out, 0, None) is None:  # no province: the address may begin at its city or county
        start = _start_below_province(out)
        if start is None:
            return text
        parent = start
    while (found := _next_division(out, pos, parent)) is not None:
        division, misread = found
        if misread:
            out = out[:pos] + division.name + out[pos + len(division.name) :]
        pos += len(division.name)
        parent = division.code
        if division.level == 2:
            break
    return out


@lru_cache(maxsize=4096)
def names_division_first(text: str) -> bool:
    """Whether ``text`` begins with a division's name read exactly: a province, or a city or county (three
    characters or more) whose province is sure ("株洲市荷塘区民政局", "湖南省民政厅")."""
    found = _next_division(text, 0, None)
    return (found is not None and not found[1]) or _start_below_province(text) is not None


def _start_below_province(text: str) -> str | None:
    """The province whose city or county the address begins with, read exactly and unique among all."""
    hits = {d.code[:2] + "0000" for d in divisions() if d.level > 0 and len(d.name) >= 3 and text.startswith(d.name)}
    return next(iter(hits)) if len(hits) == 1 else None
