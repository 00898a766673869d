"""Bucket notifications wake the watcher at once: real NATS, Redis and RabbitMQ, MinIO's event format.

Each test starts a watcher with a 30 s poll interval, drops a scan into the real SeaweedFS inbox,
publishes the event MinIO would send for that upload, and asserts the scan is stored within seconds.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote_plus

import pytest

from dangan.config import Settings
from dangan.flows.watch import WatchState, watch_inbox
from dangan.storage import notify, objects

from .conftest import Drop, household_key, sample_bytes

INTERVAL = 30.0


def answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def minio_record(bucket: str, key: str, size: int, etag: str) -> dict[str, Any]:
    """One S3 event record as MinIO writes it (key escaped like Go's url.QueryEscape)."""
    return {
        "eventVersion": "2.0", "eventSource": "minio:s3", "awsRegion": "",
        "eventTime": datetime.now(UTC).isoformat(), "eventName": "s3:ObjectCreated:Put",
        "userIdentity": {"principalId": "minioadmin"},
        "s3": {
            "s3SchemaVersion": "1.0", "configurationId": "Config",
            "bucket": {"name": bucket, "ownerIdentity": {"principalId": "minioadmin"}, "arn": f"arn:aws:s3:::{bucket}"},
            "object": {"key": quote_plus(key, safe=""), "size": size, "eTag": etag,
                       "contentType": "image/png", "sequencer": "17A1B2C3D4E5F6A7"},
        },
        "source": {"host": "127.0.0.1", "port": "", "userAgent": "MinIO (linux; amd64) minio-go/v7.0.70"},
    }


def nats_body(bucket: str, key: str, size: int, etag: str) -> bytes:
    rec = minio_record(bucket, key, size, etag)
    return json.dumps({"EventName": rec["eventName"], "Key": f"{bucket}/{key}", "Records": [rec]}).encode()


def publish_nats(subject: str, body: bytes) -> None:
    async def main() -> None:
        import nats

        nc = await nats.connect("nats://127.0.0.1:4222", connect_timeout=3)
        await nc.publish(subject, body)
        await nc.flush()
        await nc.close()

    asyncio.run(main())


def publish_redis(key: str, body: bytes) -> None:
    import redis

    entry = json.loads(body)
    access = [{"Event": entry["Records"], "EventTime": entry["Records"][0]["eventTime"]}]
    client = redis.Redis(host="127.0.0.1", port=6379)
    client.rpush(key, json.dumps(access))
    client.close()


def publish_amqp(exchange: str, body: bytes) -> None:
    import pika

    conn = pika.BlockingConnection(pika.ConnectionParameters("127.0.0.1", 5672))
    conn.channel().basic_publish(exchange=exchange, routing_key="bucketlogs", body=body)
    conn.close()


def cleanup_amqp(queue: str, exchange: str) -> None:
    import pika

    conn = pika.BlockingConnection(pika.ConnectionParameters("127.0.0.1", 5672))
    ch = conn.channel()
    ch.queue_delete(queue=queue)
    ch.exchange_delete(exchange=exchange)
    conn.close()


def _watch_in_thread(wakeup: notify.Wakeup, state: WatchState) -> threading.Thread:
    t = threading.Thread(
        target=watch_inbox,
        kwargs={"interval": INTERVAL, "max_polls": 2, "wakeup": wakeup, "state": state},
        daemon=True,
    )
    t.start()
    deadline = time.monotonic() + 30
    while state.polls < 1 and time.monotonic() < deadline:  # first listing done: now it sleeps 30 s
        time.sleep(0.05)
    return t


def _woken_and_stored(
    s3_env: Settings, drop: Drop, url: str, publish: Callable[[bytes], None]
) -> tuple[float, WatchState, notify.Wakeup]:
    wakeup = notify.Wakeup()
    listener = notify.listen(url, wakeup, s3_env.bucket("inbox"))
    try:
        assert listener.connected.wait(15), "listener did not connect"
        state = WatchState()
        thread = _watch_in_thread(wakeup, state)
        key = drop(household_key(f"通知 {uuid.uuid4().hex[:6]}.png"), sample_bytes("ok.png"))
        st = objects.stat_version(objects.get_client(s3_env), s3_env, key, bucket="inbox")
        started = time.monotonic()
        publish(nats_body(s3_env.bucket("inbox"), key, int(st.size or 0), (st.etag or "").strip('"')))
        while state.polls < 2 and time.monotonic() - started < INTERVAL:  # woken: the second poll starts
            time.sleep(0.02)
        took = time.monotonic() - started
        thread.join(INTERVAL)  # that poll hands the key to the ingest-batch flow (in this process)
    finally:
        listener.stop()
    assert not thread.is_alive()
    assert [(r["status"], r["inbox_key"]) for r in state.results] == [("stored", key)]
    return took, state, wakeup


@pytest.mark.xdist_group("prefect")
@pytest.mark.skipif(not answers(4222), reason="NATS is not running on 4222")
def test_a_nats_notification_wakes_the_watcher_at_once(s3_env: Settings, drop: Drop, prefect_harness: None) -> None:
    subject = f"dangan.test.{uuid.uuid4().hex[:8]}"
    took, _state, wakeup = _woken_and_stored(
        s3_env, drop, f"nats://127.0.0.1:4222/{subject}", lambda body: publish_nats(subject, body)
    )
    assert took < 5, f"took {took:.1f} s (poll interval {INTERVAL} s)"
    assert wakeup.received == 1


@pytest.mark.xdist_group("prefect")
@pytest.mark.skipif(not answers(6379), reason="Redis is not running on 6379")
def test_a_redis_notification_wakes_the_watcher_at_once(s3_env: Settings, drop: Drop, prefect_harness: None) -> None:
    key = f"dangan-test-{uuid.uuid4().hex[:8]}"
    took, _state, _w = _woken_and_stored(
        s3_env, drop, f"redis://127.0.0.1:6379/{key}", lambda body: publish_redis(key, body)
    )
    assert took < 5, f"took {took:.1f} s (poll interval {INTERVAL} s)"


@pytest.mark.xdist_group("prefect")
@pytest.mark.skipif(not answers(5672), reason="RabbitMQ is not running on 5672")
def test_an_amqp_notification_wakes_the_watcher_at_once(s3_env: Settings, drop: Drop, prefect_harness: None) -> None:
    tag = uuid.uuid4().hex[:8]
    queue, exchange = f"dangan-test-{tag}", f"minio-test-{tag}"
    url = f"amqp://guest:guest@127.0.0.1:5672/{queue}?exchange={exchange}&routing_key=bucketlogs"
    try:
        took, _state, _w = _woken_and_stored(s3_env, drop, url, lambda body: publish_amqp(exchange, body))
    finally:
        cleanup_amqp(queue, exchange)
    assert took < 5, f"took {took:.1f} s (poll interval {INTERVAL} s)"


def test_minio_events_are_parsed_for_the_inbox_only() -> None:
    body = nats_body("t1-inbox", "工业橡胶/工业橡胶20130006/01 申请表+1.png", 42, '"abc"')
    assert notify.parse_event(body, "t1-inbox") == {"工业橡胶/工业橡胶20130006/01 申请表+1.png": (42, "abc")}
    assert notify.parse_event(body, "other-bucket") == {}
    removed = json.loads(body)
    removed["Records"][0]["eventName"] = "s3:ObjectRemoved:Delete"
    assert notify.parse_event(json.dumps(removed), None) == {}
    assert notify.parse_event(b"not json", None) == {}
