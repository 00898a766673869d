"""Web users and their passwords.

Passwords are hashed with the standard library's ``hashlib.scrypt`` (memory-hard, RFC 7914): it is as
strong as the usual extra packages for a handful of archive staff, and it adds no dependency
(passlib is unmaintained; argon2-cffi/bcrypt would be one more compiled wheel to vet and pin).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from dangan.errors import InvalidData
from dangan.storage.db import User, record_event

ROLES: dict[str, str] = {"auditor": "审计人员", "unit_staff": "单位经办人", "admin": "管理员"}
_N, _R, _P, _DKLEN = 2**14, 8, 1, 32  # 16 MiB of memory per hash: slow for attackers, fine for a log-in


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """``scrypt$N$r$p$salt$hash`` so the cost can be raised later without breaking stored hashes."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=_DKLEN)
    return f"scrypt${_N}${_R}${_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, hash_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(hash_b64)
        digest = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt_b64), n=int(n),
                                r=int(r), p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)


# Compared against when the user does not exist, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = hash_password("dangan-no-such-user", salt=b"\0" * 16)


def authenticate(session: Session, username: str, password: str) -> User | None:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        verify_password(password, _DUMMY_HASH)
        return None
    return user if verify_password(password, user.password_hash) else None


def add_user(
    session: Session, username: str, *, role: str, password: str, unit: str | None = None,
    actor: str = "cli",
) -> User:
    """Create or update a user; unit staff must name their unit (属地管理: they only see that unit)."""
    username = username.strip()
    if not username:
        raise InvalidData("用户名不能为空 (empty user name)")
    if role not in ROLES:
        raise InvalidData(f"角色应为 {' | '.join(ROLES)} (unknown role {role!r})")
    if role == "unit_staff" and not unit:
        raise InvalidData("单位经办人必须指定 --unit (unit staff need --unit)")
    if len(password) < 8:
        raise InvalidData("密码至少 8 位 (password must have at least 8 characters)")
    user = session.scalar(select(User).where(User.username == username))
    created = user is None
    if user is None:
        user = User(username=username, password_hash="", role=role)
        session.add(user)
    user.password_hash = hash_password(password)
    user.role = role
    user.unit = unit if role == "unit_staff" else unit or None
    session.flush()
    record_event(session, "user-added" if created else "user-updated", actor=actor, username=username,
                 role=role, unit=user.unit)
    return user
