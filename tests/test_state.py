"""Scenario values in links: round trips, and hostile or malformed parameters."""
import pytest

from reform.ui import state


def test_round_trip_keeps_every_value():
    spec = state.params()
    values = {}
    for key, p in spec.items():
        opts = p.options()
        values[key] = opts[-1] if opts[-1] != p.default else opts[0]
        if key.startswith("par_"):  # every area at its top would pass the PAR INDEX maximum (test_fixes)
            values[key] = opts[0]
    query = state.link_query(values)
    assert query["v"] == state.LINK_VERSION
    back, ignored = state.read_link(query)
    assert ignored == [] and back == values


@pytest.mark.parametrize("key, value", [
    ("pci_land", "abc"), ("pci_land", "nan"), ("pci_land", "inf"), ("pci_land", "11"),
    ("pci_land", "-1"), ("pci_land", ""), ("pci_land", "1" * 200), ("pci_land", "<script>alert(1)</script>"),
    ("pci_land", "5.78; DROP TABLE observations"), ("lang", "fr"), ("pci_ref", "1999"),
    ("pace_factor", "1e9"), ("pace_online_l34", "0x10"),
])
def test_bad_values_fall_back_to_defaults(key, value):
    values, ignored = state.read_link({key: value})
    assert values == {} and ignored == [key]


def test_unknown_and_unprintable_keys_are_named_safely():
    values, ignored = state.read_link({"foo": "1", "<img src=x onerror=alert(1)>": "2", "x" * 500: "3"})
    assert values == {}
    assert ignored == ["foo", "?", "?"]


def test_values_snap_to_the_slider_grid():
    values, ignored = state.read_link({"pci_land": "6.781"})
    assert values == {"pci_land": pytest.approx(6.78)} and not ignored


def test_links_without_version_still_open():
    values, ignored = state.read_link({"pci_land": "6.78"})
    assert values == {"pci_land": pytest.approx(6.78)} and not ignored
