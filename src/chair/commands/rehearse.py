"""`chair rehearse [SCRIPT]`: the same screen, marked 彩排, writing its own journal."""

from __future__ import annotations

import argparse

from chair.commands.live import start


def main(args: argparse.Namespace) -> int:
    return start(args, "rehearse")
