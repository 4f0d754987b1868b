"""Builds the web chat page into one static folder, and serves that folder on loopback.

`build()` writes everything the page loads: index.html (with its
Content-Security-Policy), page.css, page.js, config.js and webchat.js, the
rasa-webchat bundle from node_modules with its third-party font import removed,
so the page asks no host but its own and the Rasa server for anything.
`config.js` tells the page where Rasa's socket is (by default the page's own
origin, as behind deploy/nginx.conf.template) and the alt text of each routine
picture (rasa-webchat draws images without one). The pictures come from the
links channel (PUBLIC_URL, or the Rasa server), so the policy allows images from
that origin. `make web` builds build/web for nginx; `serving()` (make run, the
tests) builds the same files for a Rasa server on another port and serves them.

    python -m launcher.web [--out build/web] [--socket-url URL] [--links-url URL]
"""

import argparse
import contextlib
import functools
import html
import json
import re
import shutil
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator, Optional
from urllib.parse import urlsplit

from keepsakes.links import step_pictures
from launcher.servers import ServerError

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "web"
BUILD = ROOT / "build" / "web"
WIDGET = WEB / "node_modules" / "rasa-webchat" / "lib" / "index.js"
# Our files, copied as they are.
PAGE_FILES = ("page.css", "page.js")
_THIRD_PARTY_IMPORT = re.compile(rb"@import url\(https?://[^)]*\);?")
_CHARSET = '<meta charset="utf-8">'


class BuildError(ServerError):
    """The page can't be built; the message says what is missing."""


def picture_alts() -> dict:
    """Each step's alt text by the name its picture's address ends with."""
    return {name: picture.alt for name, picture in step_pictures()}


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def widget_without_remote_fonts(bundle: bytes) -> bytes:
    """The widget bundle minus its CSS @import of a remote font."""
    return _THIRD_PARTY_IMPORT.sub(b"", bundle)


def content_security_policy(socket_url: Optional[str], links_url: Optional[str]) -> str:
    """The page's policy: its own origin, plus the Rasa server's and the pictures' if elsewhere."""
    socket = origin(socket_url) if socket_url else ""
    connect = f" {socket} {socket.replace('http', 'ws', 1)}" if socket else ""
    pictures = links_url or socket_url
    images = f" {origin(pictures)}" if pictures else ""
    return (
        f"default-src 'self'; connect-src 'self'{connect}; "
        "style-src 'self' 'unsafe-inline'; "
        f"img-src 'self' data:{images}; font-src 'self'"
    )


def config_script(socket_url: Optional[str]) -> str:
    """config.js: the socket's address (the page's own origin when None) and the alt texts."""
    config = json.dumps({"socketUrl": socket_url, "pictureAlts": picture_alts()})
    return (
        f"window.TRIAGE_CONFIG = {config};\n"
        "window.TRIAGE_CONFIG.socketUrl = window.TRIAGE_CONFIG.socketUrl || "
        "window.location.origin;\n"
    )


def page_html(policy: str) -> str:
    """index.html with the policy right after its charset, before anything it loads."""
    page = (WEB / "index.html").read_text()
    meta = (
        f'<meta http-equiv="Content-Security-Policy" content="{html.escape(policy, quote=False)}">'
    )
    if _CHARSET not in page:
        raise BuildError(f"web/index.html has no {_CHARSET}")
    return page.replace(_CHARSET, f"{_CHARSET}\n  {meta}", 1)


def build(
    out: Path = BUILD, socket_url: Optional[str] = None, links_url: Optional[str] = None
) -> Path:
    """Write the page's static folder to `out` (replacing what was there); `out`.

    `socket_url` is the Rasa server's address (None: the page's own origin, behind
    a proxy); `links_url` where the pictures come from (None: the same as the socket).
    """
    if not WIDGET.exists():
        raise BuildError("rasa-webchat is not installed: run `make web`")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    (out / "index.html").write_text(page_html(content_security_policy(socket_url, links_url)))
    for name in PAGE_FILES:
        shutil.copyfile(WEB / name, out / name)
    (out / "config.js").write_text(config_script(socket_url))
    (out / "webchat.js").write_bytes(widget_without_remote_fonts(WIDGET.read_bytes()))
    return out


class PageHandler(SimpleHTTPRequestHandler):
    """The static folder, nothing else; no request logs."""

    def log_message(self, *args) -> None:
        return


@contextlib.contextmanager
def serving(port: int, socket_url: str, links_url: Optional[str] = None) -> Iterator[str]:
    """The page on http://127.0.0.1:<port>, talking to Rasa at `socket_url`, with
    pictures from `links_url` (PUBLIC_URL; by default the Rasa server)."""
    with tempfile.TemporaryDirectory(prefix="triage-web-") as folder:
        static = build(Path(folder) / "web", socket_url, links_url)
        server = ThreadingHTTPServer(
            ("127.0.0.1", port), functools.partial(PageHandler, directory=str(static))
        )
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{port}"
        finally:
            server.shutdown()
            server.server_close()


def main(argv: Optional[list] = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=BUILD, help="the folder (build/web)")
    parser.add_argument("--socket-url", help="Rasa's address (default: the page's own origin)")
    parser.add_argument("--links-url", help="where pictures come from (default: the socket's)")
    args = parser.parse_args(argv)
    try:
        out = build(args.out, args.socket_url, args.links_url)
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"The web chat page is in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
