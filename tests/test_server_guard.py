"""A web page must never reach the local API (DNS rebinding, cross-site requests): the
attack replayed over real HTTP against a real server holding a private collection, and
the real clients (the openai client, Simon Willison's ``llm``, curl's way of calling)
still answering."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from assistant.app import Core, build_core
from assistant.presets import PresetLibrary
from assistant.server.guard import RequestGuard, host_name, is_loopback
from assistant.server.run import ApiServer
from tests.conftest import TEST_CTX, free_port

SECRET = "My bank PIN is 4711 and my account number is DE02 1203 0000 0000 2020 51."
KEY = "guard-key"


# -- the rules, request by request ------------------------------------------------------


def scope(
    host: str | None = "127.0.0.1:8765",
    origin: str | None = None,
    method: str = "GET",
    content_type: str | None = None,
    path: str = "/v1/models",
    local: str = "127.0.0.1",
) -> dict[str, Any]:
    headers = [(b"host", host.encode())] if host is not None else []
    if origin is not None:
        headers.append((b"origin", origin.encode()))
    if content_type is not None:
        headers.append((b"content-type", content_type.encode()))
    return {
        "type": "http",
        "method": method,
        "path": path,
        "headers": headers,
        "server": (local, 8765),
    }


def refused(guard: RequestGuard, **kw: Any) -> int | None:
    error = guard.check(scope(**kw))
    return None if error is None else error.status


def test_only_names_of_this_machine_are_answered() -> None:
    g = RequestGuard(app=None)  # type: ignore[arg-type]
    for ok in (
        "127.0.0.1:8765",
        "localhost:8765",
        "LOCALHOST.",
        "localhost",
        "127.8.9.10",
        "[::1]:8765",
        "[::ffff:127.0.0.1]:8765",
    ):
        assert refused(g, host=ok) is None, ok
    for bad in (
        "attacker.example:8765",  # DNS rebinding: the page's own name
        "127.0.0.1.attacker.example",
        "localhost.attacker.example",
        "192.168.1.20:8765",  # another address than the one connected to
        "::1:8765",  # IPv6 without brackets
        "[::1]x",
        "",
    ):
        assert refused(g, host=bad) == 403, bad
    assert refused(g, host=None) is None  # HTTP/1.0 without Host: no browser sends that


def test_names_the_user_added_and_a_network_servers_own_addresses() -> None:
    g = RequestGuard(app=None, allowed_hosts=["assistant.lan", ".home.arpa"])  # type: ignore[arg-type]
    assert refused(g, host="Assistant.LAN:8765") is None
    assert refused(g, host="box.home.arpa") is None
    assert refused(g, host="home.arpa.evil.example") == 403
    wide = RequestGuard(app=None, bound="0.0.0.0")  # type: ignore[arg-type]
    # The address the client connected to, and this machine's own name.
    assert refused(wide, host="10.1.2.3:8765", local="10.1.2.3") is None
    assert refused(wide, host=socket.gethostname()) is None
    assert refused(wide, host="10.9.9.9:8765", local="10.1.2.3") == 403
    assert refused(wide, host="attacker.example", local="10.1.2.3") == 403
    # A loopback-only server does not answer to the machine's name: a rebinding page
    # cannot use it, but nothing needs it either.
    assert refused(RequestGuard(app=None), host=socket.gethostname()) == 403  # type: ignore[arg-type]


def test_pages_and_non_json_bodies_are_refused() -> None:
    g = RequestGuard(app=None)  # type: ignore[arg-type]
    post = {"method": "POST", "path": "/v1/chat/completions"}
    assert refused(g, origin="http://evil.example", content_type="text/plain", **post) == 403
    assert refused(g, origin="null", content_type="application/json", **post) == 403
    assert refused(g, origin="http://evil.example", method="OPTIONS") == 403
    assert refused(g, origin="http://evil.example") == 403  # a page's fetch of /v1/models
    assert refused(g, content_type="text/plain", **post) == 415
    assert refused(g, content_type="application/x-www-form-urlencoded", **post) == 415
    assert refused(g, **post) == 415
    assert refused(g, content_type="application/json; charset=utf-8", **post) is None
    allowed = RequestGuard(app=None, origins=["https://My.App/"])  # type: ignore[arg-type]
    assert (
        refused(allowed, origin="https://my.app", content_type="application/json", **post) is None
    )
    assert refused(allowed, origin="https://my.app.evil", method="OPTIONS") == 403
    upload = RequestGuard(
        app=None,  # type: ignore[arg-type]
        body_types={"/v1/audio/transcriptions": frozenset({"multipart/form-data"})},
    )
    multipart = "multipart/form-data; boundary=x"
    assert refused(upload, content_type=multipart, **post) == 415
    upload_post = {"method": "POST", "path": "/v1/audio/transcriptions"}
    assert refused(upload, content_type=multipart, **upload_post) is None
    assert refused(upload, content_type="application/json", **upload_post) == 415


def test_host_names_and_loopback() -> None:
    assert host_name("[::1]:80") == "::1" and host_name("Example.COM.:1") == "example.com"
    assert host_name("a:b") is None and host_name("[::1") is None
    assert is_loopback("127.0.0.2") and is_loopback("::1") and is_loopback("[::1]")
    assert not is_loopback("0.0.0.0") and not is_loopback("10.0.0.1")


# -- the attack, over real HTTP -----------------------------------------------------------


@pytest.fixture(scope="module")
def core(tmp_path_factory: pytest.TempPathFactory, starter: Path) -> Iterator[Core]:
    home = tmp_path_factory.mktemp("guard-home")
    core = build_core(str(home))
    core.config.change(context_length=TEST_CTX)
    core.models.load_local()
    folder = home / "private-notes"
    folder.mkdir()
    (folder / "bank.txt").write_text(SECRET + "\n", encoding="utf-8")
    core.documents.add("private", [str(folder)])
    core.documents.sync("private")
    yield core
    core.close()


@pytest.fixture(scope="module")
def server(core: Core) -> Iterator[ApiServer]:
    s = ApiServer(core, PresetLibrary(core.paths.user_presets), port=free_port())
    s.start()
    yield s
    s.stop()


ASK = {
    "model": "docs:private",
    "messages": [{"role": "user", "content": "What is my bank PIN?"}],
    "max_tokens": 8,
}


@pytest.mark.slow
def test_the_rebinding_and_cross_site_attack_gets_nothing(server: ApiServer, core: Core) -> None:
    base = f"http://127.0.0.1:{server.port}"
    rebound = {"Host": f"attacker.example:{server.port}"}
    answers = [
        httpx.get(f"{base}/v1/models", headers=rebound),
        httpx.post(f"{base}/v1/chat/completions", json=ASK, headers=rebound),
        httpx.get(f"{base}/health", headers=rebound),
        # A page's "simple" request: no preflight, text/plain, its own origin.
        httpx.post(
            f"{base}/v1/chat/completions",
            content=json.dumps(ASK),
            headers={"Origin": "http://evil.example", "Content-Type": "text/plain"},
        ),
        httpx.post(
            f"{base}/v1/chat/completions", json=ASK, headers={"Origin": "http://evil.example"}
        ),
        # The preflight a page sends before a JSON POST.
        httpx.options(
            f"{base}/v1/chat/completions",
            headers={
                "Origin": "http://evil.example",
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type",
            },
        ),
    ]
    for r in answers:
        assert r.status_code == 403, r.text
        assert "4711" not in r.text and "private" not in r.text and "bank" not in r.text
        assert "access-control-allow-origin" not in r.headers
    # Without an Origin (curl, a script) a text/plain body is still not JSON: 415.
    r = httpx.post(f"{base}/v1/chat/completions", content=json.dumps(ASK))
    assert r.status_code == 415 and "Content-Type: application/json" in r.json()["error"]["message"]
    # The same requests from this machine's own client work, and sources name no path.
    listed = httpx.get(f"{base}/v1/models").json()["data"]
    assert "docs:private" in [m["id"] for m in listed]
    r = httpx.post(f"{base}/v1/chat/completions", json=ASK, timeout=120)
    assert r.status_code == 200
    source = r.json()["sources"][0]
    assert source["file"] == "bank.txt" and source["collection"] == "private"
    assert "4711" in source["text"] and str(core.paths.data.parent) not in r.text


@pytest.mark.slow
def test_clients_the_user_allowed_keep_working(core: Core) -> None:
    s = ApiServer(
        core,
        PresetLibrary(core.paths.user_presets),
        port=free_port(),
        cors_origins=["http://My-Notebook.test/"],  # as a person may type it
        allowed_hosts=["assistant.lan"],
    )
    s.start()
    try:
        base = f"http://127.0.0.1:{s.port}"
        page = {"Origin": "http://my-notebook.test"}
        r = httpx.options(
            f"{base}/v1/chat/completions",
            headers={**page, "Access-Control-Request-Method": "POST"},
        )
        assert r.status_code == 200
        assert r.headers["access-control-allow-origin"] == "http://my-notebook.test"
        r = httpx.get(f"{base}/v1/models", headers={**page, "Host": "assistant.lan"})
        assert r.status_code == 200 and r.headers["access-control-allow-origin"]
        r = httpx.get(f"{base}/v1/models", headers={"Origin": "http://other.test"})
        assert r.status_code == 403
    finally:
        s.stop()


@pytest.mark.slow
def test_an_ipv6_loopback_client(core: Core) -> None:
    s = ApiServer(core, PresetLibrary(core.paths.user_presets), host="::1", port=free_port())
    s.start()
    try:
        assert s.url.startswith("http://[::1]:")
        r = httpx.get(f"{s.url}/models")
        assert r.status_code == 200
        r = httpx.get(f"{s.url}/models", headers={"Host": "rebound.example"})
        assert r.status_code == 403
    finally:
        s.stop()


def own_address() -> str:
    """This machine's address on its network (a UDP 'connection' sends nothing)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("192.0.2.1", 9))  # TEST-NET-1: only picks the outgoing interface
            address: str = s.getsockname()[0]
        except OSError:
            address = ""
    if not address or address.startswith("127."):
        pytest.fail("this machine has no network address besides loopback")
    return address


@pytest.mark.slow
def test_a_network_server_answers_through_its_own_address(core: Core) -> None:
    s = ApiServer(
        core, PresetLibrary(core.paths.user_presets), host="0.0.0.0", port=free_port(), api_key=KEY
    )
    s.start()
    try:
        own = own_address()
        url = f"http://{own}:{s.port}/v1/models"
        key = {"Authorization": f"Bearer {KEY}"}
        assert httpx.get(url, headers=key).status_code == 200
        assert httpx.get(url).status_code == 401  # the key is still needed
        rebound = {**key, "Host": f"attacker.example:{s.port}"}
        assert httpx.get(url, headers=rebound).status_code == 403
        named = {**key, "Host": f"{socket.gethostname()}:{s.port}"}
        assert httpx.get(url, headers=named).status_code == 200
    finally:
        s.stop()


@pytest.mark.slow
def test_the_openai_client_and_llm_still_answer(
    server: ApiServer, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    client = openai.OpenAI(base_url=server.url, api_key="unused", max_retries=0, timeout=120)
    request.addfinalizer(client.close)
    out = client.chat.completions.create(
        model="default", messages=[{"role": "user", "content": "Say yes."}], max_tokens=4
    )
    assert out.choices[0].message.content
    # Simon Willison's llm, configured as its documentation says for local servers.
    llm = shutil.which("llm", path=str(Path(sys.executable).parent))
    assert llm is not None, "llm is a test dependency"
    (tmp_path / "extra-openai-models.yaml").write_text(
        f"- model_id: offline\n  model_name: default\n  api_base: {server.url}\n",
        encoding="utf-8",
    )
    env = {**os.environ, "LLM_USER_PATH": str(tmp_path), "OPENAI_API_KEY": "unused"}
    r = subprocess.run(
        [llm, "-m", "offline", "--no-log", "-o", "max_tokens", "8", "Say yes."],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip()


@pytest.mark.slow
def test_serve_takes_allowed_hosts_and_origins_from_the_command_line(
    app_home: Path, starter: Path
) -> None:
    port = free_port()
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "assistant", "serve", "--port", str(port)),
            *("--allowed-host", "assistant.lan", "--cors-origin", "http://my.test"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 90
        while True:
            try:
                if httpx.get(f"{base}/health").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline, "serve did not start"
            time.sleep(0.2)
        assert httpx.get(f"{base}/health", headers={"Host": "assistant.lan"}).status_code == 200
        assert httpx.get(f"{base}/health", headers={"Host": "evil.example"}).status_code == 403
        assert httpx.get(f"{base}/health", headers={"Origin": "http://my.test"}).status_code == 200
        assert httpx.get(f"{base}/health", headers={"Origin": "http://x.test"}).status_code == 403
    finally:
        proc.terminate()
        proc.communicate(timeout=30)
