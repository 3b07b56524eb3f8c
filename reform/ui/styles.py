"""All of the dashboard's own CSS, in one place, and the two scripts it adds to the page (the history's and
presentation mode's).

Everything here is our own constant text (never user text). The shell sends it on every run
(:func:`apply`): ``st.html`` with only a style sheet goes to Streamlit's event container and takes
no room on the page.
"""
from __future__ import annotations

from reform.views import charts

#: Always: the container of :data:`HISTORY_SCRIPT` takes no room (see also :func:`multiples_css`);
#: a container keyed "resp_wide_…" shows on screens wider than a phone, "resp_narrow_…" on phones
#: (the Scenarios page's comparison: side by side, or one card per scenario).
#: A plan's verdicts on the targets page: a table, or one card per target and year; the table's last column
#: (the source, often a long address) keeps to about a fifth of the width and breaks anywhere. A status badge
#: wraps rather than being cut with an ellipsis (a verdict in a card half a 1024 px screen wide was cut).
#: The overview's answer (the verdict counts, "ov_answer") and its two index cards ("ov_card_…") keep their
#: lines close, and a phone's page title is 32 px under a narrower top margin, so that both cards are on the
#: first screen of a 390×844 phone and of a 1280×720 projector in presentation mode.
BASE = """
div.st-key-reform_script { display: none; }
@media (max-width: 700px) { div[class*="st-key-resp_wide_"] { display: none; } }
@media (min-width: 701px) { div[class*="st-key-resp_narrow_"] { display: none; } }
div[class*="st-key-resp_wide_plan_table"] :is(td, th):last-child { width: 22%; overflow-wrap: anywhere; }
span.stMarkdownBadge { white-space: normal !important; text-overflow: clip !important; }
div[class*="st-key-ov_card_"], div.st-key-ov_answer { gap: 0.5rem; }
div[class*="st-key-ov_card_"] [data-testid=stMarkdownContainer] p { margin-bottom: 0.4rem; }
@media (max-width: 700px) {
  .stMainBlockContainer { padding-top: 3.5rem; }
  .stMainBlockContainer h1 { font-size: 2rem; }
}
"""

#: Presentation mode (a projector at 1024×768 or 1280×720, read from the back of a room). The root font
#: size is 1,5× the browser's (24 px for 16), so that everything Streamlit sizes in rem, which is
#: nearly everything a room reads (text, captions, headings, metric labels, values and changes, the
#: sliders and buttons, badges, st.table and the canvas of st.dataframe, whose font Streamlit derives
#: from the root size), is 1,5× its usual size; charts have their own sizes (``charts.ROOM``). Then:
#: the page title kept at 48 px (1,5× would take three lines of a 1024 px screen, pushing the answer
#: below the fold); headline figures 54-60 px (1,5× the usual 36 px; sized to their column); a figure,
#: label or change wraps rather than being cut with an ellipsis (the metric rules name the metric's
#: own elements); columns at least 18 rem (432 px) wide, so that a row of three shows two and one and a
#: phone one (fewer columns, room for the large type); a static table's cells break anywhere rather
#: than widening the table past its column (``components.table`` draws st.table when presenting);
#: narrower margins; Streamlit's own control that brings the sidebar back (the sidebar is collapsed,
#: :data:`PRESENT_SCRIPT`) drawn large and dark, with a border.
PRESENT = """
html { font-size: 150%; }
.stMainBlockContainer { padding-left: 1rem; padding-right: 1rem; padding-top: 3rem; padding-bottom: 2rem; }
.stMainBlockContainer h1 { font-size: 2rem; padding-top: 0; }
.stMainBlockContainer h2 { font-size: 1.9rem; }
[data-testid=stMetric] { container-type: inline-size; }
[data-testid=stMetricValue], [data-testid=stMetricValue] * {
  font-size: clamp(2.25rem, 19cqi, 2.5rem) !important; line-height: 1.15 !important;
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important;
}
[data-testid=stMetricLabel], [data-testid=stMetricLabel] *, [data-testid=stMetricDelta], [data-testid=stMetricDelta] * {
  line-height: 1.3 !important; height: auto !important;
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important;
}
.stMainBlockContainer [data-testid=stColumn] { min-width: min(100%, 18rem) !important; }
.stMainBlockContainer [data-testid=stHorizontalBlock] { flex-wrap: wrap; }
.stMainBlockContainer [data-testid=stTable] :is(td, th), .stMainBlockContainer [data-testid=stTable] :is(td, th) * {
  overflow-wrap: anywhere !important; white-space: normal !important; min-width: 0 !important;
}
.stMainBlockContainer [data-testid=stTable] :is(td, th) { padding: 0.3rem 0.35rem !important;
}
.stMainBlockContainer [data-testid=stTable] tr > :first-child { min-width: calc(4ch + 0.7rem) !important; }
@media (max-width: 640px) {  /* a phone: a wide table keeps its words whole and scrolls in its own box */
  .stMainBlockContainer [data-testid=stTable] { overflow-x: auto; }
  .stMainBlockContainer [data-testid=stTable] :is(td, th), .stMainBlockContainer [data-testid=stTable] :is(td, th) * {
    overflow-wrap: normal !important; }
}
.stMainBlockContainer button :is(p, span, div) {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important;
}
.stMainBlockContainer button { height: auto !important; max-width: 100%; }
.stMainBlockContainer [data-testid=stMultiSelectTagsContainer] span {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important; height: auto !important;
}
[data-testid=stExpandSidebarButton] {
  width: 2.25rem; height: 2.25rem; border: 2px solid #111111 !important; border-radius: 0.4rem;
  background: #FFFFFF !important;
}
[data-testid=stExpandSidebarButton] span { font-size: 1.75rem !important; color: #111111 !important; }
"""

#: Presentation mode collapses the sidebar (29 % of a 1024 px screen) once, when the mode starts in this
#: tab (a link with ``present=1`` or the sidebar's switch), by Streamlit's own collapse button; its expand
#: control (large in presentation mode, see :data:`PRESENT`) brings it back, and moving to another page
#: leaves it as the user set it. ``st.set_page_config(initial_sidebar_state="collapsed")`` is not enough
#: in Streamlit 1.67: the browser keeps a user's last collapse or expand in localStorage, and that wins
#: over the page's setting, so a projector that once had its sidebar opened by hand would keep it open.
#: The script's text carries the mode, so that it runs again (Streamlit's st.html runs a script when its
#: text changes) when the mode changes.
PRESENT_SCRIPT = """<script>
(function () {
  var was = window.__reformPresent;
  window.__reformPresent = %s;
  if (!window.__reformPresent || was === true) return;
  var tries = 0;
  (function collapse() {
    var bar = document.querySelector('[data-testid=stSidebar]');
    if (bar && bar.getAttribute('data-collapsed') === 'true') return;
    var button = document.querySelector('[data-testid=stSidebarCollapseButton] button');
    if (button) { button.click(); return; }
    if (++tries < 100) setTimeout(collapse, 100);
  })();
})();
</script>"""


def present_script(present: bool) -> str:
    """:data:`PRESENT_SCRIPT` for the mode of this run."""
    return PRESENT_SCRIPT % ("true" if present else "false")


def multiples_css(present: bool) -> str:
    """Small multiples (``components.show_multiples``): every layout of ``charts.MULTIPLES`` is
    drawn in its own container "mcols<n>_…" inside one "multiples_…" container; a container query
    on the latter's width shows only the widest layout that fits (a sidebar, a phone, a projector)."""
    rules = ['div[class*="st-key-multiples_"] { container: multiples / inline-size; }']
    layouts = charts.MULTIPLES
    for i, (columns, panel) in enumerate(layouts):
        box = f'div[class*="st-key-mcols{columns}_"]'
        if i < len(layouts) - 1:  # too narrow for this one: a narrower layout shows
            need = charts.multiples_width(columns, panel, present)
            rules.append(f"@container multiples (width < {need}px) {{ {box} {{ display: none; }} }}")
        if i > 0:  # room for a wider one
            wider = charts.multiples_width(*layouts[i - 1], present)
            rules.append(f"@container multiples (width >= {wider}px) {{ {box} {{ display: none; }} }}")
    return "\n".join(rules)


#: A file upload (``reform.ui.upload``): Streamlit's English "200MB per file • CSV, XLSX" line is hidden (the
#: helper writes the limits in the page's language below the box), and the message of a file the browser
#: refused (a chip marked ``aria-invalid``; Streamlit says why only in an English tooltip) shows only then.
UPLOAD = """
div[class*="st-key-upload_box_"] [data-testid=stFileUploaderDropzoneInstructions] { display: none; }
div[class*="st-key-upload_box_"]:not(:has([data-testid=stFileChip][aria-invalid="true"]))
  div[class*="st-key-upload_refused_"] { display: none; }
div[class*="st-key-upload_box_"] [data-testid=stFileUploaderDropzone] button[kind=secondary]
  [data-testid=stMarkdownContainer] p { display: none; }
"""


def css_string(text: str) -> str:
    """``text`` as a CSS string literal (quotes, backslashes and line breaks escaped)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\A ").replace("<", "\\3C ") + '"'


def upload_css(button: str) -> str:
    """The style sheet of a file upload: :data:`UPLOAD`, and the upload button's word ``button`` in place of
    Streamlit's "Upload" (generated content, which is also the button's accessible name)."""
    label = ('div[class*="st-key-upload_box_"] [data-testid=stFileUploaderDropzone] button[kind=secondary] '
             f'[data-testid=stMarkdownContainer]::after {{ content: {css_string(button)}; }}')
    return f"<style>{UPLOAD}{label}</style>"


def css(present: bool) -> str:
    """The style sheet of a run (with or without presentation mode)."""
    return f"<style>{BASE}{multiples_css(present)}\n{PRESENT if present else ''}</style>"


#: Streamlit's frontend writes new query parameters with ``history.pushState`` (static/js/index.*.js,
#: handlePageInfoChanged), so every slider move (``state.sync_url``) added a history entry and Back
#: stepped through the moves. This makes a push to the same path a replace: the URL still carries
#: the scenario, moving to another page still adds an entry. Installed once per browser tab.
HISTORY_SCRIPT = """<script>
(function () {
  if (window.__reformHistory) return;
  window.__reformHistory = true;
  var push = window.history.pushState;
  window.history.pushState = function (state, title, url) {
    try {
      if (url !== undefined && url !== null &&
          new URL(url, window.location.href).pathname === window.location.pathname) {
        return window.history.replaceState(state, title, url);
      }
    } catch (e) { /* an unparsable URL: leave it to the browser */ }
    return push.apply(window.history, arguments);
  };
})();
</script>"""


def apply(st, present: bool) -> None:
    """Send the style sheet, the history script and the presentation mode's script (the shell calls this on
    every run)."""
    st.html(css(present))
    with st.container(key="reform_script"):
        st.html(HISTORY_SCRIPT, unsafe_allow_javascript=True)
        st.html(present_script(present), unsafe_allow_javascript=True)
