"""How CLI commands run Prefect flows (settings shared by every command that runs one)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator


@contextlib.contextmanager
def prefect_defaults() -> Iterator[None]:
    """Quiet logs and a patient ephemeral server for CLI runs (env settings still win).

    Without PREFECT_API_URL, Prefect starts a temporary local API server on the first flow run; on a
    busy two-core machine that took 40–70 s here, more than Prefect's default start-up timeout.
    """
    # Flow and task failures are reported by us in one line; Prefect's console handler would print
    # tracebacks. Its API handler (the run history in the Prefect UI) keeps every log line.
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "CRITICAL")
    from prefect.settings import (
        PREFECT_FLOWS_HEARTBEAT_FREQUENCY,
        PREFECT_LOGGING_LEVEL,
        PREFECT_SERVER_ANALYTICS_ENABLED,
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS,
        temporary_settings,
    )

    with (
        temporary_settings(
            set_defaults={
                PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS: 300,
                PREFECT_LOGGING_LEVEL: "WARNING",
                PREFECT_SERVER_ANALYTICS_ENABLED: False,
            }
        ),
        temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}),
    ):
        # no flow-run heartbeats: ~1 s less per document (see dangan.flows.ingest.quick_flow_runs)
        yield
