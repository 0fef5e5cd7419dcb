"""`chair display --serve`: textual-serve with chair's own page, read-only and offline.

textual-serve starts one display process per browser tab and relays its terminal over a
websocket. What changes here:

- the page is ours (`templates/display.html`, `static/`): no request to any other host,
  the meeting's title in the tab, no splash, the terminal filling the window, and a page
  that notices a dropped connection and comes back by itself;
- keys and mouse from the browser never reach the display process (read-only);
- an optional token: the page and its websocket are refused without it;
- the websocket address is the one the browser used, not the one the server listens on.
"""

from __future__ import annotations

import secrets
import subprocess
import sys
from pathlib import Path
from typing import Any

import aiohttp_jinja2
import textual_serve
from aiohttp import WSMsgType, web
from textual_serve.app_service import AppService
from textual_serve.server import Server

from chair.errors import ChairError
from chair.events import BadLine, MeetingHeader, event_at, parse_record
from chair.i18n import tr

WEB = Path(__file__).parent
TEXTUAL_STATIC = Path(textual_serve.__file__).parent / "static"
"""textual.js (xterm.js and textual-serve's client) and its fonts, served from the package."""
HEADER_BYTES = 1024 * 1024


def meeting_header(journal: Path) -> MeetingHeader | None:
    """The journal's header, read with the journal's own decoder (None until the meeting
    has started, or when line 1 is not a header: the view itself says what is wrong)."""
    try:
        with open(journal, "rb") as fh:
            line = fh.readline(HEADER_BYTES)
        header = event_at(parse_record(line), 1, journal)
    except (OSError, ChairError, BadLine):
        return None
    return header if isinstance(header, MeetingHeader) else None


def served_command(journal: Path, lang: str | None, blink: bool = True) -> str:
    """The shell command started for each browser: this display, in a terminal."""
    parts = [sys.executable, "-m", "chair", "display", str(journal.absolute())]
    if lang:
        parts += ["--lang", lang]
    if not blink:
        parts.append("--no-blink")
    if sys.platform == "win32":
        return subprocess.list2cmdline(parts)
    import shlex

    # `exec`: the shell textual-serve starts becomes the display, one process per tab.
    return "exec " + " ".join(shlex.quote(p) for p in parts)


class DisplayServer(Server):
    """The speaker's view for browsers on this computer or, with `--host`, the room."""

    def __init__(
        self,
        journal: Path,
        *,
        lang: str | None,
        host: str,
        port: int,
        token: str | None = None,
        address: str = "",
        blink: bool = True,
    ) -> None:
        super().__init__(
            served_command(journal, lang, blink),
            host=host,
            port=port,
            title=f"chair · {journal.name}",
            templates_path=WEB / "templates",
            statics_path=WEB / "static",
        )
        self.journal = journal
        self.lang = lang
        self.token = token or None
        self.address = address
        self.ready: list[Any] = []
        """Called with no arguments once the server listens (the command prints the URL)."""

    # -- routes --------------------------------------------------------------------------

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        app.router.add_static("/textual", TEXTUAL_STATIC, name="textual")
        app.router.add_get("/ws/{token}", self.handle_websocket, name="websocket-token")
        app.router.add_get("/meeting", self.handle_meeting, name="meeting")
        return app

    def _allowed(self, given: str | None) -> bool:
        if self.token is None:
            return True
        return given is not None and secrets.compare_digest(given, self.token)

    def _names(self) -> dict[str, Any]:
        """The page's language, tab title and cover heading, from the journal's header."""
        header = meeting_header(self.journal)
        lang = self.lang or (header.lang if header and header.lang in ("zh", "en") else "zh")
        strings = tr(lang)
        title = header.title if header else None
        return {
            "lang": lang,
            "known": title is not None,
            "page_title": f"{title} · chair" if title else f"chair · {strings['display.title']}",
            "heading": title or strings["display.title"],
        }

    async def handle_meeting(self, request: web.Request) -> web.Response:
        """The tab title once the meeting has started: a page opened before the chair began
        asks for it until it is known."""
        if not self._allowed(request.query.get("token")):
            raise web.HTTPForbidden(text="chair display: wrong or missing token\n")
        names = self._names()
        body = {k: names[k] for k in ("known", "page_title", "heading")}
        return web.json_response(body, headers={"Cache-Control": "no-store"})

    async def handle_index(self, request: web.Request) -> web.Response:  # type: ignore[override]
        if not self._allowed(request.query.get("token")):
            raise web.HTTPForbidden(text="chair display: this address needs its ?token=…\n")
        names = self._names()
        lang = names["lang"]
        strings = tr(lang)
        scheme = "wss" if request.scheme == "https" else "ws"
        ws_path = f"/ws/{self.token}" if self.token else "/ws"
        meeting_url = f"/meeting?token={self.token}" if self.token else "/meeting"
        context = {
            "lang": "zh-CN" if lang == "zh" else "en",
            "page_title": names["page_title"],
            "heading": names["heading"],
            "title_known": "1" if names["known"] else "0",
            "meeting_url": meeting_url,
            "websocket_url": f"{scheme}://{request.host}{ws_path}",
            "static": "/static/",
            "textual": "/textual/",
            "text": {
                "connecting": strings["web.connecting"],
                "lost": strings["web.lost"],
                "retry": strings["web.retry"],
                "fullscreen": strings["web.fullscreen"],
            },
        }
        response = aiohttp_jinja2.render_template("display.html", request, context)
        response.headers["Cache-Control"] = "no-store"
        return response

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        if not self._allowed(request.match_info.get("token")):
            raise web.HTTPForbidden(text="chair display: wrong or missing token\n")
        return await super().handle_websocket(request)

    async def _process_messages(
        self, websocket: web.WebSocketResponse, app_service: AppService
    ) -> None:
        """The browser only looks: its size and liveness pings count, its keys do not."""
        async for message in websocket:
            if message.type != WSMsgType.TEXT:
                continue
            try:
                envelope = message.json()
            except ValueError:
                continue
            if not isinstance(envelope, list) or not envelope:
                continue
            kind = envelope[0]
            data = envelope[1] if len(envelope) > 1 else None
            if kind == "resize" and isinstance(data, dict):
                width, height = data.get("width"), data.get("height")
                if isinstance(width, int) and isinstance(height, int) and width > 0 < height:
                    await app_service.set_terminal_size(width, height)
            elif kind == "ping":
                await websocket.send_json(["pong", data])

    # -- start-up --------------------------------------------------------------------------

    def initialize_logging(self) -> None:
        """textual-serve logs every request with its own banner; the command prints one line."""

    async def on_startup(self, app: web.Application) -> None:
        for call in self.ready:
            call()
