"""How to call `chair` again from where the user is, for the next steps printed at exit.

After `./scripts/run` the command lives in `.venv/bin/` and is not on PATH: printing
`chair resume …` would only earn `command not found`. The command printed is `chair`
when PATH finds this very installation, else the path of this installation's `chair`
script (relative when it lies below the current directory), else `python -m chair`.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path


def _script_name() -> str:
    return "chair.exe" if sys.platform == "win32" else "chair"


def installed_script() -> Path | None:
    """This interpreter's `chair` script, when the package was installed with one."""
    scripts = sysconfig.get_path("scripts")
    candidates = [Path(scripts) / _script_name()] if scripts else []
    candidates.append(Path(sys.executable).parent / _script_name())
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    return None


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def quote(part: str | os.PathLike[str]) -> str:
    """One argument, quoted for the user's shell when it needs it."""
    part = os.fspath(part)
    if sys.platform == "win32":
        return subprocess.list2cmdline([part])
    return shlex.quote(part)


def chair_command(cwd: Path | None = None) -> str:
    """The command line that starts this installation of chair, typed from `cwd`."""
    ours = installed_script()
    if ours is None:
        return " ".join(quote(p) for p in (sys.executable, "-m", "chair"))
    on_path = shutil.which("chair")
    if on_path is not None and _same(Path(on_path), ours):
        return "chair"
    here = Path(cwd) if cwd is not None else Path.cwd()
    shown = ours.absolute()
    try:
        relative = shown.relative_to(here.absolute())
    except ValueError:
        return quote(str(shown))
    if sys.platform == "win32":
        return quote(f".\\{relative}")
    return quote(f"./{relative}" if relative.parent == Path(".") else str(relative))


def next_step(*arguments: str | os.PathLike[str]) -> str:
    """`chair ARGUMENTS…` as a command line that runs from here, each argument quoted."""
    return " ".join([chair_command(), *(quote(a) for a in arguments)])
