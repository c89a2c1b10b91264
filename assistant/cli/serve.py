"""``assistant serve``: the local OpenAI-compatible API."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from typing import Any

from assistant.cli.i18n import tr
from assistant.ground.errors import UserError
from assistant.server.guard import is_loopback


def add_serve_parser(sub: Any) -> None:
    sp = sub.add_parser(
        "serve",
        help=tr("serve the models over an OpenAI-compatible API on this machine"),
        description=tr("Serve /v1/models, /v1/chat/completions and /v1/completions."),
    )
    sp.set_defaults(run=cmd_serve)
    sp.add_argument("--host", default="127.0.0.1", help=tr("address to listen on (127.0.0.1)"))
    sp.add_argument("--port", type=int, help=tr("port (8765, or the settings' server_port)"))
    sp.add_argument("--model", "-m", help=tr("model to load at start (the default model)"))
    sp.add_argument(
        "--parallel",
        type=int,
        metavar="N",
        help=tr("answers written at once (default: the settings' parallel_answers, or automatic)"),
    )
    sp.add_argument(
        "--api-key",
        help=tr("require 'Authorization: Bearer KEY' (or set ASSISTANT_API_KEY / server_api_key)"),
    )
    sp.add_argument(
        "--allow-network",
        action="store_true",
        help=tr("allow listening on an address other machines can reach (needs an API key)"),
    )
    sp.add_argument(
        "--cors-origin",
        action="append",
        metavar="ORIGIN",
        help=tr("allow browser pages from ORIGIN to call the API (CORS is off by default)"),
    )
    sp.add_argument(
        "--allowed-host",
        action="append",
        metavar="NAME",
        help=tr("also answer requests addressed to NAME (by default only this machine's names)"),
    )


def api_key_for(args: argparse.Namespace, settings: Any) -> str | None:
    return args.api_key or os.environ.get("ASSISTANT_API_KEY") or settings.server_api_key or None


def check_exposure(host: str, allow_network: bool, api_key: str | None) -> None:
    """Listening beyond this machine is a decision: a flag and a key, or a refusal."""
    if is_loopback(host):
        return
    if not allow_network:
        raise UserError(
            tr(
                "{host} can be reached from other machines; add --allow-network (and an API "
                "key) if that is what you want."
            ).format(host=host)
        )
    if not api_key:
        raise UserError(
            tr("Serving beyond this machine needs an API key: --api-key KEY or ASSISTANT_API_KEY.")
        )


def cmd_serve(core: Any, args: argparse.Namespace) -> int:
    try:
        from assistant.server.run import ApiServer
    except ImportError:
        raise UserError(
            tr(
                "The API server is an optional part: install it with "
                "pip install 'offline-assistant[server]'."
            )
        ) from None
    from assistant.presets import PresetLibrary

    key = api_key_for(args, core.settings)
    check_exposure(args.host, args.allow_network, key)
    if args.parallel is not None:
        if args.parallel < 1:
            raise UserError(tr("--parallel must be at least 1."))
        # For this run only: the settings file is left as it is.
        core.config.current = replace(core.settings, parallel_answers=args.parallel)
    active = core.models.load_local(args.model)
    port = args.port or core.settings.server_port
    settings = core.settings
    server = ApiServer(
        core,
        PresetLibrary(core.paths.user_presets),
        args.host,
        port,
        key,
        [*settings.server_cors_origins, *(args.cors_origin or [])],
        allowed_hosts=[*settings.server_allowed_hosts, *(args.allowed_host or [])],
    )
    print(
        tr("Serving {name} at {url}, {n} answers at once (Ctrl+C stops)").format(
            name=active.name, url=server.url, n=active.facts.parallel
        ),
        file=sys.stderr,
        flush=True,
    )
    server.run()
    return 0
