// chair display in a browser. Runs after textual.js and before the page's load event:
// sizes the terminal's font to the window, keeps the browser read-only, offers full
// screen on `f`, and when the connection drops says so and comes back by itself.
(function () {
  "use strict";

  const MIN_COLS = 80; // the smallest grid the display is drawn for
  const MIN_ROWS = 25;
  const PING_MS = 5000; // liveness: textual-serve answers ["ping", x] with ["pong", x]
  const SILENT_MS = 16000; // no word from the server this long: the connection is gone
  const FIRST_RETRY_MS = 500;
  const MAX_RETRY_MS = 10000;

  let socket = null;
  let lastMessage = 0;
  let lost = false;
  let retries = 0;
  let fontSize = 16;

  // textual.js opens one websocket; watch it without changing how it is used.
  const NativeWebSocket = window.WebSocket;
  class WatchedWebSocket extends NativeWebSocket {
    constructor(url, protocols) {
      super(url, protocols);
      socket = this;
      lastMessage = Date.now();
      this.addEventListener("message", () => {
        lastMessage = Date.now();
      });
      this.addEventListener("close", connectionLost);
    }
  }
  window.WebSocket = WatchedWebSocket;

  function text(name) {
    return document.body.dataset[name] || "";
  }

  // -- the font: a grid of at least MIN_COLS x MIN_ROWS, as large as the window allows --

  function cellShape() {
    const probe = document.createElement("span");
    probe.textContent = "M".repeat(10);
    probe.style.cssText =
      "position:absolute;visibility:hidden;white-space:pre;line-height:normal;" +
      "font-size:100px;font-family:'Roboto Mono', Monaco, 'Courier New', monospace";
    document.body.appendChild(probe);
    const box = probe.getBoundingClientRect();
    probe.remove();
    return { width: box.width / 1000 || 0.6, height: box.height / 100 || 1.2 };
  }

  function idealFontSize() {
    const cell = cellShape();
    const byCols = window.innerWidth / (MIN_COLS * cell.width);
    const byRows = window.innerHeight / (MIN_ROWS * cell.height);
    return Math.max(10, Math.floor(Math.min(byCols, byRows)));
  }

  // -- a dropped connection ------------------------------------------------------------

  function showRetry(ms) {
    const line = document.getElementById("chair-retry");
    if (line) line.textContent = text("textRetry").replace("{seconds}", Math.ceil(ms / 1000));
  }

  function connectionLost() {
    if (lost) return;
    lost = true;
    document.body.classList.add("chair-lost");
    const state = document.getElementById("chair-state");
    if (state) state.textContent = text("textLost");
    if (socket && socket.readyState === NativeWebSocket.OPEN) socket.close();
    scheduleProbe();
  }

  function scheduleProbe() {
    const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** retries);
    const delay = Math.round(base * (0.8 + Math.random() * 0.4));
    retries += 1;
    document.body.dataset.retries = String(retries); // how often it tried: for the tests
    showRetry(delay);
    window.setTimeout(probe, delay);
  }

  async function probe() {
    try {
      const answer = await fetch(window.location.href, { cache: "no-store" });
      if (answer.ok) {
        window.location.reload(); // a fresh page: a fresh display process, the live state
        return;
      }
    } catch (error) {
      // the server is not back yet
    }
    scheduleProbe();
  }

  function watchLiveness() {
    window.setInterval(() => {
      if (lost || !socket) return;
      if (socket.readyState === NativeWebSocket.OPEN) {
        socket.send(JSON.stringify(["ping", String(Date.now())]));
      }
      if (Date.now() - lastMessage > SILENT_MS) connectionLost();
    }, PING_MS);
  }

  // -- a page opened before the meeting began learns its title once it has one ----------

  const TITLE_POLL_MS = 3000;

  async function askTitle() {
    try {
      const answer = await fetch(text("meetingUrl"), { cache: "no-store" });
      if (answer.ok) {
        const names = await answer.json();
        if (names.known) {
          document.title = names.page_title;
          const heading = document.querySelector(".chair-cover-title");
          if (heading) heading.textContent = names.heading;
          return;
        }
      }
    } catch (error) {
      // the server is away: the reconnect logic handles that; keep asking
    }
    window.setTimeout(askTitle, TITLE_POLL_MS);
  }

  // -- keys: the page only looks; `f` toggles full screen ---------------------------------

  function toggleFullscreen() {
    if (document.fullscreenElement) {
      document.exitFullscreen().catch(() => {});
    } else if (document.documentElement.requestFullscreen) {
      document.documentElement.requestFullscreen().catch(() => {});
    }
  }

  function onKey(event) {
    const browserKey = event.key === "F11" || event.key === "F5" || event.ctrlKey || event.metaKey;
    event.stopPropagation(); // never to the terminal
    if (browserKey) return;
    event.preventDefault();
    if (event.type === "keydown" && (event.key === "f" || event.key === "F")) toggleFullscreen();
  }

  let hintTimer = 0;
  function showHint() {
    if (document.fullscreenElement) return;
    document.body.classList.add("chair-hint-shown");
    window.clearTimeout(hintTimer);
    hintTimer = window.setTimeout(() => document.body.classList.remove("chair-hint-shown"), 3000);
  }

  // -- a window that changed size a lot (full screen, a projector) gets a fitting font --

  let resizeTimer = 0;
  function onResize() {
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => {
      const wanted = idealFontSize();
      if (!lost && Math.abs(wanted - fontSize) / fontSize > 0.12) window.location.reload();
    }, 400);
  }

  // -- start: after the font is loaded, size the terminal, then let textual.js connect --

  const startTextual = window.onload;
  window.onload = async (event) => {
    try {
      await document.fonts.load("16px 'Roboto Mono'");
    } catch (error) {
      // a missing font only changes the look
    }
    fontSize = idealFontSize();
    for (const terminal of document.querySelectorAll(".textual-terminal")) {
      terminal.dataset.fontSize = String(fontSize);
    }
    window.addEventListener("keydown", onKey, true);
    window.addEventListener("keypress", onKey, true);
    window.addEventListener("keyup", onKey, true);
    window.addEventListener("mousemove", showHint);
    window.addEventListener("resize", onResize);
    document.addEventListener("dblclick", toggleFullscreen);
    showHint();
    watchLiveness();
    if (text("titleKnown") === "0" && text("meetingUrl")) window.setTimeout(askTitle, TITLE_POLL_MS);
    if (startTextual) startTextual(event);
  };
})();
