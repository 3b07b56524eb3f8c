"""What a screen reader and a keyboard user need from the page as a whole (WCAG 2.1 AA, issue 17 item 7).

Streamlit writes ``<html lang="en">`` and one title for every page; it has no skip link and announces nothing.
The shell calls :func:`apply` on every run, after the navigation knows the page:

- the page title names the page ("Chỉ số PCI · CCHC & PCI Lai Châu", ``st.set_page_config``);
- :data:`SCRIPT` (installed once per browser tab, its settings sent again on every run) keeps ``<html lang>``
  at the page's language, puts a skip link first in the tab order ("to the what-if" where the page has a
  slider, else "to the content"), and keeps a polite live region that reads out a figure (an ``st.metric``)
  whose value changed while the page stayed the same (a what-if's result after a slider move);
- :data:`CSS`: a focus ring of at least 3:1 against every background it sits on (WCAG 1.4.11, 2.4.7), the skip
  link shown when focused, the live region hidden from sight but not from screen readers.

Everything here is our own constant text or the page's words as JSON (never user text as markup).
"""
from __future__ import annotations

import json

from reform.i18n import common, tr

#: The application's name, after the page's in every title.
APP = "CCHC & PCI Lai Châu"
#: The focus ring's colour: the theme's text colour, 18.9:1 on white and 17:1 on the sidebar's background.
FOCUS = "#111111"

CSS = f"""<style>
div.st-key-reform_a11y {{ display: none; }}
:focus-visible {{ outline: 3px solid {FOCUS} !important; outline-offset: 2px !important; }}
[data-testid=stSlider] div:has(> div > input[type=range]:focus-visible) {{
  outline: 3px solid {FOCUS} !important; outline-offset: 3px !important; }}
[data-testid=stSkipToContent] {{ display: none !important; }}
#reform-skip {{ position: fixed; left: 0.5rem; top: -4rem; z-index: 1000100; padding: 0.6rem 1rem;
  background: #FFFFFF; color: #111111; border: 3px solid {FOCUS}; border-radius: 0.4rem;
  font-size: 1.1rem; text-decoration: underline; }}
#reform-skip:focus {{ top: 0.5rem; }}
#reform-live {{ position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }}
</style>"""

#: Installed once per tab (``window.__reformA11y``); every run's copy only hands over its settings
#: (``window.__reformA11yConfig``: language, the skip link's two texts) and asks for a look.
SCRIPT = """<script>
(function (config) {
  window.__reformA11yConfig = config;
  var MAIN = 'section.stMain, [data-testid=stMain]';
  function main() { return document.querySelector(MAIN) || document.body; }
  function firstSlider() {  // the first one drawn (one in a closed expander is skipped)
    var all = [].slice.call(main().querySelectorAll('input[type=range], [role=slider]'));
    return all.filter(function (s) {
      var box = s.closest('[data-testid=stSlider]') || s;
      return box.getClientRects().length > 0 && !s.closest('details:not([open])');
    })[0] || null;
  }
  function heading() { return main().querySelector('h1'); }
  function setLang() {
    var lang = window.__reformA11yConfig.lang;
    if (document.documentElement.getAttribute('lang') !== lang) document.documentElement.setAttribute('lang', lang);
  }
  function landmark() {  // the skip link and the live region in a landmark of their own, first in the page
    var nav = document.getElementById('reform-a11y');
    if (!nav) {
      nav = document.createElement('nav');
      nav.id = 'reform-a11y';
      document.body.insertBefore(nav, document.body.firstChild);
    }
    nav.setAttribute('aria-label', window.__reformA11yConfig.landmark);
    return nav;
  }
  function skipLink() {
    var a = document.getElementById('reform-skip');
    if (!a) {
      a = document.createElement('a');
      a.id = 'reform-skip';
      a.href = '#';
      a.addEventListener('click', function (ev) {
        ev.preventDefault();
        var target = firstSlider() || heading();
        if (!target) return;
        if (!target.hasAttribute('tabindex') && !/^(INPUT|BUTTON|A|SELECT|TEXTAREA)$/.test(target.tagName)) {
          target.setAttribute('tabindex', '-1');
        }
        target.scrollIntoView({block: 'center'});
        target.focus();
      });
      landmark().insertBefore(a, landmark().firstChild);
    }
    var text = firstSlider() ? window.__reformA11yConfig.skipWhatif : window.__reformA11yConfig.skipMain;
    if (a.textContent !== text) a.textContent = text;
    return a;
  }
  function live() {
    var r = document.getElementById('reform-live');
    if (!r) {
      r = document.createElement('div');
      r.id = 'reform-live';
      r.setAttribute('role', 'status');
      r.setAttribute('aria-live', 'polite');
      r.setAttribute('aria-atomic', 'true');
      landmark().appendChild(r);
    }
    return r;
  }
  function metrics() {
    var out = {};
    main().querySelectorAll('[data-testid=stMetric]').forEach(function (m) {
      var label = m.querySelector('[data-testid=stMetricLabel]');
      var value = m.querySelector('[data-testid=stMetricValue]');
      if (!label || !value) return;
      var delta = m.querySelector('[data-testid=stMetricDelta]');
      var key = label.innerText.trim();
      out[key] = value.innerText.trim() + (delta ? ' (' + delta.innerText.trim() + ')' : '');
    });
    return out;
  }
  // Streamlit's own English words (its frontend has no locale): the help buttons' names ("Help for …"), the
  // inputs' hints ("Press Enter to apply") and the uploader's words, in the page's language where it is not English
  function translate() {
    var w = window.__reformA11yConfig.words;
    if (!w) return;
    main().querySelectorAll('[aria-label^="Help"]').forEach(function (el) {
      var label = el.getAttribute('aria-label'), m = /^Help for (.+)$/.exec(label);
      if (m) el.setAttribute('aria-label', w.helpFor.replace('{label}', m[1]));
      else if (label === 'Help') el.setAttribute('aria-label', w.help);
    });
    document.querySelectorAll('[aria-label="Expand sidebar"], [aria-label="Collapse sidebar"]').forEach(function (el) {
      el.setAttribute('aria-label', el.getAttribute('aria-label') === 'Expand sidebar' ? w.expand : w.collapse);
    });
    document.querySelectorAll('[data-testid=InputInstructions] span').forEach(function (el) {
      var m = /^Press (.+) to (apply|submit form)$/.exec(el.textContent);
      if (m) el.textContent = (m[2] === 'apply' ? w.pressApply : w.pressSubmit).replace('{key}', m[1]);
    });
    main().querySelectorAll('[data-testid=stFileUploaderDropzone] span, [data-testid=stFileUploader] button')
      .forEach(function (el) {
        if (el.children.length === 0 && /^Drag and drop (a file|files) here$/.test(el.textContent)) el.textContent = w.drag;
        var name = el.getAttribute('aria-label'), r = name && /^Remove (.+)$/.exec(name);
        if (r) el.setAttribute('aria-label', w.remove.replace('{name}', r[1]));
        if (name === 'Add files') el.setAttribute('aria-label', w.addFiles);
      });
  }
  function look() {
    setLang();
    translate();
    landmark();
    skipLink();
    var region = live();
    if (document.querySelector('[data-testid=stStatusWidget]')) return;  // a run is still drawing
    var now = metrics(), path = window.location.pathname, before = window.__reformMetrics;
    if (before && before.path === path) {
      var changed = [];
      Object.keys(now).forEach(function (k) {
        if (k in before.values && before.values[k] !== now[k]) changed.push(k + ': ' + now[k]);
      });
      if (changed.length) region.textContent = changed.join('; ');
    } else if (before) {
      region.textContent = '';
    }
    window.__reformMetrics = {path: path, values: now};
  }
  window.__reformA11yLook = look;
  if (!window.__reformA11y) {
    window.__reformA11y = true;
    var timer = null;
    new MutationObserver(function () {
      if (timer) clearTimeout(timer);
      timer = setTimeout(look, 150);  // once the burst of a run's changes has settled
    }).observe(document.documentElement, {subtree: true, childList: true, characterData: true,
                                         attributes: true, attributeFilter: ['lang', 'aria-label']});
  }
  look();
})(%s);
</script>"""


#: Streamlit's own English words that the script translates (keys of ``common``, prefixed ``st_``).
STREAMLIT_WORDS = ("help", "helpFor", "pressApply", "pressSubmit", "drag", "remove", "addFiles", "expand", "collapse")


def page_title(page: str) -> str:
    """The browser tab's title of a page: its name, then the application's."""
    return f"{page} · {APP}"


def script(lang: str) -> str:
    """:data:`SCRIPT` with the settings of a run in ``lang`` (JSON: a string of the catalogs is never markup)."""
    config = {"lang": lang, "skipWhatif": tr(common.TEXT, "skip_whatif", lang),
              "skipMain": tr(common.TEXT, "skip_main", lang), "landmark": tr(common.TEXT, "skip_landmark", lang),
              # Streamlit's own English words in the page's language (none to change on an English page)
              "words": None if lang == "en" else {k: tr(common.TEXT, f"st_{k}", lang) for k in STREAMLIT_WORDS}}
    return SCRIPT % json.dumps(config, ensure_ascii=False).replace("<", "\\u003c")


def apply(st, lang: str, page: str) -> None:
    """The page's title, the focus ring and skip link's style, and the script (the shell calls this on every run)."""
    st.set_page_config(page_title=page_title(page))
    st.html(CSS)
    with st.container(key="reform_a11y"):
        st.html(script(lang), unsafe_allow_javascript=True)
