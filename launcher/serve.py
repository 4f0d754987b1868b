"""`make run` / `make serve`: start the assistant on localhost, optionally chat.

python -m launcher.serve [--chat] [--rasa-port 5005] [--actions-port 5055]
"""

import argparse
import contextlib
import json
import os
import secrets
import signal
import sys
import urllib.request
import uuid
from pathlib import Path
from typing import List

from keepsakes.links import links_base
from launcher.credentials import slack_enabled
from launcher.servers import ROOT, ServerError, Servers, ensure_port_free, running
from launcher.web import serving


def send(servers: Servers, sender: str, text: str) -> List[dict]:
    """One message through the REST channel; the bot's replies."""
    request = urllib.request.Request(
        f"{servers.rasa_url}/webhooks/rest/webhook",
        data=json.dumps({"sender": sender, "message": text}).encode("utf-8"),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read().decode("utf-8"))


def _show(reply: dict) -> None:
    if reply.get("text"):
        print(f"bot> {reply['text']}")
    if reply.get("image"):
        print(f"bot> [picture] {reply['image']}")
    buttons = reply.get("buttons") or []
    if buttons:
        print("     [" + "] [".join(button["title"] for button in buttons) + "]")


def chat(servers: Servers) -> None:
    """A terminal chat over REST until EOF or 'quit'."""
    sender = f"terminal-{uuid.uuid4().hex[:8]}"
    print("Type a message (or 'quit'). Try: there's a knot between my shoulder blades")
    for line in sys.stdin:
        text = line.strip()
        if text.lower() in {"quit", "exit"}:
            break
        if text:
            for reply in send(servers, sender, text):
                _show(reply)
        print("you> ", end="", flush=True)


def stored_link_secret(path: Path) -> str:
    """LINK_SECRET for local runs: made once and kept in `path` (under the
    git-ignored .rasa/, readable by its owner only), so links outlive a restart."""
    if not path.exists():
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(32))
    return path.read_text().strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rasa-port", type=int, default=5005)
    parser.add_argument("--actions-port", type=int, default=5055)
    parser.add_argument("--web-port", type=int, default=8080)
    parser.add_argument("--chat", action="store_true", help="chat in this terminal")
    args = parser.parse_args()
    # Stop both servers cleanly on `kill` as well as on Ctrl-C.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    workdir = ROOT / ".rasa" / "run"
    workdir.mkdir(parents=True, exist_ok=True)
    # The web page's origin may open the socket unless WEB_ORIGINS says otherwise.
    settings = (
        {}
        if "WEB_ORIGINS" in os.environ
        else {"WEB_ORIGINS": f"http://127.0.0.1:{args.web_port},http://localhost:{args.web_port}"}
    )
    if not os.environ.get("LINK_SECRET"):
        settings["LINK_SECRET"] = stored_link_secret(ROOT / ".rasa" / "link_secret")
    try:
        ensure_port_free(args.web_port)
        with (
            contextlib.ExitStack() as stack,
            running(
                args.rasa_port,
                args.actions_port,
                workdir=workdir,
                tracker_db=ROOT / "conversations.db",
                env=settings,
            ) as servers,
        ):
            print(f"REST:    POST {servers.rasa_url}/webhooks/rest/webhook")
            print(f"Tracker: GET  {servers.rasa_url}/conversations/<sender>/tracker?token=<token>")
            print(f"API token for this run: {servers.token}  (set RASA_AUTH_TOKEN to choose it)")
            print(f"Logs:    {workdir}")
            links_url = links_base(servers.env)
            stack.enter_context(serving(args.web_port, servers.rasa_url, links_url))
            print(f"Web chat: http://127.0.0.1:{args.web_port}")
            print(f"Links:   {links_url}/webhooks/links/... (summary, calendar file, pictures)")
            print(
                "Slack:   "
                + (
                    "on, at /webhooks/slack/webhook"
                    if slack_enabled(servers.env)
                    else "off (set SLACK_TOKEN and SLACK_SIGNING_SECRET to turn it on)"
                )
            )
            if args.chat and sys.stdin.isatty():
                chat(servers)
            else:
                print("Servers are running; press Ctrl-C to stop.")
                servers.processes[1].wait()
    except ServerError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
