"""The agenda file: the editable YAML form of a `Meeting` (`chair import` writes it).

Made for a secretary with a text editor: Chinese kept as written, one step a line where
possible, a speaker's name and limit right next to the cue. Reading it back is strict
— unknown keys, wrong types and negative limits are refused with the file and line —
because a typo silently ignored would surface in front of the whole meeting.
See docs/agenda-format.md.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from chair.errors import ChairError
from chair.model import DEFAULT_LIMIT_S, Item, Meeting, Passage, SpeakerCue, Step
from chair.timefmt import format_span

HEADER = """\
# chair 议程文件 / agenda file — edit, then: chair check FILE ; chair run FILE
# 格式说明 / format: docs/agenda-format.md
# speaker: null = 姓名待填 / name to fill in ; limit = 每人限时 mm:ss or minutes
"""

TOP_KEYS = (
    "title",
    "chair",
    "date",
    "place",
    "attendance",
    "roster",
    "limit",
    "overview",
    "written_statements",
    "opening",
    "items",
    "closing",
)
ITEM_KEYS = ("number", "title", "limit", "steps")
CUE_KEYS = ("speaker", "role", "kind", "group", "text", "limit", "after")
CUE_KINDS = ("speech", "action")
PASSAGE_KINDS = ("text", "direction", "salutation", "overview", "closing", "vote", "heading")

_NULL = "tag:yaml.org,2002:null"
_STR = "tag:yaml.org,2002:str"


# --- writing ------------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """Block style, Chinese as is, long lines never folded."""


def _str_presenter(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar(_STR, data, style=style)


_Dumper.add_representer(str, _str_presenter)


def _step_data(step: Step, item_limit: int | None, section: str = "item") -> Any:
    if isinstance(step, SpeakerCue):
        cue: dict[str, Any] = {"speaker": step.name}
        if step.role:
            cue["role"] = step.role
        if step.kind != "speech":
            cue["kind"] = step.kind
        if step.group:
            cue["group"] = True
        cue["text"] = step.text
        if item_limit is None or step.limit_s != item_limit:
            cue["limit"] = format_span(step.limit_s)
        if step.after:
            cue["after"] = step.after
        return cue
    if step.kind == "text" or (section == "closing" and step.kind == "closing"):
        return step.text
    return {step.kind: step.text}


def dump(meeting: Meeting) -> str:
    """The meeting as the agenda YAML, with a short header on how to edit it."""
    data: dict[str, Any] = {
        "title": meeting.title,
        "chair": meeting.chair,
        "date": meeting.date,
    }
    if meeting.place:
        data["place"] = meeting.place
    if meeting.attendance:
        data["attendance"] = list(meeting.attendance)
    data["roster"] = list(meeting.roster)
    if meeting.overview:
        data["overview"] = list(meeting.overview)
    if meeting.written_statements:
        data["written_statements"] = list(meeting.written_statements)
    data["opening"] = [
        _step_data(s, None)
        for s in meeting.opening
        if not (isinstance(s, Passage) and s.kind == "title")
    ]
    items = []
    for item in meeting.items:
        limits = {c.limit_s for c in item.speakers}
        item_limit = limits.pop() if len(limits) == 1 else None
        entry: dict[str, Any] = {"number": item.number, "title": item.title}
        if item_limit is not None:
            entry["limit"] = format_span(item_limit)
        entry["steps"] = [_step_data(s, item_limit) for s in item.steps]
        items.append(entry)
    data["items"] = items
    data["closing"] = [_step_data(s, None, "closing") for s in meeting.closing]
    body = yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=1_000_000,
        default_flow_style=False,
        indent=2,
    )
    body = re.sub(r"^(\s*(?:- )?speaker: null)$", r"\1  # 待填 / to fill in", body, flags=re.M)
    return HEADER + body


# --- reading ------------------------------------------------------------------------------


class _AliasRefused(Exception):
    def __init__(self, line: int):
        self.line = line


class _Loader(yaml.SafeLoader):
    """SafeLoader that refuses aliases outright: no billion laughs, nothing to expand."""

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            raise _AliasRefused(self.peek_event().start_mark.line + 1)
        return super().compose_node(parent, index)


class _Reader:
    """Walks the composed node tree, so every complaint carries a line number."""

    def __init__(self, path: str | Path, default_limit_s: int):
        self.path = path
        self.default_limit_s = default_limit_s

    def fail(self, node: Node, message: str) -> ChairError:
        return ChairError(message, self.path, node.start_mark.line + 1)

    def mapping(
        self, node: Node, allowed: tuple[str, ...], what: str
    ) -> dict[str, tuple[Node, Node]]:
        if not isinstance(node, MappingNode):
            raise self.fail(node, f"{what} must be a mapping of keys (wrong type)")
        out: dict[str, tuple[Node, Node]] = {}
        for key, value in node.value:
            if not isinstance(key, ScalarNode):
                raise self.fail(key, f"{what}: a key must be a plain word")
            name = key.value
            if name not in allowed:
                raise self.fail(
                    key, f"unknown key {name!r} in {what} (allowed: {', '.join(allowed)})"
                )
            if name in out:
                raise self.fail(key, f"key {name!r} given twice in {what}")
            out[name] = (key, value)
        return out

    def text(self, node: Node, what: str, *, optional: bool = False) -> str | None:
        if isinstance(node, ScalarNode):
            if node.tag == _NULL and not node.style:  # plain (None, or "" from libyaml)
                if optional:
                    return None
                raise self.fail(node, f"{what} must not be empty")
            return node.value
        raise self.fail(
            node,
            f"{what} must be text, not a {'list' if isinstance(node, SequenceNode) else 'mapping'} (wrong type)",
        )

    def sequence(self, node: Node, what: str) -> list[Node]:
        if isinstance(node, ScalarNode) and node.tag == _NULL:
            return []
        if not isinstance(node, SequenceNode):
            raise self.fail(node, f"{what} must be a list (wrong type)")
        return list(node.value)

    def integer(self, node: Node, what: str) -> int:
        value = self.text(node, what)
        assert value is not None
        if not re.fullmatch(r"[0-9]{1,6}", value.strip()):
            raise self.fail(node, f"{what} must be a whole number, not {value!r} (wrong type)")
        return int(value)

    def choice(self, node: Node, what: str, allowed: tuple[str, ...]) -> str:
        value = (self.text(node, what) or "").strip()
        if value not in allowed:
            raise self.fail(node, f"{what} must be one of {', '.join(allowed)}, not {value!r}")
        return value

    def flag(self, node: Node, what: str) -> bool:
        value = (self.text(node, what) or "").strip().lower()
        if value not in ("true", "false", "yes", "no"):
            raise self.fail(node, f"{what} must be true or false, not {value!r} (wrong type)")
        return value in ("true", "yes")

    def limit(self, node: Node, what: str) -> int:
        """'10:00', '1:02:05', 10 (minutes), 7.5, '90s', '10m', '10分钟' -> seconds."""
        if not isinstance(node, ScalarNode) or node.tag == _NULL:
            raise self.fail(
                node, f'{what} must be a time such as "10:00" or 10 (minutes) (wrong type)'
            )
        raw = node.value.strip()
        seconds: float | None = None
        if raw.startswith("-"):
            raise self.fail(node, f"{what} must not be negative: {raw}")
        clock = re.fullmatch(r"(?:(\d+):)?(\d+):(\d{1,2})", raw)
        if clock:
            h, m, s = clock.groups()
            seconds = int(h or 0) * 3600 + int(m) * 60 + int(s)
        else:
            unit = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(s|sec|秒|m|min|分钟|分|h|小时)?", raw)
            if unit:
                factor = {"s": 1, "sec": 1, "秒": 1, "h": 3600, "小时": 3600}.get(
                    unit.group(2) or "", 60
                )
                seconds = float(unit.group(1)) * factor
        if seconds is None:
            raise self.fail(
                node,
                f'{what} must be a time such as "10:00" or 10 (minutes), not {raw!r} (wrong type)',
            )
        if seconds <= 0:
            raise self.fail(node, f"{what} must be more than zero: {raw}")
        if seconds > 24 * 3600:
            raise self.fail(node, f"{what} is more than a day: {raw}")
        return round(seconds)

    def step(self, node: Node, limit: int, section: str) -> Step:
        line = node.start_mark.line + 1
        if isinstance(node, ScalarNode):
            value = self.text(node, "a step")
            assert value is not None
            return Passage(value, line, "closing" if section == "closing" else "text")
        if not isinstance(node, MappingNode):
            raise self.fail(node, "a step must be text or a mapping (wrong type)")
        keys = {k.value for k, _ in node.value if isinstance(k, ScalarNode)}
        if "speaker" in keys:
            fields = self.mapping(node, CUE_KEYS, "a speaker cue")
            name = self.text(fields["speaker"][1], "speaker", optional=True)
            name = name.strip() if name and name.strip() else None
            text = (
                self.text(fields["text"][1], "text") if "text" in fields else f"请{name or '*'}发言"
            )
            cue = SpeakerCue(text or "", line, name=name, limit_s=limit)
            if "limit" in fields:
                cue.limit_s = self.limit(fields["limit"][1], "limit")
            if "after" in fields:
                cue.after = self.text(fields["after"][1], "after", optional=True)
            if "role" in fields:
                cue.role = self.text(fields["role"][1], "role", optional=True)
            if "kind" in fields:
                cue.kind = self.choice(fields["kind"][1], "kind", CUE_KINDS)  # type: ignore[assignment]
            if "group" in fields:
                cue.group = self.flag(fields["group"][1], "group")
            return cue
        fields = self.mapping(node, PASSAGE_KINDS, "a passage")
        if len(fields) != 1:
            raise self.fail(node, "a passage has exactly one of: " + ", ".join(PASSAGE_KINDS))
        kind, (_, value_node) = next(iter(fields.items()))
        value = self.text(value_node, kind)
        return Passage(value or "", line, kind)  # type: ignore[arg-type]

    def meeting(self, root: Node) -> Meeting:
        top = self.mapping(root, TOP_KEYS, "the agenda file")
        if "title" not in top:
            raise self.fail(root, "the agenda file needs a title")
        title_key, title_node = top["title"]
        meeting = Meeting(title=self.text(title_node, "title") or "", source=str(self.path))
        if "chair" in top:
            meeting.chair = self.text(top["chair"][1], "chair", optional=True)
        if "date" in top:
            meeting.date = self.text(top["date"][1], "date", optional=True)
        if "place" in top:
            meeting.place = self.text(top["place"][1], "place", optional=True)
        if "attendance" in top:
            meeting.attendance = [
                self.text(n, "an attendance line") or ""
                for n in self.sequence(top["attendance"][1], "attendance")
            ]
        if "roster" in top:
            meeting.roster = [
                self.text(n, "a roster name") or ""
                for n in self.sequence(top["roster"][1], "roster")
            ]
        limit = self.limit(top["limit"][1], "limit") if "limit" in top else self.default_limit_s
        if "overview" in top:
            meeting.overview = [
                self.text(n, "an overview title") or ""
                for n in self.sequence(top["overview"][1], "overview")
            ]
        if "written_statements" in top:
            meeting.written_statements = [
                self.text(n, "a written statement") or ""
                for n in self.sequence(top["written_statements"][1], "written_statements")
            ]
        if meeting.title:
            meeting.opening.append(Passage(meeting.title, title_key.start_mark.line + 1, "title"))
        if "opening" in top:
            meeting.opening += [
                self.step(n, limit, "opening") for n in self.sequence(top["opening"][1], "opening")
            ]
        if "items" in top:
            for n, node in enumerate(self.sequence(top["items"][1], "items"), start=1):
                fields = self.mapping(node, ITEM_KEYS, "an item")
                number = self.integer(fields["number"][1], "number") if "number" in fields else n
                title = (
                    self.text(fields["title"][1], "title") if "title" in fields else f"第{number}项"
                )
                item_limit = self.limit(fields["limit"][1], "limit") if "limit" in fields else limit
                item = Item(number=number, title=title or "", line=node.start_mark.line + 1)
                if "steps" in fields:
                    item.steps = [
                        self.step(s, item_limit, "item")
                        for s in self.sequence(fields["steps"][1], "steps")
                    ]
                meeting.items.append(item)
        if "closing" in top:
            meeting.closing = [
                self.step(n, limit, "closing") for n in self.sequence(top["closing"][1], "closing")
            ]
        return meeting


def _loader(text: str) -> yaml.SafeLoader:
    """libyaml's loader when installed (about four times faster on a huge file), after a
    pass over its events that refuses aliases; else the pure-Python one, refusing them as
    it composes."""
    c_loader = getattr(yaml, "CSafeLoader", None)
    if c_loader is None:
        return _Loader(text)
    try:
        for event in yaml.parse(text, Loader=c_loader):
            if isinstance(event, yaml.AliasEvent) and event.start_mark is not None:
                raise _AliasRefused(event.start_mark.line + 1)
    except yaml.YAMLError:
        pass  # the composing loader reports it, with its line
    return c_loader(text)


def load(text: str, path: str | Path, *, default_limit_s: int = DEFAULT_LIMIT_S) -> Meeting:
    """Read the agenda YAML; any mistake is a ChairError with the file and line."""
    from chair.script.parse import review

    loader: yaml.SafeLoader | None = None
    try:
        loader = _loader(text)
        root = loader.get_single_node()
    except _AliasRefused as exc:
        raise ChairError(
            "YAML aliases (*name) are not allowed in an agenda file", path, exc.line
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "bad YAML"
        line = mark.line + 1 if mark else None
        lines = text.splitlines()
        if line and line <= len(lines) and "\t" in lines[line - 1]:
            problem += " (a tab: YAML indents with spaces only)"
        raise ChairError(f"bad YAML: {problem}", path, line) from None
    except yaml.YAMLError as exc:
        raise ChairError(f"bad YAML: {exc}", path) from None
    except RecursionError:
        raise ChairError("bad YAML: nested too deeply", path) from None
    finally:
        if loader is not None:
            loader.dispose()
    if root is None:
        raise ChairError("the agenda file is empty", path)
    try:
        meeting = _Reader(path, default_limit_s).meeting(root)
    except RecursionError:
        raise ChairError("bad YAML: nested too deeply", path) from None
    meeting.warnings = review(meeting)
    return meeting
