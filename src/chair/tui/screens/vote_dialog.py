"""表决: 同意 / 反对 / 弃权 counts (or 全体通过) and the rule; says at once whether it carries."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Checkbox, Input, Label

from chair.i18n import Strings
from chair.procedure import VoteRule, vote_base, vote_passes, votes_needed
from chair.tui.screens.attendance_dialog import COUNT_DIGITS
from chair.tui.screens.form_dialog import FormDialog


@dataclass(frozen=True)
class VoteForm:
    subject: str | None
    yes: int
    no: int
    abstain: int
    unanimous: bool
    rule: VoteRule


class VoteDialog(FormDialog[VoteForm]):
    """Returns the vote, or None on escape; refuses to save without counts or 全体通过."""

    def __init__(self, strings: Strings, where: str, present: int | None):
        super().__init__()
        self.strings = strings
        self.where = where
        self.present = present

    def compose(self) -> ComposeResult:
        s = self.strings
        with Vertical(id="dialog", classes="form-dialog"):
            yield Label(s("vote.title", where=self.where), id="dialog-title")
            with Horizontal(classes="form-field"):
                yield Label(s["vote.subject"], classes="form-label")
                yield Input(placeholder=s["vote.subject_hint"], id="vote-subject")
            for key in ("yes", "no", "abstain"):
                with Horizontal(classes="form-field"):
                    yield Label(s[f"vote.{key}"], classes="form-label")
                    yield Input(id=f"vote-{key}", type="integer", max_length=COUNT_DIGITS)
            with Horizontal(classes="form-checks"):
                yield Checkbox(s["vote.unanimous"], id="vote-unanimous")
                yield Checkbox(s["vote.two_thirds"], id="vote-two-thirds")
            yield Label(id="form-summary")
            yield Label(s["dialog.hint"], classes="form-hint")

    def _count(self, key: str) -> int | None:
        text = self.query_one(f"#vote-{key}", Input).value.strip()
        return int(text) if text.isdigit() else None

    def result(self) -> VoteForm | None:
        unanimous = self.query_one("#vote-unanimous", Checkbox).value
        rule: VoteRule = (
            "two_thirds" if self.query_one("#vote-two-thirds", Checkbox).value else "majority"
        )
        counts = [self._count(k) for k in ("yes", "no", "abstain")]
        if not unanimous and all(c is None for c in counts):
            return None
        yes, no, abstain = (c or 0 for c in counts)
        if unanimous:
            yes, no, abstain = max(yes, self.present or 0), 0, 0
        subject = self.query_one("#vote-subject", Input).value.strip() or None
        return VoteForm(subject, yes, no, abstain, unanimous, rule)

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        self.refresh_summary()

    def refresh_summary(self) -> None:
        self.query_one("#form-summary", Label).update(
            vote_summary(self.strings, self.result(), self.present)
        )


def vote_summary(strings: Strings, form: VoteForm | None, present: int | None) -> str:
    """`实到11人，过半数须6票：通过` — what the counts amount to under the rule."""
    if form is None:
        return strings["vote.need_counts"]
    base = vote_base(form.yes, form.no, form.abstain, present)
    carried = vote_passes(form.yes, form.no, form.abstain, present, form.rule, form.unanimous)
    where = (
        strings("vote.base_present", n=present)
        if present is not None
        else strings("vote.base_cast", n=base)
    )
    return strings(
        "vote.result",
        base=where,
        rule=strings[f"minutes.rule.{form.rule}"],
        n=votes_needed(base, form.rule),
        outcome=strings["vote.passed" if carried else "vote.failed"],
    )
