"""A headless Chromium driven over the DevTools protocol, with the standard library only.

Debian's ``chromium`` package is the browser (``.ci/run`` installs it). The
protocol runs over a WebSocket; the small client below speaks just the part of
RFC 6455 that DevTools needs (masked text frames out, unmasked frames in).
"""

import base64
import contextlib
import json
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

#: The flags every run needs here: no sandbox (root in a container), no network of its own.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--remote-debugging-port=0",
)
TIMEOUT = 30.0


def find_chromium() -> str | None:
    """The path of a Chromium executable, or None."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class BrowserError(Exception):
    """The browser did not start, or answered a command with an error."""


class _WebSocket:
    def __init__(self, url: str) -> None:
        match = re.fullmatch(r"ws://([^:/]+):(\d+)(/.*)", url)
        if not match:
            raise BrowserError(f"unexpected DevTools URL {url!r}")
        host, port, path = match.group(1), int(match.group(2)), match.group(3)
        self.sock = socket.create_connection((host, port), timeout=TIMEOUT)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (
            f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
        )
        self.sock.sendall(request.encode())
        response = b""
        while b"\r\n\r\n" not in response:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise BrowserError("DevTools closed the connection during the handshake")
            response += chunk
        head, self.buffer = response.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise BrowserError(f"DevTools refused the WebSocket: {head[:200]!r}")

    def send(self, text: str) -> None:
        payload = text.encode()
        mask = os.urandom(4)
        size = len(payload)
        if size < 126:
            header = struct.pack("!BB", 0x81, 0x80 | size)
        elif size < 1 << 16:
            header = struct.pack("!BBH", 0x81, 0x80 | 126, size)
        else:
            header = struct.pack("!BBQ", 0x81, 0x80 | 127, size)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(header + mask + masked)

    def _read(self, count: int) -> bytes:
        while len(self.buffer) < count:
            chunk = self.sock.recv(max(65536, count - len(self.buffer)))
            if not chunk:
                raise BrowserError("DevTools closed the connection")
            self.buffer += chunk
        data, self.buffer = self.buffer[:count], self.buffer[count:]
        return data

    def receive(self) -> str:
        message = b""
        while True:
            first, second = self._read(2)
            size = second & 0x7F
            if size == 126:
                (size,) = struct.unpack("!H", self._read(2))
            elif size == 127:
                (size,) = struct.unpack("!Q", self._read(8))
            payload = self._read(size)
            if first & 0x0F == 0x8:
                raise BrowserError("DevTools closed the WebSocket")
            if first & 0x0F in (0x9, 0xA):  # ping, pong: not part of a message
                continue
            message += payload
            if first & 0x80:  # FIN
                return message.decode()

    def close(self) -> None:
        self.sock.close()


class Page:
    """One browser tab: navigate, evaluate JavaScript, take screenshots."""

    def __init__(self, websocket_url: str) -> None:
        self.ws = _WebSocket(websocket_url)
        self.next_id = 0
        self.events: list[dict[str, Any]] = []
        self.call("Page.enable")
        self.call("Runtime.enable")

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        """Send one command and return its result; events that arrive meanwhile are kept."""
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.receive())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise BrowserError(f"{method}: {message['error']}")
                result: dict[str, Any] = message.get("result", {})
                return result
            self.events.append(message)

    def wait_for(self, event: str) -> dict[str, Any]:
        """Wait for the next event of this name (or return one that already arrived)."""
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            for index, message in enumerate(self.events):
                if message.get("method") == event:
                    del self.events[: index + 1]
                    return message
            self.events.append(json.loads(self.ws.receive()))
        raise BrowserError(f"no {event} within {TIMEOUT} s")

    def goto(self, url: str) -> None:
        """Load a URL and wait until its load event."""
        self.events.clear()
        self.call("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression (promises awaited), as JSON data."""
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression!r} threw: {result['exceptionDetails']}")
        return result["result"].get("value")

    def screenshot(self, path: Path) -> None:
        """Save what the viewport shows as a PNG."""
        data = self.call("Page.captureScreenshot", format="png")["data"]
        path.write_bytes(base64.b64decode(data))


@contextlib.contextmanager
def chromium_page(executable: str, *, width: int = 1280, height: int = 900) -> Iterator[Page]:
    """A fresh headless Chromium (own temporary profile) and its first tab; both go away afterwards."""
    # Removing the profile can still race a helper process of Chromium's that writes to it as it dies
    # ("Directory not empty"): the helpers are ended first (_stop), and a file left behind is not an error.
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as folder:
        log = Path(folder) / "stderr.log"
        # A file, not a pipe: Chromium keeps logging, and a full pipe would block it.
        with log.open("w") as stderr:
            process = subprocess.Popen(
                [
                    executable,
                    *FLAGS,
                    f"--user-data-dir={folder}/profile",
                    f"--window-size={width},{height}",
                    "about:blank",
                ],
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                start_new_session=True,  # its own process group: _stop ends the helpers it starts too
            )
        page = None
        try:
            page = Page(_page_websocket(_devtools_port(process, log)))
            yield page
        finally:
            if page is not None:
                page.ws.close()
            _stop(process)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """End Chromium and the helper processes of its group (GPU, network, crash handler), waiting for them a while."""
    group = process.pid
    with contextlib.suppress(ProcessLookupError):
        os.killpg(group, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signal.SIGKILL)
        process.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)  # raises once no process of the group is left
        except ProcessLookupError:
            return
        time.sleep(0.05)


def _devtools_port(process: subprocess.Popen[bytes], log: Path) -> int:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        # Chromium prints "DevTools listening on ws://127.0.0.1:PORT/..." once it is ready.
        match = re.search(r"DevTools listening on ws://[^:]+:(\d+)/", log.read_text(errors="replace"))
        if match:
            return int(match.group(1))
        if process.poll() is not None:
            raise BrowserError("Chromium exited before it listened: " + log.read_text(errors="replace")[-500:])
        time.sleep(0.05)
    raise BrowserError(f"Chromium did not listen within {TIMEOUT} s")


def _page_websocket(port: int) -> str:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=TIMEOUT) as response:
            targets = json.load(response)
        pages = [t for t in targets if t.get("type") == "page"]
        if pages:
            return str(pages[0]["webSocketDebuggerUrl"])
        time.sleep(0.1)
    raise BrowserError("Chromium opened no page")
