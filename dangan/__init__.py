"""dangan (档案): digitise and reconcile the paper archives of workers' households in hardship."""

from __future__ import annotations

__version__ = "0.1.0"
