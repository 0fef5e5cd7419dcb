"""`chair.dataclass_lite.dataclass` makes classes that behave as the standard decorator's."""

from __future__ import annotations

import dataclasses
from dataclasses import FrozenInstanceError, field

import pytest

from chair.dataclass_lite import dataclass


@dataclass(frozen=True, kw_only=True)
class Base:
    t: float | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Child(Base):
    word: str
    count: int = field(default=0, metadata={"high": 9})
    note: str = field(default="", compare=False, repr=False)


@dataclass
class Row:
    name: str
    items: list[int] = field(default_factory=list)
    done: bool = False

    def __post_init__(self) -> None:
        self.name = self.name.strip()


def test_fields_in_the_standard_order_with_their_metadata():
    names = [f.name for f in dataclasses.fields(Child)]
    assert names == ["t", "tags", "word", "count", "note"], "base fields first"
    assert dataclasses.fields(Child)[3].metadata["high"] == 9
    assert dataclasses.is_dataclass(Child) and dataclasses.is_dataclass(Row)


def test_built_from_keywords_with_defaults_and_refused_without_the_required():
    c = Child(word="休会")
    assert (c.t, c.tags, c.word, c.count, c.note) == (None, (), "休会", 0, "")
    with pytest.raises(TypeError):
        Child()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Child("休会")  # type: ignore[misc]
    with pytest.raises(TypeError):
        Child(word="a", colour="red")  # type: ignore[call-arg]


def test_positional_arguments_factories_and_post_init():
    a, b = Row(" 张三 "), Row("李四", [1], True)
    assert (a.name, a.items, a.done) == ("张三", [], False)
    assert (b.name, b.items, b.done) == ("李四", [1], True)
    assert Row("x").items is not Row("x").items, "a new list each time"
    with pytest.raises(TypeError):
        Row("x", [], False, 1)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Row("x", name="y")  # type: ignore[misc]


def test_equal_by_compared_fields_of_the_same_class_only():
    assert Child(word="a", note="one") == Child(word="a", note="two"), "note not compared"
    assert Child(word="a") != Child(word="b")
    assert Base(t=1.0) != Child(word="", t=1.0), "another class is never equal"
    assert Row("x") == Row("x") and Row("x") != Row("x", done=True)


def test_frozen_is_hashable_and_immutable_mutable_is_neither():
    c = Child(word="a")
    assert hash(c) == hash(Child(word="a", note="other"))
    assert len({c, Child(word="a"), Child(word="b")}) == 2
    with pytest.raises(FrozenInstanceError):
        c.word = "b"  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del c.word  # type: ignore[misc]
    r = Row("x")
    r.done = True
    assert r.done
    with pytest.raises(TypeError):
        hash(r)


def test_repr_replace_and_asdict_as_the_standard_ones():
    c = Child(word="a", count=2, note="hidden")
    assert repr(c) == "Child(t=None, tags=(), word='a', count=2)"
    assert dataclasses.replace(c, count=3) == Child(word="a", count=3)
    assert dataclasses.asdict(Row("x", [1])) == {"name": "x", "items": [1], "done": False}


def test_a_standard_frozen_dataclass_may_derive_from_one():
    @dataclasses.dataclass(frozen=True, kw_only=True)
    class Standard(Child):
        extra: int = 1

    s = Standard(word="a")
    assert (s.word, s.extra) == ("a", 1) and s == Standard(word="a")
    with pytest.raises(FrozenInstanceError):
        s.extra = 2  # type: ignore[misc]


def test_frozen_derives_from_frozen_only_as_with_the_standard_decorator():
    @dataclass(frozen=True, kw_only=True)
    class Grandchild(Child):
        extra: int = 1

    g = Grandchild(word="a")
    assert (g.word, g.extra) == ("a", 1) and g != Child(word="a")
    with pytest.raises(FrozenInstanceError):
        g.extra = 2  # type: ignore[misc]
    assert Child.__dataclass_params__.frozen and Grandchild.__dataclass_params__.frozen  # type: ignore[attr-defined]
    with pytest.raises(TypeError, match="non-frozen dataclass from a frozen one"):

        @dataclass
        class Thawed(Child):
            extra: int = 1

    with pytest.raises(TypeError, match="frozen dataclass from a non-frozen one"):

        @dataclass(frozen=True)
        class Refrozen(Row):
            extra: int = 1

    assert Child.__dataclass_params__.frozen  # type: ignore[attr-defined]
