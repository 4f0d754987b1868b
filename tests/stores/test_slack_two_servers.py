"""Slack with two Rasa servers sharing PostgreSQL and Redis: a Slack retry that
lands on the other server is not handled again, and a reminder survives the
SIGKILL of the server that set it and arrives once, though both servers hold it."""

import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable, List

import pytest
import redis as redis_client
import yaml
from rest_client import RestClient
from slack_web_api import (
    SlackWebApi,
    message,
    new_user,
    post_event,
    signed_request,
    slack_env,
    stored_turn,
    user_turns,
    wait_for_post,
)
from stores_support import no_store_fallback
from waiting import wait_until

from launcher.servers import free_port, running

pytestmark = pytest.mark.stores
API = SlackWebApi()
# Long enough for both servers to restart before it fires (each takes well under a minute).
REMINDER_DELAY_SECONDS = 100
REMINDER_TEXT = "Time for your mid-back routine"
FIRED, SKIPPED = "Fired a reminder.", "; skipped."


@pytest.fixture(scope="module")
def servers(model, tmp_path_factory, postgres, redis):
    workdir = tmp_path_factory.mktemp("slack-two-servers")
    env = {
        **postgres,
        **redis,
        "REMINDER_DELAY_SECONDS": str(REMINDER_DELAY_SECONDS),
    }
    with API.serving() as api_url:
        with running(
            free_port(),
            free_port(),
            model=model,
            workdir=workdir,
            env={**env, **slack_env(api_url)},
            more_rasa_ports=[free_port()],
        ) as started:
            assert "lock_store" in started.endpoints.read_text()
            yield started
    no_store_fallback(workdir)


def user_texts(servers, sender):
    return user_turns(RestClient(servers.rasa_urls[1], servers.token), sender)


def test_the_same_event_sent_to_both_servers_is_handled_once(servers, redis):
    user = new_user()
    event = message(user, "knot between my shoulder blades", event_id=f"Ev{user}")
    body = json.dumps(event).encode()
    answers = []

    def send():
        with ThreadPoolExecutor(2) as pool:
            answers.extend(
                pool.map(
                    lambda url: signed_request(url, body, "application/json"), servers.rasa_urls
                )
            )

    client = RestClient(servers.rasa_urls[1], servers.token)
    posted = stored_turn(API, client, user, send, "knot between my shoulder blades")
    assert [status for status, _, _ in answers] == [200, 200]
    ignored = [headers.get("X-Slack-No-Retry") == "1" for _, headers, _ in answers]
    assert sorted(ignored) == [False, True], "one server handled it, the other ignored it"
    # Rasa takes a conversation's messages one at a time, in order (the lock store is
    # shared): had both servers handled the event, both turns would come before a later one.
    later = stored_turn(
        API, client, user, lambda: post_event(servers.rasa_urls[0], message(user, "no")), "no"
    )
    assert len([p for p in posted + later if "Question 2 of 5" in p.get("text", "")]) == 1
    assert user_texts(servers, user) == ["knot between my shoulder blades", "no"]
    lock_store = yaml.safe_load(servers.endpoints.read_text())["lock_store"]
    shared = redis_client.Redis(
        host=redis["REDIS_HOST"],
        port=int(redis["REDIS_PORT"]),
        password=redis["REDIS_PASSWORD"],
        db=lock_store["db"],
    )
    assert shared.keys(f"*slack_event:Ev{user}"), "the handled id is kept in the lock store's Redis"


def wait_for_logs(paths: List[Path], saying: Callable[[str], bool], timeout: float) -> None:
    """Wait until every log's text satisfies `saying`."""
    wait_until(
        lambda: all(path.exists() and saying(path.read_text(errors="replace")) for path in paths),
        timeout,
        f"{[path.name for path in paths]} did not all say it in time",
    )


def test_a_reminder_survives_a_crash_and_fires_once_with_two_servers(servers):
    user = new_user()
    before = len(API.posts)
    assert post_event(servers.rasa_urls[0], message(user, "remind me"))[0] == 200
    wait_for_post(API, "I'll remind you", before)
    set_at = time.monotonic()
    client = RestClient(servers.rasa_urls[1], servers.token)
    wait_until(
        lambda: [e for e in client.tracker(user)["events"] if e["event"] == "reminder"],
        30,
        "the reminder was never stored",
    )

    # SIGKILL the server that set it (its scheduler is lost) and restart the other
    # one as well: each schedules the reminder again from PostgreSQL.
    restarts = [threading.Thread(target=servers.restart_rasa, args=(i,)) for i in (0, 1)]
    for restart in restarts:
        restart.start()
    for restart in restarts:
        restart.join()
    logs = [servers.workdir / f"rasa-{i}-restarted.log" for i in (0, 1)]
    wait_for_logs(logs, lambda text: "Restored 1 pending reminder(s)." in text, 60)
    assert time.monotonic() - set_at < REMINDER_DELAY_SECONDS, "restarts took too long"

    posted = wait_for_post(API, REMINDER_TEXT, before, timeout=REMINDER_DELAY_SECONDS + 60)
    # Both servers fire it at the same time; the one that finds it fired skips it.
    wait_for_logs(logs, lambda text: FIRED in text or SKIPPED in text, 60)
    fired = [FIRED in log.read_text() for log in logs]
    assert sorted(fired) == [False, True]
    reminders = [p for p in API.posts[before:] if REMINDER_TEXT in (p.get("text") or "")]
    assert len(reminders) == 1, posted
    assert reminders[0]["channel"] == "C1"
    assert user_texts(servers, user) == ["remind me", "EXTERNAL: EXTERNAL_routine_reminder"]
