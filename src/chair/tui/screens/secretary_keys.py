"""The secretary's keys on the live screen: `c` attendance (签到), `d` a decision, `v` a vote.

A mixin for `MeetingScreen`: the keys, their actions and the offer of the vote dialog at a
vote step live here, so the screen itself only lists the mixin among its bases and adds
`secretary_bindings()` to its keys. Every record goes through the session (journalled
before it shows) and is confirmed with a notification.
"""

from __future__ import annotations

from typing import Any, Protocol

from textual.app import App
from textual.binding import Binding

from chair.i18n import Strings
from chair.model import Passage
from chair.procedure import expected_in_script, is_quorum_sentence
from chair.session import Session


def secretary_bindings(s: Strings) -> list[Binding]:
    """`c`, `d`, `v`, described in the interface language (in the help; the footer is full)."""
    return [
        Binding("c", "attendance", s["key.attendance"], show=False),
        Binding("d", "decision", s["key.decision"], show=False),
        Binding("v", "vote", s["key.vote"], show=False),
    ]


class _Screen(Protocol):
    """What the mixin needs of the screen it is mixed into."""

    session: Session
    strings: Strings
    roster: list[str]
    _vote_offered: str | None

    @property
    def app(self) -> App[Any]: ...

    def refresh_view(self) -> None: ...


class SecretaryKeys:
    """Actions for `c`, `d` and `v`; at a vote step, a notice offering `v`."""

    _vote_offered: str | None = None
    """The vote step last offered, so each visit offers once."""

    def offer_vote(self: _Screen) -> None:
        """Called after every command the screen renders: no timer wakes the laptop for it."""
        _offer_vote(self)

    def where(self: _Screen) -> str:
        """The current item, as the dialogs' titles name it."""
        s, st = self.session, self.strings
        item = s.current_item
        if item is not None:
            return st("where.item", number=item.number, title=item.title)
        return st["where.opening"] if s.index < len(s.meeting.opening) else st["where.closing"]

    def action_attendance(self: _Screen) -> None:
        from chair.tui.screens.attendance_dialog import (
            AttendanceDialog,
            AttendanceForm,
            attendance_summary,
        )

        s = self.session
        roster = self.roster + list(s.meeting.roster)

        def done(form: AttendanceForm | None) -> None:
            if form is None:
                return
            s.take_attendance(
                expected=form.expected,
                present=form.present,
                absent=form.absent,
                observers=form.observers,
                attendees=form.attendees,
            )
            self.refresh_view()
            self.app.notify(
                self.strings("attendance.saved", summary=attendance_summary(self.strings, form))
            )

        # 应到 as the script says it: the parser's attendance sentences, else the quorum line.
        said = s.meeting.attendance + [
            ls.step.text
            for ls in s.steps
            if isinstance(ls.step, Passage) and is_quorum_sentence(ls.step.text)
        ]
        self.app.push_screen(
            AttendanceDialog(
                self.strings, roster=roster, latest=s.attendance, expected=expected_in_script(said)
            ),
            done,
        )

    def action_decision(self: _Screen) -> None:
        from chair.tui.screens.decision_dialog import DecisionDialog

        st = self.strings

        def done(text: str | None) -> None:
            if text:
                self.session.record_decision(text)
                self.refresh_view()
                self.app.notify(st["decision.saved"])

        title = st("decision.title", where=SecretaryKeys.where(self))
        self.app.push_screen(
            DecisionDialog(title, st["decision.placeholder"], st["dialog.hint_one"]), done
        )

    def action_vote(self: _Screen) -> None:
        from chair.tui.screens.vote_dialog import VoteDialog, VoteForm

        s, st = self.session, self.strings

        def done(form: VoteForm | None) -> None:
            if form is None:
                return
            passed = s.record_vote(
                form.yes,
                form.no,
                form.abstain,
                unanimous=form.unanimous,
                subject=form.subject,
                rule=form.rule,
            )
            self.refresh_view()
            counts = (
                st["vote.unanimous"]
                if form.unanimous
                else st["minutes.counts"].format(yes=form.yes, no=form.no, abstain=form.abstain)
            )
            self.app.notify(
                st(
                    "vote.saved",
                    outcome=st["vote.passed" if passed else "vote.failed"],
                    counts=counts,
                ),
                severity="information" if passed else "warning",
            )

        self.app.push_screen(VoteDialog(st, SecretaryKeys.where(self), s.present), done)


def _offer_vote(screen: _Screen) -> None:
    """At a vote step (同意的请举手…), say once per visit that `v` records the counts."""
    s = screen.session
    step = s.current
    at_vote = isinstance(step.step, Passage) and step.step.kind == "vote"
    if at_vote and screen._vote_offered != step.id:
        screen._vote_offered = step.id
        screen.app.notify(screen.strings["vote.offer"], timeout=8)
    elif not at_vote:
        screen._vote_offered = None
