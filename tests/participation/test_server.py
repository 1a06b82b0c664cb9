"""The round's web server on 127.0.0.1: token, headers, cookie, validation, limits, closing."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from model import Case, load_case_file
from model.participation import RoundSpec
from serve import BindRefused, Limits, Round, RoundServer, check_host
from tests.participation.client import Device


@pytest.fixture
def case(example_case_path: Path) -> Case:
    return load_case_file(example_case_path)[0]


def start(case: Case, spec: RoundSpec | None = None, **limits: float) -> RoundServer:
    server = RoundServer(Round(case, spec or RoundSpec(), limits=Limits(**limits)), "127.0.0.1")  # type: ignore[arg-type]
    server.start()
    return server


@pytest.fixture
def server(case: Case) -> Iterator[RoundServer]:
    s = start(case)
    yield s
    s.stop()


def root_of(server: RoundServer) -> str:
    parts = urlsplit(server.url)
    return f"{parts.scheme}://{parts.netloc}/"


def test_the_token_is_long_and_fresh_per_round(case: Case) -> None:
    a, b = Round(case, RoundSpec()), Round(case, RoundSpec())
    assert len(a.token) >= 22 and a.token != b.token  # 18 random bytes, >= 128 bits
    assert len(a.code) == 6 and a.code != a.token[:6]


@pytest.mark.parametrize(
    "path",
    ["", "favicon.ico", "api/round", "x/api/round", "resources/web/app.js", "../", "%2e%2e/"],
)
def test_without_the_token_every_request_is_forbidden(server: RoundServer, path: str) -> None:
    status, headers, _ = Device(server.url).request(path, base=root_of(server))
    assert status == 403
    assert "default-src 'none'" in headers["Content-Security-Policy"]


def test_a_wrong_token_of_the_right_length_is_forbidden(server: RoundServer) -> None:
    token = server.round.token
    wrong = ("A" if token[0] != "A" else "B") + token[1:]
    status, _, _ = Device(server.url).request(f"{wrong}/api/round", base=root_of(server))
    assert status == 403


def test_unknown_paths_under_the_token_are_forbidden(server: RoundServer) -> None:
    d = Device(server.url)
    for path in ("index.html", "app.py", "api/answer/../round", "static/app.js"):
        assert d.request(path)[0] == 403, path


def test_page_headers_and_device_cookie(server: RoundServer) -> None:
    status, headers, body = Device(server.url).open_page()
    assert status == 200 and b'<script src="app.js" defer></script>' in body
    csp = headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["Cache-Control"] == "no-store"
    cookie = headers["Set-Cookie"]
    assert "vk_device=" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert f"Path=/{server.round.token}/" in cookie


def test_a_valid_answer_arrives_and_a_resubmission_replaces_it(server: RoundServer) -> None:
    d = Device(server.url)
    d.open_page()
    status, body = d.answer({"points": {"sturing": 70, "geld": 30}})
    assert (status, body) == (200, {"ok": True, "participant": 1})
    status, body = d.answer({"points": {"sturing": 10, "geld": 90}})
    assert status == 200 and body["participant"] == 1
    answers = server.round.answers()
    assert len(answers) == 1 and answers[0].points == {"sturing": 10.0, "geld": 90.0}
    _, q = d.question()
    assert q["mine"]["points"] == {"sturing": 10.0, "geld": 90.0} and q["open"] is True
    other = Device(server.url)
    other.open_page()
    assert other.answer({"points": {"sturing": 1, "geld": 1}})[1]["participant"] == 2
    assert other.question()[1]["count"] == 2


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"points": {"sturing": 70, "evil": 30}}, 400, "invalid"),
        ({"points": {"sturing": -1, "geld": 30}}, 400, "invalid"),
        ({"points": {"sturing": 0, "geld": 0}}, 400, "invalid"),
        (b'{"points": {"sturing": NaN, "geld": 1}}', 400, "not_json"),
        (b"not json", 400, "not_json"),
        (b"\xff\xfe", 400, "not_json"),
        (b"[" * 100000, 413, "too_large"),
    ],
)
def test_invalid_answers_are_refused_and_nothing_is_kept(
    server: RoundServer, body: object, status: int, code: str
) -> None:
    d = Device(server.url)
    d.open_page()
    got, reply = d.answer(body)
    assert (got, reply.get("code")) == (status, code)
    assert server.round.answers() == []


def test_invalid_answer_names_the_place(server: RoundServer) -> None:
    d = Device(server.url)
    d.open_page()
    _, reply = d.answer({"points": {"sturing": 70, "geld": 300}})
    assert reply["issues"] == [
        {"code": "answer_out_of_range", "place": "points.geld", "params": {"low": 0, "high": 100.0}}
    ]


def test_answers_need_the_device_cookie_and_json(server: RoundServer) -> None:
    d = Device(server.url)  # never opened the page: no cookie
    assert d.answer({"points": {"sturing": 1, "geld": 1}}) == (
        400,
        {"ok": False, "code": "no_device", "issues": []},
    )
    d.open_page()
    status, _h, raw = d.request(
        "api/answer", b"points=1", method="POST", headers={"Content-Type": "text/plain"}
    )
    assert status == 415 and json.loads(raw)["code"] == "not_json"
    status, _h, raw = d.request(
        "api/answer",
        b'{"points": {"sturing": 1, "geld": 1}}',
        method="POST",
        headers={"Content-Type": "application/json", "Origin": "http://evil.example"},
    )
    assert status == 403 and json.loads(raw)["code"] == "origin"
    assert server.round.answers() == []


def test_too_many_participants(case: Case) -> None:
    server = start(case, max_participants=3)
    try:
        devices = [Device(server.url) for _ in range(4)]
        results = []
        for d in devices:
            d.open_page()
            results.append(d.answer({"points": {"sturing": 1, "geld": 2}}))
        assert [s for s, _ in results] == [200, 200, 200, 403]
        assert results[-1][1]["code"] == "full"
        assert (
            devices[0].answer({"points": {"sturing": 5, "geld": 2}})[0] == 200
        )  # still may change
        assert len(server.round.answers()) == 3
    finally:
        server.stop()


def test_too_fast_from_one_device(case: Case) -> None:
    server = start(case, answer_burst=3, answer_interval=3600)
    try:
        d = Device(server.url)
        d.open_page()
        statuses = [d.answer({"points": {"sturing": k, "geld": 1}})[0] for k in range(1, 6)]
        assert statuses == [200, 200, 200, 429, 429]
        assert server.round.answers()[0].points == {"sturing": 3.0, "geld": 1.0}
    finally:
        server.stop()


def test_too_many_requests_from_one_address(case: Case) -> None:
    server = start(case, request_burst=5, requests_per_second=0.001)
    try:
        d = Device(server.url)
        statuses = [d.request("api/round")[0] for _ in range(7)]
        assert statuses[:5] == [200] * 5 and statuses[5:] == [429, 429]
    finally:
        server.stop()


def test_closing_freezes_and_stopping_frees_the_port(case: Case) -> None:
    server = start(case)
    d = Device(server.url)
    d.open_page()
    assert d.answer({"points": {"sturing": 1, "geld": 1}})[0] == 200
    snapshot = server.round.close()
    assert snapshot.open is False and len(snapshot.answers) == 1
    status, reply = d.answer({"points": {"sturing": 9, "geld": 1}})
    assert (status, reply["code"]) == (409, "closed")
    assert server.round.answers()[0].points == {"sturing": 1.0, "geld": 1.0}
    port = server.port
    server.stop()
    assert not server.running
    with socket.socket() as s, pytest.raises(OSError):
        s.settimeout(2)
        s.connect(("127.0.0.1", port))


def test_events_tell_the_page_when_the_round_closes(server: RoundServer) -> None:
    import http.client

    parts = urlsplit(server.url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    conn.request("GET", parts.path + "api/events")
    response = conn.getresponse()
    assert response.status == 200
    assert response.getheader("Content-Type", "").startswith("text/event-stream")
    lines: list[bytes] = []
    first = threading.Event()

    def read() -> None:
        for line in response:
            lines.append(line)
            if line.startswith(b"data: "):
                first.set()

    reader = threading.Thread(target=read)
    reader.start()
    assert first.wait(10)  # the stream has said "open" before the round closes
    server.round.close()
    reader.join(timeout=10)
    conn.close()
    events = [json.loads(line[6:]) for line in lines if line.startswith(b"data: ")]
    assert events[0] == {"open": True, "count": 0}
    assert events[-1] == {"open": False, "count": 0}


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "[::]", "localhost", "", "224.0.0.1"])
def test_only_one_interfaces_address_is_accepted(host: str) -> None:
    with pytest.raises(BindRefused):
        check_host(host)


def test_the_server_binds_only_to_the_chosen_address(server: RoundServer) -> None:
    assert server.host == "127.0.0.1"
    assert server.url.startswith(f"http://127.0.0.1:{server.port}/{server.round.token}/")


def test_a_busy_port_is_reported(case: Case) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        busy = s.getsockname()[1]
        server = RoundServer(Round(case, RoundSpec()), "127.0.0.1", busy)
        with pytest.raises(OSError):
            server.start()
        assert not server.running


def test_while_a_round_is_served_the_gil_changes_hands_often_and_after_it_as_before(
    case: Case,
) -> None:
    import sys

    from serve.server import SWITCH_INTERVAL

    before = sys.getswitchinterval()
    server = start(case)
    try:
        assert sys.getswitchinterval() == pytest.approx(min(before, SWITCH_INTERVAL))
    finally:
        server.stop()
    assert sys.getswitchinterval() == pytest.approx(before)
    server.stop()  # a second stop changes nothing
    assert sys.getswitchinterval() == pytest.approx(before)
