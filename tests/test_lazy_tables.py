"""A chart's table is drawn when a reader opens it (issue 17, a page's first load): a closed table expander holds
nothing, an opened one its table and downloads, and an opened one stays open after a language switch (the
expander's label changes, so Streamlit makes it a new widget; which tables are open is kept by meaning)."""
from __future__ import annotations

from apptest_util import open_page, open_tables, table_keys, widget


def _expanders(at) -> dict[str, object]:
    return {e.proto.id.rsplit("-", 1)[-1]: e for e in at.get("expander") if "-tbl_" in e.proto.id}


def _drawn(at) -> dict[str, bool]:
    """Per table expander: does it hold a table (a data grid, or a static table in presentation mode)?"""
    return {k: any(c.type in ("dataframe", "table") for c in e.children.values())
            for k, e in _expanders(at).items()}


def test_tables_are_drawn_when_opened_and_stay_open_across_a_language_switch():
    at = open_page("pci", tables=False)
    keys = table_keys(at)
    assert {"tbl_pci_comp", "tbl_pci_subs", "tbl_pci_whatif", "tbl_pci_gains"} <= keys
    assert not any(_drawn(at).values())  # the first load draws none of the four tables
    assert not [b for b in at.get("download_button")]  # nor their eight downloads

    open_tables(at)
    assert all(_drawn(at).values()) and len(_drawn(at)) == len(keys)
    assert len(at.get("download_button")) == 2 * len(keys)  # XLSX and CSV beside each table

    at.session_state["tbl_pci_subs"] = False  # the reader closes one
    at.run()
    assert not _drawn(at)["tbl_pci_subs"] and _drawn(at)["tbl_pci_comp"]

    widget(at, "segmented_control", "lang").set_value("en").run()
    assert not at.exception
    assert at.title[0].value == "Provincial Competitiveness Index (PCI)"
    drawn = _drawn(at)
    assert not drawn["tbl_pci_subs"]  # still closed
    assert all(v for k, v in drawn.items() if k != "tbl_pci_subs")  # still open, in English
    assert "Year" in at.dataframe[0].value.columns or any("Year" in d.value.columns for d in at.dataframe)
