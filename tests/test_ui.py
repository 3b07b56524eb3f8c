"""Shared rendering rules."""
from reform.ui import components as ui


def test_delta_style_reads_the_sign_not_the_text():
    assert ui.delta_style(-0.98) == {"delta_arrow": "down", "delta_color": "red"}
    assert ui.delta_style(0.03) == {"delta_arrow": "up", "delta_color": "green"}
    assert ui.delta_style(0.5, higher_is_better=False) == {"delta_arrow": "up", "delta_color": "red"}
    assert ui.delta_style(0.0) == {"delta_arrow": "off", "delta_color": "gray"}
    assert ui.delta_style(None)["delta_arrow"] == "off"
