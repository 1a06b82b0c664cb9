"""The state of one open round: token, answers per device, limits (thread-safe, no network).

The web server (``serve.server``) runs in its own thread and calls :meth:`Round.submit`; the
facilitator's side (GUI or command line) reads :meth:`Round.snapshot` and closes the round.
Answers are keyed by a random device cookie only in memory; what leaves this object (the
snapshot, the saved round) carries each answer's number in order of arrival, never the cookie.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from model.case import Case
from model.errors import Issue
from model.participation import (
    Answer,
    AnswerInvalid,
    RoundSpec,
    check_spec,
    parse_answer,
    question,
)

#: 18 random bytes: 144 bits, 24 URL-safe characters
TOKEN_BYTES = 18
DEVICE_PATTERN = re.compile(r"^[0-9a-f]{32}$")


def now_text() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Limits:
    """Bounds a round enforces (a workshop is at most a few dozen people)."""

    max_participants: int = 100
    max_body: int = 16 * 1024
    #: answers per device: a burst, then one per ``answer_interval`` seconds
    answer_burst: float = 5.0
    answer_interval: float = 1.0
    #: any request per client address: a burst, then ``requests_per_second``
    request_burst: float = 200.0
    requests_per_second: float = 50.0
    max_event_streams: int = 300


class Bucket:
    """A token bucket: ``take()`` is False once the burst is spent faster than it refills."""

    def __init__(self, burst: float, rate: float, clock: Callable[[], float]) -> None:
        self.burst, self.rate, self.clock = burst, rate, clock
        self.level = burst
        self.stamp = clock()

    def take(self) -> bool:
        t = self.clock()
        self.level = min(self.burst, self.level + (t - self.stamp) * self.rate)
        self.stamp = t
        if self.level >= 1.0:
            self.level -= 1.0
            return True
        return False


class Refused(Exception):
    """A request the round does not accept: HTTP status and a code the page explains."""

    def __init__(self, status: int, code: str, issues: list[Issue] | None = None) -> None:
        super().__init__(code)
        self.status, self.code, self.issues = status, code, issues or []


@dataclass
class Snapshot:
    """What the facilitator's screen needs (a copy: safe to read in another thread)."""

    version: int
    open: bool
    answers: list[Answer]
    last_change: float
    received: int = 0
    refused: int = 0


@dataclass
class _Slot:
    number: int
    answer: Answer
    times: list[str] = field(default_factory=list)


class Round:
    """One round from open to close."""

    def __init__(
        self,
        case: Case,
        spec: RoundSpec,
        *,
        base_profile: str | None = None,
        limits: Limits | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        check_spec(case, spec)
        self.case, self.spec = case, spec
        self.base_profile = case.profile(base_profile).id
        self.limits = limits or Limits()
        self.token = secrets.token_urlsafe(TOKEN_BYTES)
        #: a short code shown on the projector and on the page, to check one is in the right round
        self.code = hashlib.sha256(self.token.encode()).hexdigest()[:6].upper()
        self.opened = now_text()
        self.closed: str | None = None
        self.question = {**question(case, spec, self.base_profile), "code": self.code}
        self._clock = clock
        self._lock = threading.Lock()
        self._slots: dict[str, _Slot] = {}
        self._answer_buckets: dict[str, Bucket] = {}
        self._client_buckets: dict[str, Bucket] = {}
        self._version = 0
        self._last_change = clock()
        self._received = 0
        self._refused = 0
        self._listeners: list[Callable[[], None]] = []

    # --- facilitator side ---------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.closed is None

    def subscribe(self, listener: Callable[[], None]) -> None:
        """``listener()`` is called (in the server's thread) after every accepted answer."""
        with self._lock:
            self._listeners.append(listener)

    def snapshot(self) -> Snapshot:
        with self._lock:
            slots = sorted(self._slots.values(), key=lambda s: s.number)
            return Snapshot(
                self._version,
                self.closed is None,
                [s.answer for s in slots],
                self._last_change,
                self._received,
                self._refused,
            )

    def close(self) -> Snapshot:
        """Freeze the answers: nothing is accepted after this."""
        with self._lock:
            if self.closed is None:
                self.closed = now_text()
                self._version += 1
            listeners = list(self._listeners)
        for listener in listeners:
            listener()
        return self.snapshot()

    def answers(self) -> list[Answer]:
        return self.snapshot().answers

    # --- participant side (called by the server) ----------------------------------------------
    def admit(self, client: str) -> None:
        """Every request: refuse a client that sends faster than any person does."""
        with self._lock:
            bucket = self._client_buckets.get(client)
            if bucket is None:
                if len(self._client_buckets) > 10 * self.limits.max_participants:
                    self._client_buckets.clear()  # bounded memory; a flood only resets buckets
                bucket = Bucket(
                    self.limits.request_burst, self.limits.requests_per_second, self._clock
                )
                self._client_buckets[client] = bucket
            if not bucket.take():
                self._refused += 1
                raise Refused(429, "too_fast")

    def current(self, device: str | None) -> Answer | None:
        with self._lock:
            slot = self._slots.get(device or "")
            return slot.answer if slot is not None else None

    def submit(self, device: str | None, payload: Any) -> int:
        """Validate and store (or replace) this device's answer; return its number."""
        if device is None or not DEVICE_PATTERN.match(device):
            raise Refused(400, "no_device")
        with self._lock:
            self._received += 1
            if self.closed is not None:
                self._refused += 1
                raise Refused(409, "closed")
            bucket = self._answer_buckets.get(device)
            if bucket is None:
                if len(self._answer_buckets) > 10 * self.limits.max_participants:
                    self._answer_buckets = {d: self._answer_buckets[d] for d in self._slots}
                bucket = Bucket(
                    self.limits.answer_burst, 1.0 / self.limits.answer_interval, self._clock
                )
                self._answer_buckets[device] = bucket
            if not bucket.take():
                self._refused += 1
                raise Refused(429, "too_fast")
            if device not in self._slots and len(self._slots) >= self.limits.max_participants:
                self._refused += 1
                raise Refused(403, "full")
        try:
            answer = parse_answer(self.case, self.spec, payload)
        except AnswerInvalid as e:
            with self._lock:
                self._refused += 1
            raise Refused(400, "invalid", e.issues) from None
        with self._lock:
            if self.closed is not None:  # closed while this one was being checked
                self._refused += 1
                raise Refused(409, "closed")
            slot = self._slots.get(device)
            if slot is None:
                if len(self._slots) >= self.limits.max_participants:
                    self._refused += 1
                    raise Refused(403, "full")
                slot = _Slot(len(self._slots) + 1, answer)
                self._slots[device] = slot
            slot.answer = answer
            slot.times.append(now_text())
            self._version += 1
            self._last_change = self._clock()
            listeners = list(self._listeners)
            number = slot.number
        for listener in listeners:
            listener()
        return number
