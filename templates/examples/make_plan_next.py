#!/usr/bin/env python3
"""Builds plan.next.json: the Akita plan as the DX office has it after this year's round, for `officedx revise`.

It starts from what `excel collect` merged from workbooks/ (a new overview for akita-4-01, two actuals for akita-1-01)
and adds what the office decided itself: akita-1-09's 令和4年度 dropped from the schedule, akita-1-11 finished, and a
new measure proposed in area (2). Run by hand; plan.next.json is committed:

    officedx excel collect templates/examples/workbooks --plan templates/samples/akita/plan.json --out /tmp/collected.json --report /tmp/report.xlsx
    python3 templates/examples/make_plan_next.py /tmp/collected.json
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def areas(plan):
    stack = list(plan["areas"])
    while stack:
        area = stack.pop(0)
        yield area
        stack[0:0] = area.get("areas", [])


def main():
    plan = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    for area in areas(plan):
        for i, measure in enumerate(area["measures"]):
            if measure["id"] == "akita-1-09":
                measure["schedule"] = [e for e in measure["schedule"] if e["fiscalYear"] != 2022]
            if measure["id"] == "akita-1-11":
                area["measures"][i] = {"id": measure["id"], "name": measure["name"], "state": "completed"}
        if area["id"] == "akita-2":
            area["measures"].append({
                "id": "akita-2-04", "number": "4", "name": "オープンデータカタログの刷新", "state": "added",
                "overview": "利用者が探しやすいよう、オープンデータのカタログサイトを刷新する。",
                "departments": ["企画財政部情報統計課"],
            })
    (HERE / "plan.next.json").write_text(json.dumps(plan, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
