"""The `chair` command: argparse, one-line errors, exit codes.

Each subcommand lives in `chair.commands.<name>` and is imported only when used, so the
commands that need no screen (`check`, `import`, `export`) never import Textual.
Exit codes: 0 done, 2 bad input or usage (`chair: error: …`, no traceback), 1 a bug.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Sequence

from chair.errors import ChairError

SCREEN_COMMANDS = ("run", "rehearse", "resume")
"""The commands whose screen (`ChairApp`) turns the garbage collector back on after its
first frame."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line and exits 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"chair: error: {message}\n")
        sys.exit(2)


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0 or value != value or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number: {text!r}")
    return value


def _lang(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--lang",
        choices=("zh", "en"),
        default=None,
        help="interface language (zh; a journal's own language for resume/export/display)",
    )


def _limit(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--limit",
        type=_positive_float,
        metavar="MINUTES",
        help="per-speaker limit (10); for run and rehearse it overrides the script's limits",
    )


def _speed(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--speed",
        type=_positive_float,
        metavar="CHARS_PER_MIN",
        help="reading speed for forecasts (200, or the rehearsed speed)",
    )


def _roster(p: argparse.ArgumentParser) -> None:
    p.add_argument("--roster", metavar="FILE", help="names offered when a speaker is filled in")


def _chair(p: argparse.ArgumentParser) -> None:
    p.add_argument("--chair", metavar="NAME", help="the chair's name, for the minutes")


def _live(p: argparse.ArgumentParser) -> None:
    """What `run` and `rehearse` take: a new meeting from a script."""
    _lang(p)
    _limit(p)
    _speed(p)
    _roster(p)
    _chair(p)
    p.add_argument("--journal", metavar="PATH", help="where the event journal goes")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 8:
        raise argparse.ArgumentTypeError(f"must be at least 8: {text!r}")
    return value


def _no_blink(p: argparse.ArgumentParser) -> None:
    p.add_argument("--no-blink", action="store_true", help="overtime does not blink")


def _stage(p: argparse.ArgumentParser) -> None:
    """How the live screen reads in front of a room (run, rehearse, resume)."""
    p.add_argument(
        "--width",
        type=_positive_int,
        metavar="CELLS",
        help="the teleprompter's widest line, in cells (60: 30 Chinese characters)",
    )
    p.add_argument(
        "--focus",
        action="store_true",
        help="show the current sentence alone, large (long passages, big fonts)",
    )
    p.add_argument(
        "--bell",
        action="store_true",
        help="ring the terminal's bell and notify the desktop at the speaker's warning and at zero",
    )
    _no_blink(p)
    _screen(p)


def _screen(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--ambiguous-wide",
        action="store_true",
        help="measure ambiguous-width characters (“ ” … —) as two cells, as many "
        "Chinese terminals draw them (or CHAIR_AMBIGUOUS_WIDE=1)",
    )


def _version() -> str:
    """The installed distribution's version, else the package's own (a source checkout)."""
    try:
        from importlib.metadata import version

        return version("chair")
    except Exception:
        from chair import __version__

        return __version__


class _VersionAction(argparse.Action):
    """`--version`: the version is looked up only when asked for (importlib.metadata costs
    every other command ~10 ms of startup)."""

    def __init__(
        self,
        option_strings: Sequence[str],
        dest: str = argparse.SUPPRESS,
        default: str = argparse.SUPPRESS,
        help: str = "show program's version number and exit",
    ):
        super().__init__(
            option_strings=option_strings, dest=dest, default=default, nargs=0, help=help
        )

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        sys.stdout.write(f"chair {_version()}\n")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="chair", description="Run a meeting from the chair's script.")
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    p = sub.add_parser("run", help="run the meeting live")
    p.add_argument("script", nargs="?", help="the script (default: the bundled sample)")
    _live(p)
    _stage(p)

    p = sub.add_parser("rehearse", help="rehearse the script and write a rehearsal report")
    p.add_argument("script", nargs="?", help="the script (default: the bundled sample)")
    _live(p)
    _stage(p)

    p = sub.add_parser("check", help="show the parsed agenda without starting")
    p.add_argument("script")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    _lang(p)
    _limit(p)
    _speed(p)

    p = sub.add_parser("import", help="write the editable agenda file (YAML)")
    p.add_argument("script")
    p.add_argument("-o", "--output", metavar="FILE.yaml", help="output file (default: stdout)")
    p.add_argument("--force", action="store_true", help="overwrite the output file if it exists")
    _lang(p)
    _limit(p)
    _chair(p)

    p = sub.add_parser(
        "review", help="correct the agenda the parser read, on a screen, and save it"
    )
    p.add_argument("script")
    _lang(p)
    _limit(p)
    _speed(p)
    _roster(p)
    _chair(p)
    _screen(p)

    p = sub.add_parser("resume", help="go on with an interrupted meeting")
    p.add_argument("journal_file", metavar="JOURNAL")
    _lang(p)
    _roster(p)
    _stage(p)

    p = sub.add_parser("export", help="write the minutes of a meeting")
    p.add_argument("journal_file", metavar="JOURNAL")
    p.add_argument(
        "--format",
        choices=("md", "yaml", "docx", "csv"),
        default="md",
        help="md, yaml, docx (Word), csv (planned against actual)",
    )
    p.add_argument(
        "-o", "--output", metavar="FILE", help="output file (default: stdout; docx needs -o)"
    )
    p.add_argument(
        "--kind",
        choices=("记录", "纪要", "record", "summary"),
        default="记录",
        help="记录: the 会议记录 (default); 纪要: the 会议纪要 of the decisions",
    )
    p.add_argument("--recorder", metavar="NAME", help="the secretary who took the minutes (记录人)")
    _lang(p)
    _chair(p)

    p = sub.add_parser("display", help="the speaker's read-only view of a running meeting")
    p.add_argument("journal_file", metavar="JOURNAL")
    p.add_argument("--serve", action="store_true", help="serve the view to a web browser")
    p.add_argument(
        "--host",
        default="127.0.0.1",
        help="with --serve: the address to listen on (127.0.0.1: this computer only; "
        "0.0.0.0: every network it is on)",
    )
    p.add_argument("--port", type=int, default=8000, help="with --serve: the port (8000)")
    p.add_argument(
        "--token",
        metavar="WORD",
        help="with --serve: a word the page's address must carry (?token=WORD); "
        "without it the page is refused",
    )
    _no_blink(p)
    _lang(p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.lang is None and args.command not in ("resume", "export", "display"):
        args.lang = "zh"
    name = "import_" if args.command == "import" else args.command
    if args.command in SCREEN_COMMANDS or args.command == "check":
        # Starting a meeting builds ~70 000 objects that live as long as the app, and makes
        # almost no garbage: collections before the first frame only walk them (~40 ms of
        # startup). The app collects and freezes them once, then collects as usual. `check`
        # keeps what it builds until it exits (a script of 8 MB peaks at the same memory).
        gc.disable()
    try:
        module = importlib.import_module(f"chair.commands.{name}")
        code = module.main(args)
    except ChairError as exc:
        sys.stderr.write(f"chair: error: {exc.render()}\n")
        return 2
    except KeyboardInterrupt:
        return 130
    finally:
        gc.enable()
    return int(code or 0)


def entry() -> None:
    sys.exit(main())


if __name__ == "__main__":  # pragma: no cover
    entry()
