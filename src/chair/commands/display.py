"""`chair display JOURNAL [--serve]`: the speaker's read-only view of a running meeting.

In a terminal it runs the display app; with `--serve` it serves that same command to web
browsers through textual-serve (one app process per browser tab). Either way it only
reads the journal: nothing here can change the meeting.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from chair.errors import ChairError
from chair.launcher import next_step


def _check_path(path: Path) -> None:
    """A journal that does not exist yet is fine (the display waits); a directory is not."""
    if path.is_dir():
        raise ChairError("is a directory, not a journal", path)
    if path.exists() and not path.is_file():
        raise ChairError("not a regular file", path)


def main(args: argparse.Namespace) -> int:
    path = Path(args.journal_file)
    _check_path(path)
    if not path.exists():
        sys.stderr.write(
            f"chair: display: {path} does not exist yet; the view shows the meeting as soon "
            f"as a chair starts it with: {next_step('run', 'SCRIPT', '--journal', path.absolute())}\n"
        )
        sys.stderr.flush()
    if getattr(args, "serve", False):
        return serve(path, args)
    from chair.tui.display_app import make_display_app

    web = "WebDriver" in os.environ.get("TEXTUAL_DRIVER", "")
    # In a browser `q` would only close the tab's session, and a projector has no one to
    # restart it: there the view has no keys at all.
    app = make_display_app(
        path, lang=args.lang, allow_quit=not web, blink=not getattr(args, "no_blink", False)
    )
    app.run()
    return 0


def _url_host(host: str) -> str:
    if host in ("", "0.0.0.0", "::"):
        return "127.0.0.1" if host != "::" else "[::1]"
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def _room_address() -> str | None:
    """This computer's address on its network, for `--host 0.0.0.0`; None when offline.

    Connecting a UDP socket sends nothing: it only asks the system which local address
    it would use (192.0.2.1 is a documentation address, never reached).
    """
    import socket

    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))
            address = probe.getsockname()[0]
    except OSError:
        return None
    return None if address.startswith("127.") or address == "0.0.0.0" else address


def serve(path: Path, args: argparse.Namespace) -> int:
    port = int(args.port)
    if not 0 < port < 65536:
        raise ChairError(f"--port must be between 1 and 65535, not {port}", path)
    try:
        from chair.web.server import DisplayServer
    except ImportError as exc:  # pragma: no cover - textual-serve is a dependency
        raise ChairError(
            f"--serve needs textual-serve ({exc}); run ./scripts/run once, "
            "or: python -m pip install textual-serve",
            path,
        ) from None
    host = args.host or "127.0.0.1"
    token = getattr(args, "token", None)
    address = f"http://{_url_host(host)}:{port}/"
    if token:
        from urllib.parse import quote

        address += f"?token={quote(token, safe='')}"
    server = DisplayServer(
        path,
        lang=args.lang,
        host=host,
        port=port,
        token=token,
        blink=not getattr(args, "no_blink", False),
    )

    query = address[address.index("/", len("http://")) :]

    def ready() -> None:
        lines = [f"chair: display: {address}  (read-only; Ctrl+C stops)"]
        if host in ("0.0.0.0", "::", ""):
            room = _room_address()
            lines.append(
                f"chair: display: on the other device open http://{room}:{port}{query}"
                if room
                else "chair: display: listening on every network of this "
                "computer; open its address with this port on the other device"
            )
        elif host not in ("127.0.0.1", "localhost", "::1"):
            lines.append(f"chair: display: listening on {host} only")
        sys.stdout.write("".join(line + "\n" for line in lines))
        sys.stdout.flush()

    server.ready.append(ready)
    try:
        server.serve()
    except OSError as exc:
        raise ChairError(f"cannot listen on {host}:{port}: {exc.strerror or exc}", path) from None
    return 0
