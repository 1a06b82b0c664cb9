"""The participants' web server: aiohttp in a background thread with its own event loop.

``RoundServer(round, host).start()`` binds to exactly that address (a free port unless one is
given) and serves, under ``/<token>/`` only:

- ``/<token>/`` the page (``resources/web/index.html``), which sets the device cookie;
- ``/<token>/app.js``, ``/<token>/style.css`` its script and style (no other files);
- ``/<token>/api/round`` the question (criteria, descriptions, the preview table), GET;
- ``/<token>/api/answer`` the device's answer, POST JSON;
- ``/<token>/api/events`` server-sent events: the round's state (open, count; closed).

Every other path, and every path without the token, gets 403.  Responses carry a strict
Content-Security-Policy, ``no-store`` and ``no-referrer`` (the token is in the URL).  No access
log is written (no addresses are kept).  See docs/participation.md for the threat model.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import ipaddress
import json
import secrets
import sys
import threading
from pathlib import Path
from typing import Any

from aiohttp import web

from serve.round import DEVICE_PATTERN, Refused, Round

WEB = Path(__file__).resolve().parent.parent / "resources" / "web"
FILES = {"app.js": "text/javascript", "style.css": "text/css", "icon.svg": "image/svg+xml"}
COOKIE = "vk_device"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Resource-Policy": "same-origin",
}
KEEPALIVE = 15.0
#: how often (s) the GIL changes hands while a round is served (Python's default is 0.005)
SWITCH_INTERVAL = 0.001


class BindRefused(ValueError):
    """The address is not one interface's address (0.0.0.0, ::, a name)."""


def check_host(host: str) -> str:
    """The address to bind to: one interface's IPv4/IPv6 address, never the wildcard."""
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        raise BindRefused(host) from None
    if address.is_unspecified or address.is_multicast:
        raise BindRefused(host)
    return str(address)


def _error(status: int, code: str, issues: list[Any] | None = None) -> web.Response:
    body = {"ok": False, "code": code, "issues": [i.as_json() for i in issues or []]}
    return web.json_response(body, status=status)


class RoundServer:
    """Serve one round on one address while it is open."""

    def __init__(self, round: Round, host: str, port: int = 0) -> None:
        self.round = round
        self.host = check_host(host)
        self.port = port
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._streams: set[asyncio.Queue[dict[str, Any] | None]] = set()
        self._started = threading.Event()
        self._failure: BaseException | None = None
        self._switch = sys.getswitchinterval()
        self._stopping: asyncio.Event | None = None
        self._pages = {name: (WEB / name).read_bytes() for name in ("index.html", *FILES)}
        round.subscribe(self._on_change)

    # --- lifecycle (called from the facilitator's thread) --------------------------------------
    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/{self.round.token}/"

    def start(self) -> None:
        """Bind and serve in a background thread; raises OSError when the address is unusable.

        While the round is served, the interpreter hands the GIL between threads every
        :data:`SWITCH_INTERVAL` seconds instead of every 5 ms, so that a burst of answers does
        not hold up the facilitator's slider for a whole default interval.
        """
        self._switch = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch, SWITCH_INTERVAL))
        self._thread = threading.Thread(target=self._run, name="vormkeuze-round", daemon=True)
        self._thread.start()
        self._started.wait()
        if self._failure is not None:
            failure, self._failure = self._failure, None
            self._thread.join()
            sys.setswitchinterval(self._switch)
            raise failure

    def stop(self) -> None:
        """Stop serving (the token dies with the round: nothing answers on that port any more)."""
        loop, thread = self._loop, self._thread
        if loop is not None and thread is not None and thread.is_alive():
            stopping = self._stopping
            if stopping is not None:
                loop.call_soon_threadsafe(stopping.set)
            thread.join(timeout=10)
        if self._thread is not None:
            sys.setswitchinterval(self._switch)
        self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve())
        except BaseException as e:  # reported to start() (bind failures) or ignored at exit
            if not self._started.is_set():
                self._failure = e
        finally:
            self._started.set()
            with contextlib.suppress(Exception):
                loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    async def _serve(self) -> None:
        self._stopping = asyncio.Event()
        app = web.Application(middlewares=[self._guard], client_max_size=self.round.limits.max_body)
        t = self.round.token
        app.router.add_get(f"/{t}/", self._page)
        for name in FILES:
            app.router.add_get(f"/{t}/{name}", self._file)
        app.router.add_get(f"/{t}/api/round", self._question)
        app.router.add_post(f"/{t}/api/answer", self._answer)
        app.router.add_get(f"/{t}/api/events", self._events)
        runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await runner.setup()
        self._runner = runner
        try:
            site = web.TCPSite(runner, self.host, self.port)
            await site.start()
            server = site._server
            sockets = getattr(server, "sockets", None) or []
            if sockets:
                self.port = int(sockets[0].getsockname()[1])
            self._started.set()
            await self._stopping.wait()
        finally:
            for queue in list(self._streams):
                _offer(queue, None)
            await runner.cleanup()

    def _on_change(self) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._broadcast)

    def _state(self) -> dict[str, Any]:
        snap = self.round.snapshot()
        return {"open": snap.open, "count": len(snap.answers)}

    def _broadcast(self) -> None:
        state = self._state()
        for queue in list(self._streams):
            _offer(queue, state)

    # --- request handling (in the server's thread) ---------------------------------------------
    @web.middleware
    async def _guard(self, request: web.Request, handler: Any) -> web.StreamResponse:
        prefix = f"/{self.round.token}/"
        path = request.path
        given = path[: len(prefix)]
        try:
            self.round.admit(request.remote or "?")
        except Refused as e:
            response: web.StreamResponse = _error(e.status, e.code)
        else:
            if not hmac.compare_digest(given.encode(), prefix.encode()):
                response = web.Response(status=403, text="403: geen toegang / no access")
            else:
                try:
                    response = await handler(request)
                except web.HTTPException as e:
                    status = 403 if e.status == 404 else e.status
                    code = "too_large" if e.status == 413 else "refused"
                    response = _error(status, code)
        if not response.prepared:
            response.headers.update(HEADERS)
        return response

    def _device(self, request: web.Request) -> str | None:
        value = request.cookies.get(COOKIE)
        return value if value is not None and DEVICE_PATTERN.match(value) else None

    async def _page(self, request: web.Request) -> web.StreamResponse:
        response = web.Response(body=self._pages["index.html"], content_type="text/html")
        response.charset = "utf-8"
        if self._device(request) is None:
            response.set_cookie(
                COOKIE,
                secrets.token_hex(16),
                path=f"/{self.round.token}/",
                httponly=True,
                samesite="Strict",
            )
        return response

    async def _file(self, request: web.Request) -> web.StreamResponse:
        name = request.path.rsplit("/", 1)[-1]
        response = web.Response(body=self._pages[name], content_type=FILES[name])
        response.charset = "utf-8"
        return response

    async def _question(self, request: web.Request) -> web.StreamResponse:
        mine = self.round.current(self._device(request))
        body = {**self.round.question, **self._state(), "mine": mine.to_json() if mine else None}
        return web.json_response(body)

    async def _answer(self, request: web.Request) -> web.StreamResponse:
        origin = request.headers.get("Origin")
        if origin is not None and origin != f"http://{request.host}":
            return _error(403, "origin")
        if request.content_type != "application/json":
            return _error(415, "not_json")
        if request.content_length is not None and (
            request.content_length > self.round.limits.max_body
        ):
            return _error(413, "too_large")
        raw = await request.read()
        try:
            payload = json.loads(raw.decode("utf-8"), parse_constant=_no_constant)
        except (UnicodeDecodeError, ValueError, RecursionError):
            return _error(400, "not_json")
        try:
            number = self.round.submit(self._device(request), payload)
        except Refused as e:
            return _error(e.status, e.code, e.issues)
        return web.json_response({"ok": True, "participant": number})

    async def _events(self, request: web.Request) -> web.StreamResponse:
        if len(self._streams) >= self.round.limits.max_event_streams:
            return _error(429, "too_many_streams")
        response = web.StreamResponse(
            headers={**HEADERS, "Content-Type": "text/event-stream", "X-Accel-Buffering": "no"}
        )
        await response.prepare(request)
        queue: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue(maxsize=64)
        self._streams.add(queue)
        try:
            await response.write(_event(self._state()))
            while True:
                try:
                    state = await asyncio.wait_for(queue.get(), KEEPALIVE)
                except TimeoutError:
                    await response.write(b": keepalive\n\n")
                    continue
                if state is None:
                    break
                while not queue.empty():  # only the newest state matters
                    newer = queue.get_nowait()
                    if newer is None:
                        state = None
                        break
                    state = newer
                if state is None:
                    break
                await response.write(_event(state))
                if not state["open"]:
                    break
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            self._streams.discard(queue)
        return response


def _offer(queue: asyncio.Queue[dict[str, Any] | None], item: dict[str, Any] | None) -> None:
    """Queue a state for one stream; a stream that does not read only gets the newest."""
    if queue.full():
        with contextlib.suppress(asyncio.QueueEmpty):
            queue.get_nowait()
    queue.put_nowait(item)


def _event(state: dict[str, Any]) -> bytes:
    return f"event: state\ndata: {json.dumps(state)}\n\n".encode()


def _no_constant(name: str) -> Any:
    raise ValueError(name)  # NaN, Infinity: not JSON numbers
