"""The one error users see: `chair: error: FILE:LINE: what is wrong`, exit 2."""

from __future__ import annotations

from pathlib import Path


class ChairError(Exception):
    """Bad input or usage. The CLI prints `chair: error: <message>` and exits 2."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        super().__init__(self.render())

    def render(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path + (f":{self.line}" if self.line else "") + ": "
        return where + self.message
