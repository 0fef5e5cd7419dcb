"""How chair writes a length of time or a time of day: one place for every format.

Every function takes seconds (or a datetime) and returns the text; none depends on the
screen, so the minutes, the reports, `chair check` and the screen agree.
"""

from __future__ import annotations

import math
from datetime import datetime

NOTHING = "—"
"""What a time that does not exist (yet) is written as."""


def format_clock(seconds: float) -> str:
    """`MM:SS` for a countdown, `+MM:SS` in overtime (negative input). Never rounds up early."""
    if seconds < 0:
        s = int(-seconds)  # overtime counts up from +00:00
        return f"+{s // 60:02d}:{s % 60:02d}"
    s = math.ceil(seconds - 1e-9)
    return f"{s // 60:02d}:{s % 60:02d}"


def format_duration(seconds: float) -> str:
    """`MM:SS`, or `H:MM:SS` from an hour on: elapsed and spoken times on screen and in minutes."""
    h, m, s = _hms(seconds)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def format_span(seconds: float | None) -> str:
    """`m:ss`, or `h:mm:ss` from an hour on, as a chair writes a limit (600 → `10:00`);
    `—` for nothing."""
    if seconds is None:
        return NOTHING
    h, m, s = _hms(seconds)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def format_signed_span(seconds: float) -> str:
    """A difference: `+1:05`, `-0:30`, or `±0:00`."""
    s = int(round(seconds))
    return ("+" if s > 0 else "-" if s < 0 else "±") + format_span(abs(s))


def format_minutes(seconds: float, lang: str = "zh") -> str:
    """A length to the whole minute, never rounded up: `0分钟`, `12分钟`, `1小时5分`;
    `12 min`, `1 h 5 min`. What the header says has elapsed: it changes once a minute."""
    h, m = divmod(int(max(0.0, seconds) // 60), 60)
    if lang == "en":
        return f"{h} h {m} min" if h else f"{m} min"
    if not h:
        return f"{m}分钟"
    return f"{h}小时" + (f"{m}分" if m else "")


def format_hours(seconds: float) -> str:
    """`h:mm:ss` always: the forecast of a whole meeting."""
    h, m, s = _hms(seconds)
    return f"{h}:{m:02d}:{s:02d}"


def format_time_of_day(when: datetime | None) -> str:
    """`HH:MM:SS` on the wall clock; `—` for nothing."""
    return when.strftime("%H:%M:%S") if when is not None else NOTHING


def _hms(seconds: float) -> tuple[int, int, int]:
    s = int(round(max(0.0, seconds)))
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return h, m, sec


def format_spoken(seconds: float, lang: str = "zh") -> str:
    """A length as the minutes write it: `11分26秒`, `10分钟`, `1小时2分5秒`; `11 min 26 s`."""
    h, m, s = _hms(seconds)
    if lang == "en":
        parts = [f"{h} h" if h else "", f"{m} min" if m else "", f"{s} s" if s else ""]
        return " ".join(p for p in parts if p) or "0 s"
    if not h and m and not s:
        return f"{m}分钟"
    text = (
        (f"{h}小时" if h else "") + (f"{m}分" if m or (h and s) else "") + (f"{s}秒" if s else "")
    )
    return text or "0秒"


def format_lasting(seconds: float, lang: str = "zh") -> str:
    """How long a meeting lasted, to the minute: `1小时12分`, `25分钟`; seconds under a minute."""
    if seconds < 60:
        return format_spoken(seconds, lang)
    minutes = int(round(max(0.0, seconds) / 60))
    h, m = divmod(minutes, 60)
    if lang == "en":
        return " ".join(p for p in (f"{h} h" if h else "", f"{m} min" if m else "") if p)
    if not h:
        return f"{m}分钟"
    return f"{h}小时" + (f"{m}分" if m else "")
