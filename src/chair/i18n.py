"""Every user-facing string of the screen, in Chinese and English.

`tr(lang)` gives a `Strings` lookup: `s = tr("en"); s["next"]`. Keys missing in English
fall back to Chinese, so a forgotten translation shows something rather than a key.
"""

from __future__ import annotations

ZH: dict[str, str] = {
    # key descriptions (footer and help)
    "key.next": "下一句",
    "key.next_step": "下一步",
    "key.prev_step": "上一步",
    "key.prev": "上一句",
    "key.timer": "计时",
    "key.name": "填写发言人",
    "key.extra": "临时发言",
    "key.note": "记录",
    "key.auto": "自动",
    "key.faster": "加速",
    "key.slower": "减速",
    "key.goto": "跳转议程",
    "key.skip": "跳过发言",
    "key.help": "帮助",
    "key.quit": "退出",
    # header
    "rehearsal": "彩排",
    "elapsed": "已用",
    "forecast_end": "预计结束",
    "opening": "开场",
    "closing": "结束语",
    "auto_on": "自动 {speed} 字/分",
    # agenda and log
    "agenda": "议程",
    "log": "记录",
    "tbd": "待定",
    "extra_speaker": "临时发言",
    "spoken": "发言 {time}",
    "no_log": "尚无记录",
    "note_prefix": "记",
    # speaker panel
    "speaker": "发言人",
    "speaker_unnamed": "（未填写，按 Enter 填写）",
    "limit": "时限 {time}",
    "remaining": "剩余 {time}",
    "overtime_text": "超时 {time}",
    "phase.idle": "未开始 · 按 t 开始计时",
    "phase.normal": "正常",
    "phase.warning": "⚠ 即将结束",
    "phase.final": "‼ 最后30秒",
    "phase.overtime": "✖ 超时",
    "phase.paused": "‖ 已暂停",
    "phase.done": "■ 已结束",
    "next_up": "下一项",
    # dialogs
    "name.title": "发言人姓名",
    "name.placeholder": "输入姓名，回车确认",
    "extra.title": "临时发言人（可留空，稍后填写）",
    "note.title": "添加记录",
    "note.placeholder": "记录内容，回车保存",
    "goto.title": "跳转到议程",
    "quit.title": "退出",
    "quit.body": "会议记录已实时保存到日志。",
    "quit.end": "结束会议并退出 (y)",
    "quit.leave": "暂时退出，稍后续会 (l)",
    "quit.cancel": "取消 (n)",
    "ok": "确定",
    "cancel": "取消",
    "help.title": "帮助 · 按任意键关闭",
    "too_small": "终端太小：需要至少 {w}×{h}，当前 {cw}×{ch}。请放大窗口。",
    "journal_problem": "⚠ 日志写入失败：{msg}（事件已保留在内存中，恢复后自动写入）",
    "journal_ok": "日志已恢复写入",
    "end_of_meeting": "—— 主持词到此结束 ——",
}

EN: dict[str, str] = {
    "key.next": "Next sentence",
    "key.next_step": "Next step",
    "key.prev_step": "Previous step",
    "key.prev": "Previous sentence",
    "key.timer": "Timer",
    "key.name": "Speaker name",
    "key.extra": "Extra speaker",
    "key.note": "Note",
    "key.auto": "Auto",
    "key.faster": "Faster",
    "key.slower": "Slower",
    "key.goto": "Go to item",
    "key.skip": "Skip speaker",
    "key.help": "Help",
    "key.quit": "Quit",
    "rehearsal": "REHEARSAL",
    "elapsed": "Elapsed",
    "forecast_end": "Ends ~",
    "opening": "Opening",
    "closing": "Closing",
    "auto_on": "Auto {speed} chars/min",
    "agenda": "Agenda",
    "log": "Log",
    "tbd": "TBD",
    "extra_speaker": "Extra speaker",
    "spoken": "spoke {time}",
    "no_log": "Nothing logged yet",
    "note_prefix": "Note",
    "speaker": "Speaker",
    "speaker_unnamed": "(not filled in, press Enter)",
    "limit": "Limit {time}",
    "remaining": "Left {time}",
    "overtime_text": "Over {time}",
    "phase.idle": "Not started · press t",
    "phase.normal": "On time",
    "phase.warning": "⚠ Wrap up",
    "phase.final": "‼ Last 30 s",
    "phase.overtime": "✖ Overtime",
    "phase.paused": "‖ Paused",
    "phase.done": "■ Finished",
    "next_up": "Next",
    "name.title": "Speaker's name",
    "name.placeholder": "Type a name, Enter to confirm",
    "extra.title": "Extra speaker (may be left empty)",
    "note.title": "Add a note",
    "note.placeholder": "Note text, Enter to save",
    "goto.title": "Go to agenda item",
    "quit.title": "Quit",
    "quit.body": "Everything is already saved in the journal.",
    "quit.end": "End the meeting and quit (y)",
    "quit.leave": "Quit for now, resume later (l)",
    "quit.cancel": "Cancel (n)",
    "ok": "OK",
    "cancel": "Cancel",
    "help.title": "Help · any key closes",
    "too_small": "Terminal too small: needs at least {w}×{h}, now {cw}×{ch}. Please enlarge it.",
    "journal_problem": "⚠ Journal write failed: {msg} (events kept in memory, written when possible)",
    "journal_ok": "Journal writing works again",
    "end_of_meeting": "— end of the script —",
}

HELP_KEYS: list[tuple[str, str]] = [
    ("space / ↓", "key.next"),
    ("PageDown / →", "key.next_step"),
    ("PageUp / ←", "key.prev_step"),
    ("↑", "key.prev"),
    ("t", "key.timer"),
    ("Enter", "key.name"),
    ("i", "key.extra"),
    ("n", "key.note"),
    ("a", "key.auto"),
    ("+ / -", "key.faster"),
    ("g", "key.goto"),
    ("f", "key.skip"),
    ("?", "key.help"),
    ("q", "key.quit"),
]


class Strings:
    """String lookup for one language, with `format` arguments."""

    def __init__(self, lang: str):
        self.lang = lang if lang in ("zh", "en") else "zh"
        self._table = EN if self.lang == "en" else ZH

    def __getitem__(self, key: str) -> str:
        return self._table.get(key) or ZH.get(key, key)

    def __call__(self, key: str, **kwargs: object) -> str:
        return self[key].format(**kwargs)


def tr(lang: str) -> Strings:
    return Strings(lang)
