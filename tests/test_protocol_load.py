"""The protocol load generator (bench/protocol.py) really drives the dashboard: a real server, sessions
that speak Streamlit's WebSocket protocol, answers counted, and a moved slider changes a figure."""
from __future__ import annotations

import asyncio

import pytest

from bench.protocol import Session, run_load
from reform import serve
from reform.i18n import pci as pci_text, tr


@pytest.fixture(scope="module")
def server():
    proc, url = serve.start()
    yield url, proc.pid
    serve.stop(proc)


def test_two_sessions_moving_sliders_are_answered(server):
    url, pid = server
    r = run_load(url, "pci", 2, duration=15, interval=2.0, jitter=0.5, ramp=1.0, server_pid=pid)
    assert r["opened"] == 2, r
    assert r["answers"] >= 6, r
    assert r["errors"] == 0, r["first_errors"]
    assert r["p95_ms"] is not None and r["p95_ms"] < 10_000
    assert r["server_cpu_ms_per_answer"] > 0


def test_a_moved_slider_changes_the_composite(server):
    """The answer to a what-if slider move (a fragment rerun) carries a new composite; moving it back
    brings the old one: the generator's widget states reach the app."""
    url, _ = server
    label = tr(pci_text.TEXT, "composite_scenario", "vi")

    async def scenario():
        s = Session(url, "pci")
        try:
            await s.open()
            before = s.metrics[label]
            slider = s.sliders["w_pci_land"]
            assert slider.fragment_id, "the what-if sliders live in a fragment"
            up = await s.move("w_pci_land", step=1)
            moved = s.metrics[label]
            down = await s.move("w_pci_land", step=-1)
            return before, moved, s.metrics[label], up, down, s.query
        finally:
            await s.close()

    before, moved, back, up, down, query = asyncio.run(scenario())
    assert up.fragment and down.fragment
    assert moved != before, (before, moved)
    assert back == before
    assert "pci_land" not in query  # the default again: the link holds only changed values
