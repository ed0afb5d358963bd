#!/usr/bin/env python3
"""Independent reference values for the ad x score correlation (metrics.md, "Ad conversion against the score").

Writes correlation_reference.json beside this script: 60 days of official scores and ad clicks/conversions
(with gaps: days without a score, days without clicks, days without conversions), and for the overall and the
logistics score, for every lag k = 0..7, n, Pearson r (scipy.stats.pearsonr) and Spearman rho
(scipy.stats.spearmanr, average ranks for ties) between score(d) and cvr(d + k); the best lag (largest |r| among
lags with n >= 14, a tie going to the smaller lag) and its Fisher-z 95% interval.

Regenerate (numpy and scipy from PyPI, once):
    python3 -m venv .build/venv && .build/venv/bin/pip install numpy scipy
    .build/venv/bin/python Tests/DSRMetricsTests/Reference/correlation_reference.py
"""
import datetime as dt
import json
import math
import os

import numpy as np
from scipy import stats

DAYS = 60
LAST_DAY = dt.date(2026, 11, 29)          # the last day known as of 2026-11-30T00:00:00Z
MAX_LAG, MIN_N = 7, 14

rng = np.random.default_rng(20261204)
dates = [LAST_DAY - dt.timedelta(days=DAYS - 1 - i) for i in range(DAYS)]

# Scores with two decimals (so Spearman meets ties), drifting down and back up.
overall = np.round(4.6 + 0.15 * np.sin(np.arange(DAYS) / 9.0) + rng.normal(0, 0.03, DAYS), 2)
logistics = np.round(4.5 + 0.25 * np.cos(np.arange(DAYS) / 7.0) + rng.normal(0, 0.05, DAYS), 2)

# Clicks and conversions: CVR follows the overall score three days earlier, plus noise.
clicks = rng.integers(800, 1500, DAYS)
cvr_true = 0.03 + 0.04 * (np.roll(overall, 3) - 4.6) + rng.normal(0, 0.002, DAYS)
conversions = np.maximum(0, np.round(clicks * cvr_true)).astype(int)

rows = []
for i, d in enumerate(dates):
    row = {"date": d.isoformat(), "overall": float(overall[i]), "logistics": float(logistics[i]),
           "clicks": int(clicks[i]), "conversions": int(conversions[i])}
    if i % 11 == 5:
        row["overall"] = None            # no score imported that day
        row["logistics"] = None
    if i % 13 == 7:
        row["clicks"] = 0                # no clicks: no CVR (not 0)
    if i % 17 == 3:
        row["conversions"] = None        # "--" in the export: missing, not 0
    rows.append(row)


def cvr_of(row):
    if not row["clicks"] or row["conversions"] is None:
        return None
    return row["conversions"] / row["clicks"]


by_date = {r["date"]: r for r in rows}


def reference(kind):
    lags = []
    for k in range(MAX_LAG + 1):
        x, y = [], []
        for r in rows:
            if r[kind] is None:
                continue
            later = (dt.date.fromisoformat(r["date"]) + dt.timedelta(days=k)).isoformat()
            if later not in by_date:
                continue
            c = cvr_of(by_date[later])
            if c is None:
                continue
            x.append(r[kind])
            y.append(c)
        n = len(x)
        pearson = float(stats.pearsonr(x, y).statistic) if n >= 2 else None
        spearman = float(stats.spearmanr(x, y).statistic) if n >= 2 else None
        lags.append({"lag": k, "n": n, "pearson": pearson, "spearman": spearman})
    best = None
    for lag in lags:
        if lag["n"] >= MIN_N and lag["pearson"] is not None:
            if best is None or abs(lag["pearson"]) > abs(best["pearson"]):
                best = lag
    out = {"lags": lags, "best_lag": None, "ci95": None}
    if best is not None:
        z, half = math.atanh(best["pearson"]), 1.96 / math.sqrt(best["n"] - 3)
        out["best_lag"] = best["lag"]
        out["ci95"] = [math.tanh(z - half), math.tanh(z + half)]
    return out


doc = {"as_of": "2026-11-30T00:00:00Z", "days": rows,
       "expected": {"overall": reference("overall"), "logistics": reference("logistics")},
       "made_with": {"numpy": np.__version__, "scipy": __import__("scipy").__version__}}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "correlation_reference.json")
with open(path, "w") as f:
    json.dump(doc, f, indent=1)
    f.write("\n")
print("wrote", path)
for kind in ("overall", "logistics"):
    e = doc["expected"][kind]
    print(kind, "best lag", e["best_lag"], "ci95", e["ci95"])
