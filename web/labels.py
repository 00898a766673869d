"""How the web view names states, events and event details (the names themselves: ``schemas.display``)."""

from __future__ import annotations

from dangan.schemas.display import (
    DOC_STATUS_LABELS,
    EVENT_LABELS,
    HOUSEHOLD_STATUS_LABELS,
    OUTCOME_LABELS,
    VIEW_OUTCOME_LABELS,
    label,
)

__all__ = [
    "DETAIL_LABELS",
    "DOC_STATUS_LABELS",
    "EVENT_LABELS",
    "HOUSEHOLD_STATUS_LABELS",
    "OUTCOME_LABELS",
    "VIEW_OUTCOME_LABELS",
    "detail_key",
    "doc_status",
    "event_type",
    "household_status",
    "outcome",
    "view_outcome",
]


def doc_status(status: str | None) -> str:
    return label(DOC_STATUS_LABELS, status)


def household_status(status: str | None) -> str:
    return label(HOUSEHOLD_STATUS_LABELS, status)


def event_type(name: str | None) -> str:
    return label(EVENT_LABELS, name)


def outcome(name: str | None) -> str:
    return label(OUTCOME_LABELS, name)


def view_outcome(name: str | None) -> str:
    return label(VIEW_OUTCOME_LABELS, name)


DETAIL_LABELS: dict[str, str] = {
    "page": "页面", "role": "角色", "unit": "单位", "filters": "筛选", "shown": "显示", "total": "共计",
    "archive_no": "职工编号", "finding_id": "问题编号", "document_id": "文件编号", "household_id": "档案编号",
    "reason": "原因", "address": "地址", "sha256": "SHA-256", "sm3": "SM3", "bucket": "存储桶",
    "version_id": "版本", "legal_hold": "法定保留", "doc_type": "材料", "pages": "页数", "fields": "字段数",
    "needs_review": "待复核", "engine": "识别引擎", "original_name": "原文件名", "size": "大小",
    "media_type": "类型", "username": "用户名", "username_hash": "用户名（散列）", "label": "字段",
    "action": "操作", "correction_id": "更正编号", "rules": "规则集", "run_id": "核查批次",
    "households": "户数", "findings": "问题数", "out": "输出", "html": "HTML",
}


def detail_key(key: str) -> str:
    return DETAIL_LABELS.get(key, key)
