"""Chinese names of the states and events the web view shows (one table each, used by every page)."""

from __future__ import annotations

DOC_STATUS_LABELS: dict[str, str] = {
    "stored": "已入库（待识别）",
    "extracted": "已识别",
    "extract_failed": "识别失败",
    "quarantined": "已隔离",
    "closed": "已撤档",
}

EVENT_LABELS: dict[str, str] = {
    "ingested": "接收",
    "hashed": "计算摘要",
    "stored": "原件入库",
    "held": "法定保留",
    "extracted": "字段识别",
    "quarantined": "隔离",
    "corrected": "人工更正",
    "review": "人工复核",
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
    "fixity-check-document": "完整性核验",
    "ids-revealed": "显示完整证件号",
}

OUTCOME_LABELS: dict[str, str] = {"success": "成功", "failure": "失败"}

HOUSEHOLD_STATUS_LABELS: dict[str, str] = {"open": "在档", "closed": "已撤档"}


def doc_status(status: str | None) -> str:
    return DOC_STATUS_LABELS.get(status or "", status or "")


def event_type(name: str | None) -> str:
    return EVENT_LABELS.get(name or "", name or "")


def outcome(name: str | None) -> str:
    return OUTCOME_LABELS.get(name or "", name or "")


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
