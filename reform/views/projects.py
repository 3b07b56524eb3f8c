"""Projects-and-funding page logic: Appendix 02 shaped for display, shares and cross-checks.

Appendix 02 lists the key tasks and projects of the scheme for 2021-2025 with
their planned funds in million VND: a total, two fund types (recurrent funds,
"vốn sự nghiệp", and investment funds, "vốn đầu tư") and the tasks under each.
Every share and sum shown on the page is computed here.
"""
from __future__ import annotations

import re
import textwrap

import altair as alt
import pandas as pd

from reform.views import charts
from reform.data import db

TOTAL = "pl02_total"
FUND_HEADS = {"recurrent": "pl02_recurrent", "investment": "pl02_investment"}
FUND_ROMAN = {"recurrent": "I", "investment": "II"}
FUND_COLOURS = {"recurrent": charts.ORANGE, "investment": charts.BLUE}
_TASK_ID = re.compile(r"^pl02_([ri])(\d+)_")
_KIND = {"r": "recurrent", "i": "investment"}
#: Two amounts agree when they differ by less than this (million VND; the document prints whole millions).
TOLERANCE = 0.5


def _raw() -> pd.DataFrame:
    return db.run("projects")


def fund_type(indicator_id: str) -> str | None:
    """'recurrent' or 'investment' for a task row of Appendix 02; None for a total or heading row."""
    m = _TASK_ID.match(str(indicator_id))
    return _KIND[m.group(1)] if m else None


@db.memo
def printed(indicator_id: str) -> float:
    """An amount as printed in Appendix 02 (million VND)."""
    df = _raw().set_index("indicator_id")
    return float(df.loc[indicator_id, "amount"])


@db.memo
def tasks() -> pd.DataFrame:
    """The tasks and projects in printed order: indicator_id, fund_type, ref ('I.1'), item, name_vi,
    name_en, note_vi, amount, share_total (% of the printed total), share_fund (% of the fund type)."""
    df = _raw()
    df["fund_type"] = df["indicator_id"].map(fund_type)
    df = df[df["fund_type"].notna()].copy()
    df["number"] = df["indicator_id"].map(lambda i: int(_TASK_ID.match(i).group(2)))
    df["fund_order"] = df["fund_type"].map({k: i for i, k in enumerate(FUND_HEADS)})
    df = df.sort_values(["fund_order", "number"]).reset_index(drop=True)
    df["ref"] = [f"{FUND_ROMAN[k]}.{n}" for k, n in zip(df["fund_type"], df["number"])]
    total = printed(TOTAL)
    heads = {k: printed(v) for k, v in FUND_HEADS.items()}
    df["share_total"] = 100 * df["amount"] / total
    df["share_fund"] = [100 * a / heads[k] for a, k in zip(df["amount"], df["fund_type"])]
    return df[["indicator_id", "fund_type", "ref", "item", "name_vi", "name_en", "note_vi", "amount",
               "share_total", "share_fund", "source"]]


def totals() -> dict:
    """The printed total and fund types, each fund type's share of the total and its number of tasks
    (the caller's own dict)."""
    return dict(_totals())


@db.memo
def _totals() -> tuple:
    t = tasks()
    total = printed(TOTAL)
    out = {"total": total, "n_tasks": len(t)}
    for kind, head in FUND_HEADS.items():
        out[kind] = printed(head)
        out[f"share_{kind}"] = 100 * out[kind] / total
        out[f"n_{kind}"] = int((t["fund_type"] == kind).sum())
    return tuple(out.items())


@db.memo
def sum_checks() -> pd.DataFrame:
    """Do the parts add up? check ('recurrent', 'investment', 'total'), parts, parts_sum, printed,
    difference, ok."""
    t = tasks()
    rows = []
    for kind, head in FUND_HEADS.items():
        part = t[t["fund_type"] == kind]
        s = float(part["amount"].sum())
        rows.append({"check": kind, "parts": ", ".join(part["ref"]), "parts_sum": s, "printed": printed(head)})
    s = sum(printed(h) for h in FUND_HEADS.values())
    rows.append({"check": "total", "parts": " + ".join(FUND_ROMAN.values()), "parts_sum": s,
                 "printed": printed(TOTAL)})
    rows.append({"check": "total_tasks", "parts": ", ".join(t["ref"]), "parts_sum": float(t["amount"].sum()),
                 "printed": printed(TOTAL)})
    out = pd.DataFrame(rows)
    out["difference"] = out["printed"] - out["parts_sum"]
    out["ok"] = out["difference"].abs() < TOLERANCE
    return out


@db.memo
def text_checks() -> pd.DataFrame:
    """The funding figures stated in the text (Part 3 §III) against Appendix 02: indicator_id, section,
    quote_vi, name_en, text_value, appendix_id, appendix_value, difference, ok."""
    tf = db.run("text_figures")
    tf = tf[tf["restates"].fillna("").str.startswith("pl02_")].copy()
    tf["appendix_id"] = tf["restates"].str.split("@").str[0]
    amounts = _raw().set_index("indicator_id")["amount"]
    tf["appendix_value"] = tf["appendix_id"].map(amounts).astype(float)
    tf["text_value"] = tf["value"].astype(float)
    tf["difference"] = tf["text_value"] - tf["appendix_value"]
    tf["ok"] = tf["difference"].abs() < TOLERANCE
    order = {TOTAL: 0, FUND_HEADS["recurrent"]: 1, FUND_HEADS["investment"]: 2}
    tf["order"] = tf["appendix_id"].map(order)
    tf = tf.sort_values("order").reset_index(drop=True)
    return tf[["indicator_id", "section", "quote_vi", "name_en", "text_value", "appendix_id",
               "appendix_value", "difference", "ok"]]


def amounts_chart(df: pd.DataFrame, *, lang: str, title: str, x_title: str, type_title: str,
                  type_labels: dict[str, str], tips: dict[str, str]) -> alt.LayerChart:
    """Horizontal bars of the task amounts in printed order, coloured by fund type, with value labels.

    ``df`` has label (short name with its reference), name (full name), fund_type, amount, share_total.
    """
    data = charts.add_formatted(df, lang, {"amount": None, "share_total": 2})
    data["type_label"] = data["fund_type"].map(type_labels)
    # two-line value labels (amount, then share) and wrapped task labels keep the bars wide on a phone
    data["share_label"] = data["share_total_fmt"] + "%"
    data["row"] = data["label"].map(lambda t: "|".join(textwrap.wrap(str(t), 24)))
    order = list(data["row"])
    kinds = [k for k in FUND_HEADS if k in set(data["fund_type"])]
    tooltip = [alt.Tooltip("name:N", title=tips["task"]), alt.Tooltip("type_label:N", title=type_title),
               alt.Tooltip("amount_fmt:N", title=x_title), alt.Tooltip("share_total_fmt:N", title=tips["share"])]
    top = float(data["amount"].max()) * 1.3
    base = alt.Chart(data).encode(y=alt.Y("row:N", title=None, sort=order,
                                          axis=alt.Axis(labelLimit=170, labelFontSize=12,
                                                        labelExpr="split(datum.value, '|')")),
                                  tooltip=tooltip)
    bars = base.mark_bar().encode(
        x=alt.X("amount:Q", title=x_title, scale=alt.Scale(domain=[0, top]), axis=alt.Axis(tickCount=4)),
        color=alt.Color("type_label:N", title=type_title, sort=[type_labels[k] for k in kinds],
                        scale=alt.Scale(domain=[type_labels[k] for k in kinds],
                                        range=[FUND_COLOURS[k] for k in kinds]),
                        legend=alt.Legend(orient="bottom", direction="vertical", labelLimit=400)))
    amount = base.mark_text(align="left", dx=4, dy=-7, fontSize=12, fontWeight="bold").encode(
        x="amount:Q", text="amount_fmt:N")
    share = base.mark_text(align="left", dx=4, dy=8, fontSize=11, color=charts.GREY).encode(
        x="amount:Q", text="share_label:N")
    return alt.layer(bars, amount, share).properties(title=title, width="container", height=52 * len(data))
