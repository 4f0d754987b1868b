"""The deployment's wiring, read from docker-compose.yml, deploy/nginx.conf.template,
deploy/kustomization.yaml and deploy/k8s/ (Docker and Kubernetes don't run here):
nginx serves the page's static folder, and every file the built page loads is in
it; every Rasa route the page and Slack use is proxied to the Rasa servers, with
session affinity and websocket upgrades; the purge runs daily in both."""

import re
import shlex
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from nginx_config import location_for, parse
from rasa.core.channels.channel import register
from rasa.core.run import _create_single_channel
from sanic import Sanic

from launcher import proxy
from launcher.credentials import credentials_config
from launcher.servers import ROOT
from launcher.web import BUILD, WIDGET, build

DEPLOY = ROOT / "deploy"
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
TEMPLATE = DEPLOY / "nginx.conf.template"
NGINX = parse(TEMPLATE.read_text())
(SERVER,) = NGINX.find("server")
(UPSTREAM,) = NGINX.find("upstream")
KUSTOMIZATION = yaml.safe_load((DEPLOY / "kustomization.yaml").read_text())
MANIFESTS = [
    document
    for resource in KUSTOMIZATION["resources"]
    for document in yaml.safe_load_all((DEPLOY / resource).read_text())
]


def manifest(kind: str, name: str) -> dict:
    (found,) = [m for m in MANIFESTS if m["kind"] == kind and m["metadata"]["name"] == name]
    return found


def one(directive, name):
    (found,) = directive.find(name)
    return found


def env_of(container: dict) -> dict:
    return {e["name"]: e.get("value", e.get("valueFrom")) for e in container.get("env", [])}


class References(HTMLParser):
    """Every address a page loads: scripts, stylesheets and other links, images."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        wanted = {"script": "src", "link": "href", "img": "src", "source": "src"}.get(tag)
        if wanted and attrs.get(wanted):
            self.urls.append(attrs[wanted])


# --- the page's static folder -------------------------------------------------------


@pytest.mark.skipif(not WIDGET.exists(), reason="rasa-webchat is not installed (make web)")
def test_every_file_the_built_page_loads_is_in_the_folder(tmp_path):
    static = build(tmp_path / "web")  # as `make web` does, for a page behind nginx
    references = References()
    references.feed((static / "index.html").read_text())
    assert {"config.js", "webchat.js", "page.js", "page.css"} <= set(references.urls)
    for url in references.urls:
        assert not re.match(r"^[a-z]+:|^//", url), f"{url} is not on the page's own origin"
        assert (static / url.lstrip("/")).is_file(), f"the page loads {url}, not in the folder"
    # config.js leaves the socket on the page's own origin: nginx's /socket.io/.
    assert '"socketUrl": null' in (static / "config.js").read_text()


def test_make_web_builds_the_folder_nginx_serves():
    makefile = (ROOT / "Makefile").read_text()
    recipe = re.search(r"^web:.*\n((?:\t.*\n)+)", makefile, re.M).group(1)
    assert f"-m launcher.web --out {BUILD.relative_to(ROOT)}" in recipe
    root = one(SERVER, "root").args[0]
    mounts = dict(v.rsplit(":", 1)[0].split(":") for v in SERVICES["web"]["volumes"])
    assert (ROOT / mounts_source(mounts, root)).resolve() == BUILD
    dockerfile = (DEPLOY / "web.Dockerfile").read_text()
    assert re.search(rf"^COPY {BUILD.relative_to(ROOT)} {re.escape(root)}$", dockerfile, re.M)


def mounts_source(mounts: dict, target: str) -> str:
    (source,) = [source for source, mounted in mounts.items() if mounted == target]
    return source


def test_nginx_serves_only_the_files():
    assert one(location_for(SERVER, "/"), "try_files").args == ["/index.html", "=404"]
    assert one(location_for(SERVER, "/page.js"), "try_files").args == ["$uri", "=404"]
    assert not [d for d in SERVER.walk() if d.name == "autoindex" and d.args == ["on"]]


# --- the Rasa routes, affinity, websockets ------------------------------------------


def channel_routes():
    """Every route the channels add, as Rasa registers them (credentials.yml, plus
    Slack as the launcher configures it)."""
    base = yaml.safe_load((ROOT / "credentials.yml").read_text()) or {}
    config = credentials_config(base, {"SLACK_TOKEN": "xoxb-0", "SLACK_SIGNING_SECRET": "0"})
    channels = [_create_single_channel(name, settings) for name, settings in config.items()]
    app = Sanic("deployment_wiring")
    register(channels, app, "/webhooks/")
    return {route.path for route in app.router.routes}


ROUTES = sorted(channel_routes())


def test_the_routes_the_page_and_slack_use_are_among_them():
    for needed in (
        "socket.io",
        "webhooks/slack/webhook",
        "webhooks/links/picture/<token:str>/<name:str>",
        "webhooks/links/summary/<token:str>",
        "webhooks/links/calendar/<token:str>/plan.ics",
    ):
        assert needed in ROUTES


@pytest.mark.parametrize("route", ROUTES)
def test_every_channel_route_is_proxied_to_the_rasa_servers(route):
    path = "/" + re.sub(r"<[^>]+>", "x", route)
    if route == "socket.io":
        path += "/"  # socket.io clients ask for /socket.io/?EIO=...
    location = location_for(SERVER, path)
    assert location is not None, f"nginx serves nothing at {path}"
    assert one(location, "proxy_pass").args == [f"http://{UPSTREAM.args[0]}"], path


def test_no_regex_location_could_take_a_route_first():
    assert all(len(loc.args) == 1 or loc.args[0] == "=" for loc in SERVER.find("location"))


def test_the_socket_keeps_to_one_server_and_may_upgrade():
    assert UPSTREAM.find("ip_hash"), "session affinity for the socket.io sessions"
    location = location_for(SERVER, "/socket.io/")
    headers = {d.args[0]: d.args[1] for d in location.find("proxy_set_header")}
    assert one(location, "proxy_http_version").args == ["1.1"]
    assert headers["Upgrade"] == "$http_upgrade"
    (upgrade_map,) = NGINX.find("map")
    assert upgrade_map.args == ["$http_upgrade", headers["Connection"]]
    assert {(d.name, d.args[0]) for d in upgrade_map.block} == {
        ("default", "upgrade"),
        ("''", "close"),
    }


def test_rasa_http_api_is_not_published():
    for path in ("/conversations/x/tracker", "/model", "/status"):
        location = location_for(SERVER, path)
        assert location is None or not location.find("proxy_pass"), path


def test_the_template_is_valid_nginx(tmp_path):
    """Rendered for loopback as the web tests run it, `nginx -t` accepts it."""
    config = proxy.write_config(
        tmp_path, ["http://127.0.0.1:5005", "http://127.0.0.1:5006"], 8080, tmp_path
    )
    site = (tmp_path / "site.conf").read_text()
    assert "server 127.0.0.1:5005;" in site and "server 127.0.0.1:5006;" in site
    checked = proxy.check(config)
    assert checked.returncode == 0, checked.stderr


# --- docker-compose.yml -------------------------------------------------------------


def rasa_port() -> str:
    command = " ".join(SERVICES["rasa"]["command"])
    return re.search(r"--port (\d+)", command).group(1)


def test_compose_wires_nginx_to_every_rasa_replica():
    web = SERVICES["web"]
    assert web["image"].startswith("nginx:")
    mounts = dict(v.rsplit(":", 1)[0].split(":") for v in web["volumes"])
    assert mounts_source(mounts, "/etc/nginx/templates/default.conf.template") == (
        "./" + str(TEMPLATE.relative_to(ROOT))
    )
    assert web["environment"]["RASA_UPSTREAM"] == f"rasa:{rasa_port()}"
    assert web["environment"]["NGINX_ENTRYPOINT_LOCAL_RESOLVERS"] == "1"
    assert "rasa" in web["depends_on"]
    assert SERVICES["rasa"]["deploy"]["replicas"] >= 2
    # Shared stores: conversations in PostgreSQL, locks and socket messages in Redis.
    environment = SERVICES["rasa"]["environment"]
    assert environment["DB_HOST"] == "postgres" and environment["REDIS_HOST"] == "redis"
    # Links point at the page's address, which proxies /webhooks/links/.
    assert SERVICES["actions"]["environment"]["PUBLIC_URL"].endswith("http://localhost:8080}")


def test_compose_purges_daily_with_the_same_store():
    purge = SERVICES["purge"]
    command = " ".join(purge["command"])
    assert "python -m privacy.purge --endpoints /tmp/endpoints.yml" in command
    assert "python -m launcher.endpoints --out /tmp/endpoints.yml" in command
    assert "sleep 86400" in command and command.startswith("sh -c while true;")
    store = {k: v for k, v in SERVICES["rasa"]["environment"].items() if k.startswith("DB_")}
    assert {k: v for k, v in purge["environment"].items() if k.startswith("DB_")} == store
    assert (
        purge["environment"]["RETENTION_DAYS"] == SERVICES["rasa"]["environment"]["RETENTION_DAYS"]
    )
    assert purge["build"] == SERVICES["rasa"]["build"]


# --- Kubernetes ---------------------------------------------------------------------


def test_kubernetes_config_map_is_the_same_template():
    (generator,) = KUSTOMIZATION["configMapGenerator"]
    (entry,) = generator["files"]
    key, source = entry.split("=")
    assert (DEPLOY / source).resolve() == TEMPLATE
    deployment = manifest("Deployment", "triage-web")
    pod = deployment["spec"]["template"]["spec"]
    (volume,) = [
        v for v in pod["volumes"] if v.get("configMap", {}).get("name") == generator["name"]
    ]
    (container,) = pod["containers"]
    (mount,) = [m for m in container["volumeMounts"] if m["name"] == volume["name"]]
    assert mount["mountPath"] == "/etc/nginx/templates" and key.endswith(".template")
    assert container["image"].endswith("midback-triage-web:0.1.0")


def test_kubernetes_nginx_reaches_every_rasa_pod():
    container = manifest("Deployment", "triage-web")["spec"]["template"]["spec"]["containers"][0]
    env = env_of(container)
    pods = manifest("Service", "triage-rasa-pods")
    assert pods["spec"]["clusterIP"] == "None", "one address per pod, not a virtual IP"
    assert env["RASA_UPSTREAM"] == (
        f"{pods['metadata']['name']}.$(POD_NAMESPACE).svc.cluster.local:"
        f"{pods['spec']['ports'][0]['port']}"
    )
    assert env["POD_NAMESPACE"] == {"fieldRef": {"fieldPath": "metadata.namespace"}}
    assert env["NGINX_ENTRYPOINT_LOCAL_RESOLVERS"] == "1"
    assert pods["spec"]["ports"][0]["targetPort"] == 5005  # the chart's Rasa port
    # The chart's selector labels for release "triage" of chart "rasa" (values.yml).
    assert pods["spec"]["selector"] == {
        "app.kubernetes.io/name": "rasa",
        "app.kubernetes.io/instance": "triage",
    }
    values = yaml.safe_load((DEPLOY / "values.yml").read_text())
    assert (
        values["replicaCount"] >= 2
        and values["applicationSettings"]["endpoints"]["lockStore"]["enabled"]
    )


def test_kubernetes_web_service_keeps_clients_on_one_nginx():
    service = manifest("Service", "triage-web")
    deployment = manifest("Deployment", "triage-web")
    assert service["spec"]["sessionAffinity"] == "ClientIP"
    assert service["spec"]["selector"] == deployment["spec"]["template"]["metadata"]["labels"]
    assert deployment["spec"]["selector"]["matchLabels"] == service["spec"]["selector"]


def test_kubernetes_purges_daily():
    job = manifest("CronJob", "triage-purge")
    minute, hour, *rest = job["spec"]["schedule"].split()
    assert rest == ["*", "*", "*"] and minute.isdigit() and hour.isdigit()
    (container,) = job["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"]
    command = shlex.join(container["command"])
    assert "python -m privacy.purge --endpoints /tmp/endpoints.yml" in command
    assert "python -m launcher.endpoints --out /tmp/endpoints.yml" in command
    env = env_of(container)
    assert {"DB_HOST", "DB_PORT", "DB_NAME", "DB_USER", "DB_PASSWORD"} <= set(env)
    assert env["DB_PASSWORD"]["secretKeyRef"]["name"] == env["DB_HOST"]
    assert container["image"].split("/")[-1] == "midback-triage:0.1.0"


def test_every_manifest_file_is_applied():
    applied = {str(Path(resource)) for resource in KUSTOMIZATION["resources"]}
    on_disk = {str(path.relative_to(DEPLOY)) for path in (DEPLOY / "k8s").glob("*.yml")}
    assert applied == on_disk
