"""Chinese names of the states and events the database holds: the one table each, for every output.

The database stores short English codes (``Document.status``, ``Household.status``,
``Event.event_type``, ``Event.outcome``); people read these names instead. ``dangan status``, the web
pages and anything else that shows a state import them from here, so a new state gets its name in one
place and no output can fall behind (the web view and the CLI once had copies that drifted).
"""

from __future__ import annotations

from collections.abc import Mapping

# Document.status: stored (original locked, not read yet) → extracted | extract_failed
DOC_STATUS_LABELS: dict[str, str] = {
    "stored": "已入库（待识别）",
    "extracted": "已识别",
    "extract_failed": "识别失败",
    "quarantined": "已隔离",
    "closed": "已撤档",
}

# Household.status: open until the archive is closed (dangan store close)
HOUSEHOLD_STATUS_LABELS: dict[str, str] = {"open": "在档", "closed": "已撤档"}

# Event.event_type: every type passed to ``dangan.storage.db.record_event``
EVENT_LABELS: dict[str, str] = {
    "ingested": "接收",
    "hashed": "计算摘要",
    "stored": "原件入库",
    "duplicate": "重复文件",
    "held": "法定保留",
    "hold-released": "解除法定保留",
    "extracted": "字段识别",
    "notice_settled": "公示姓名核定",  # a notice listing several households takes its household's name
    "quarantined": "隔离",
    "corrected": "人工更正",
    "imported": "导入电子档案",
    "reconciled": "纸电核查",
    "resolved": "问题整改",
    "reported": "生成报告",
    "viewed": "查阅",
    "login": "登录",
    "user-added": "添加用户",
    "user-updated": "修改用户",
    "closed": "撤档",
    "retention-set": "设定保管期限",
    "fixity-checked": "完整性核验",
    "ids-revealed": "显示完整证件号",
}

# What became of one file or key at intake (``dangan ingest``, the watcher), then of its reading
INTAKE_RESULT_LABELS: dict[str, str] = {
    "stored": "已入库",
    "duplicate": "重复",
    "quarantined": "已隔离",
    "missing": "已不在收件箱",
    "error": "出错",
    "skipped": "已跳过",
    "extracted": "已识别",
    "extract_failed": "识别失败",
    "extract_retry": "识别待重试",
}

# Finding.kind and Finding.status (reports, the web view and ``dangan findings``)
FINDING_KIND_LABELS: dict[str, str] = {"mismatch": "不一致", "missing_material": "缺少材料", "rule": "规则问题",
                                       "paper_conflict": "纸质材料之间不一致"}
FINDING_STATUS_LABELS: dict[str, str] = {"open": "待整改", "resolved": "已整改"}

# Event.outcome
OUTCOME_LABELS: dict[str, str] = {"success": "成功", "failure": "失败"}
# Event.outcome of a "viewed" event, as the access register (查阅登记) says it
VIEW_OUTCOME_LABELS: dict[str, str] = {"success": "已查看", "failure": "被拒绝"}


def label(table: Mapping[str, str], code: str | None) -> str:
    """The Chinese name of ``code``; an unknown code is shown as it is (better than a blank cell)."""
    return table.get(code or "", code or "")
