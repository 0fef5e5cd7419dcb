"""The review screen: the script as the parser read it, corrected line by line.

The screen draws a `Draft` (chair.script.edit) and calls its edits through a `Review`,
which keeps the drafts before for undo. The agenda tree, the forecast and the warnings on
the right are recomputed from the draft after every key, so the chair sees what the
meeting will be while fixing it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingsMap
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Static

from chair.i18n import Strings, warning_in
from chair.model import Meeting, forecast_seconds
from chair.script import edit as E
from chair.timefmt import format_hours, format_span
from chair.tui.screens.choice_dialog import ChoiceDialog
from chair.tui.widgets.agenda_panel import AgendaLine, AgendaPanel
from chair.tui.widgets.key_bar import KeyBar
from chair.tui.widgets.meeting_header import clip_cells
from chair.tui.widgets.script_rows import RowLine, ScriptRows
from chair.tui.wrapping import unambiguous

MAKE_KINDS: tuple[tuple[str, E.MakeKind], ...] = (
    ("s", "speech"),
    ("a", "action"),
    ("v", "vote"),
    ("p", "text"),
    ("d", "direction"),
)


def make_bindings(s: Strings) -> list[Binding]:
    """What a row is: the first line of keys."""
    return (
        [Binding("i", "item", s["review.key.item"])]
        + [Binding(key, f"make('{kind}')", s[f"review.key.{kind}"]) for key, kind in MAKE_KINDS]
        + [Binding("c", "closing", s["review.key.closing"])]
    )


def edit_bindings(s: Strings, ambiguous_wide: bool = False) -> list[Binding]:
    """Join, split, set, undo, save: the second line of keys; moving is not shown."""
    return [
        Binding("j", "join", s["review.key.join"]),
        Binding("x", "split", s["review.key.split"]),
        Binding(
            "enter", "set", s["review.key.set"], key_display="Enter" if ambiguous_wide else "⏎"
        ),
        Binding("u,ctrl+z", "undo", s["review.key.undo"]),
        Binding("r,ctrl+y", "redo", s["review.key.redo"], show=False),
        Binding("n", "next_doubt", s["review.key.next_doubt"]),
        Binding("w,ctrl+s", "save", s["review.key.save"]),
        Binding("q,escape", "quit_review", s["review.key.quit"]),
        Binding("up", "move(-1)", show=False),
        Binding("down", "move(1)", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown,space", "page(1)", show=False),
        Binding("home", "edge(0)", show=False),
        Binding("end", "edge(1)", show=False),
        Binding("ctrl+c", "quit_review", show=False, priority=True),
    ]


class ReviewScreen(Screen[None]):
    """Corrects one `Review`; `save(meeting)` writes it and returns where."""

    def __init__(
        self,
        review: E.Review,
        strings: Strings,
        *,
        speed: float,
        save: Callable[[Meeting], Path],
        target: Path,
        ask_overwrite: bool,
        names: list[str] | None = None,
        ambiguous_wide: bool = False,
    ):
        super().__init__()
        self.review = review
        self.strings = strings
        self.speed = speed
        self.save = save
        self.target = target
        self.ask_overwrite = ask_overwrite
        """The target existed before and is not what this review opened: ask once."""
        self.names = list(names or [])
        self.ambiguous_wide = ambiguous_wide
        self.cursor = 0
        self.saved_path: Path | None = None
        self.status_text = ""
        self.make_keys = make_bindings(strings)
        self.edit_keys = edit_bindings(strings, ambiguous_wide)
        self._bindings = BindingsMap(self.make_keys + self.edit_keys)

    # ------------------------------------------------------------------ layout
    def compose(self) -> ComposeResult:
        yield Static(id="review-header")
        with Horizontal(id="review-body"):
            yield ScriptRows(id="rows", ambiguous_wide=self.ambiguous_wide)
            with Vertical(id="review-side"):
                yield Static(self.strings["review.agenda"], classes="panel-title")
                yield AgendaPanel(id="review-agenda")
                yield Static(id="review-forecast")
                yield Static(id="review-warnings")
        yield Static(id="review-status")
        yield KeyBar(self.make_keys, id="keys-make")
        yield KeyBar(self.edit_keys, id="keys-edit")

    def on_mount(self) -> None:
        doubtful = sorted(E.doubts(self.review.draft))
        first = next((i for i, r in enumerate(self.draft.rows) if r.kind != "title"), 0)
        self.cursor = doubtful[0] if doubtful else first
        self.refresh_view()

    def on_resize(self) -> None:
        self.call_after_refresh(self.refresh_view)

    # ------------------------------------------------------------------ rendering
    @property
    def draft(self) -> E.Draft:
        return self.review.draft

    def _role_word(self, role: str) -> str:
        return self.strings[f"review.role.{role}"]

    def _row_lines(self, doubts: dict[int, list[E.Doubt]]) -> list[RowLine]:
        draft = self.draft
        numbers = E.item_numbers(draft)
        lines = []
        for i, row in enumerate(draft.rows):
            role = E.role(draft, i)
            lines.append(
                RowLine(
                    row.text,
                    role,
                    self._role_word(role),
                    numbers[i],
                    row.starts_item,
                    i in doubts,
                    row.after,
                )
            )
        return lines

    def _agenda_lines(self, meeting: Meeting) -> list[AgendaLine]:
        current = E.item_numbers(self.draft)[self.cursor] if self.draft.rows else None
        lines: list[AgendaLine] = []
        for k, item in enumerate(meeting.items):
            state = "now" if item.number == current else "todo"
            lines.append(
                AgendaLine(f"{item.number} {item.title}", k, state, current=state == "now")
            )
            for cue in item.speakers:
                who = cue.name or self.strings["tbd"]
                if cue.role:
                    who += f"（{cue.role}）"
                limit = format_span(cue.limit_s) if cue.timed else self.strings["check.untimed"]
                mark = "-" if self.ambiguous_wide else "·"
                lines.append(AgendaLine(f"{mark}{limit} {who}", k, state, speaker=True))
        return lines

    def _warnings(self, meeting: Meeting) -> str:
        """The warnings in the interface's language (they are written `中文 / English`)."""
        return "\n".join("⚠" + warning_in(w, self.strings.lang) for w in meeting.warnings)

    def refresh_view(self) -> None:
        """Draw the draft, the agenda, the forecast and the keys after any change."""
        if not self.is_mounted:
            return
        draft = self.draft
        self.cursor = max(0, min(self.cursor, len(draft.rows) - 1))
        doubts = E.doubts(draft)
        meeting = E.to_meeting(draft)
        self.query_one(ScriptRows).show(self._row_lines(doubts), self.cursor)
        agenda = self._agenda_lines(meeting)
        if not agenda:
            agenda = [AgendaLine(self.strings["review.no_items"], None, speaker=True)]
        self.query_one(AgendaPanel).show(agenda)
        s = self.strings
        forecast = s("review.forecast", time=format_hours(forecast_seconds(meeting, self.speed)))
        counts = s("review.counts", items=len(meeting.items), speakers=len(meeting.timed_speakers))
        self.query_one("#review-forecast", Static).update(f"{forecast}\n{counts}")
        warnings = self.query_one("#review-warnings", Static)
        warnings.update(self._warnings(meeting))
        warnings.display = bool(meeting.warnings)
        self._render_header(len(doubts), len(meeting.warnings))
        self._render_status(doubts)
        for bar in self.query(KeyBar):
            bar.update_keys()

    def _render_header(self, n_doubts: int, n_warnings: int) -> None:
        s = self.strings
        width = max(20, self.size.width)
        right = s("review.doubts", n=n_doubts) if n_doubts else s["review.no_doubts"]
        if n_warnings:
            right = f"⚠{n_warnings} · {right}"
        if self.review.edited:
            right = f"{s['review.edited']} · {right}"
        if self.ambiguous_wide:
            right = unambiguous(right)
        header = Text()
        header.append(f" {s['review.badge']} ", style="bold reverse")
        header.append(" ")
        room = max(4, width - header.cell_len - len(right) * 2 - 2)
        header.append(clip_cells(self.draft.title, room, self.ambiguous_wide), style="bold")
        pad = max(1, width - header.cell_len - Text(right).cell_len - 1)
        header.append(" " * pad + right + " ")
        self.query_one("#review-header", Static).update(header)

    def _doubt_text(self, doubt: E.Doubt) -> str:
        s = self.strings
        if doubt.decision:
            detail = doubt.detail
            if doubt.what.startswith("limit_") and detail.isdigit():
                detail = format_span(int(detail))
            return s[f"check.decision.{doubt.what}"].format(detail=detail)
        return s[f"review.doubt.{doubt.what}"].format(detail=doubt.detail)

    def _render_status(self, doubts: dict[int, list[E.Doubt]]) -> None:
        """The cursor's row: why it is doubtful, or what it is (a cue's speaker and limit)."""
        s = self.strings
        text = self.status_text
        self.status_text = ""
        if not text and self.draft.rows:
            i = self.cursor
            row = self.draft.rows[i]
            parts = [self._doubt_text(d) for d in doubts.get(i, [])]
            if row.is_cue:
                role = f"（{row.role}）" if row.role else ""
                name = row.name or s["tbd"]
                key = "review.cue" if row.kind == "speech" else "review.cue_untimed"
                parts.insert(0, s(key, name=name, role=role, limit=format_span(row.limit_s)))
            elif row.starts_item:
                number = E.item_numbers(self.draft)[i]
                title = E.item_titles(self.draft)[(number or 1) - 1]
                parts.insert(0, s("review.item", number=number, title=title))
            text = "；".join(parts) if s.lang == "zh" else "; ".join(parts)
        self.query_one("#review-status", Static).update(
            unambiguous(text) if self.ambiguous_wide else text
        )

    def say(self, text: str) -> None:
        """A line in the status bar until the next key."""
        self.status_text = text
        self.refresh_view()

    # ------------------------------------------------------------------ actions
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        draft, i = self.draft, self.cursor
        allowed: bool
        if action == "item":
            allowed = E.can_make_item(draft, i)
        elif action == "make":
            allowed = E.can_make(draft, i, parameters[0])  # type: ignore[arg-type]
        elif action == "closing":
            allowed = E.can_make_closing(draft, i)
        elif action == "join":
            allowed = E.can_join(draft, i)
        elif action == "split":
            allowed = E.can_split(draft, i)
        elif action == "set":
            allowed = E.can_set(draft, i)
        elif action == "undo":
            allowed = self.review.can_undo
        elif action == "redo":
            allowed = self.review.can_redo
        elif action == "next_doubt":
            allowed = bool(E.doubts(draft))
        else:
            return True
        return True if allowed else None

    def _edit(self, edit: Callable[..., E.Draft], *args: object, **kwargs: object) -> None:
        try:
            self.review.apply(edit, *args, **kwargs)
        except E.EditRefused:
            self.say(self.strings["review.refused"])
            return
        self.refresh_view()

    def action_item(self) -> None:
        self._edit(E.make_item, self.cursor)

    def action_make(self, kind: E.MakeKind) -> None:
        self._edit(E.make, self.cursor, kind)

    def action_closing(self) -> None:
        self._edit(E.make_closing, self.cursor)

    def action_join(self) -> None:
        self._edit(E.join, self.cursor)

    def action_split(self) -> None:
        from chair.tui.screens.split_dialog import SplitDialog

        i = self.cursor
        if not E.can_split(self.draft, i):
            return

        def done(at: int | None) -> None:
            if at is not None:
                self._edit(E.split, i, at)

        self.app.push_screen(SplitDialog(self.strings, self.draft.rows[i].text), done)

    def action_set(self) -> None:
        from chair.tui.screens.step_dialog import StepDialog, StepFields

        i = self.cursor
        if not E.can_set(self.draft, i):
            return
        row = self.draft.rows[i]
        number = E.item_numbers(self.draft)[i]
        fields = StepFields(
            title=self.draft.title if row.kind == "title" else None,
            item_title=(row.item_title or "") if row.starts_item and number else None,
            item_title_now=E.item_titles(self.draft)[number - 1]
            if row.starts_item and number
            else "",
            name=row.name,
            role=row.role,
            limit_s=row.limit_s,
            cue=row.is_cue,
        )
        used = [r.name for r in self.draft.rows if r.name]

        def done(result: StepFields | None) -> None:
            if result is None:
                return
            try:
                if result.title is not None:
                    self.review.apply(E.set_title, result.title)
                if result.item_title is not None:
                    self.review.apply(E.set_item_title, i, result.item_title)
                if result.cue and result.limit_s is not None:
                    self.review.apply(
                        E.set_cue, i, name=result.name, role=result.role, limit_s=result.limit_s
                    )
            except E.EditRefused:
                self.say(self.strings["review.refused"])
                return
            self.refresh_view()

        self.app.push_screen(
            StepDialog(self.strings, fields, self.names + list(self.draft.base.roster) + used), done
        )

    def action_undo(self) -> None:
        self.review.undo()
        self.refresh_view()

    def action_redo(self) -> None:
        self.review.redo()
        self.refresh_view()

    def action_next_doubt(self) -> None:
        rows = sorted(E.doubts(self.draft))
        if rows:
            later = [r for r in rows if r > self.cursor]
            self.cursor = later[0] if later else rows[0]
            self.refresh_view()

    def action_move(self, delta: int) -> None:
        self.cursor = max(0, min(len(self.draft.rows) - 1, self.cursor + delta))
        self.refresh_view()

    def action_page(self, direction: int) -> None:
        step = max(1, self.query_one(ScriptRows).content_size.height - 4)
        self.action_move(direction * step)

    def action_edge(self, end: int) -> None:
        self.cursor = len(self.draft.rows) - 1 if end else 0
        self.refresh_view()

    def on_script_rows_clicked(self, message: ScriptRows.Clicked) -> None:
        self.cursor = message.row
        self.refresh_view()

    def on_agenda_panel_chosen(self, message: AgendaPanel.Chosen) -> None:
        starts = E.item_starts(self.draft)
        if 0 <= message.item < len(starts):
            self.cursor = starts[message.item]
            self.refresh_view()

    # ------------------------------------------------------------------ saving and leaving
    def action_save(self, then: Callable[[], None] | None = None) -> None:
        s = self.strings
        if self.ask_overwrite:

            def answered(answer: str | None) -> None:
                if answer == "yes":
                    self.ask_overwrite = False
                    self.action_save(then)

            self.app.push_screen(
                ChoiceDialog(
                    s["review.overwrite.title"],
                    s("review.overwrite.body", path=self.target),
                    [
                        ("y", s["review.overwrite.yes"], "yes"),
                        ("n", s["review.overwrite.no"], "no"),
                    ],
                ),
                answered,
            )
            return
        try:
            self.saved_path = self.save(E.to_meeting(self.draft))
        except OSError as exc:
            self.say(s("review.save_failed", msg=exc.strerror or exc))
            return
        self.review.saved = self.draft
        self.say(s("review.saved_to", path=self.saved_path))
        if then is not None:
            then()

    def action_quit_review(self) -> None:
        s = self.strings
        leave = self._leave
        if not self.review.edited:
            leave()
            return

        def answered(answer: str | None) -> None:
            if answer == "save":
                self.action_save(then=leave)
            elif answer == "discard":
                leave()

        self.app.push_screen(
            ChoiceDialog(
                s["review.quit.title"],
                s["review.quit.body"],
                [
                    ("y", s["review.quit.save"], "save"),
                    ("d", s["review.quit.discard"], "discard"),
                    ("n", s["review.quit.cancel"], "cancel"),
                ],
            ),
            answered,
        )

    def _leave(self) -> None:
        from chair.tui.review_app import ReviewOutcome

        saved = self.review.saved
        self.app.exit(
            ReviewOutcome(self.saved_path, E.to_meeting(saved) if saved is not None else None)
        )
