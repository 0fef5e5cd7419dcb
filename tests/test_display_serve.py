"""`chair display --serve` end to end: a real server on loopback, Debian's headless Chromium.

The page is textual-serve's xterm.js terminal, drawn on a canvas; the test reads the
terminal's own buffer (the text xterm.js would put in its DOM rows) by catching the
`Terminal` object as textual.js creates it.
"""

from __future__ import annotations

import os
import select
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
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--window-size=1280,800",
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


@pytest.fixture
def served(tmp_path):
    """A journal with 张三 speaking, and `chair display J --serve` on a free loopback port."""
    journal = tmp_path / "meeting.jsonl"
    clock = FakeClock()
    chair = Chair(journal, clock)
    chair.header["epoch"] = time.time()
    session = chair.begin()
    chair.to("s5")
    session.toggle_timer()
    port = free_port()
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(
        [sys.executable, "-m", "chair", "display", str(journal), "--serve", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )
    try:
        line = wait_for_line(proc, "chair: display: ", 30)
        url = line.split()[2]
        assert url == f"http://127.0.0.1:{port}/"
        deadline = time.monotonic() + 15
        while True:  # the address is printed as the server starts; wait until it answers
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield url, journal
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


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
    service = Service(str(CHROMEDRIVER))  # never a driver Selenium would fetch from the network
    driver = webdriver.Chrome(service=service, options=options)
    try:
        driver.set_page_load_timeout(30)
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": HOOK})
        yield driver
    finally:
        driver.quit()
        profile.cleanup()


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

    # The view follows the journal: a name typed by the chair shows in the browser. Once it
    # shows, the keys typed before it have had their turn: the journal holds only the name.
    chair = Chair(journal, FakeClock())
    name = {"type": "name", "cue": "s5", "name": "李四", "t": 1.0, "wall": "x"}
    chair.write(name)
    screen_text(browser, "李四", timeout=10)
    assert journal.read_bytes() == before + encode(name)
    assert "-closed" not in browser.execute_script("return document.body.className")
