"""A participant's HTTP client for the tests: one cookie jar per device (loopback only)."""

from __future__ import annotations

import http.cookiejar
import json
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urlsplit


class Device:
    """One phone: its own cookie jar, requests only to 127.0.0.1 / ::1."""

    def __init__(self, url: str) -> None:
        host = urlsplit(url).hostname
        assert host in ("127.0.0.1", "::1"), host  # tests never leave the machine
        self.url = url
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def request(
        self,
        path: str,
        body: bytes | None = None,
        *,
        method: str | None = None,
        headers: dict[str, str] | None = None,
        base: str | None = None,
    ) -> tuple[int, dict[str, str], bytes]:
        req = urllib.request.Request(
            (base or self.url) + path, data=body, method=method, headers=headers or {}
        )
        try:
            with self.opener.open(req, timeout=20) as r:
                return r.status, dict(r.headers), r.read()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read()

    def open_page(self) -> tuple[int, dict[str, str], bytes]:
        return self.request("")

    def answer(self, payload: Any) -> tuple[int, dict[str, Any]]:
        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        status, _h, raw = self.request(
            "api/answer", body, method="POST", headers={"Content-Type": "application/json"}
        )
        return status, json.loads(raw) if raw else {}

    def question(self) -> tuple[int, dict[str, Any]]:
        status, _h, raw = self.request("api/round")
        return status, json.loads(raw) if status == 200 else {}
