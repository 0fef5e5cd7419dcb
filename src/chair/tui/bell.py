"""`--bell`: the terminal's bell and a desktop notification (OSC 9 and OSC 777).

Terminals that know neither escape ignore it; the bell itself is Textual's. The escapes go
to the terminal through Textual's driver, which has no public way to write raw output:
this is the one place that reaches for it, and does nothing when there is none (tests,
a headless run).
"""

from __future__ import annotations

from textual.app import App


def notification(title: str, body: str) -> str:
    """The two desktop-notification escapes: OSC 9 (iTerm2, kitty, Windows Terminal…) and
    OSC 777 (VTE terminals: GNOME Terminal, Tilix…). Control characters are dropped."""

    def clean(text: str) -> str:
        return "".join(ch for ch in text if ch >= " " and ch != "\x7f").replace(";", ",")

    title, body = clean(title), clean(body)
    return f"\x1b]9;{title}: {body}\x07\x1b]777;notify;{title};{body}\x07"


def ring(app: App, title: str, body: str) -> None:
    app.bell()
    driver = getattr(app, "_driver", None)
    if driver is None or app.is_headless:
        return
    try:
        driver.write(notification(title, body))
        driver.flush()
    except (AttributeError, OSError, ValueError):  # pragma: no cover - a driver without them
        pass
