"""The one retry policy (``flows.retry``): a service away is transient, anything about the data is not."""

from __future__ import annotations

import dataclasses

from sqlalchemy import create_engine, text

from dangan.config import Settings
from dangan.errors import NotFound, RejectedFile, StoreUnavailable
from dangan.flows.retry import Backoff, is_transient, service_of
from dangan.storage import objects
from tests.conftest import free_port


def _raised(fn: object) -> BaseException:
    try:
        fn()  # type: ignore[operator]
    except BaseException as exc:  # the point is to look at what was raised
        return exc
    raise AssertionError("nothing raised")


def test_a_store_that_does_not_answer_is_transient(s3_env: Settings) -> None:
    away = dataclasses.replace(s3_env, s3_endpoint=f"127.0.0.1:{free_port()}")
    exc = _raised(lambda: objects.get_client(away))
    assert isinstance(exc, StoreUnavailable) and is_transient(exc)
    assert service_of(exc).startswith("对象存储")


def test_a_database_that_does_not_answer_is_transient() -> None:
    url = f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/x"
    engine = create_engine(url, connect_args={"connect_timeout": 2})
    exc = _raised(lambda: engine.connect().execute(text("select 1")))
    assert is_transient(exc) and service_of(exc).startswith("数据库")


def test_content_errors_are_not_transient(s3_env: Settings) -> None:
    client = objects.get_client(s3_env)
    missing = _raised(lambda: objects.get_bytes(client, s3_env, "inbox", "no/such/key.png"))
    assert isinstance(missing, NotFound) and not is_transient(missing)
    assert not is_transient(RejectedFile("文件为空 (empty file)"))
    assert not is_transient(ValueError("bad data"))
    assert not is_transient(None)


def test_backoff_grows_to_its_cap_and_resets() -> None:
    b = Backoff(base=1, cap=8, jitter=0)
    assert [b.next_delay() for _ in range(5)] == [1, 2, 4, 8, 8]
    assert b.failing
    b.reset()
    assert not b.failing and b.next_delay() == 1
