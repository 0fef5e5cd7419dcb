"""`chair display --serve` end to end: a real server on loopback, Debian's headless Chromium.

The page is textual-serve's xterm.js terminal, drawn on a canvas; the test reads the
terminal's own buffer (the text xterm.js would put in its DOM rows) by catching the
`Terminal` object as textual.js creates it.
"""

from __future__ import annotations

import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from chair.journal import encode
from tests.conftest import FakeClock
from tests.test_display import Chair

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

MISSING = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]

pytestmark = pytest.mark.skipif(
    bool(MISSING),
    reason=f"the browser test needs Debian's chromium and chromium-driver; missing: "
    f"{', '.join(MISSING)} (.ci/run installs them: apt-get install chromium chromium-driver)",
)

# Runs before the page's scripts: the first object given a `.terminal` that looks like
# an xterm.js Terminal is kept in window.__chairTerminal.
HOOK = """
Object.defineProperty(Object.prototype, 'terminal', {
  configurable: true,
  set(v) {
    Object.defineProperty(this, 'terminal',
      {value: v, writable: true, configurable: true, enumerable: true});
    if (v && v.buffer && v.buffer.active && !window.__chairTerminal) window.__chairTerminal = v;
  },
});
"""

READ_SCREEN = """
const t = window.__chairTerminal;
if (!t) return null;
const b = t.buffer.active, out = [];
for (let y = 0; y < t.rows; y++) {
  const line = b.getLine(b.viewportY + y);
  out.push(line ? line.translateToString(true) : '');
}
return out.join('\\n');
"""

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,800",
    "--hide-scrollbars",
    # The room may be offline: every name but loopback is unreachable.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_line(proc: subprocess.Popen, prefix: str, timeout: float) -> str:
    """The first stdout line starting with `prefix`; fails with the server's output if none."""
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], 0.2)
        if ready:
            line = proc.stdout.readline()
            if not line:
                break
            seen.append(line)
            if line.startswith(prefix):
                return line
        elif proc.poll() is not None:
            break
    pytest.fail(f"no {prefix!r} line from the server; it said: {''.join(seen)!r}")


class Served:
    """`chair display JOURNAL --serve` on a loopback port; stopped and started again at will."""

    def __init__(self, journal: Path, port: int, *extra: str):
        self.journal = journal
        self.port = port
        self.extra = extra
        self.proc: subprocess.Popen | None = None
        self.url = ""

    def start(self) -> str:
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "chair",
                "display",
                str(self.journal),
                "--serve",
                "--port",
                str(self.port),
                *self.extra,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
        )
        line = wait_for_line(self.proc, "chair: display: http", 30)
        self.url = line.split()[2]
        deadline = time.monotonic() + 15
        while True:  # the address is printed as the server starts; wait until it answers
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return self.url
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(sig)
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)


def speaking_journal(tmp_path: Path) -> Path:
    """A journal with 张三 speaking, the timer running."""
    journal = tmp_path / "meeting.jsonl"
    chair = Chair(journal, FakeClock())
    chair.header["epoch"] = time.time()
    session = chair.begin()
    chair.to("s5")
    session.toggle_timer()
    return journal


@pytest.fixture
def server(tmp_path):
    display = Served(speaking_journal(tmp_path), free_port())
    try:
        yield display
    finally:
        display.stop()
        wait_for_no_views(display.journal)


@pytest.fixture
def served(server):
    url = server.start()
    assert url == f"http://127.0.0.1:{server.port}/"
    return url, server.journal


@pytest.fixture
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    profile = tempfile.TemporaryDirectory(prefix="chair-chromium-")
    options.add_argument(f"--user-data-dir={profile.name}")
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    service = Service(str(CHROMEDRIVER))  # never a driver Selenium would fetch from the network
    driver = webdriver.Chrome(service=service, options=options)
    try:
        driver.set_page_load_timeout(30)
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": HOOK})
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": 1280, "height": 800, "deviceScaleFactor": 1, "mobile": False},
        )
        yield driver
    finally:
        driver.quit()
        profile.cleanup()


def views_of(journal: Path) -> list[int]:
    """The pids of the display processes (one per browser tab) serving this journal."""
    wanted = str(journal.absolute())
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        words = [a.decode(errors="replace") for a in argv]
        if "display" in words and wanted in words and "--serve" not in words and "-c" not in words:
            pids.append(int(entry.name))
    return pids


def wait_for_views(journal: Path, count: int, timeout: float = 30) -> list[int]:
    deadline = time.monotonic() + timeout
    pids = views_of(journal)
    while len(pids) != count and time.monotonic() < deadline:
        time.sleep(0.1)
        pids = views_of(journal)
    assert len(pids) == count, f"{len(pids)} display processes, not {count}: {pids}"
    return pids


def wait_for_no_views(journal: Path) -> None:
    if Path("/proc").is_dir():
        wait_for_views(journal, 0)


def body_classes(driver) -> str:
    return driver.execute_script("return document.body.className") or ""


def wait_until(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    pytest.fail(f"never happened within {timeout}s: {what}")


def screen_text(driver, must_contain: str, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    text = None
    while time.monotonic() < deadline:
        text = driver.execute_script(READ_SCREEN)
        if text and must_contain in text:
            return text
        time.sleep(0.25)
    pytest.fail(f"{must_contain!r} never showed in the browser; the terminal held: {text!r}")


def test_served_display_shows_the_speaker_in_chromium(served, browser, tmp_path):
    url, journal = served
    browser.get(url)
    text = screen_text(browser, "张三")
    assert "剩余" in text
    assert "测试会议主持词" in text
    shot = tmp_path / "display.png"
    assert browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 1000

    # The browser can only look: keys typed into the page change nothing, and `q` does
    # not even end the page's session.
    before = journal.read_bytes()
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(browser).send_keys("tq \ue00f\ue007").perform()  # t q space PageDown Enter

    # `f` is the page's own key: full screen, for a projector.
    ActionChains(browser).send_keys("f").perform()
    wait_until(
        lambda: browser.execute_script("return document.fullscreenElement !== null"),
        10,
        "full screen on `f`",
    )
    assert journal.read_bytes() == before

    # The view follows the journal: a name typed by the chair shows in the browser. Once it
    # shows, the keys typed before it have had their turn: the journal holds only the name.
    chair = Chair(journal, FakeClock())
    name = {"type": "name", "cue": "s5", "name": "李四", "t": 1.0, "wall": "x"}
    chair.write(name)
    screen_text(browser, "李四", timeout=10)
    assert journal.read_bytes() == before + encode(name)
    assert "-closed" not in browser.execute_script("return document.body.className")


def request_urls(driver) -> list[str]:
    """Every URL the page asked for (HTTP and websocket), from Chrome's performance log."""
    import json

    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        params = message.get("params", {})
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(params["request"]["url"])
        elif message.get("method") == "Network.webSocketCreated":
            urls.append(params["url"])
    return urls


def test_the_page_starts_by_itself_is_ours_and_asks_nothing_of_other_hosts(served, browser):
    from urllib.parse import urlsplit

    url, _ = served
    browser.get(url)
    screen_text(browser, "张三")  # no click: the view started by itself
    assert "chair" in browser.title and "测试会议主持词" in browser.title
    page = browser.page_source
    assert "Session ended" not in page and "<svg" not in page, "no textual-serve splash"

    urls = request_urls(browser)
    assert any(u.startswith("ws://127.0.0.1") for u in urls), urls
    network = [u for u in urls if urlsplit(u).scheme in ("http", "https", "ws", "wss")]
    assert network, urls
    outside = [u for u in network if urlsplit(u).hostname != "127.0.0.1"]
    assert outside == [], f"requests beyond this computer: {outside}"

    # The terminal fills the window, the grid is at least the display's 80x24, nothing scrolls.
    cols, rows, width, height, doc_w, doc_h = browser.execute_script(
        "const t = window.__chairTerminal, e = document.documentElement;"
        "return [t.cols, t.rows, innerWidth, innerHeight, e.scrollWidth, e.scrollHeight];"
    )
    assert cols >= 80 and rows >= 24
    assert (doc_w, doc_h) == (width, height), "no scroll bars"
    screen = browser.execute_script(
        "const r = document.querySelector('.xterm-screen').getBoundingClientRect();"
        "return [r.width, r.height];"
    )
    assert screen[0] >= width * 0.95 and screen[1] >= height * 0.95


def test_the_page_comes_back_by_itself_after_the_server_restarts(server, browser, tmp_path):
    url = server.start()
    browser.get(url)
    screen_text(browser, "张三")
    wait_for_views(server.journal, 1)

    server.stop(signal.SIGKILL)  # a crash, a laptop lid, a pulled cable
    wait_until(lambda: "chair-lost" in body_classes(browser), 30, "the page notices the drop")
    cover = browser.execute_script(
        "const e = document.getElementById('chair-state');"
        "return [e.textContent, getComputedStyle(e).fontSize, "
        "getComputedStyle(document.getElementById('chair-cover')).display];"
    )
    assert "连接中断" in cover[0] and cover[2] != "none"
    assert float(cover[1].rstrip("px")) >= 40, f"large text, not {cover[1]}"
    browser.save_screenshot(str(tmp_path / "lost.png"))
    wait_for_views(server.journal, 0)  # the orphaned view ended with its server

    wait_until(  # the page keeps trying while nothing answers: one probe has failed
        lambda: int(browser.execute_script("return document.body.dataset.retries || 0")) >= 2,
        30,
        "a probe fails while the server is down",
    )
    server.start()
    wait_until(
        lambda: (
            "chair-lost" not in body_classes(browser) and "-first-byte" in body_classes(browser)
        ),
        60,
        "the page reconnects",
    )
    screen_text(browser, "张三")
    wait_for_views(server.journal, 1)

    chair = Chair(server.journal, FakeClock())  # and it is the live state, not a picture
    chair.write({"type": "name", "cue": "s5", "name": "李四", "t": 1.0, "wall": "x"})
    screen_text(browser, "李四", timeout=15)


@pytest.mark.parametrize(("width", "height", "least_px"), [(1280, 800, 22), (1920, 1080, 30)])
def test_the_view_is_as_large_as_the_window_allows(served, browser, width, height, least_px):
    """The grid the display is drawn for (80x24 and a little more), with cells as large as
    the window holds: text legible from the back of the room."""
    url, _ = served
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
    )
    browser.get(url)
    screen_text(browser, "张三")
    cols, rows, font = browser.execute_script(
        "const t = window.__chairTerminal; return [t.cols, t.rows, Number(t.options.fontSize)];"
    )
    assert cols >= 80 and rows >= 24
    assert font >= least_px, f"{font}px cells at {width}x{height}"
    assert cols < 120 and rows < 40, "not a small font lost in a big window"


def test_a_token_guards_the_page_and_its_websocket(tmp_path, browser):
    from urllib.error import HTTPError
    from urllib.request import urlopen

    display = Served(speaking_journal(tmp_path), free_port(), "--token", "s3cret")
    try:
        url = display.start()
        assert url == f"http://127.0.0.1:{display.port}/?token=s3cret"
        base = f"http://127.0.0.1:{display.port}"
        for refused in ("/", "/?token=wrong", "/ws", "/ws/wrong", "/meeting", "/meeting?token=x"):
            with pytest.raises(HTTPError) as err:
                urlopen(base + refused, timeout=10)
            assert err.value.code == 403, refused
        assert views_of(display.journal) == []
        browser.get(url)
        screen_text(browser, "张三")
        assert "chair" in browser.title
    finally:
        display.stop()
        wait_for_no_views(display.journal)


def test_a_page_opened_before_the_meeting_learns_its_title(tmp_path, browser):
    """The display is set up before the chair starts: the tab says chair, then the meeting."""
    import json
    from urllib.request import urlopen

    journal = tmp_path / "later.jsonl"
    display = Served(journal, free_port())
    try:
        url = display.start()
        with urlopen(url + "meeting", timeout=10) as answer:
            assert json.load(answer)["known"] is False
        browser.get(url)
        assert "测试会议主持词" not in browser.title and "chair" in browser.title
        chair = Chair(journal, FakeClock())
        chair.header["epoch"] = time.time()
        chair.begin()
        wait_until(lambda: "测试会议主持词" in browser.title, 20, "the meeting's title in the tab")
        assert browser.title == "测试会议主持词 · chair"
        with urlopen(url + "meeting", timeout=10) as answer:
            names = json.load(answer)
        assert names == {
            "known": True,
            "page_title": "测试会议主持词 · chair",
            "heading": "测试会议主持词",
        }
    finally:
        display.stop()
        wait_for_no_views(journal)
