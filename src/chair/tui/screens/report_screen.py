"""The rehearsal report on screen: the speed, the forecast, and the pace of every passage.

Shown once a rehearsal ends (`show_report`). The arrow and page keys scroll the chart;
any other key (q, Enter, Escape…) closes it, and the app exits.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.table import Table
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from chair.events import MeetingHeader, from_record
from chair.i18n import Strings
from chair.rehearsal import (
    PassageRow,
    RehearsalReport,
    Saved,
    conclude,
    label_of,
    labels,
    report_path_for,
    speed_text,
)
from chair.timefmt import format_signed_span, format_span

BAR_WIDTH = 36
"""Cells of the longest pace bar, where the terminal has room for them."""
TABLE_CELLS = 60
"""Cells the chart's columns take besides the bar (numbers, labels, padding, scrollbar)."""
SCROLL_KEYS = {"up", "down", "pageup", "pagedown", "home", "end"}


def pace_bar(cpm: float | None, scale: float, planned: float, width: int = BAR_WIDTH) -> Text:
    """A bar of reverse-video spaces, `width` cells at `scale` characters a minute.

    Faster than planned is green, slower is yellow; without colour (NO_COLOR) the reverse
    video still draws the bar, and the number beside it says the rest.
    """
    if cpm is None or scale <= 0:
        return Text("")
    cells = max(1, min(width, round(cpm / scale * width)))
    style = "reverse green" if cpm >= planned else "reverse yellow"
    return Text(" " * cells, style=style)


def _summary(report: RehearsalReport, s: Strings) -> Text:
    t = labels(s.lang)
    per_min = "字/分钟" if s.lang == "zh" else "chars/min"
    text = Text()
    text.append(f"{s['report.screen.speed']}  ", style="bold")
    if report.measured_speed is not None:
        text.append(f"{speed_text(report.measured_speed)} {per_min}", style="bold reverse")
        text.append(f"  {s['report.screen.preset']} {speed_text(report.planned_speed)} {per_min}\n")
    else:
        text.append(f"{t['speed_none']}\n")
    text.append(f"{s['report.screen.forecast']}  ", style="bold")
    text.append(format_span(report.forecast_s), style="bold reverse")
    text.append(
        f"  {s['report.screen.planned']} {format_span(report.planned_s)} "
        f"({format_signed_span(report.forecast_s - report.planned_s)})\n"
    )
    for key, row in (("slowest", report.slowest), ("fastest", report.fastest)):
        if row is not None:
            text.append(f"{t[key]}  ", style="bold")
            text.append(
                t["pace_v"].format(n=row.number, label=label_of(row, 10), cpm=speed_text(row.cpm))
                + "\n"
            )
    return text


def bar_width(terminal_width: int) -> int:
    """The longest bar that leaves every column whole in a terminal this wide."""
    return max(6, min(BAR_WIDTH, terminal_width - TABLE_CELLS))


def _chart(report: RehearsalReport, s: Strings, bar: int = BAR_WIDTH) -> Table:
    t = labels(s.lang)
    paces = [r.cpm for r in report.passages if r.cpm is not None]
    scale = max(paces + [report.planned_speed]) if paces else report.planned_speed
    table = Table(box=None, padding=(0, 1), expand=False, show_edge=False, header_style="bold")
    table.add_column(t["h.n"], justify="right", no_wrap=True)
    table.add_column(t["h.passage"], no_wrap=True, max_width=20)
    table.add_column(t["h.chars"], justify="right", no_wrap=True)
    table.add_column(t["h.forecast"], justify="right", no_wrap=True)
    table.add_column(t["h.real"], justify="right", no_wrap=True)
    table.add_column(t["h.cpm"], justify="right", no_wrap=True)
    table.add_column("", no_wrap=True, width=bar)
    for row in report.passages:
        table.add_row(
            str(row.number),
            label_of(row, 8),
            str(row.chars),
            "—" if row.extra else format_span(row.forecast_s),
            format_span(row.real_s),
            speed_text(row.cpm),
            _bar_cell(row, scale, report.planned_speed, s, bar),
            style="dim" if row.real_s is None else None,
        )
    return table


def _bar_cell(row: PassageRow, scale: float, planned: float, s: Strings, bar: int) -> Text:
    if row.kind == "cue":
        from chair.rehearsal import row_note

        return Text(row_note(row, s.lang), style="italic")
    if row.real_s is None:
        return Text(labels(s.lang)["not_reached"], style="dim")
    return pace_bar(row.cpm, scale, planned, bar)


class ReportScreen(Screen[None]):
    """The report of a finished rehearsal; any key but scrolling closes it."""

    BINDINGS = [Binding("q,enter,escape", "close", show=False)]

    def __init__(self, report: RehearsalReport, strings: Strings, note: str = ""):
        super().__init__()
        self.report = report
        self.strings = strings
        self.note = note

    def compose(self) -> ComposeResult:
        s = self.strings
        yield Static(f"{s['report.screen.title']} · {self.report.title}", id="report-title")
        yield Static(_summary(self.report, s), id="report-summary")
        yield Static(s["report.screen.chart"], id="report-chart-title")
        with VerticalScroll(id="report-chart"):
            yield Static(_chart(self.report, s, bar_width(self.app.size.width)), id="report-table")
        yield Static(self.note, id="report-note")
        yield Static(s["report.screen.hint"], id="report-hint")

    def on_mount(self) -> None:
        self.query_one("#report-note").display = bool(self.note)
        self.query_one("#report-chart").focus()

    def on_key(self, event: events.Key) -> None:
        if event.key in SCROLL_KEYS:
            return
        event.stop()
        self.action_close()

    def action_close(self) -> None:
        self.dismiss(None)


def _header(journal: Any) -> MeetingHeader | None:
    """The journal's first event, read as the header it is (None for a journal-less app)."""
    records = getattr(journal, "events", None) if journal is not None else None
    if not records:
        return None
    header = from_record(records[0])
    return header if isinstance(header, MeetingHeader) else None


def show_report(app: Any, on_close: Callable[[], None]) -> Saved:
    """The end of a rehearsal in the app: conclude it, then push the report screen.

    The Markdown goes to `app.report_path` when set, else beside the journal
    (`<journal stem>.report.md`); with neither it is written nowhere. The app returns the
    outcome (`Outcome.rehearsal`) for the command to print the path.
    """
    journal = getattr(app, "journal", None)
    header = _header(journal)
    path = getattr(app, "report_path", None)
    if path is None and journal is not None:
        path = report_path_for(journal.path)
    strings: Strings = app.strings
    saved = conclude(
        app.session,
        planned_speed=header.speed if header else None,
        script_sha256=header.sha256 if header else None,
        report_path=path,
        lang=strings.lang,
    )
    if saved.errors:
        note = strings("report.screen.unsaved", msg="; ".join(saved.errors))
    elif saved.path is not None:
        note = strings("report.screen.saved", path=saved.path)
    else:
        note = strings["report.screen.nosave"]
    app.push_screen(ReportScreen(saved.report, strings, note), lambda _result: on_close())
    return saved
