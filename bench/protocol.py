"""A load generator that speaks Streamlit's own WebSocket protocol: no browser.

One :class:`Session` does what the browser's frontend does (``static/js/index.*.js`` of the installed
streamlit package):

1. ``GET /_stcore/host-config`` and ``GET /_stcore/health``; the answers set the ``_streamlit_xsrf``
   cookie (XSRF protection is on in ``.streamlit/config.toml``).
2. A WebSocket on ``/_stcore/stream`` with the subprotocols ``["streamlit", <xsrf cookie>]`` (the
   frontend's ``new WebSocket(uri, ["streamlit", ...sessionTokens])``), the cookie and a same-origin
   ``Origin`` header.
3. ``BackMsg.rerun_script`` (a ``ClientState``): the first one names the page as the URL path does
   (``page_name="targets"``) with the query string; later ones carry the ``page_script_hash`` the
   server sent in ``ForwardMsg.new_session``, the current query string (updated by
   ``page_info_changed``, as the browser's address bar is), and ``widget_states``: every slider seen
   in the deltas with its current value. A ``select_slider`` is a ``Slider`` element of type
   ``SELECT_SLIDER``; its state is a ``string_array_value`` holding the chosen option's *label*
   (``Slider.options`` are the formatted labels; ``raw_value`` is the current one), exactly what the
   frontend's ``setStringArrayValue`` sends. A slider drawn inside an ``@st.fragment`` arrives in a
   delta whose ``Delta.fragment_id`` is set; moving it sends ``ClientState.fragment_id`` so that only
   the fragment reruns (the frontend's ``scheduleFlush(fragmentId)``).
4. The server answers with ``ForwardMsg`` deltas and ends each run with ``script_finished``
   (``FINISHED_SUCCESSFULLY`` or ``FINISHED_FRAGMENT_RUN_SUCCESSFULLY``; ``FINISHED_EARLY_FOR_RERUN``
   means a newer request took over the run, which then ends the answer). Large elements marked
   ``metadata.cacheable`` are kept by hash and their hashes sent back in ``cached_message_hashes``,
   so later runs get ``ref_hash`` references, as the browser's message cache does.

An *answer* is the time from sending a ``rerun_script`` to the ``script_finished`` that ends it.
Errors: a disconnect, an ``exception`` element in a delta, a compile error, and no answer within the
timeout (10 s).

``run_load(url, page, n, duration, ...)`` runs N sessions (ramped in over ``ramp`` seconds), each
moving a slider every ``interval`` ± ``jitter`` seconds for ``duration`` seconds, and returns a dict
of figures; ``run_burst(url, page, n)`` opens N sessions at the same moment. Both can watch the
server's process (``server_pid``) for CPU and memory.
"""
from __future__ import annotations

import asyncio
import http.cookiejar
import os
import random
import time
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.Slider_pb2 import Slider as SliderProto

FINISHED_OK = {ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY}
EARLY = ForwardMsg.FINISHED_EARLY_FOR_RERUN
COMPILE_ERROR = ForwardMsg.FINISHED_WITH_COMPILE_ERROR
SUBPROTOCOL = "streamlit"
XSRF_COOKIE = "_streamlit_xsrf"

#: Which sliders a session moves on a page (scenario keys; the widget key is ``w_<key>``), and the
#: metric whose value shows the answer (for tests).
PAGE_SLIDERS = {
    "pci": [f"pci_{s}" for s in ("entry", "land", "transparency", "time", "informal", "bias",
                                 "proactivity", "support", "labour", "legal")],
    "targets": ["pace_factor", "pace_time_cut", "pace_online_l34", "pace_pci_rank", "pace_systems_linked"],
    "par_index": [f"par_{s}" for s in ("steering", "legal", "procedures", "organisation", "staff")],
}


def pct(values: list[float], q: float) -> float | None:
    """The q-th percentile (nearest rank) of ``values``; None when empty."""
    if not values:
        return None
    s = sorted(values)
    return s[max(0, min(len(s) - 1, int(round(q / 100 * len(s) + 0.5)) - 1))]


class ProtocolError(Exception):
    """The server closed the session, showed an exception, or did not answer in time."""

    def __init__(self, kind: str, detail: str = ""):
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind


@dataclass
class SliderState:
    """A slider as the frontend knows it: its widget id, option labels, current label, fragment."""

    id: str
    label: str
    options: list[str]
    value: str
    fragment_id: str = ""
    select: bool = True  # select_slider (string labels) or a numeric slider (doubles)
    numeric: list[float] = field(default_factory=list)


@dataclass
class Answer:
    """One rerun request and how it ended."""

    ms: float
    status: int
    fragment: bool


def _http_get_cookies(url: str, paths: tuple[str, ...], timeout: float) -> dict[str, str]:
    """GET the paths the frontend asks for before it opens the WebSocket; return the cookies set
    (blocking; :func:`_aget_cookies` is the one the sessions use)."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    for path in paths:
        with opener.open(f"{url}{path}", timeout=timeout) as r:
            r.read()
    return {c.name: c.value for c in jar}


async def _aget_cookies(url: str, paths: tuple[str, ...], timeout: float) -> dict[str, str]:
    """The same over asyncio (plain HTTP/1.1, one connection per request), so that a hundred
    sessions opening at once do not queue behind a thread pool in the generator."""
    parts = urlsplit(url)
    if parts.scheme != "http":
        return await asyncio.to_thread(_http_get_cookies, url, paths, timeout)
    host, port = parts.hostname, parts.port or 80
    cookies: dict[str, str] = {}
    for path in paths:
        reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
        try:
            cookie = "; ".join(f"{k}={v}" for k, v in cookies.items())
            request = (f"GET {parts.path}{path} HTTP/1.1\r\nHost: {parts.netloc}\r\nConnection: close\r\n"
                       + (f"Cookie: {cookie}\r\n" if cookie else "") + "\r\n")
            writer.write(request.encode("latin-1"))
            await writer.drain()
            raw = await asyncio.wait_for(reader.read(), timeout)
        finally:
            writer.close()
        head = raw.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
        if not head or " 200 " not in head[0] + " ":
            raise ProtocolError("disconnect", f"GET {path}: {head[0] if head else 'no answer'}")
        for line in head[1:]:
            name, _, value = line.partition(":")
            if name.strip().lower() == "set-cookie":
                k, _, v = value.strip().split(";", 1)[0].partition("=")
                cookies[k.strip()] = v.strip()
    return cookies


class Session:
    """One browser tab's worth of Streamlit protocol (see the module's docstring)."""

    def __init__(self, url: str, page: str, query: str = "", timeout: float = 10.0):
        self.url = url.rstrip("/")
        self.page = page
        self.query = query
        self.timeout = timeout
        self.ws = None
        self.session_id = ""
        self.page_script_hash = ""
        self.sliders: dict[str, SliderState] = {}   # by widget key ("w_pci_land")
        self.metrics: dict[str, str] = {}           # metric label -> shown value
        self.exceptions: list[str] = []
        self.disconnected: str | None = None
        self.cache: dict[str, ForwardMsg] = {}      # cacheable messages by hash
        self.missing_refs = 0
        self.messages = 0
        self.bytes = 0
        self._finished: asyncio.Queue[int] = asyncio.Queue()
        self.finishes: list[tuple[float, int]] = []  # (perf_counter, status) of every script_finished
        self._reader: asyncio.Task | None = None
        self._running = False

    # -- connection ------------------------------------------------------------------------
    async def connect(self) -> None:
        from websockets.asyncio.client import connect

        cookies = await _aget_cookies(self.url, ("/_stcore/host-config", "/_stcore/health"), self.timeout)
        parts = urlsplit(self.url)
        scheme = "wss" if parts.scheme == "https" else "ws"
        token = cookies.get(XSRF_COOKIE) or "PLACEHOLDER_AUTH_TOKEN"
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())} if cookies else None
        self.ws = await connect(f"{scheme}://{parts.netloc}{parts.path}/_stcore/stream",
                                subprotocols=[SUBPROTOCOL, token], origin=self.url,
                                additional_headers=headers, max_size=None, open_timeout=self.timeout,
                                ping_interval=None, user_agent_header="reform-bench-protocol")
        self._reader = asyncio.create_task(self._read())

    async def close(self) -> None:
        if self._reader:
            self._reader.cancel()
        if self.ws is not None:
            try:
                await asyncio.wait_for(self.ws.close(), 5)
            except Exception:  # noqa: BLE001 - closing a dead socket
                pass

    async def _read(self) -> None:
        from websockets.exceptions import ConnectionClosed

        try:
            async for raw in self.ws:
                self.messages += 1
                self.bytes += len(raw)
                msg = ForwardMsg()
                msg.ParseFromString(raw)
                self._handle(msg)
        except ConnectionClosed as exc:
            self.disconnected = f"closed {exc.rcvd.code if exc.rcvd else ''}".strip()
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - a broken message ends the session
            self.disconnected = f"{type(exc).__name__}: {exc}"
        self._finished.put_nowait(-1)

    def _handle(self, msg: ForwardMsg) -> None:
        kind = msg.WhichOneof("type")
        if kind == "ref_hash":
            cached = self.cache.get(msg.ref_hash)
            if cached is None:
                self.missing_refs += 1
                return
            full = ForwardMsg()
            full.CopyFrom(cached)
            full.metadata.CopyFrom(msg.metadata)
            msg, kind = full, full.WhichOneof("type")
        elif msg.metadata.cacheable and msg.hash:
            self.cache[msg.hash] = msg
        if kind == "delta":
            self._delta(msg.delta)
        elif kind == "new_session":
            self.session_id = msg.new_session.initialize.session_id or self.session_id
            self.page_script_hash = msg.new_session.page_script_hash or self.page_script_hash
        elif kind == "navigation":
            # the browser's currentPageScriptHash: the page st.navigation runs (new_session's hash
            # is the main script's)
            self.page_script_hash = msg.navigation.page_script_hash or self.page_script_hash
        elif kind == "page_info_changed":
            self.query = msg.page_info_changed.query_string
        elif kind == "session_status_changed":
            self._running = msg.session_status_changed.script_is_running
        elif kind == "page_not_found":
            self.exceptions.append(f"page not found: {msg.page_not_found.page_name}")
        elif kind == "script_finished":
            self.finishes.append((time.perf_counter(), msg.script_finished))
            self._finished.put_nowait(msg.script_finished)

    def _delta(self, delta) -> None:
        if delta.WhichOneof("type") != "new_element":
            return
        el = delta.new_element
        which = el.WhichOneof("type")
        if which == "slider":
            s = el.slider
            # by meaning: the widget key is w_<scenario key>~<labels' signature> (reform.ui.state.widget_key)
            key = (s.id.rsplit("-", 1)[-1] if "-" in s.id else s.id).split("~", 1)[0]
            known = self.sliders.get(key)
            if known is not None and known.id != s.id:
                known = None
            # The server sends a value only when it sets one (raw_value with set_value, or on the
            # first draw); otherwise the frontend keeps the value the widget already has.
            if s.type == SliderProto.SELECT_SLIDER:
                options = list(s.options)
                raw = list(s.raw_value)
                if raw and (s.set_value or known is None):
                    value = raw[0]
                elif known is not None and known.value in options:
                    value = known.value
                else:
                    value = options[int(s.default[0])] if s.default else options[0]
                self.sliders[key] = SliderState(s.id, s.label, options, value, delta.fragment_id)
            else:
                value = list(s.value) if (s.set_value or known is None) and s.value else None
                value = str(value[0]) if value else (known.value if known else str(s.default[0]))
                self.sliders[key] = SliderState(s.id, s.label, [], value, delta.fragment_id,
                                                select=False, numeric=[s.min, s.max, s.step])
        elif which == "metric":
            self.metrics[el.metric.label] = el.metric.body
        elif which == "exception":
            e = el.exception
            if not e.is_warning:
                self.exceptions.append(f"{e.type}: {e.message[:200]}")

    # -- requests -----------------------------------------------------------------------------
    def _rerun_msg(self, fragment_id: str = "", first: bool = False) -> BackMsg:
        msg = BackMsg()
        cs = msg.rerun_script
        cs.query_string = self.query
        if first or not self.page_script_hash:
            cs.page_name = self.page
        else:
            cs.page_script_hash = self.page_script_hash
        if fragment_id:
            cs.fragment_id = fragment_id
        cs.cached_message_hashes.extend(self.cache)
        cs.context_info.timezone = "Asia/Ho_Chi_Minh"
        cs.context_info.timezone_offset = -420
        cs.context_info.locale = "vi-VN"
        cs.context_info.url = f"{self.url}/{self.page}" + (f"?{self.query}" if self.query else "")
        self._widget_states(msg)
        return msg

    def _widget_states(self, msg: BackMsg) -> None:
        for s in self.sliders.values():
            w = msg.rerun_script.widget_states.widgets.add()
            w.id = s.id
            if s.select:
                w.string_array_value.data.append(s.value)
            else:
                w.double_array_value.data.append(float(s.value))

    async def rerun(self, fragment_id: str = "", first: bool = False) -> Answer:
        """Send a ``rerun_script`` and wait for the ``script_finished`` that ends it."""
        if self.disconnected:
            raise ProtocolError("disconnect", self.disconnected)
        while not self._finished.empty():  # a run that ended before this request is not its answer
            self._finished.get_nowait()
        msg = self._rerun_msg(fragment_id, first)
        n_exc = len(self.exceptions)
        t0 = time.perf_counter()
        try:
            await self.ws.send(msg.SerializeToString())
        except Exception as exc:  # noqa: BLE001
            raise ProtocolError("disconnect", f"{type(exc).__name__}") from exc
        deadline = t0 + self.timeout
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise ProtocolError("timeout", f"no script_finished within {self.timeout:.0f} s")
            try:
                status = await asyncio.wait_for(self._finished.get(), left)
            except asyncio.TimeoutError:
                raise ProtocolError("timeout", f"no script_finished within {self.timeout:.0f} s") from None
            if status == -1:
                raise ProtocolError("disconnect", self.disconnected or "")
            if status == EARLY:
                continue  # the run was superseded; the newer run answers this request
            if status == COMPILE_ERROR:
                raise ProtocolError("exception", "compile error")
            ms = 1000 * (time.perf_counter() - t0)
            if len(self.exceptions) > n_exc:
                raise ProtocolError("exception", self.exceptions[-1])
            return Answer(ms, status, bool(fragment_id))

    async def open(self) -> float:
        """Connect and run the page once; the milliseconds from the first HTTP request to the run's end."""
        t0 = time.perf_counter()
        await self.connect()
        await self.rerun(first=True)
        return 1000 * (time.perf_counter() - t0)

    def slider_keys(self) -> list[str]:
        return list(self.sliders)

    def step(self, key: str, step: int | None = None, rng: random.Random | None = None) -> str:
        """Move slider ``key`` one option left or right in the client (as a key press does); the new label."""
        s = self.sliders[key]
        if not s.select:
            raise ValueError("only select sliders are moved")
        i = s.options.index(s.value) if s.value in s.options else 0
        step = step if step is not None else (rng or random).choice((-1, 1))
        j = i + step
        if j < 0 or j >= len(s.options):
            j = i - step
        s.value = s.options[j]
        return s.value

    async def send_move(self, key: str, step: int | None = None, rng: random.Random | None = None,
                        fragment: bool = True) -> float:
        """Move slider ``key`` one option and send the rerun at once, without waiting for the answer
        (a key press); the ``perf_counter`` time it was sent."""
        self.step(key, step, rng)
        msg = self._rerun_msg(self.sliders[key].fragment_id if fragment else "")
        t = time.perf_counter()
        await self.ws.send(msg.SerializeToString())
        return t

    async def start(self) -> float:
        """Connect and ask for the page, without waiting for the run to end (a visitor who starts
        pressing keys while the page is still drawing); the time the request was sent."""
        await self.connect()
        msg = self._rerun_msg(first=True)
        t = time.perf_counter()
        await self.ws.send(msg.SerializeToString())
        return t

    async def wait_slider(self, key: str, timeout: float = 60.0) -> None:
        """Wait until slider ``key`` (``w_<scenario key>``) has been drawn."""
        deadline = time.perf_counter() + timeout
        while key not in self.sliders:
            if self.disconnected or time.perf_counter() > deadline:
                raise ProtocolError("timeout", f"no slider {key}")
            await asyncio.sleep(0.005)

    async def press_keys(self, key: str, count: int, gap: float, rng: random.Random | None = None,
                         fragment: bool = True) -> dict:
        """Press an arrow key on slider ``key`` ``count`` times, ``gap`` seconds apart, *without*
        waiting for answers (a person holding or tapping the key: each press sends a rerun_script at
        once, as the frontend does). A press is answered by the first run that ends after it
        (``script_finished``, not superseded); returns the answer times, the presses left without an
        answer within the timeout, and the client's values at the end."""
        rng = rng or random.Random()
        sent: list[float] = []
        s = self.sliders[key]
        for k in range(count):
            if self.disconnected:
                break
            self.step(key, rng=rng)
            msg = self._rerun_msg(s.fragment_id if fragment else "")
            sent.append(time.perf_counter())
            await self.ws.send(msg.SerializeToString())
            if k < count - 1:
                await asyncio.sleep(gap)
        deadline = sent[-1] + self.timeout if sent else time.perf_counter()
        while time.perf_counter() < deadline and not self.disconnected:
            if any(t > sent[-1] and st in FINISHED_OK for t, st in self.finishes):
                break
            await asyncio.sleep(0.02)
        ok_times = [t for t, st in self.finishes if st in FINISHED_OK]
        answers, unanswered = [], []
        for i, t0 in enumerate(sent):
            t1 = next((t for t in ok_times if t > t0), None)
            if t1 is None or t1 - t0 > self.timeout:
                unanswered.append(i)
            else:
                answers.append(1000 * (t1 - t0))
        return {"presses": len(sent), "answers": answers, "unanswered": unanswered,
                "values": {k: v.value for k, v in self.sliders.items()}}

    async def move(self, key: str, step: int | None = None, rng: random.Random | None = None,
                   fragment: bool = True) -> Answer:
        """Move slider ``key`` one option left or right (``step`` ±1; random, kept inside the range)
        and wait for the answer; a slider in a fragment reruns only the fragment."""
        self.step(key, step, rng)
        return await self.rerun(fragment_id=self.sliders[key].fragment_id if fragment else "")


# -- running many sessions --------------------------------------------------------------------

class _Watch:
    """CPU and memory of the server processes (psutil), summed; nothing when no pid is known."""

    def __init__(self, pid: int | list[int] | None):
        import psutil

        pids = pid if isinstance(pid, (list, tuple)) else [pid] if pid else []
        self.procs = [psutil.Process(p) for p in pids]

    def cpu(self) -> float:
        return sum(t.user + t.system for t in (p.cpu_times() for p in self.procs))

    def rss_mb(self) -> float:
        return sum(p.memory_info().rss for p in self.procs) / 2**20


async def _one_session(i: int, url: str, page: str, *, start_at: float, t_zero: float, duration: float,
                       interval: float, jitter: float, keys: list[str] | None, timeout: float, query: str,
                       rng: random.Random, out: dict, opened: asyncio.Event | None,
                       sessions: list, fragments: bool = True) -> None:
    await asyncio.sleep(max(0.0, t_zero + start_at - time.perf_counter()))
    s = Session(url, page, query=query, timeout=timeout)
    sessions.append(s)
    try:
        out["open_ms"].append(await s.open())
    except ProtocolError as exc:
        out["errors"].append({"session": i, "kind": exc.kind, "detail": str(exc), "phase": "open"})
        await s.close()
        return
    except Exception as exc:  # noqa: BLE001 - a refused connection is an error of this level
        out["errors"].append({"session": i, "kind": "disconnect", "detail": f"{type(exc).__name__}: {exc}",
                              "phase": "open"})
        await s.close()
        return
    finally:
        out["opened"] += 1
        if opened is not None and out["opened"] >= out["sessions"]:
            opened.set()
    movable = [k for k in (keys or s.slider_keys()) if k in s.sliders and s.sliders[k].select]
    if not movable:
        out["errors"].append({"session": i, "kind": "exception", "detail": "no slider on the page",
                              "phase": "open"})
        return
    end = time.perf_counter() + duration
    while True:
        wait = interval + rng.uniform(-jitter, jitter)
        if time.perf_counter() + wait > end:
            break
        await asyncio.sleep(wait)
        key = rng.choice(movable)
        try:
            a = await s.move(key, rng=rng, fragment=fragments)
            out["answers"].append(a.ms)
            out["answer_times"].append(time.perf_counter() - t_zero)
        except ProtocolError as exc:
            out["errors"].append({"session": i, "kind": exc.kind, "detail": str(exc), "slider": key,
                                  "at_s": round(time.perf_counter() - t_zero, 1)})
            if exc.kind == "disconnect":
                return


async def arun_load(url: str | list[str], page: str, n: int, duration: float = 60.0, *, interval: float = 5.0,
                    jitter: float = 1.0, ramp: float = 30.0, keys: list[str] | None = None,
                    timeout: float = 10.0, query: str = "", server_pid: int | list[int] | None = None,
                    seed: int = 0, keep_open: bool = False, fragments: bool = True) -> dict:
    """N sessions on ``page``: each opens it (session i at ``i * ramp / n`` s) and then moves a slider
    every ``interval`` ± ``jitter`` s for ``duration`` s. ``fragments=False`` reruns the whole page
    on every move (what a browser does for a slider outside a fragment). Several ``url`` (replicas)
    take the sessions in turn, each session staying on its replica; ``server_pid`` may then list
    every replica's process. See :func:`run_load`."""
    urls = list(url) if isinstance(url, (list, tuple)) else [url]
    watch = _Watch(server_pid)
    rng = random.Random(seed)
    out: dict = {"sessions": n, "opened": 0, "open_ms": [], "answers": [], "answer_times": [], "errors": []}
    sessions: list[Session] = []
    rss_before = watch.rss_mb()
    cpu0 = watch.cpu()
    me = _Watch(os.getpid())
    my_cpu0 = me.cpu()
    t_zero = time.perf_counter()
    opened = asyncio.Event()
    first_rss: list[float] = []    # the server once the first session of this run has its page
    samples: list[float] = []      # ... and while every session is open

    async def sample() -> None:
        while not out["open_ms"] and not opened.is_set():
            await asyncio.sleep(0.05)
        first_rss.append(watch.rss_mb())
        await opened.wait()
        while True:
            samples.append(watch.rss_mb())
            await asyncio.sleep(0.5)

    sampler = asyncio.create_task(sample()) if server_pid else None
    tasks = [asyncio.create_task(_one_session(
        i, urls[i % len(urls)], page, start_at=(i * ramp / n if n > 1 else 0.0), t_zero=t_zero,
        duration=duration,
        interval=interval, jitter=jitter, keys=keys, timeout=timeout, query=query,
        rng=random.Random(rng.random()), out=out, opened=opened, sessions=sessions, fragments=fragments))
        for i in range(n)]
    await opened.wait()
    rss_open = watch.rss_mb()
    await asyncio.gather(*tasks)
    if sampler:
        sampler.cancel()
    cpu = watch.cpu() - cpu0
    my_cpu = me.cpu() - my_cpu0
    wall = time.perf_counter() - t_zero
    rss_end = watch.rss_mb()
    if not keep_open:
        await asyncio.gather(*(s.close() for s in sessions))
    answers = out["answers"]
    result = {
        "page": page, "sessions": n, "replicas": len(urls), "opened": out["opened"] - sum(1 for e in out["errors"] if e.get("phase") == "open"),
        "duration_s": duration, "ramp_s": ramp, "interval_s": interval,
        "answers": len(answers),
        "p50_ms": round(pct(answers, 50), 1) if answers else None,
        "p95_ms": round(pct(answers, 95), 1) if answers else None,
        "max_ms": round(max(answers), 1) if answers else None,
        "open_p95_ms": round(pct(out["open_ms"], 95), 1) if out["open_ms"] else None,
        "errors": len(out["errors"]),
        "error_kinds": {k: sum(1 for e in out["errors"] if e["kind"] == k)
                        for k in sorted({e["kind"] for e in out["errors"]})},
        "first_errors": out["errors"][:5],
        "wall_s": round(wall, 1),
        # the generator shares the machine: its own CPU (threads for the HTTP requests included)
        "client_cpu_busy": round(my_cpu / wall, 2),
    }
    if server_pid:
        # CPU of the whole run (page opens included) per slider answer; per extra session: the
        # server's peak memory while every session is open less its memory with the first one.
        result["server_cpu_ms_per_answer"] = round(1000 * cpu / max(len(answers), 1), 1)
        result["server_cpu_busy"] = round(cpu / wall, 2)
        result["rss_mb_before"] = round(rss_before, 1)
        one = first_rss[0] if first_rss else rss_before
        peak = max([rss_open, rss_end, *samples])
        result["rss_mb_one_session"] = round(one, 1)
        result["rss_mb_all_open"] = round(peak, 1)
        result["rss_mb_per_extra_session"] = round((peak - one) / (n - 1), 2) if n > 1 else 0.0
    result["_sessions"] = sessions if keep_open else None
    return result


def run_sync(coro):
    """Run a coroutine to completion from synchronous code, also where this thread already runs an
    event loop (Playwright's sync API does, in a test process that ran browser tests first): then in a
    thread of its own."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


def run_load(url: str | list[str], page: str, n: int, duration: float = 60.0, **kw) -> dict:
    """Run :func:`arun_load` to completion: N protocol sessions on ``page`` (the URL path, e.g.
    ``"pci"``) moving sliders for ``duration`` s. Returns sessions, answers, p50_ms, p95_ms, errors
    (with their kinds and the first few), and with ``server_pid`` the server's CPU per answer and
    memory per extra session."""
    kw.pop("keep_open", None)
    result = run_sync(arun_load(url, page, n, duration, **kw))
    result.pop("_sessions", None)
    return result


async def arun_burst(url: str | list[str], page: str, n: int, timeout: float = 30.0,
                     server_pid: int | list[int] | None = None, query: str = "") -> dict:
    """N sessions open ``page`` at the same moment; the time each takes from its first HTTP request
    to the end of its first run."""
    watch = _Watch(server_pid)
    cpu0 = watch.cpu()
    urls = list(url) if isinstance(url, (list, tuple)) else [url]
    sessions = [Session(urls[i % len(urls)], page, query=query, timeout=timeout) for i in range(n)]
    results = await asyncio.gather(*(s.open() for s in sessions), return_exceptions=True)
    times = [r for r in results if isinstance(r, float)]
    errors = [f"{type(r).__name__}: {r}" for r in results if not isinstance(r, float)]
    cpu = watch.cpu() - cpu0
    await asyncio.gather(*(s.close() for s in sessions))
    out = {"sessions": n, "opened": len(times), "errors": len(errors), "first_errors": errors[:5],
           "p50_ms": round(pct(times, 50), 1) if times else None,
           "p95_ms": round(pct(times, 95), 1) if times else None,
           "max_ms": round(max(times), 1) if times else None}
    if server_pid:
        out["server_cpu_ms_per_open"] = round(1000 * cpu / max(len(times), 1), 1)
    return out


def run_burst(url: str | list[str], page: str, n: int, **kw) -> dict:
    """Run :func:`arun_burst` to completion."""
    return run_sync(arun_burst(url, page, n, **kw))
