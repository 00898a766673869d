"""Layouts of each kind of paper, and which of them are held out.

A *layout* is one printing of a paper (one hospital's 诊断证明书, a 身份证 photocopied front-and-back on one
A4 sheet, a unit's re-typeset 建档申请表 …). Readers are tuned on the *seen* layouts only; the *held-out*
ones measure whether what was tuned generalises (``benchmarks/extraction_accuracy.py`` reports both
columns). Which layouts are held out rotates with ``HELD_OUT_ROTATION`` so that adding layouts does not
quietly turn a held-out layout into a seen one: rotate it whenever layouts are added, and say so in the
commit.

Every draw function of one kind has the same signature (that kind's existing signature in ``render`` or
``forms``); ``choose`` picks one among the layouts allowed by the corpus's mode.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

Mode = Literal["all", "seen", "held-out"]
MODES: tuple[Mode, ...] = ("all", "seen", "held-out")

# bump when layouts are added (see the module docstring). 1: the first layout of every kind (the one the
# readers were first written against) is seen; with three layouts the third (index 2) is held out.
HELD_OUT_ROTATION = 1


@dataclass(frozen=True)
class Layout:
    kind: str  # e.g. "application_form", "id_card", "income_proof" (one signature per kind)
    name: str  # stable, human-readable: "身份证/正反同页"
    draw: Callable[..., Any]


_REGISTRY: dict[str, list[Layout]] = {}


def layout(kind: str, name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Decorator: register ``draw`` as one layout of ``kind`` (registration order is the layout's index)."""

    def register(draw: Callable[..., Any]) -> Callable[..., Any]:
        entries = _REGISTRY.setdefault(kind, [])
        if any(e.name == name for e in entries):
            raise ValueError(f"layout {name!r} registered twice for {kind!r}")
        entries.append(Layout(kind, name, draw))
        return draw

    return register


def layouts_of(kind: str) -> list[Layout]:
    return list(_REGISTRY.get(kind, []))


def is_held_out(kind: str, name: str) -> bool:
    """One layout in three of each kind is held out (at least one whenever a kind has two or more)."""
    entries = _REGISTRY.get(kind, [])
    if len(entries) < 2:
        return False
    index = next(i for i, e in enumerate(entries) if e.name == name)
    period = 3 if len(entries) >= 3 else 2
    return (index + HELD_OUT_ROTATION) % period == 0


def kinds() -> list[str]:
    """Every registered kind, in registration order."""
    return list(_REGISTRY)


def choose(kind: str, rng: random.Random, mode: Mode = "all") -> Layout:
    """A layout of ``kind`` allowed by ``mode`` (a kind with one layout always gives that one)."""
    entries = _REGISTRY.get(kind, [])
    if not entries:
        raise KeyError(f"no layout registered for {kind!r}")
    if mode == "all" or len(entries) < 2:
        allowed = entries
    else:
        want_held = mode == "held-out"
        allowed = [e for e in entries if is_held_out(kind, e.name) == want_held]
    return rng.choice(allowed or entries)
