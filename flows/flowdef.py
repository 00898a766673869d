"""``flow``: Prefect's flow decorator for the project's flows, whose parameters are plain JSON.

Prefect records a flow run's parameters through FastAPI's ``jsonable_encoder``; the first call imports
FastAPI (and Starlette, and the OpenAPI models): 0.1–0.3 CPU-s of every flow command's start, measured
with ``python -X importtime`` (``dangan verify``, Prefect 3.9). Every parameter of the project's flows is
already JSON (ids, keys, names, numbers, flags, lists of them), for which that encoder returns an equal
copy. Those are copied here without FastAPI; anything else (a date, a model) still goes through
Prefect's own encoder, so the parameters stored by the server are the same either way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from prefect import Flow

P = ParamSpec("P")
R = TypeVar("R")

_SCALARS = (str, int, float, bool, type(None))


def plain_json(value: Any, depth: int = 0) -> bool:
    """True for str/int/float/bool/None and lists or str-keyed dicts of them (finite floats only)."""
    if isinstance(value, float):
        return value == value and value not in (float("inf"), float("-inf"))
    if isinstance(value, _SCALARS):
        return True
    if depth > 20:
        return False
    if type(value) is list:
        return all(plain_json(v, depth + 1) for v in value)
    if type(value) is dict:
        return all(type(k) is str and plain_json(v, depth + 1) for k, v in value.items())
    return False


def _copy(value: Any) -> Any:
    if type(value) is list:
        return [_copy(v) for v in value]
    if type(value) is dict:
        return {k: _copy(v) for k, v in value.items()}
    return value


class JsonFlow(Flow[P, R]):
    """A Prefect flow whose plain-JSON parameters are recorded without importing FastAPI."""

    def serialize_parameters(self, parameters: dict[str, Any]) -> dict[str, Any]:
        if not self.ismethod and not self.isclassmethod and all(plain_json(v) for v in parameters.values()):
            return {k: _copy(v) for k, v in parameters.items()}
        return super().serialize_parameters(parameters)


def flow(**options: Any) -> Callable[[Callable[P, R]], JsonFlow[P, R]]:
    """``@flow(name=..., ...)`` as Prefect's, making a ``JsonFlow``."""

    def wrap(fn: Callable[P, R]) -> JsonFlow[P, R]:
        return JsonFlow(fn, **options)

    return wrap
