from reform import ui

ui.page_guard()

import streamlit as st
st.write("todo")
