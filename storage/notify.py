"""Bucket notifications wake the inbox watcher at once; polling stays the fallback.

MinIO sends an S3 event for every completed upload to a configured target. Three of them are
subscribed to here, chosen by ``DANGAN_NOTIFY_URL``:

* ``nats://host:4222/<subject>`` — MinIO's NATS target (``MINIO_NOTIFY_NATS_SUBJECT``); a plain
  subscription also sees what MinIO publishes into JetStream.
* ``redis://host:6379/[<db>/]<key>`` — MinIO's Redis target in ``access`` format (``RPUSH`` of
  ``[{"Event": [...], "EventTime": ...}]`` onto the list ``<key>``), taken with ``BLPOP`` so several
  watchers share the events. (The ``namespace`` format only keeps a hash up to date: nothing to wake on.)
* ``amqp://user:pass@host:5672/<queue>[?exchange=E&exchange_type=T&routing_key=R&vhost=V]`` — MinIO's
  AMQP target publishes to exchange E (type T, default fanout, as in MinIO's settings); the queue is
  declared (durable) and bound to it when E is given.

SeaweedFS (the embedded store) sends none: without ``DANGAN_NOTIFY_URL`` the watcher only polls.
A notification is only a hint: it says "look now", and which key is complete with which size and ETag
(so the watcher need not wait for a second listing). The watcher still lists the inbox and applies its
own rules; a lost or duplicated notification changes nothing but latency. A broker that is away is
retried with backoff in the listener's own thread and never stops the watcher.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, unquote, unquote_plus, urlsplit

from dangan.errors import ConfigError

log = logging.getLogger("dangan.storage.notify")

Announced = dict[str, tuple[int, str]]  # key -> (size, ETag), as in the watcher's listing
ENV = "DANGAN_NOTIFY_URL"


class Wakeup:
    """What listeners tell the watcher: keys announced complete, and a flag that cuts its sleep short."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._announced: Announced = {}
        self._flag = False
        self.received = 0  # events taken (for tests and the status line)

    def notify(self, announced: Announced) -> None:
        with self._cond:
            self._announced.update(announced)
            self._flag = True
            self._cond.notify_all()

    def wait(self, timeout: float) -> bool:
        """Sleep up to ``timeout`` s; True when woken by a notification."""
        with self._cond:
            if not self._flag:
                self._cond.wait(timeout)
            woken, self._flag = self._flag, False
            return woken

    def drain(self) -> Announced:
        with self._cond:
            out, self._announced = self._announced, {}
            return out


def parse_event(payload: bytes | str, bucket: str | None = None) -> Announced:
    """Objects created in ``bucket`` according to one MinIO message (NATS/AMQP/webhook body or a Redis
    access-format entry). Keys arrive URL-encoded (Go's ``url.QueryEscape``); anything else is ignored."""
    try:
        data = json.loads(payload)
    except (ValueError, TypeError):
        return {}
    records: list[Any] = []
    for item in data if isinstance(data, list) else [data]:
        if isinstance(item, dict):
            records += item.get("Records") or item.get("Event") or []
    out: Announced = {}
    for rec in records:
        if not isinstance(rec, dict) or not str(rec.get("eventName", "")).startswith("s3:ObjectCreated:"):
            continue
        s3 = rec.get("s3") or {}
        obj, name = s3.get("object") or {}, (s3.get("bucket") or {}).get("name")
        if (bucket is not None and name != bucket) or not obj.get("key"):
            continue
        out[unquote_plus(str(obj["key"]))] = (int(obj.get("size") or 0), str(obj.get("eTag") or "").strip('"'))
    return out


@dataclass
class Listener:
    """A daemon thread that feeds ``wakeup`` from one broker, reconnecting with backoff; ``stop()`` ends it."""

    url: str
    wakeup: Wakeup
    bucket: str | None
    stopping: threading.Event = field(default_factory=threading.Event)
    connected: threading.Event = field(default_factory=threading.Event)
    thread: threading.Thread | None = None

    def feed(self, payload: bytes | str) -> None:
        announced = parse_event(payload, self.bucket)
        if announced:
            self.wakeup.received += len(announced)
            self.wakeup.notify(announced)

    def start(self) -> Listener:
        run = _RUNNERS[urlsplit(self.url).scheme]
        self.thread = threading.Thread(target=self._forever, args=(run,), name="dangan-notify", daemon=True)
        self.thread.start()
        return self

    def _forever(self, run: Callable[[Listener], None]) -> None:
        from dangan.flows.retry import Backoff

        backoff = Backoff(base=1.0, cap=30.0)
        while not self.stopping.is_set():
            try:
                run(self)
                backoff.reset()
            except Exception as exc:
                self.connected.clear()
                delay = backoff.next_delay()
                log.warning("通知服务无法连接，%.0f 秒后重试，期间按轮询处理 (notifications %s unavailable: %s)",
                            delay, _redacted(self.url), exc)
                self.stopping.wait(delay)

    def stop(self, timeout: float = 5.0) -> None:
        self.stopping.set()
        if self.thread is not None:
            self.thread.join(timeout)


def _redacted(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname}:{parts.port}{parts.path}"


def _path_parts(url: str) -> list[str]:
    return [unquote(p) for p in urlsplit(url).path.split("/") if p]


# --- the three brokers ---------------------------------------------------------------------------------


def _run_nats(lst: Listener) -> None:
    parts = urlsplit(lst.url)
    subject = ".".join(_path_parts(lst.url)) or "minio"

    async def on_msg(msg: Any) -> None:
        lst.feed(msg.data)

    async def main() -> None:
        import nats

        nc = await nats.connect(f"nats://{parts.netloc}", connect_timeout=3, max_reconnect_attempts=-1,
                                allow_reconnect=True)
        try:
            await nc.subscribe(subject, cb=on_msg)
            await nc.flush(timeout=3)
            lst.connected.set()
            while not lst.stopping.is_set():
                await asyncio.sleep(0.2)
        finally:
            await nc.close()

    asyncio.run(main())


def _run_redis(lst: Listener) -> None:
    import redis

    parts, path = urlsplit(lst.url), _path_parts(lst.url)
    if not path:
        raise ConfigError(f"{ENV}: redis URL 须给出列表键 (give the list key: redis://host:6379/<key>)")
    db = int(path[0]) if len(path) > 1 and path[0].isdigit() else 0
    client = redis.Redis(host=parts.hostname or "127.0.0.1", port=parts.port or 6379, db=db,
                         password=parts.password, socket_connect_timeout=3, socket_timeout=10)
    try:
        client.ping()
        lst.connected.set()
        while not lst.stopping.is_set():
            got = client.blpop([path[-1]], timeout=1)
            if got:
                lst.feed(got[1])
    finally:
        client.close()


def _run_amqp(lst: Listener) -> None:
    import pika

    parts, path = urlsplit(lst.url), _path_parts(lst.url)
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    queue = path[-1] if path else "dangan-inbox"
    params = pika.ConnectionParameters(
        host=parts.hostname or "127.0.0.1", port=parts.port or 5672, virtual_host=query.get("vhost", "/"),
        credentials=pika.PlainCredentials(unquote(parts.username or "guest"), unquote(parts.password or "guest")),
        socket_timeout=5, blocked_connection_timeout=30, heartbeat=30,
    )
    conn = pika.BlockingConnection(params)
    try:
        ch = conn.channel()
        ch.queue_declare(queue=queue, durable=True)
        if query.get("exchange"):
            ch.exchange_declare(exchange=query["exchange"], exchange_type=query.get("exchange_type", "fanout"),
                                durable=True)
            ch.queue_bind(queue=queue, exchange=query["exchange"], routing_key=query.get("routing_key", ""))
        ch.basic_consume(queue=queue, on_message_callback=lambda _c, _m, _p, body: lst.feed(body), auto_ack=True)
        lst.connected.set()
        while not lst.stopping.is_set():
            conn.process_data_events(time_limit=0.5)
    finally:
        if conn.is_open:
            conn.close()


_RUNNERS: dict[str, Callable[[Listener], None]] = {
    "nats": _run_nats, "tls": _run_nats, "redis": _run_redis, "amqp": _run_amqp, "amqps": _run_amqp,
}


def notify_url() -> str | None:
    """``DANGAN_NOTIFY_URL`` (through the settings once they carry it), or None: poll only."""
    from dangan.config import load_settings

    return getattr(load_settings(), "notify_url", None) or os.environ.get(ENV) or None


def listen(url: str, wakeup: Wakeup, bucket: str | None) -> Listener:
    """Start a listener for ``url`` feeding ``wakeup`` with objects created in ``bucket``."""
    scheme = urlsplit(url).scheme
    if scheme not in _RUNNERS:
        raise ConfigError(f"{ENV} 不支持 {scheme!r}：请用 nats://、redis:// 或 amqp:// (unsupported scheme)")
    return Listener(url, wakeup, bucket).start()
