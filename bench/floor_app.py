"""The browser floor of the benchmark (``bench/browser.py``): the least a Streamlit page costs in this browser
on this machine, served with the dashboard's own settings (``.streamlit/config.toml``; the benchmark starts
it from the repository's folder).

* first load: a title and one small chart, timed like the PCI page (navigation to the first chart drawn);
* a slider's answer: a fragment with one select-slider of 41 options and one metric showing its value, timed
  like a what-if slider (key press to the metric's new text).

Measured in the same minutes as the dashboard's figures, interleaved with them, so that a busy machine
shows as a slow floor and the ratio of the two stays meaningful.
"""
import streamlit as st

st.title("Floor")
st.vega_lite_chart({"data": {"values": [{"year": str(2016 + i), "value": v} for i, v in enumerate((3, 5, 4, 6, 5))]},
                    "mark": "bar", "encoding": {"x": {"field": "year", "type": "ordinal"},
                                                "y": {"field": "value", "type": "quantitative"}}},
                   width="stretch")


@st.fragment
def answer() -> None:
    value = st.select_slider("Floor slider", options=[i / 4 for i in range(41)], value=5.0)
    st.metric("Floor metric", f"{value:.2f}")


answer()
