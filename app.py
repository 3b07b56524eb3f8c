"""Placeholder entry point; the dashboard pages come with the dashboard issue."""
import streamlit as st

from reform import build

build.ensure_built()
st.title("Cải cách hành chính & PCI Lai Châu")
st.write("Dữ liệu đã sẵn sàng.")
