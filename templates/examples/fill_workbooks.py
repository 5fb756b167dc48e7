#!/usr/bin/env python3
"""Fills two department workbooks the way the departments return them: real edits, one conflict and one bad cell.

The blank templates come from our own writer (`officedx excel template`); the filling is done here on the sheet XML, as
Excel would store a person's typing (inline strings, numbers), never through OfficeDx. Run by hand; the results in
workbooks/ are committed:

    officedx excel template --plan templates/samples/akita/plan.json --all --out /tmp/blank
    python3 templates/examples/fill_workbooks.py /tmp/blank
"""
import re
import shutil
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
OUT = HERE / "workbooks"
MEASURES, INDICATORS = "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"

# What each department typed: (sheet part, cell, value). A str is typed text, a number a number.
EDITS = {
    "デジタル化推進本部.xlsx": [
        # a new overview for 「ICT等の利用に不安を感じる方への支援」 (akita-4-01)
        (MEASURES, "E7", "デジタル化を伴う新たな行政サービスを開始する課所室に、対象者への利用方法の支援を行うよう周知するとともに、"
                         "市民サービスセンターにスマートフォン相談窓口を設ける。"),
        # 令和5年度 of akita-1-01: this department says 実施 ...
        (MEASURES, "H4", "実施"),
        # actuals of akita-1-01's indicator (電子申請による手続件数の割合), as numbers
        (INDICATORS, "J4", 21.5),
        (INDICATORS, "K4", 27.3),
    ],
    "企画財政部情報統計課.xlsx": [
        # ... and this one 準備・検討 for the same cell: a conflict, neither is merged
        (MEASURES, "H4", "準備・検討"),
        # a phase that is not one of the drop-down's (a paste bypasses the validation): the bad cell
        (MEASURES, "H6", "来年度検討"),
    ],
}


def set_cell(xml, ref, value):
    pattern = re.compile(r'<x:c r="%s"([^>]*?)(?:/>|>.*?</x:c>)' % ref, re.S)
    match = pattern.search(xml)
    if not match:
        raise SystemExit(f"cell {ref} not found")
    style = re.search(r's="\d+"', match.group(1))
    style = " " + style.group(0) if style else ""
    if isinstance(value, str):
        cell = f'<x:c r="{ref}"{style} t="inlineStr"><x:is><x:t>{escape(value)}</x:t></x:is></x:c>'
    else:
        cell = f'<x:c r="{ref}"{style}><x:v>{value}</x:v></x:c>'
    return xml[:match.start()] + cell + xml[match.end():]


def fill(source, target, edits):
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            mine = [(cell, value) for part, cell, value in edits if part == item.filename]
            if mine:
                xml = data.decode("utf-8")
                for cell, value in mine:
                    xml = set_cell(xml, cell, value)
                data = xml.encode("utf-8")
            zout.writestr(item, data)


def main():
    blank = Path(sys.argv[1])
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    for name, edits in EDITS.items():
        fill(blank / name, OUT / name, edits)
        print(f"{OUT / name}: {len(edits)} cells")


if __name__ == "__main__":
    main()
