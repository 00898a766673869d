"""How CLI commands run Prefect flows: against the stack's server (``dangan up``), in process.

A command that runs a flow talks to the running Prefect server (its URL is in
``$DANGAN_DATA_DIR/prefect/stack.json``, or DANGAN_PREFECT_API_URL for another host's server): no
temporary server per command (that cost 12–16 s each). Only without a running stack does Prefect fall
back to its temporary server. Read-only commands never come here (no Prefect import: ~1 s saved).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import Any


@contextlib.contextmanager
def prefect_defaults() -> Iterator[None]:
    """Quiet logs, the stack's API URL, no flow-run heartbeats (env settings still win)."""
    # Flow and task failures are reported by us in one line; Prefect's console handler would print
    # tracebacks. Its API handler (the run history in the Prefect UI) keeps every log line.
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "CRITICAL")
    from dangan import stack
    from dangan.config import load_settings

    # a live server process is trusted as it is (the client retries while it is busy); its health is
    # ``dangan status``'s business, and a temporary server is only for when no stack runs at all
    url = None if os.environ.get("PREFECT_API_URL") else stack.api_url(load_settings(), check=False)
    from prefect.settings import (
        PREFECT_API_URL,
        PREFECT_FLOWS_HEARTBEAT_FREQUENCY,
        PREFECT_LOGGING_LEVEL,
        PREFECT_SERVER_ANALYTICS_ENABLED,
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS,
        temporary_settings,
    )

    updates: dict[Any, Any] = {PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}
    if url:
        updates[PREFECT_API_URL] = url
    with (
        temporary_settings(
            set_defaults={
                # only without a stack: on a busy two-core machine the temporary server took 40–70 s
                PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS: 300,
                PREFECT_LOGGING_LEVEL: "WARNING",
                PREFECT_SERVER_ANALYTICS_ENABLED: False,
            }
        ),
        # no flow-run heartbeats: ~1 s less per flow run (see dangan.flows.ingest.quick_flow_runs)
        temporary_settings(updates=updates),
    ):
        yield
