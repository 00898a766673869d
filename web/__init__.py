"""web stage of dangan: the read-only view for auditors and unit staff (``create_app``).

Imported lazily so ``import dangan.web.auth`` (the CLI's ``user add``) does not load FastAPI.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from dangan.web.app import create_app

        return create_app
    raise AttributeError(name)
