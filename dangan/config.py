"""Configuration from environment variables, read once per call (no hidden globals)."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DATA_DIR = ".dangan"
EMBEDDED_S3_HOST = "127.0.0.1"
EMBEDDED_S3_PORT = 8333
DEFAULT_MAX_PAGES = 10_000  # a sanity limit far above a household's bundle scanned as one file
MAX_FILE_BYTES = 256 * 1024 * 1024  # one file: the intake check and extraction accept the same


def max_pages() -> int:
    """Pages one file may have (``DANGAN_MAX_PAGES``): the same cap for the intake check and extraction.

    Pages are streamed a batch at a time, so memory does not grow with this number; it only stops a
    file that claims an absurd page count.
    """
    try:
        return max(1, int(os.environ.get("DANGAN_MAX_PAGES", DEFAULT_MAX_PAGES)))
    except ValueError:
        return DEFAULT_MAX_PAGES


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    s3_endpoint: str | None  # None: use the embedded SeaweedFS server
    s3_access_key: str | None
    s3_secret_key: str | None
    s3_secure: bool
    database_url: str
    rules: str
    ocr_engine: str
    embedded_s3_port: int
    bucket_prefix: str  # lets tests (and several deployments) share one S3 server

    @property
    def uses_embedded_store(self) -> bool:
        return self.s3_endpoint is None

    def bucket(self, name: str) -> str:
        """Bucket name for one of: inbox, originals, derived, quarantine."""
        return f"{self.bucket_prefix}{name}"

    @property
    def embedded_endpoint(self) -> str:
        return f"{EMBEDDED_S3_HOST}:{self.embedded_s3_port}"

    def secret(self, name: str) -> bytes:
        """A random key kept in a 0600 file under the data dir (``<name>.key``), made on first use.

        Keyed hashes of personal values (``schemas.validators.keyed_hash``) use ``secret("pii-hash")``:
        the event log can then say "the same value again" without holding the value, and a stolen
        database alone cannot be brute-forced back to ID numbers.
        """
        path = self.data_dir / f"{name}.key"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{name}.{os.getpid()}.tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="ascii") as fh:
                fh.write(secrets.token_urlsafe(48))
            try:  # two processes at once: the first link wins, both then read the same key
                os.link(tmp, path)
            except FileExistsError:
                pass
            finally:
                os.unlink(tmp)
        return path.read_text(encoding="ascii").strip().encode("ascii")


def load_settings() -> Settings:
    data_dir = Path(os.environ.get("DANGAN_DATA_DIR", DEFAULT_DATA_DIR)).expanduser().resolve()
    endpoint = os.environ.get("DANGAN_S3_ENDPOINT") or None
    secure = False
    if endpoint and endpoint.startswith(("http://", "https://")):
        secure = endpoint.startswith("https://")
        endpoint = endpoint.split("://", 1)[1]
    database_url = os.environ.get("DANGAN_DATABASE_URL") or f"sqlite:///{data_dir / 'dangan.db'}"
    return Settings(
        data_dir=data_dir,
        s3_endpoint=endpoint.rstrip("/") if endpoint else None,
        s3_access_key=os.environ.get("DANGAN_S3_ACCESS_KEY") or None,
        s3_secret_key=os.environ.get("DANGAN_S3_SECRET_KEY") or None,
        s3_secure=secure,
        database_url=database_url,
        rules=os.environ.get("DANGAN_RULES", "national"),
        ocr_engine=os.environ.get("DANGAN_OCR_ENGINE", "rapidocr"),
        embedded_s3_port=int(os.environ.get("DANGAN_S3_PORT", str(EMBEDDED_S3_PORT))),
        bucket_prefix=os.environ.get("DANGAN_BUCKET_PREFIX", ""),
    )
