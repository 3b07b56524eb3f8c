"""The verdicts (reform/model/verdicts.py) in words and tables: what the overview, the targets page, the
brief and the report show. Never a status nobody measured: a target without a figure after its
baseline reads "no data", an outlook without two points reads "not enough data"."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pandas as pd

from reform.i18n import pick, tr
from reform.i18n import verdicts as text
from reform.i18n.fmt import NO_VALUE, fmt_number
from reform.model.verdicts import OUTLOOK_YEAR
from reform.views import charts

VERDICT_SYMBOLS = {"met": "✔", "not_met": "✖", "no_data": "○"}
VERDICT_COLOURS = {"met": charts.BLUE, "not_met": charts.VERMILLION, "no_data": charts.GREY}
OUTLOOK_SYMBOLS = {"met": "✔", "on_track": "▲", "moderately_improving": "◆", "stagnating": "■",
                   "decreasing": "▼", "not_met": "✖", "no_data": "○", "not_applicable": "—"}
#: Streamlit badge colours (the word and symbol always go with them).
VERDICT_BADGE = {"met": "blue", "not_met": "red", "no_data": "gray"}
OUTLOOK_BADGE = {"met": "blue", "on_track": "green", "moderately_improving": "orange", "stagnating": "red",
                 "decreasing": "violet", "not_met": "red", "no_data": "gray", "not_applicable": "gray"}


def T(key: str, lang: str, **kw) -> str:
    return tr(text.TEXT, key, lang, **kw)


def verdict_word(code: str, lang: str) -> str:
    """"✔ Đạt", "✖ Chưa đạt", "○ Chưa có số liệu"."""
    return f"{VERDICT_SYMBOLS[code]} {T(f'v_{code}', lang)}"


def outlook_word(code: str, lang: str) -> str:
    """"▲ Đúng hướng", "✖ Chưa đạt năm 2030" (once 2030 has passed in the data: never a trend word)."""
    return f"{OUTLOOK_SYMBOLS[code]} {T(f'o_{code}', lang, year=OUTLOOK_YEAR)}"


def site_of(source: str | None) -> str:
    """The site of a 'site: URL' citation ("tienphong.vn"), else the citation up to its first comma
    ("Quyết định 688/QĐ-UBND ngày 11/6/2021 của UBND tỉnh Lai Châu")."""
    if not source:
        return ""
    m = re.match(r"\s*([^:]+?):\s*https?://", source)
    return m.group(1) if m else source.split(",")[0]


def basis_word(basis: str | None, lang: str) -> str:
    return T(f"basis_{basis}", lang) if basis else ""


def _vietnam():
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(VIETNAM_ZONE)
    except Exception:  # noqa: BLE001 - no time-zone database: Vietnam keeps UTC+7 all year (no summer time)
        return timezone(timedelta(hours=7), "ICT")


#: The time zone every time shown to users is in (stored in UTC).
VIETNAM_ZONE = "Asia/Ho_Chi_Minh"


def vietnam_time(stamp, lang: str, *, zone_label: bool = True) -> str:
    """A stored time (UTC, ISO text or datetime) in Vietnam time: "17:05 27/11/2026 (giờ Việt Nam)" (vi),
    "2026-11-27 17:05 (Vietnam time)" (en); without ``zone_label`` when a column header says it; "" for none.
    A time without a zone is taken as UTC (how the store keeps them)."""
    if stamp is None or stamp == "" or stamp != stamp:
        return ""
    t = stamp if isinstance(stamp, datetime) else datetime.fromisoformat(str(stamp))
    if t.tzinfo is None:
        t = t.replace(tzinfo=timezone.utc)
    t = t.astimezone(_vietnam())
    text_ = t.strftime("%H:%M %d/%m/%Y" if lang == "vi" else "%Y-%m-%d %H:%M")
    return f"{text_} ({T('vietnam_time', lang)})" if zone_label else text_


def entered_text(v: dict, lang: str) -> str:
    """Who entered the latest result and when, in Vietnam time ("nhập bởi lan lúc 17:05 27/11/2026 (giờ Việt
    Nam)"), for a figure from a data revision; "" for the decision's or a published figure of the build."""
    if not v.get("latest_revision_id") or not v.get("latest_entered_by"):
        return ""
    return T("entered", lang, who=v["latest_entered_by"], when=vietnam_time(v.get("latest_entered_at"), lang))


def latest_basis(v: dict, lang: str) -> str:
    """The latest result's basis word; for a data revision's figure "số liệu cập nhật trên bảng điều khiển
    (nhập bởi … ngày …)"."""
    entered = entered_text(v, lang)
    if entered:
        return f"{basis_word('revision', lang)} ({entered})"
    return basis_word(v["basis"], lang)


def value_text(value, unit: str | None, lang: str, out_of=None) -> str:
    """A result as people read it: "hạng 33/63" (a rank always says out of how many), "54,87%", "85,97"."""
    if value is None or value != value:
        return NO_VALUE
    if unit == "rank":
        rank = fmt_number(value, lang, 0)
        return T("rank_of", lang, rank=rank, n=fmt_number(out_of, lang, 0)) if out_of else rank
    if unit == "%":
        return fmt_number(value, lang, 2) + "%"
    return fmt_number(value, lang, 2)


def rank_with_equivalent(value, unit: str | None, lang: str, rank=None, out_of=None, band_out_of=None) -> str:
    """A what-if's value: a rank measured out of another number than the band's (``rank`` of ``out_of``)
    with its equivalent ``value`` out of ``band_out_of``, "30/34 ≈ 55/63"; anything else as
    :func:`reform.views.numbers.value_text` prints it."""
    from reform.views import numbers

    shown = numbers.value_text(value, lang, unit)
    known = all(x is not None and x == x for x in (rank, out_of, band_out_of))  # None or NaN: not a rank of another field
    if unit == "rank" and known and int(out_of) != int(band_out_of):
        return f"{fmt_number(rank, lang, 0)}/{fmt_number(out_of, lang, 0)} ≈ {shown}/{fmt_number(band_out_of, lang, 0)}"
    return shown


def goal_value(value, unit: str | None, lang: str) -> str:
    """A goal as the decision writes it: a whole share without decimals ("≥ 100%", never "≥ 100,00%"),
    others with the decimals they have ("≥ 32,6%"); a rank as :func:`value_text`."""
    if unit == "rank" or value is None or value != value:
        return value_text(value, unit, lang)
    return fmt_number(value, lang) + ("%" if unit == "%" else "")


def goal_text(v: dict, year: int, lang: str) -> str:
    """A target as the decision sets it: a rank band (out of 63), a floor, or a share to maintain."""
    kind, low, high = v[f"kind_{year}"], v[f"low_{year}"], v[f"high_{year}"]
    if kind == "rank_band":
        return T("goal_band", lang, band=f"{fmt_number(low, lang, 0)}–{fmt_number(high, lang, 0)}",
                 n=v["band_out_of"])
    return T("goal_maintain" if kind == "maintain" else "goal_at_least", lang, v=goal_value(low, v["unit"], lang))


def goal_with_equivalent(v: dict, year: int, lang: str) -> str:
    """:func:`goal_text`, and for a rank band where the result it is judged on (2025) or looked at (2030) is
    out of another number than the band's: the band's equivalent out of that number, "nhóm 45–55 (trên 63
    tỉnh); tương đương 25–29/34 theo cách quy đổi của bảng điều khiển" (``bands_<year>``, the first band)."""
    goal = goal_text(v, year, lang)
    bands = v.get(f"bands_{year}") or []
    if not bands or bands[0]["equivalent_out_of"] == bands[0]["out_of"]:
        return goal
    b = bands[0]
    band = f"{fmt_number(b['equivalent_low'], lang, 0)}–{fmt_number(b['equivalent_high'], lang, 0)}"
    return f"{goal}; {T('band_equivalent', lang, band=band, n=b['equivalent_out_of'])}"


def latest_text(v: dict, lang: str) -> str:
    """The latest result after the baseline with its year, or plainly that there is none."""
    if v["latest_year"] is None:
        key = "baseline_met" if v["baseline_meets_2025"] else "no_result"
        return T(key, lang, year=v["baseline_year"])
    return f"{value_text(v['latest_value'], v['unit'], lang, v['latest_out_of'])} ({v['latest_year']})"


def _verdict_with_year(verdict: str, provisional: bool, year, lang: str, judged: str | None = None) -> str:
    """"✔ Đạt (tạm tính theo kết quả năm 2024)", "✖ Chưa đạt (theo kết quả năm 2025)", "○ Chưa có số liệu";
    with ``judged`` (the judged figure, where the latest result shown beside it is another one) "✔ Đạt (theo
    kết quả năm 2025: hạng 50/63)"."""
    word = verdict_word(verdict, lang)
    if verdict == "no_data":
        return word
    if judged:
        return f"{word} ({T('provisional_on' if provisional else 'judged_on', lang, year=year, value=judged)})"
    return f"{word} ({T('provisional' if provisional else 'judged', lang, year=year)})"


def _judged_figure(v: dict, year_key: str, value_key: str, out_of_key: str, lang: str) -> str | None:
    """The judged result as text where it is not the latest result shown beside the verdict, else None."""
    if v.get(year_key) is None or v[year_key] == v.get("latest_year"):
        return None
    return value_text(v[value_key], v["unit"], lang, v.get(out_of_key))


def verdict_text(v: dict, lang: str) -> str:
    """"✔ Đạt (tạm tính theo kết quả năm 2024)"; a verdict on a 2025 result says its year; where the latest
    result is of another year (2026), the judged figure too: "✔ Đạt (theo kết quả năm 2025: hạng 50/63)"."""
    judged = _judged_figure(v, "verdict_2025_year", "verdict_2025_value", "verdict_2025_out_of", lang)
    return _verdict_with_year(v["verdict_2025"], v["provisional"], v["verdict_2025_year"], lang, judged)


def outlook_text(v: dict, lang: str) -> str:
    """The 2030 outlook in words; once 2030 has passed in the data "✖ Chưa đạt năm 2030", with the year it is
    judged on where that is not 2030."""
    word = outlook_word(v["outlook_2030"], lang)
    if v["outlook_2030"] == "not_applicable" and pick(lang, v.get("note_vi") or "", v.get("note_en") or ""):
        return f"{word}: {pick(lang, v['note_vi'], v['note_en'])}"
    if v.get("outlook_2030_provisional"):
        return f"{word} ({T('provisional', lang, year=v['outlook_2030_year'])})"
    return word


def counts_line(counts: dict, lang: str) -> str:
    """"✔ 1 đạt · ✖ 1 chưa đạt · ○ 12 chưa có số liệu" (symbols and words, never colour alone)."""
    return " · ".join(f"{VERDICT_SYMBOLS[k]} {counts[k]} {T(f'v_{k}', lang).lower()}"
                      for k in ("met", "not_met", "no_data"))


def table(verdicts: list[dict], lang: str, labels: dict[str, str]) -> pd.DataFrame:
    """One row per target part, every cell as text: what the targets page and the downloads show.

    ``labels`` names the columns (item, target, baseline, goal_2025, latest, basis, verdict_2025,
    goal_2030, outlook_2030, source) in the page's language.
    """
    rows = []
    for v in verdicts:
        part = f" {v['part']}" if v.get("part") else ""
        rows.append({
            labels["item"]: f"{v['item']}{part}",
            labels["target"]: pick(lang, v["short_vi"], v["short_en"]),
            labels["verdict_2025"]: verdict_text(v, lang),
            # who entered a revised figure, and when, next to the figure (a phone never scrolls to the basis)
            labels["latest"]: latest_text(v, lang) + (f" · {entered_text(v, lang)}" if entered_text(v, lang) else ""),
            labels["goal_2025"]: goal_text(v, 2025, lang),
            labels["outlook_2030"]: outlook_text(v, lang),
            labels["goal_2030"]: goal_text(v, 2030, lang),
            labels["baseline"]: f"{value_text(v['baseline_value'], v['unit'], lang, v.get('baseline_out_of'))} "
                                f"({v['baseline_year']})",
            labels["basis"]: latest_basis(v, lang),
            labels["source"]: v["source"] or "",
        })
    return pd.DataFrame(rows)


# --- a later plan (reform/model/verdicts.py plan_verdicts) -------------------------------------------------

def plan_label(p: dict, lang: str) -> str:
    """A plan as the choice lists it: "Quyết định 688/QĐ-UBND (11/06/2021, 2021–2025/2030)" for the decision,
    "<name> (<date>, <from>–<to>)" for a plan entered by an editor."""
    if p.get("builtin"):
        return T("plan_688", lang)
    day = p.get("date") or ""
    if day and lang == "vi":
        y, m, d = day[:10].split("-")
        day = f"{d}/{m}/{y}"
    return T("plan_label", lang, name=p["name"], date=day, start=p["period_from"], end=p["period_to"])


def judged_by(p: dict, lang: str) -> str:
    """"Đánh giá theo: …": the plan a page judges against, with who entered it for an entered plan."""
    line = T("judged_by", lang, plan=plan_label(p, lang))
    if not p.get("builtin") and p.get("entered_by"):
        line += " · " + T("plan_entered", lang, who=p["entered_by"], when=vietnam_time(p.get("entered_at"), lang),
                          id=p.get("revision_id"), source=p.get("source") or "")
    return line


def plan_years(p: dict) -> list[int]:
    """A plan's horizon years, in order (Decision 688's: 2025 and 2030)."""
    if p.get("builtin"):
        return [2025, 2030]
    return sorted({int(h["year"]) for t in p["targets"] for h in t["horizons"]})


def plan_goal_text(h: dict, kind: str, unit: str | None, lang: str) -> str:
    """A plan target's goal for a horizon year: a rank band out of N, at least, at most, or maintain."""
    if kind == "rank_band":
        return T("goal_band", lang, band=f"{fmt_number(h['best'], lang, 0)}–{fmt_number(h['worst'], lang, 0)}",
                 n=h["out_of"])
    v = goal_value(h.get("value"), unit, lang)
    return T({"at_most": "goal_at_most", "maintain": "goal_maintain"}.get(kind, "goal_at_least"), lang, v=v)


def plan_verdict_text(v: dict, lang: str) -> str:
    """"✔ Đạt (tạm tính theo kết quả năm 2024)" for one target and horizon year of a plan (with the judged
    figure where the latest result is of another year)."""
    judged = _judged_figure(v, "verdict_year", "verdict_value", "verdict_out_of", lang)
    return _verdict_with_year(v["verdict"], v["provisional"], v["verdict_year"], lang, judged)


def plan_latest_text(v: dict, lang: str) -> str:
    if v["latest_year"] is None:
        return T("no_result", lang, year=v["baseline_year"])
    latest = f"{value_text(v['latest_value'], v['unit'], lang, v['latest_out_of'])} ({v['latest_year']})"
    entered = entered_text(v, lang)
    return latest + (f" · {entered}" if entered else "")


def plan_table(items: list[dict], lang: str, labels: dict[str, str]) -> pd.DataFrame:
    """One row per target and horizon year of a plan, every cell as text; ``labels`` names the columns
    (target, year, verdict, latest, goal, baseline, source)."""
    rows = []
    for v in items:
        base_out_of = v.get("baseline_out_of") if v["kind"] == "rank_band" else None
        rows.append({
            labels["target"]: pick(lang, v["name_vi"], v.get("name_en") or v["name_vi"]),
            labels["year"]: str(v["year"]),
            labels["verdict"]: plan_verdict_text(v, lang),
            labels["latest"]: plan_latest_text(v, lang),
            labels["goal"]: plan_goal_text(v, v["kind"], v["unit"], lang),
            labels["baseline"]: f"{value_text(v['baseline_value'], v['unit'], lang, base_out_of)} "
                                f"({v['baseline_year']})",
            labels["source"]: v["source"] or "",
        })
    # the verdict and the latest result (with who entered it) first after the target: what a phone shows
    return pd.DataFrame(rows, columns=[labels[k] for k in ("target", "year", "verdict", "latest", "goal",
                                                              "baseline", "source")])

