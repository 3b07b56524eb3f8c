"""Words for the verdicts (reform/model/verdicts.py), shared by the overview, the targets page, the brief
and the end-of-scheme report."""

TEXT = {
    "v_met": ("Đạt", "Met"),
    "v_not_met": ("Chưa đạt", "Not met"),
    "v_no_data": ("Chưa có số liệu", "No data"),
    "o_met": ("Đã đạt mức 2030", "Already at the 2030 level"),
    "o_on_track": ("Đúng hướng", "On track"),
    "o_moderately_improving": ("Cải thiện chậm", "Moderately improving"),
    "o_stagnating": ("Chững lại", "Stagnating"),
    "o_decreasing": ("Đi lùi", "Moving away"),
    "o_no_data": ("Chưa đủ số liệu", "Not enough data"),
    "o_not_applicable": ("Không còn áp dụng", "No longer applies"),
    "provisional": ("tạm tính theo kết quả năm {year}", "provisional, on the {year} result"),
    "judged": ("theo kết quả năm {year}", "on the {year} result"),
    "basis_decision": ("Quyết định 688", "Decision 688"),
    "basis_stated": ("số liệu công bố", "published figure"),
    "basis_derived": ("suy ra từ số liệu công bố", "derived from published figures"),
    "basis_stated_provincial": ("tỉnh công bố trong văn bản của tỉnh", "stated in a provincial document"),
    "basis_revision": ("số liệu cập nhật trên bảng điều khiển", "figure entered on the dashboard"),
    "goal_band": ("nhóm {band} (trên {n} tỉnh)", "band {band} (of {n} provinces)"),
    "goal_maintain": ("duy trì ≥ {v}", "maintain ≥ {v}"),
    "goal_at_least": ("≥ {v}", "≥ {v}"),
    "rank_of": ("hạng {rank}/{n}", "rank {rank} of {n}"),
    "no_result": ("chưa có số liệu sau năm {year}", "no figure after {year}"),
    "baseline_met": ("năm {year} đã đạt; chưa có số liệu sau năm {year}",
                     "already met in {year}; no figure after {year}"),
}
