"""What a web page open in the user's browser must never do to the local API.

A page can reach 127.0.0.1 in two ways. Through DNS rebinding its own domain is
re-pointed at loopback; the browser then treats the API as the page's own origin and
lets it read every answer. The only sign the server sees is the ``Host`` header (the
page's domain), so only names that mean this machine are answered. And any page can
send "simple" cross-site POSTs (``text/plain`` or form bodies, no preflight) carrying
its ``Origin``: those are refused unless the user listed that origin, and bodies must
be JSON (or the multipart an endpoint names) before any work starts.

A plain ASGI middleware with no web framework import, so the command line can use
:func:`is_loopback` without the optional server extra. Starlette's TrustedHostMiddleware
cannot do this: it cuts ``[::1]:8765`` at the first colon and knows no address ranges.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import socket
from collections.abc import Awaitable, Callable, Iterable, Mapping
from functools import cache
from typing import Any

from assistant.server.protocol import ApiError

LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})
JSON_ONLY = frozenset({"application/json"})
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]


def is_loopback(host: str) -> bool:
    """True for names and addresses that mean this machine only (127.x, ::1, localhost)."""
    name = host.strip().lower().rstrip(".").removeprefix("[").removesuffix("]")
    if name in LOOPBACK_NAMES or name == "::1":
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


def host_name(header: str) -> str | None:
    """The name or address of a ``Host`` header without its port; None when malformed."""
    header = header.strip().lower()
    if header.startswith("["):
        end = header.find("]")
        rest = header[end + 1 :]
        if end < 0 or (rest and not (rest.startswith(":") and rest[1:].isdigit())):
            return None
        return header[1:end]
    name, colon, port = header.partition(":")
    if colon and not port.isdigit():
        return None  # an IPv6 address without brackets, or garbage
    name = name.rstrip(".")
    return name or None


@cache
def _machine_names() -> frozenset[str]:
    """This machine's own names, accepted when the server listens beyond loopback."""
    names = {socket.gethostname().lower()}
    with contextlib.suppress(OSError):
        names.add(socket.getfqdn().lower())
    return frozenset(n.rstrip(".") for n in names if n)


def _normal_origin(origin: str) -> str:
    return origin.strip().lower().rstrip("/")


class RequestGuard:
    """ASGI middleware: refuses, before any work, requests a browser page could have made.

    ``bound`` is the address the server listens on; ``allowed_hosts`` the extra names the
    user trusts (``.example.lan`` matches its subdomains too); ``origins`` the browser
    origins allowed to call (``*``: any); ``body_types`` the media types a path accepts
    instead of JSON (e.g. multipart for an upload).
    """

    def __init__(
        self,
        app: App,
        bound: str = "127.0.0.1",
        allowed_hosts: Iterable[str] = (),
        origins: Iterable[str] = (),
        body_types: Mapping[str, frozenset[str]] | None = None,
    ) -> None:
        self.app = app
        self.bound = bound.strip().lower().removeprefix("[").removesuffix("]")
        self.local_only = is_loopback(self.bound)
        self.allowed_hosts = frozenset(h.strip().lower().rstrip(".") for h in allowed_hosts if h)
        self.origins = frozenset(_normal_origin(o) for o in origins if o)
        self.body_types = dict(body_types or {})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self.app(scope, receive, send)
            return
        if scope["type"] != "http":  # no websockets are served
            await send({"type": "websocket.close", "code": 1008})
            return
        refusal = self.check(scope)
        if refusal is None:
            await self.app(scope, receive, send)
            return
        body = json.dumps(refusal.body()).encode()
        await send(
            {
                "type": "http.response.start",
                "status": refusal.status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    def check(self, scope: Scope) -> ApiError | None:
        """Why this request is refused, or None when it may go on."""
        headers: dict[str, str] = {}
        for key, value in scope.get("headers", []):
            headers.setdefault(key.decode("latin-1").lower(), value.decode("latin-1"))
        local = (scope.get("server") or ("", 0))[0] or ""
        if "host" in headers and not self.host_allowed(headers["host"], str(local)):
            return ApiError(
                403,
                f"This server answers only requests addressed to this machine; the host "
                f"'{headers['host'][:100]}' is not allowed. If it is a name of yours, add it "
                f"with --allowed-host (or the setting server_allowed_hosts).",
                code="host_not_allowed",
            )
        origin = headers.get("origin")
        if origin is not None and not self.origin_allowed(origin):
            return ApiError(
                403,
                f"Requests from web pages are refused: the origin '{origin[:100]}' is not "
                f"allowed. To let a page you trust call the API, add its origin with "
                f"--cors-origin (or the setting server_cors_origins).",
                code="origin_not_allowed",
            )
        if scope.get("method") in BODY_METHODS:
            media = headers.get("content-type", "").split(";")[0].strip().lower()
            accepted = self.body_types.get(scope.get("path", ""), JSON_ONLY)
            if media not in accepted:
                return ApiError(
                    415,
                    f"Send the body as {' or '.join(sorted(accepted))} "
                    f"(for example curl -H 'Content-Type: application/json'); "
                    f"got '{media[:60] or 'no content type'}'.",
                    code="unsupported_media_type",
                )
        return None

    def host_allowed(self, header: str, local_address: str) -> bool:
        """Loopback names, the address the client connected to or the server is bound to,
        this machine's names when it serves the network, and the user's names."""
        name = host_name(header)
        if name is None:
            return False
        if is_loopback(name) or name in (self.bound, local_address.lower()):
            return True
        if name in self.allowed_hosts or "*" in self.allowed_hosts:
            return True
        if any(h.startswith(".") and name.endswith(h) for h in self.allowed_hosts):
            return True
        return not self.local_only and name in _machine_names()

    def origin_allowed(self, origin: str) -> bool:
        return "*" in self.origins or _normal_origin(origin) in self.origins
