"""Every error a user can meet, each with its exit code and a message that says what to do.

The CLI (``dangan.cli``) is the one place where these become exit codes; everything else raises.
Modelled on OCRmyPDF's ``exceptions`` module.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    ok = 0
    bad_args = 2
    input_file = 3
    store_unavailable = 4
    store_not_safe = 5
    database = 6
    not_found = 7
    permission_denied = 8
    external_program = 9
    invalid_data = 10
    ctrl_c = 130


class DanganError(Exception):
    """Base class: ``str(err)`` is the one line shown to the user."""

    exit_code: ExitCode = ExitCode.bad_args
    message: str = "出错了 (an error occurred)"

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.message)


class ConfigError(DanganError):
    exit_code = ExitCode.bad_args
    message = "配置有误：请检查 DANGAN_* 环境变量 (check the DANGAN_* environment variables)"


class InputFileError(DanganError):
    exit_code = ExitCode.input_file
    message = "输入文件无法读取 (the input file cannot be read)"


class StoreUnavailable(DanganError):
    exit_code = ExitCode.store_unavailable
    message = "对象存储无法连接：请先运行 `dangan up` 或检查 DANGAN_S3_ENDPOINT (object store not reachable)"


class StoreNotSafe(DanganError):
    """The store accepted lock settings it does not enforce: never trust it with originals."""

    exit_code = ExitCode.store_not_safe
    message = "对象存储未强制执行对象锁定，拒绝使用 (the object store does not enforce object lock)"


class DatabaseError(DanganError):
    exit_code = ExitCode.database
    message = "数据库无法使用：请检查 DANGAN_DATABASE_URL (database unavailable)"


class NotFound(DanganError):
    exit_code = ExitCode.not_found
    message = "未找到 (not found)"


class PermissionDenied(DanganError):
    exit_code = ExitCode.permission_denied
    message = "无权访问 (permission denied)"


class ExternalProgramError(DanganError):
    exit_code = ExitCode.external_program
    message = "外部程序运行失败 (an external program failed)"


class InvalidData(DanganError):
    exit_code = ExitCode.invalid_data
    message = "数据不合规 (invalid data)"


class RejectedFile(DanganError):
    """A file that must go to quarantine; ``reason`` is shown to archive staff (Chinese first)."""

    exit_code = ExitCode.input_file

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
