"""All of the dashboard's own CSS, in one place, and the one script it adds to the page.

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
BASE = """
div.st-key-reform_script { display: none; }
@media (max-width: 700px) { div[class*="st-key-resp_wide_"] { display: none; } }
@media (min-width: 701px) { div[class*="st-key-resp_narrow_"] { display: none; } }
div[class*="st-key-resp_wide_plan_table"] :is(td, th):last-child { width: 22%; overflow-wrap: anywhere; }
span.stMarkdownBadge { white-space: normal !important; text-overflow: clip !important; }
"""

#: Presentation mode (a projector at 1024×768 or 1280×720, read from the back of a room): headline
#: figures up to 56 px (36 px on a screen; at least 40 px where four share a row), their labels
#: 24 px, text 20 px, status badges 18 px, narrower margins; a figure, label or change wraps rather
#: than being cut with an ellipsis. The metric rules name the metric's own paragraph, which the
#: paragraph rule would otherwise reach (it made the figures 20 px).
PRESENT = """
.stMainBlockContainer { padding-left: 1.5rem; padding-right: 1.5rem; padding-top: 3.5rem; }
.stMainBlockContainer p, .stMainBlockContainer li { font-size: 1.25rem; }
.stMainBlockContainer h1 { font-size: 3rem; }
.stMainBlockContainer [data-testid=stCaptionContainer],
.stMainBlockContainer [data-testid=stCaptionContainer] p { font-size: 1.05rem; }
.stMainBlockContainer .stMarkdownBadge { font-size: 1.15rem !important; }
[data-testid=stMetric] { container-type: inline-size; }
[data-testid=stMetricValue], [data-testid=stMetricValue] * {
  font-size: clamp(2.5rem, 19cqi, 3.5rem) !important; line-height: 1.15 !important;
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important;
}
[data-testid=stMetricLabel], [data-testid=stMetricLabel] * {
  font-size: 1.5rem !important; line-height: 1.3 !important; height: auto !important;
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important;
}
[data-testid=stMetricDelta], [data-testid=stMetricDelta] * {
  font-size: 1.25rem !important; height: auto !important;
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important;
}
"""


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
    """Send the style sheet and the history script (the shell calls this on every run)."""
    st.html(css(present))
    with st.container(key="reform_script"):
        st.html(HISTORY_SCRIPT, unsafe_allow_javascript=True)
