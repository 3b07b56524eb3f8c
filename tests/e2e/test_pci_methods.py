"""Issue 15's "Done when" for the PCI page, in a real browser: an editor imports through the data-updates page a
MADE-UP 9-component PCI method from 2025 with weights, Lai Châu's 2025 component scores under it, Lai Châu's 2025
composite and rank, and 30 reference points out of 34; the PCI page then shows 2025 with its 9 components apart
from the earlier methods, a what-if of 9 sliders that with none moved shows the imported rank (out of 34) and
whose estimate moves (out of 34) when one slider moves. Rolling back each revision (newest first) restores the
page as it was.

Every figure here is made up for the test and labelled so in its name and source: VCCI has not published PCI
2.0's weights (the build's ``pci_2_0`` has none), and the 30 provinces are invented ("Tỉnh giả định 01"…). The
import engine lets a method of a year span only replace the method of its own id there, so the made-up method
takes the id ``pci_2_0`` (reform/imports/methods.py).

Its own server and state folder (``start_editor_server``): nothing is written into the checkout.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from helpers import (TIMEOUT, assert_no_exception, choose, metric_value, open_page, sign_in,
                     rerun_after, start_editor_server, wait_idle)
from room_helpers import wait_stable
from reform import serve

PASSWORD = "mật-khẩu-phương-pháp-2026"
MADE_UP = "BỊA ĐỂ KIỂM THỬ / MADE-UP FOR A TEST: không phải số liệu của VCCI, not VCCI's figures"

#: The made-up weights of PCI 2.0's nine components (the build's component ids) and Lai Châu's made-up 2025 scores.
WEIGHTS = {"market_entry": 0.15, "land": 0.10, "transparency": 0.15, "compliance_cost": 0.10, "informal": 0.10,
           "fair_competition": 0.10, "support": 0.10, "legal": 0.10, "proactive_government": 0.10}
SCORES = {"market_entry": 7.2, "land": 6.1, "transparency": 6.5, "compliance_cost": 7.0, "informal": 6.8,
          "fair_competition": 5.9, "support": 6.3, "legal": 6.0, "proactive_government": 6.6}
#: Lai Châu's made-up 2025 composite (10 × Σ weight × score of the above, by hand: 65,25) and rank (12 of 34)
COMPOSITE, RANK, FIELD = 65.25, 12, 34
#: Ranks of 2025 nobody "published" in this made-up reference: 30 points of the 33 other provinces
MISSING = {20, 27, 33}


def _write(path: Path, header: list[str], rows: list[list]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


def method_file(folder: Path) -> Path:
    names = {"market_entry": ("Gia nhập thị trường", "Market entry"), "land": ("Tiếp cận đất đai", "Land access"),
             "transparency": ("Tính minh bạch", "Transparency"),
             "compliance_cost": ("Chi phí tuân thủ hành chính", "Administrative compliance costs"),
             "informal": ("Chi phí không chính thức", "Informal charges"),
             "fair_competition": ("Cạnh tranh bình đẳng", "Fair competition"),
             "support": ("Hỗ trợ doanh nghiệp", "Business support"), "legal": ("Thiết chế pháp lý", "Legal institutions"),
             "proactive_government": ("Chính quyền kiến tạo", "Enabling government")}
    rows = [["pci_2_0", "pci", "PCI 2.0 (trọng số BỊA để kiểm thử)", "PCI 2.0 (MADE-UP test weights)", 2025, "", 100,
             MADE_UP, cid, vi, en, 0, 10, WEIGHTS[cid]] for cid, (vi, en) in names.items()]
    return _write(folder / "phuong_phap_bia.csv",
                  ["method_id", "index_id", "name_vi", "name_en", "year_from", "year_to", "composite_max", "source",
                   "component_id", "component_name_vi", "component_name_en", "scale_min", "scale_max", "weight"], rows)


def scores_file(folder: Path) -> Path:
    rows = [["pci_2_0", 2025, "Lai Châu", cid, s, "", "", MADE_UP] for cid, s in SCORES.items()]
    return _write(folder / "diem_thanh_phan_bia.csv",
                  ["method_id", "year", "province", "component_id", "score", "rank", "out_of", "source"], rows)


def result_file(folder: Path) -> Path:
    rows = [["pci_score", 2025, COMPOSITE, "65,25 điểm", "", MADE_UP],
            ["pci_rank", 2025, RANK, f"hạng {RANK}/{FIELD}", FIELD, MADE_UP]]
    return _write(folder / "ket_qua_bia.csv", ["indicator_id", "year", "value", "value_text", "out_of", "source"], rows)


def reference_score(rank: int) -> float:
    """The made-up composite of the province at ``rank``: 0,6 points a place from Lai Châu's 65,25 at 12."""
    return round(COMPOSITE + 0.6 * (RANK - rank), 2)


def reference_file(folder: Path) -> Path:
    ranks = [r for r in range(1, FIELD + 1) if r != RANK and r not in MISSING]
    assert len(ranks) == 30
    rows = [[2025, f"Tỉnh giả định {i:02d}", reference_score(r), r, FIELD, "pci_2_0", MADE_UP]
            for i, r in enumerate(ranks, start=1)]
    return _write(folder / "diem_tham_chieu_bia.csv",
                  ["year", "province", "composite", "rank", "out_of", "method_id", "source"], rows)


def expected_rank_at_top_transparency() -> int:
    """The estimate the page must show with transparency at 10 (its maximum), by hand from the files above:
    +3,5 × 15 % × 10 = +5,25 → 70,50; of the made-up provinces, those at ranks 1-3 (71,85, 71,25, 70,65) score
    higher and the one at 4 (70,05) lower, so 3 others are above: rank 4 (of 34)."""
    return 4


@pytest.fixture(scope="module")
def editor_server(tmp_path_factory):
    proc, url = start_editor_server(tmp_path_factory.mktemp("methods"), PASSWORD)
    yield url
    serve.stop(proc)


def _upload(pg, path: Path, expect_text: str) -> int:
    """Upload ``path`` on the data-updates page, check its preview, confirm; returns the revision's id."""
    pg.locator("[data-testid=stFileUploader] input[type=file]").set_input_files(str(path))
    wait_idle(pg)
    expect(pg.get_by_text(expect_text).first).to_be_visible(timeout=TIMEOUT)
    assert_no_exception(pg)
    pg.get_by_role("button", name="Xác nhận nhập số liệu").click()
    wait_idle(pg)
    done = pg.get_by_text(re.compile(r"Đã nhập lần cập nhật số \d+"))
    expect(done).to_be_visible(timeout=TIMEOUT)
    return int(re.search(r"số (\d+)", done.inner_text()).group(1))


def _rollback(pg, revision: int) -> None:
    """On the data-updates page of a signed-in editor: roll ``revision`` back, after the confirmation."""
    choose(pg, "Xem các dòng của lần cập nhật", str(revision))
    pg.get_by_role("button", name=f"Hủy lần cập nhật {revision}").click()
    pg.get_by_role("button", name=f"Có, hủy lần cập nhật {revision}").click()
    wait_idle(pg)
    expect(pg.get_by_text(f"Đã hủy lần cập nhật số {revision}.")).to_be_visible(timeout=TIMEOUT)
    assert_no_exception(pg)


def _pci_text(pg, url: str) -> str:
    """The PCI page's words as a reader sees them (main area), with the what-if on 2025 when offered."""
    open_page(pg, f"{url}/pci")
    # the page's last element (the source of the gains chart, after the what-if): the whole page is drawn
    expect(pg.get_by_text("Phụ lục 03 · VCCI")).to_be_visible(timeout=TIMEOUT)
    wait_idle(pg)
    wait_stable(pg)  # the run has ended and the page is drawn and still (a slider's label was once read half-drawn)
    assert_no_exception(pg)
    return pg.locator("[data-testid=stMain]").inner_text()


def _sliders(pg) -> int:
    return pg.locator("[data-testid=stSlider]").count()


def test_a_made_up_pci_2_0_method_imported_through_the_page(browser, editor_server, shots, tmp_path):
    url = editor_server
    ctx = browser.new_context(viewport={"width": 1440, "height": 900})
    pg = ctx.new_page()
    try:
        before = _pci_text(pg, url)
        assert "2025" not in pg.locator("[data-testid=stSelectbox]").filter(
            has_text="Năm tham chiếu").first.inner_text()
        assert "BỊA" not in before
        pg.screenshot(path=str(shots / "pci-methods-before-1440.png"), full_page=True)

        sign_in(pg, url, "minh", PASSWORD)
        revisions = [
            _upload(pg, method_file(tmp_path), "PCI 2.0 (trọng số BỊA để kiểm thử)"),
            _upload(pg, scores_file(tmp_path), "Số liệu mới (9)"),
            _upload(pg, result_file(tmp_path), "Số liệu mới (2)"),
            _upload(pg, reference_file(tmp_path), "Số liệu mới (30)"),
        ]

        # the PCI page: 2025 under its own (made-up) method, its 9 components apart from the earlier methods
        _pci_text(pg, url)
        heading = pg.locator("h2").filter(has_text="PCI 2.0 (trọng số BỊA để kiểm thử): 2025")
        expect(heading).to_have_count(1, timeout=TIMEOUT)
        expect(pg.locator("h2").filter(has_text="PCI 2006-2021")).to_have_count(1)
        expect(pg.locator("h2").filter(has_text="PCI 2022-2024")).to_have_count(1)
        expect(pg.get_by_text("điểm các chỉ số thành phần của Lai Châu năm 2025").first).to_be_attached()
        pg.screenshot(path=str(shots / "pci-methods-after-1440.png"), full_page=True)

        # the what-if on 2025's method: 9 sliders, the imported rank with none moved
        choose(pg, "Năm tham chiếu", "2025")
        assert_no_exception(pg)
        expect(pg.locator("[data-testid=stSlider]")).to_have_count(9, timeout=TIMEOUT)
        assert metric_value(pg, "Hạng công bố 2025") == f"{RANK}/{FIELD}"
        assert pg.locator("[data-testid=stMetricLabel]").filter(has_text="Hạng ước tính").count() == 0
        pg.screenshot(path=str(shots / "pci-methods-whatif-2025-1440.png"), full_page=True)

        # moving one slider (transparency to its maximum) gives an estimate out of 34
        box = pg.locator("[data-testid=stSlider]").filter(has_text="Tính minh bạch").first
        box.get_by_role("slider").first.focus()
        with rerun_after(pg):
            pg.keyboard.press("End")
        expected = f"{expected_rank_at_top_transparency()}/{FIELD}"
        pg.wait_for_function(
            """(want) => [...document.querySelectorAll('[data-testid=stMetric]')].some(m =>
                   m.innerText.includes('Hạng ước tính') && m.innerText.includes(want))""",
            arg=expected, timeout=TIMEOUT)
        assert metric_value(pg, "Hạng ước tính") == expected
        assert metric_value(pg, "PCI tổng hợp theo kịch bản") == "70,50"
        assert "pci_pci_2_0_transparency=10" in pg.url
        assert_no_exception(pg)
        pg.screenshot(path=str(shots / "pci-methods-whatif-moved-1440.png"), full_page=True)

        # rolling back each revision, newest first, restores the page as it was (a page opened by its address
        # is a new session: sign in again)
        sign_in(pg, url, "minh", PASSWORD)
        for revision in reversed(revisions):
            _rollback(pg, revision)
        after = _pci_text(pg, url)
        assert after == before
    finally:
        ctx.close()
