"""Write the sample minutes in docs/samples/: a whole run of the bundled sample script.

The meeting is scripted with a fake clock, so the output is the same on every run: the
secretary takes attendance (签到), the chair reads at 220 characters a minute, three members
speak (one runs over and is given a minute more), notes are taken under the speakers, the
meeting breaks for ten minutes, a decision and a vote are recorded under the last item.
The 地点 comes from the agenda file, as `chair import` + an edit would give it.

    python scripts/sample_minutes.py [OUT_DIR] [--png]

writes sample.jsonl (the journal), 会议记录 and 会议纪要 in Markdown and Word, the YAML and
the CSV; `--png` also renders the Word files' pages with LibreOffice (`soffice`) and
`pdftoppm`, and joins each file's pages side by side into one PNG.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from chair import paths
from chair.cli import main as chair
from chair.events import BreakTaken, Event, LimitSet, MessageSent
from chair.live_meeting import LiveMeeting
from chair.model import count_chars, reading_seconds
from chair.procedure import parse_absences
from chair.script.load import load_meeting
from chair.session import Session

ROOT = Path(__file__).resolve().parents[1]
START = datetime(2026, 11, 26, 9, 0, tzinfo=timezone(timedelta(hours=8)))
SPEED = 220.0
MEMBERS = [
    "王建国",
    "李明",
    "张华",
    "刘洋",
    "陈静",
    "杨帆",
    "赵磊",
    "黄丽",
    "周强",
    "吴敏",
    "徐刚",
    "孙悦",
]


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


def emit(session: Session, event: Event) -> None:
    """What the screen's own commands do for the kinds the session has no command for."""
    t = round(session.now(), 3)
    event = replace(event, t=t, wall=session.wall_at(t).isoformat(timespec="seconds"))
    assert session.sink is not None
    session.sink(event)
    session.apply(event)


def read_step(session: Session, clock: Clock) -> None:
    """The chair reads the current passage sentence by sentence at SPEED."""
    for sentence in session.current.sentences[session.sentence :]:
        clock.advance(max(2.0, reading_seconds(count_chars(sentence), SPEED)))
        if session.sentence < len(session.current.sentences) - 1:
            session.next_sentence()


def read_to_cue_or_item(session: Session, clock: Clock, item: int | None) -> None:
    """Read on until a speaker cue or the start of another item."""
    while not session.at_last_step:
        read_step(session, clock)
        nxt = session.steps[session.index + 1]
        session.next_step()
        if session.current.is_cue or nxt.item != item:
            return


def speak(
    session: Session, clock: Clock, name: str, seconds: float, notes: list[tuple[float, str]] = ()
) -> None:
    session.set_name(name)
    clock.advance(3)
    session.toggle_timer()
    spoken = 0.0
    for at, text in notes:
        clock.advance(at - spoken)
        spoken = at
        session.add_note(text)
    clock.advance(seconds - spoken)
    session.stop_timer()


def run_meeting(journal: Path) -> Path:
    meeting = load_meeting(paths.sample_script())
    meeting.place = "局机关三楼会议室"
    clock = Clock()
    live = LiveMeeting.start(
        meeting,
        journal,
        chair="王建国",
        speed=SPEED,
        clock=clock,
        start_wall=START,
        epoch=START.timestamp(),
        lang="zh",
    )
    s = live.session
    clock.advance(60)
    absent = parse_absences("孙悦（外出学习）")
    s.take_attendance(
        expected=len(MEMBERS),
        present=len(MEMBERS) - len(absent),
        absent=absent,
        observers=["办公室主任 马丽", "机关党委专职副书记 郑涛"],
        attendees=[n for n in MEMBERS if n not in {a.name for a in absent}],
    )
    read_to_cue_or_item(s, clock, None)  # the opening, into item 1
    read_to_cue_or_item(s, clock, 0)  # item 1: the chair's lead reading
    read_to_cue_or_item(s, clock, 1)  # item 2 up to the first cue
    speak(s, clock, "李明", 9 * 60 + 12, [(300, "李明结合信访接待下基层谈了三点体会")])
    s.next_step()
    clock.advance(40)
    speak_start = s.current.id
    s.set_name("张华")
    clock.advance(3)
    s.toggle_timer()
    clock.advance(9 * 60 + 50)
    emit(s, LimitSet(cue=speak_start, limit_s=660))  # `e`: one more minute
    clock.advance(45)
    emit(s, MessageSent(text="请抓紧时间"))  # `m`: to the speaker's display
    clock.advance(30)
    s.add_note("张华提出将“四下基层”纳入年度考核")
    clock.advance(11)
    emit(s, MessageSent(text=None))
    s.stop_timer()
    s.next_step()
    clock.advance(35)
    speak(s, clock, "刘洋", 8 * 60 + 41)
    s.next_step()
    read_step(s, clock)
    emit(s, BreakTaken(on=True))  # 休会十分钟
    clock.advance(600)
    emit(s, BreakTaken(on=False))
    s.next_step()  # item 3
    read_step(s, clock)
    while s.steps[s.index + 1].item == 2:  # up to its last passage
        s.next_step()
        read_step(s, clock)
    s.record_decision("各党支部于12月15日前制定“四下基层”工作方案，报局党组备案。")
    clock.advance(50)
    s.record_vote(10, 0, 1, subject="《局党组理论学习中心组2027年学习计划》")
    clock.advance(20)
    s.next_step()  # the closing
    read_step(s, clock)
    s.end()
    return live.conclude().path


def export(journal: Path, out: Path) -> list[Path]:
    words = {"record": "会议记录", "summary": "会议纪要"}
    written = []
    for kind, word in words.items():
        for fmt in ("md", "docx"):
            target = out / f"{word}.{fmt}"
            code = chair(
                [
                    "export",
                    str(journal),
                    "--format",
                    fmt,
                    "--kind",
                    kind,
                    "--recorder",
                    "周强",
                    "-o",
                    str(target),
                ]
            )
            assert code == 0, (kind, fmt, code)
            written.append(target)
    for fmt in ("yaml", "csv"):
        target = out / f"minutes.{fmt}"
        assert (
            chair(
                ["export", str(journal), "--format", fmt, "--recorder", "周强", "-o", str(target)]
            )
            == 0
        )
        written.append(target)
    return written


# An office's fonts are rarely on a Linux machine: stand-ins that keep their look (a heavy
# serif title, a plain serif body, sans 黑体, a brush 楷体), as Word on a machine without
# them falls back too. Only the picture uses these; the Word file names the real fonts.
FONT_STAND_INS = {
    "方正小标宋简体": ("Noto Serif CJK SC", "black"),
    "仿宋_GB2312": ("Noto Serif CJK SC", "light"),
    "仿宋": ("Noto Serif CJK SC", "light"),
    "宋体": ("Noto Serif CJK SC", None),
    "黑体": ("Noto Sans CJK SC", None),
    "楷体": ("AR PL UKai CN", None),
}


def _fontconfig(folder: Path) -> Path:
    rules = []
    for name, (family, weight) in FONT_STAND_INS.items():
        edit_weight = (
            f'<edit name="weight" mode="assign"><const>{weight}</const></edit>' if weight else ""
        )
        rules.append(
            f'<match target="pattern"><test name="family"><string>{name}</string>'
            f'</test><edit name="family" mode="assign" binding="strong"><string>'
            f"{family}</string></edit>{edit_weight}</match>"
        )
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        + "".join(rules)
        + "</fontconfig>",
        encoding="utf-8",
    )
    return conf


def render_png(docx: Path, out: Path) -> Path:
    """The Word file's pages as one PNG (LibreOffice headless, then pdftoppm, side by side)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        sys.exit("sample_minutes: --png needs soffice (LibreOffice) and pdftoppm (poppler)")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {**os.environ, "FONTCONFIG_FILE": str(_fontconfig(work))}
        subprocess.run(
            [
                soffice,
                "--headless",
                f"-env:UserInstallation=file://{work}/profile",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work),
                str(docx),
            ],
            check=True,
            capture_output=True,
            timeout=300,
            env=env,
        )
        pdf = work / (docx.stem + ".pdf")
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", str(pdf), str(work / "page")], check=True, timeout=300
        )
        pages = sorted(work.glob("page-*.png"))
        target = out / f"{docx.stem}.png"
        _side_by_side(pages, target)
    return target


def _side_by_side(pages: list[Path], target: Path) -> None:
    try:
        from PIL import Image
    except ImportError:  # no Pillow: the first page alone
        shutil.copy(pages[0], target)
        return
    images = [Image.open(p).convert("RGB") for p in pages]
    gap = 12
    width = sum(i.width for i in images) + gap * (len(images) + 1)
    height = max(i.height for i in images) + 2 * gap
    sheet = Image.new("RGB", (width, height), (128, 128, 128))
    x = gap
    for image in images:
        sheet.paste(image, (x, gap))
        x += image.width + gap
    sheet.save(target, optimize=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "samples"))
    parser.add_argument("--png", action="store_true", help="render the Word pages as PNG")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    journal = out / "sample.jsonl"
    journal.unlink(missing_ok=True)
    with paths.override(Path(tempfile.mkdtemp(prefix="chair-sample-"))):
        run_meeting(journal)
        written = export(journal, out)
        if args.png:
            written += [render_png(p, out) for p in written if p.suffix == ".docx"]
    for path in [journal, *written]:
        print(path)


if __name__ == "__main__":
    main()
