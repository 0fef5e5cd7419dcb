"""`dataclass` without the code generation: the same classes, made in a fraction of the time.

`dataclasses.dataclass` writes the source of `__init__`, `__repr__`, `__eq__` (and, frozen,
`__hash__`, `__setattr__`, `__delattr__`) for every class and compiles it with `exec`:
~0.6 ms a frozen class, ~25 ms of every `chair run` for the events, the model, the session
and the views, before the first frame. This `dataclass` lets the standard one record the
fields (`dataclasses.fields`, `replace`, `asdict`, `is_dataclass` work as before) and gives
every class the same `__init__`, `__repr__`, `__eq__`, `__hash__` and, frozen, the same
`__setattr__` and `__delattr__` that refuse a change, written once, which read a table of
fields. The standard decorator is asked for none of them, so it writes nothing; the class
is then marked frozen for it (`__dataclass_params__`), so a standard frozen dataclass may
derive from one of these, and one of these from another, with the standard checks (frozen
from frozen only).

Only what chair uses: `frozen`, `kw_only`, `field(default=, default_factory=, compare=,
repr=, metadata=, kw_only=)` and `__post_init__`. Instances behave as the standard ones:
built from positional and keyword arguments, equal when of the same class with equal
compared fields, hashable when frozen (unhashable otherwise), immutable when frozen
(`dataclasses.FrozenInstanceError`), and shown as `Name(field=value, …)`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import MISSING
from typing import Any, NamedTuple, TypeVar, dataclass_transform, overload

T = TypeVar("T")


class _Shape(NamedTuple):
    """What the shared methods need to know of one class, worked out once."""

    names: tuple[str, ...]
    positional: tuple[str, ...]
    defaults: dict[str, Any]
    factories: dict[str, Callable[[], Any]]
    compared: tuple[str, ...]
    shown: tuple[str, ...]
    post_init: bool


_SHAPE = "__chair_shape__"


def _shape(cls: type) -> _Shape:
    fields = dataclasses.fields(cls)
    return _Shape(
        names=tuple(f.name for f in fields if f.init),
        positional=tuple(f.name for f in fields if f.init and not f.kw_only),
        defaults={f.name: f.default for f in fields if f.default is not MISSING},
        factories={f.name: f.default_factory for f in fields if f.default_factory is not MISSING},
        compared=tuple(f.name for f in fields if f.compare),
        shown=tuple(f.name for f in fields if f.repr),
        post_init=hasattr(cls, "__post_init__"),
    )


def _init(self: Any, *args: Any, **kwargs: Any) -> None:
    cls = type(self)
    shape: _Shape = getattr(cls, _SHAPE)
    if len(args) > len(shape.positional):
        raise TypeError(
            f"{cls.__name__}() takes {len(shape.positional)} positional arguments "
            f"but {len(args)} were given"
        )
    values = dict(zip(shape.positional, args, strict=False))
    for name, value in kwargs.items():
        if name not in shape.names:
            raise TypeError(f"{cls.__name__}() got an unexpected keyword argument {name!r}")
        if name in values:
            raise TypeError(f"{cls.__name__}() got multiple values for argument {name!r}")
        values[name] = value
    setattr_ = object.__setattr__
    for name in shape.names:
        if name in values:
            value = values[name]
        elif name in shape.defaults:
            value = shape.defaults[name]
        elif name in shape.factories:
            value = shape.factories[name]()
        else:
            raise TypeError(f"{cls.__name__}() missing a required argument: {name!r}")
        setattr_(self, name, value)
    if shape.post_init:
        self.__post_init__()


def _repr(self: Any) -> str:
    shape: _Shape = getattr(type(self), _SHAPE)
    inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in shape.shown)
    return f"{type(self).__qualname__}({inner})"


def _compared(self: Any) -> tuple[Any, ...]:
    return tuple(getattr(self, name) for name in getattr(type(self), _SHAPE).compared)


def _eq(self: Any, other: object) -> bool:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return _compared(self) == _compared(other)


def _hash(self: Any) -> int:
    return hash(_compared(self))


def _refuse_set(self: Any, name: str, value: Any) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")


def _refuse_del(self: Any, name: str) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")


_PARAMS = "__dataclass_params__"


def _record_fields(cls: type, frozen: bool, kw_only: bool) -> None:
    """The standard decorator records the fields and writes no method; the frozen mark it
    keeps is set here, with its checks (a frozen class derives from frozen ones only)."""
    bases = [b for b in cls.__mro__[1:] if _PARAMS in b.__dict__]
    frozen_bases = [b for b in bases if getattr(b, _PARAMS).frozen]
    if bases and frozen and len(frozen_bases) < len(bases):
        raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    if frozen_bases and not frozen:
        raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
    for base in frozen_bases:  # else the standard decorator refuses a class it sees unfrozen
        getattr(base, _PARAMS).frozen = False
    try:
        dataclasses.dataclass(cls, init=False, repr=False, eq=False, frozen=False, kw_only=kw_only)
    finally:
        for base in frozen_bases:
            getattr(base, _PARAMS).frozen = True
    getattr(cls, _PARAMS).frozen = frozen


def _make(cls: type[T], frozen: bool, kw_only: bool) -> type[T]:
    own = cls.__dict__
    if own.get("__doc__") is None:
        cls.__doc__ = cls.__name__  # else the standard one builds a signature to show
    _record_fields(cls, frozen, kw_only)
    type.__setattr__(cls, _SHAPE, _shape(cls))
    methods: list[tuple[str, Any]] = [("__init__", _init), ("__repr__", _repr), ("__eq__", _eq)]
    if frozen:
        methods += [("__setattr__", _refuse_set), ("__delattr__", _refuse_del)]
    for name, method in methods:
        if name not in own:
            type.__setattr__(cls, name, method)
    if "__hash__" not in own or own["__hash__"] is None:
        type.__setattr__(cls, "__hash__", _hash if frozen else None)
    return cls


@overload
def dataclass(cls: type[T], /) -> type[T]: ...


@overload
def dataclass(*, frozen: bool = False, kw_only: bool = False) -> Callable[[type[T]], type[T]]: ...


@dataclass_transform(field_specifiers=(dataclasses.field, dataclasses.Field))
def dataclass(
    cls: type[T] | None = None, /, *, frozen: bool = False, kw_only: bool = False
) -> type[T] | Callable[[type[T]], type[T]]:
    """`@dataclass`, `@dataclass(frozen=True, kw_only=True)`: as the standard decorator."""
    if cls is not None:
        return _make(cls, frozen, kw_only)

    def wrap(c: type[T]) -> type[T]:
        return _make(c, frozen, kw_only)

    return wrap
