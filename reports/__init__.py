"""reports stage of dangan: the rectification (整改) report as XLSX and as printable HTML.

Imported lazily so reading findings (``dangan.reports.data``) does not load matplotlib.
"""

from __future__ import annotations

from typing import Any

__all__ = ["write_html_report", "write_xlsx_report"]


def __getattr__(name: str) -> Any:
    if name == "write_xlsx_report":
        from dangan.reports.xlsx import write_xlsx_report

        return write_xlsx_report
    if name == "write_html_report":
        from dangan.reports.html import write_html_report

        return write_html_report
    raise AttributeError(name)
