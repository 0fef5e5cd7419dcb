"""`chair resume JOURNAL`: go on with a meeting whose run was interrupted."""

from __future__ import annotations

import argparse
from pathlib import Path

from chair.commands.live import resume_path


def main(args: argparse.Namespace) -> int:
    return resume_path(Path(args.journal_file), args)
