"""Printings of the four application forms added with rotation 3 (2026-12-05), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from the seeds and REAL-DOCUMENTS.md with the parts of ``forms_draw``; labels as the seeds word them.
"""

from __future__ import annotations

# forms registers each kind's first printing and the printings of rotations 1 and 2 before these
from dangan.synth import forms  # noqa: F401
