"""Serves the web chat page on loopback.

The page (web/) embeds rasa-webchat from node_modules, served from here with
its third-party font import removed, so the page makes no request to any other
host but the Rasa server; `config.js` tells the page where Rasa's socket is and
the alt text of each routine picture (rasa-webchat draws images without one).
The pictures come from the links channel (PUBLIC_URL, or the Rasa server), so
the Content-Security-Policy allows images from that origin.
"""

import contextlib
import functools
import json
import re
import threading
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator, Optional
from urllib.parse import urlsplit

from keepsakes.links import step_pictures

WEB = Path(__file__).resolve().parent.parent / "web"
WIDGET = WEB / "node_modules" / "rasa-webchat" / "lib" / "index.js"
_THIRD_PARTY_IMPORT = re.compile(rb"@import url\(https?://[^)]*\);?")


def picture_alts() -> dict:
    """Each step's alt text by the name its picture's address ends with."""
    return {name: picture.alt for name, picture in step_pictures()}


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def widget_without_remote_fonts(bundle: bytes) -> bytes:
    """The widget bundle minus its CSS @import of a remote font."""
    return _THIRD_PARTY_IMPORT.sub(b"", bundle)


class PageHandler(SimpleHTTPRequestHandler):
    socket_url = ""
    pictures_origin = ""

    def log_message(
        self, *args
    ) -> None:  # no request logs: they would hold paths only, but stay quiet
        return

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header(
            "Content-Security-Policy",
            f"default-src 'self'; connect-src 'self' {self.socket_url} "
            f"{self.socket_url.replace('http', 'ws', 1)}; "
            "style-src 'self' 'unsafe-inline'; "
            f"img-src 'self' data: {self.pictures_origin}; font-src 'self'",
        )
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
            config = json.dumps({"socketUrl": self.socket_url, "pictureAlts": picture_alts()})
            self._send(f"window.TRIAGE_CONFIG = {config};".encode(), "text/javascript")
        elif path in ("/", "/index.html", "/page.css", "/page.js"):
            name = "index.html" if path == "/" else path.lstrip("/")
            kind = {"html": "text/html", "css": "text/css", "js": "text/javascript"}[
                name.rsplit(".", 1)[1]
            ]
            self._send((WEB / name).read_bytes(), f"{kind}; charset=utf-8")
        else:
            self.send_error(HTTPStatus.NOT_FOUND)


@contextlib.contextmanager
def serving(port: int, socket_url: str, links_url: Optional[str] = None) -> Iterator[str]:
    """The page on http://127.0.0.1:<port>, talking to Rasa at `socket_url`, with
    pictures from `links_url` (PUBLIC_URL; by default the Rasa server)."""
    handler = type(
        "Handler",
        (PageHandler,),
        {"socket_url": socket_url, "pictures_origin": origin(links_url or socket_url)},
    )
    server = ThreadingHTTPServer(
        ("127.0.0.1", port), functools.partial(handler, directory=str(WEB))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.shutdown()
        server.server_close()
