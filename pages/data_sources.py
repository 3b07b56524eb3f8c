"""Dữ liệu & nguồn / Data and sources: every table, the audit in plain words, footnotes, later figures, citations."""
import streamlit as st

from reform.data import audit, package
from reform.i18n import data_sources as text
from reform.i18n import escape
from reform.ui import components as ui
from reform.ui import state
from reform.views import data_sources as catalog

ui.page_guard()

lang = ui.lang()

T = ui.texts(text.TEXT)


info = catalog.build_info()

st.title(T("title"))
st.write(T("lead"))
st.markdown(T("toc"))

# --- the tables ----------------------------------------------------------------------------------
st.header(T("tables_title"))
st.caption(T("tables_lead"))
keys = [t.key for t in catalog.TABLES]
c1, c2 = st.columns(2)
key = state.choose(st, "selectbox", "ds_table", T("pick_table"), {k: T(f"t_{k}") for k in keys}, default=keys[0],
                   container=c1)
appendix = state.choose(st, "selectbox", "ds_appendix", T("pick_appendix"),
                        {a: catalog.appendix_label(a, lang) for a in catalog.APPENDIX_FILTERS},
                        default=catalog.APPENDIX_FILTERS[0], container=c2)
st.caption(T(f"d_{key}"))
full = catalog.table(key)
shown = catalog.filter_rows(key, full, appendix)
if len(shown):
    ui.table(shown, cache=("ds_table", key, appendix), hide_index=True, width="stretch", height=360)
else:
    st.info(T("no_rows"))
st.caption(T("rows_shown", shown=len(shown), total=len(full)))
buttons = st.container(horizontal=True)
buttons.download_button(T("dl_csv"), lambda: catalog.csv_bytes(shown), file_name=catalog.file_name(key, "csv", appendix),
                   mime="text/csv", key="ds_dl_csv", on_click="ignore", icon=":material/download:")
buttons.download_button(T("dl_xlsx"), lambda: catalog.xlsx_bytes(key, shown, lang),
                        file_name=catalog.file_name(key, "xlsx", appendix), key="ds_dl_xlsx", on_click="ignore",
                        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        icon=":material/download:")
buttons.download_button(T("dl_parquet"), lambda: catalog.parquet_bytes(key), file_name=catalog.file_name(key, "parquet"),
                   mime="application/vnd.apache.parquet", key="ds_dl_parquet", on_click="ignore",
                   icon=":material/download:")
with st.expander(T("all_downloads")):
    for k in keys:
        row = st.container(horizontal=True, vertical_alignment="center")  # wraps on a phone
        row.markdown(f"**{T(f't_{k}')}**", width=260)
        row.download_button("CSV", lambda k=k: catalog.csv_bytes(catalog.table(k)), file_name=catalog.file_name(k, "csv"),
                            mime="text/csv", key=f"ds_all_csv_{k}", on_click="ignore")
        row.download_button("Excel", lambda k=k: catalog.xlsx_bytes(k, catalog.table(k), lang),
                            file_name=catalog.file_name(k, "xlsx"), key=f"ds_all_xlsx_{k}", on_click="ignore",
                            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        row.download_button("Parquet", lambda k=k: catalog.parquet_bytes(k), file_name=catalog.file_name(k, "parquet"),
                            mime="application/vnd.apache.parquet", key=f"ds_all_pq_{k}", on_click="ignore")

# --- the whole dataset as an open data package ---------------------------------------------------------
st.subheader(T("package_title"))
st.caption(T("package_lead"))
st.download_button(T("dl_package"), lambda: package.package_bytes(), file_name="lai_chau_du_lieu.zip",
                   mime="application/zip", key="ds_dl_package", on_click="ignore", icon=":material/download:")

# --- the audit ------------------------------------------------------------------------------------
st.header(T("audit_title"))
st.write(T("audit_lead"))
frame = catalog.audit_result()[lang]
counts = ui.cached("ds_audit_counts", lambda: catalog.audit_counts(frame))
st.markdown(T("audit_summary", **counts))
if counts[audit.MISMATCH]:
    st.subheader(T("mismatch_title"))
    st.markdown(ui.cached(("ds_audit_lines", audit.MISMATCH), lambda: "\n".join(
        f"- {line}" for line in catalog.audit_lines(frame, audit.MISMATCH, lang))))
for status, title in ((audit.MISSING, "status_missing"), (audit.ROUNDING, "rounding_title")):
    if counts[status]:
        with st.expander(f"{T(title)} ({counts[status]})"):
            st.markdown(ui.cached(("ds_audit_lines", status), lambda: "\n".join(
                f"- {line}" for line in catalog.audit_lines(frame, status, lang))))
st.markdown(f"**{T('audit_table')}**")
ui.table_expander(lambda: catalog.audit_display(frame, lang), frame, f"audit_{lang}.csv", "ds_audit",
                  title=T("audit_title"), cache="ds_audit")

# --- the footnotes ---------------------------------------------------------------------------------
st.header(T("footnotes_title"))
st.caption(T("footnotes_lead"))
with st.expander(T("footnotes_open")):
    for line in ui.cached("ds_footnotes", lambda: tuple(
            T("footnote_line", n=int(r.footnote), where=escape.markdown(catalog.place_label(r.cited_in, lang)),
              text=escape.markdown(r.text_vi)) for r in catalog.table("footnotes").itertuples())):
        st.markdown(line)

# --- later figures ---------------------------------------------------------------------------------
st.header(T("later_title"))
st.caption(T("later_lead"))
ui.table(lambda: catalog.later_table(catalog.later_figures(), lang), cache="ds_later", hide_index=True,
         width="stretch", column_config={T("col_link"): st.column_config.LinkColumn(T("col_link"))})

# --- source conflicts ------------------------------------------------------------------------------
st.header(T("conflicts_title"))
st.caption(T("conflicts_lead"))
ui.table(lambda: catalog.conflicts_table(catalog.source_conflicts(), lang), cache="ds_conflicts", hide_index=True,
         width="stretch", column_config={T("col_link"): st.column_config.LinkColumn(T("col_link")),
                            T("col_claim"): st.column_config.TextColumn(T("col_claim"), width="large")})

# --- PCI reference sources -----------------------------------------------------------------------
st.header(T("ref_title"))
sources = catalog.reference_source_rows()
st.caption(T("ref_lead", **ui.cached("ds_ref_summary", lambda: catalog.reference_summary(sources))))
ui.table(lambda: catalog.reference_sources(sources, lang), cache="ds_references", hide_index=True, width="stretch",
         column_config={T("col_link"): st.column_config.LinkColumn(T("col_link")),
                            T("col_source"): st.column_config.TextColumn(T("col_source"), width="medium")})

# --- how to cite -----------------------------------------------------------------------------------
st.header(T("cite_title"))
st.write(T("cite_lead"))
for which in ("decision", "dashboard"):
    st.markdown(f"**{T(f'cite_{which}')}**")
    for in_lang in ("vi", "en"):
        st.caption(T(f"cite_{in_lang}"))
        st.code(catalog.citation(which, in_lang, info), language=None, wrap_lines=True)

# --- downloads and their codes -------------------------------------------------------------------
st.header(T("codes_title"))
st.markdown(T("codes_lead"))
ui.table(lambda: catalog.code_rows(lang), cache="ds_codes", hide_index=True, width="stretch")

# --- build ---------------------------------------------------------------------------------------
st.header(T("build_title"))
if info:
    st.caption(T("build_lead", built=catalog.fmt_datetime(catalog.built_at(info), lang),
                 fp=str(info.get("fingerprint", ""))[:12], schema=info.get("schema_version", "–")))
    ui.table(lambda: catalog.build_rows(info, lang), cache="ds_build", hide_index=True)
else:
    st.warning(T("build_missing"))
