"""`chair run [SCRIPT]`: the meeting, live."""

from __future__ import annotations

import argparse

from chair.commands.live import start


def main(args: argparse.Namespace) -> int:
    return start(args, "run")
