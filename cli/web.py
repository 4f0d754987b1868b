"""Serves the web chat page on loopback.

The page (web/) embeds rasa-webchat from node_modules, served from here with
its third-party font import removed, so the page makes no request to any other
host; `config.js` tells the page where Rasa's socket is.
"""

import functools
import re
import threading
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

import contextlib
import json

WEB = Path(__file__).resolve().parent.parent / "web"
WIDGET = WEB / "node_modules" / "rasa-webchat" / "lib" / "index.js"
_THIRD_PARTY_IMPORT = re.compile(rb"@import url\(https?://[^)]*\);?")


def widget_without_remote_fonts(bundle: bytes) -> bytes:
    """The widget bundle minus its CSS @import of a remote font."""
    return _THIRD_PARTY_IMPORT.sub(b"", bundle)


class PageHandler(SimpleHTTPRequestHandler):
    socket_url = ""

    def log_message(self, *args) -> None:  # no request logs: they would hold paths only, but stay quiet
        return

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy",
                         f"default-src 'self'; connect-src 'self' {self.socket_url} "
                         f"{self.socket_url.replace('http', 'ws', 1)}; "
                         "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'")
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 -- http.server's name
        path = self.path.split("?", 1)[0]
        if path == "/webchat.js":
            if not WIDGET.exists():
                self.send_error(HTTPStatus.NOT_FOUND, "run `make web` to install the widget")
                return
            self._send(widget_without_remote_fonts(WIDGET.read_bytes()), "text/javascript")
        elif path == "/config.js":
            config = json.dumps({"socketUrl": self.socket_url})
            self._send(f"window.TRIAGE_CONFIG = {config};".encode(), "text/javascript")
        elif path in ("/", "/index.html", "/page.css", "/page.js"):
            name = "index.html" if path == "/" else path.lstrip("/")
            kind = {"html": "text/html", "css": "text/css", "js": "text/javascript"}[name.rsplit(".", 1)[1]]
            self._send((WEB / name).read_bytes(), f"{kind}; charset=utf-8")
        else:
            self.send_error(HTTPStatus.NOT_FOUND)


@contextlib.contextmanager
def serving(port: int, socket_url: str) -> Iterator[str]:
    """The page on http://127.0.0.1:<port>, talking to Rasa at `socket_url`."""
    handler = type("Handler", (PageHandler,), {"socket_url": socket_url})
    server = ThreadingHTTPServer(("127.0.0.1", port), functools.partial(handler, directory=str(WEB)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.shutdown()
        server.server_close()
