"""签到: 应到 / 实到, who is on leave and why, 列席 and 出席, with the quorum shown as typed."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.suggester import Suggester
from textual.widgets import Input, Label

from chair.events import Absence, AttendanceTaken
from chair.i18n import Strings
from chair.procedure import (
    format_absences,
    join_names,
    parse_absences,
    quorum,
    quorum_holds,
    split_names,
)
from chair.tui.screens.form_dialog import FormDialog

COUNT_DIGITS = 5
"""A head count is typed with at most five digits (the journal takes up to a million)."""


class NameSuggester(Suggester):
    """Completes the name being typed after the last 、 or ， from the roster (→ accepts)."""

    def __init__(self, names: list[str]):
        super().__init__(use_cache=False, case_sensitive=True)
        self.names = names

    async def get_suggestion(self, value: str) -> str | None:
        last = max(value.rfind(sep) for sep in "、，,;；") + 1
        typed = value[last:].strip()
        if not typed or "（" in typed or "(" in typed:
            return None
        for name in self.names:
            if name.startswith(typed) and name != typed:
                return value + name[len(typed) :]
        return None


@dataclass(frozen=True)
class AttendanceForm:
    """What the secretary entered; `present` is worked out when left empty."""

    expected: int | None
    present: int | None
    absent: tuple[Absence, ...]
    observers: tuple[str, ...]
    attendees: tuple[str, ...]


class AttendanceDialog(FormDialog[AttendanceForm]):
    """Returns the attendance, or None on escape. Offers the roster and the latest entry."""

    def __init__(
        self,
        strings: Strings,
        *,
        roster: list[str],
        latest: AttendanceTaken | None,
        expected: int | None,
    ):
        super().__init__()
        self.strings = strings
        self.roster = list(dict.fromkeys(roster))
        self.latest = latest
        self.expected = expected

    def compose(self) -> ComposeResult:
        s = self.strings
        latest = self.latest
        expected = latest.expected if latest else self.expected
        if expected is None and self.roster:
            expected = len(self.roster)
        absent = format_absences(latest.absent) if latest else ""
        attendees = join_names(latest.attendees if latest and latest.attendees else self.roster)
        fields = [
            (
                "att-expected",
                s["attendance.expected"],
                "" if expected is None else str(expected),
                s["attendance.count_hint"],
                "integer",
            ),
            (
                "att-present",
                s["attendance.present"],
                "" if latest is None or latest.present is None else str(latest.present),
                s["attendance.present_hint"],
                "integer",
            ),
            ("att-absent", s["attendance.absent"], absent, s["attendance.absent_hint"], "text"),
            (
                "att-observers",
                s["attendance.observers"],
                join_names(latest.observers) if latest else "",
                s["attendance.names_hint"],
                "text",
            ),
            (
                "att-attendees",
                s["attendance.attendees"],
                attendees,
                s["attendance.names_hint"],
                "text",
            ),
        ]
        suggester = NameSuggester(self.roster) if self.roster else None
        with Vertical(id="dialog", classes="form-dialog"):
            yield Label(s["attendance.title"], id="dialog-title")
            for field_id, label, value, hint, kind in fields:
                with Horizontal(classes="form-field"):
                    yield Label(label, classes="form-label")
                    yield Input(
                        value=value,
                        placeholder=hint,
                        id=field_id,
                        type="integer" if kind == "integer" else "text",
                        max_length=COUNT_DIGITS if kind == "integer" else 0,
                        suggester=None if kind == "integer" else suggester,
                    )
            yield Label(id="form-summary")
            yield Label(s["dialog.hint"], classes="form-hint")

    def _value(self, field_id: str) -> str:
        return self.query_one(f"#{field_id}", Input).value.strip()

    def _number(self, field_id: str) -> int | None:
        text = self._value(field_id)
        return int(text) if text.isdigit() else None

    def result(self) -> AttendanceForm | None:
        """The attendance entered; None when every field is empty (nothing to record)."""
        absent = tuple(parse_absences(self._value("att-absent")))
        expected = self._number("att-expected")
        present = self._number("att-present")
        if present is None and expected is not None:
            present = max(0, expected - len(absent))
        away = {a.name for a in absent}
        attendees = tuple(n for n in split_names(self._value("att-attendees")) if n not in away)
        observers = tuple(split_names(self._value("att-observers")))
        if expected is None and present is None and not (absent or observers or attendees):
            return None
        return AttendanceForm(expected, present, absent, observers, attendees)

    def refresh_summary(self) -> None:
        self.query_one("#form-summary", Label).update(
            attendance_summary(self.strings, self.result())
        )


def attendance_summary(strings: Strings, form: AttendanceForm | AttendanceTaken | None) -> str:
    """`应到12人，实到11人：符合规定人数（过半数为7人）`."""
    if form is None:
        return strings["attendance.quorum_unknown"]
    holds = quorum_holds(form.expected, form.present)
    if holds is None or form.expected is None:
        return strings["attendance.quorum_unknown"]
    word = strings["attendance.quorum_yes" if holds else "attendance.quorum_no"]
    return strings(
        "attendance.summary",
        expected=form.expected,
        present=form.present,
        quorum=word.format(n=quorum(form.expected)),
    )
