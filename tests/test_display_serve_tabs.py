"""The served display's longest test, in a file of its own so that a test worker runs it beside
the rest of `test_display_serve.py` (a file goes to one worker at a time; together the two
were the suite's longest file, about a minute and a half on one worker)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import FakeClock
from tests.test_display import Chair
from tests.test_display_serve import (  # noqa: F401 (the fixtures are used by name)
    HOOK,
    browser,
    pytestmark,  # the same skip: without chromium and its driver, skipped, naming what is missing
    screen_text,
    served,
    server,
    views_of,
    wait_for_views,
    wait_until,
)


def open_tab(driver, url: str) -> None:
    """A new tab on `url`, its terminal readable like the first one's."""
    driver.switch_to.new_window("tab")
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": HOOK})
    driver.get(url)


def children_of(pid: int) -> list[int]:
    """The processes whose parent is `pid` (from /proc/N/stat)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[1]) == pid:
            found.append(int(entry.name))
    return found


def test_two_viewers_follow_and_fifty_tabs_leave_no_process(server, served, browser):  # noqa: F811
    url, journal = served
    browser.get(url)
    screen_text(browser, "张三")
    main = browser.current_window_handle

    open_tab(browser, url)
    screen_text(browser, "张三")
    second = browser.current_window_handle
    wait_for_views(journal, 2)  # one process per viewer, and no shell beside it
    assert len(children_of(server.proc.pid)) == 2

    Chair(journal, FakeClock()).write(
        {"type": "name", "cue": "s5", "name": "李四", "t": 1.0, "wall": "x"}
    )
    screen_text(browser, "李四", timeout=15)
    browser.switch_to.window(main)
    screen_text(browser, "李四", timeout=15)
    browser.switch_to.window(second)
    browser.close()
    browser.switch_to.window(main)
    wait_for_views(journal, 1)

    for _ in range(50):
        before = set(views_of(journal))
        open_tab(browser, url)
        wait_until(
            lambda: (
                "-connected"
                in (
                    browser.execute_script(
                        "const e = document.getElementById('terminal'); return e && e.className"
                    )
                    or ""
                )
            ),
            30,
            "the tab connects",
        )
        new = wait_until(lambda b=before: set(views_of(journal)) - b, 30, "its process starts")
        assert len(new) == 1, f"one tab started {len(new)} processes"
        browser.close()
        browser.switch_to.window(main)
    wait_for_views(journal, 1)  # every closed tab's process has ended
