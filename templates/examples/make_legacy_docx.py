#!/usr/bin/env python3
"""Builds legacy-plan.docx: a Katagami-style plan as a person types it in Word (no content controls, no bookmarks, merged
cells), from the seed text templates/seeds/katagami-dx-plan-2023.txt. It is hand-assembled WordprocessingML, never our
writer, so `officedx import` meets a document OfficeDx did not make. Run by hand; the .docx is committed:

    python3 templates/examples/make_legacy_docx.py
"""
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
SEED = HERE.parent / "seeds" / "katagami-dx-plan-2023.txt"
OUT = HERE / "legacy-plan.docx"
MEASURES_PER_AREA = 3  # a small document: the first measures of the first two areas of 「6. 個別の取組事項」

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def run(text, bold=False, size=None):
    props = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "")
    props = f'<w:rPr><w:rFonts w:eastAsia="ＭＳ 明朝"/>{props}</w:rPr>'
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def paragraph(text, bold=False, size=None, center=False):
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    return f"<w:p>{ppr}{run(text, bold, size)}</w:p>"


def cell(text, width, span=1, merge=None):
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if merge == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif merge == "continue":
        props += "<w:vMerge/>"
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{paragraph(text)}</w:tc>"


def measure_table(rows):
    """rows: label -> text, and 'schedule' -> (years, phases). Label column + three year columns, as the plan prints it."""
    label_w, col_w = 1800, 2400
    xml = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
           '<w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
           '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
           '</w:tblBorders></w:tblPr><w:tblGrid>', f'<w:gridCol w:w="{label_w}"/>' + f'<w:gridCol w:w="{col_w}"/>' * 3, "</w:tblGrid>"]
    for label, value in rows:
        if label == "スケジュール":
            years, phases = value
            xml.append("<w:tr>" + cell(label, label_w, merge="restart") + "".join(cell(y, col_w) for y in years) + "</w:tr>")
            xml.append("<w:tr>" + cell("", label_w, merge="continue") + "".join(cell(p, col_w) for p in phases) + "</w:tr>")
        else:
            xml.append("<w:tr>" + cell(label, label_w) + cell(value, col_w * 3, span=3) + "</w:tr>")
    xml.append("</w:tbl><w:p/>")
    return "".join(xml)


def clean(text):
    text = re.sub(r"<[^>]+>", "", text)  # the PDF extraction's inline HTML (lists, superscripts)
    text = re.sub(r"※\s*\d+", "", text)
    return re.sub(r"\s+", " ", text).strip()


def read_seed():
    lines = SEED.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("## 6. 個別の取組事項"))
    body, area, count = [], None, 0
    i = start + 1
    while i < len(lines):
        line = lines[i]
        heading = re.match(r"^#+\s+(.*)$", line)
        title = heading.group(1).strip("* ") if heading else ""
        if title.startswith("用語集"):
            break
        if re.match(r"^\(\d\)", title):  # an area; the extraction gives areas and groups varying heading levels
            if sum(1 for kind, _ in body if kind == "area") == 2:
                break
            area, count = title, 0
            body.append(("area", area))
        elif title.startswith("○") and count < MEASURES_PER_AREA:
            body.append(("group", title))
        elif line.startswith("取組名\t") and count < MEASURES_PER_AREA:
            rows = []
            while i < len(lines) and lines[i].strip():
                cells = lines[i].split("\t")
                label = cells[0].strip()
                if label == "スケジュール":
                    phases = [clean(c) for c in lines[i + 1].split("\t")[1:4]]
                    rows.append((label, ([clean(c) for c in cells[1:4]], phases)))
                    i += 1
                else:
                    rows.append((label, clean(cells[1])))
                i += 1
            body.append(("measure", rows))
            count += 1
        i += 1
    return body


def document_xml(body):
    parts = [paragraph("潟上市DX推進計画", bold=True, size=36, center=True), paragraph("（令和５年度～令和７年度）", center=True)]
    for kind, value in body:
        if kind == "area":
            parts.append(paragraph(value, bold=True, size=24))
        elif kind == "group":
            parts.append(paragraph(value, bold=True))
        else:
            parts.append(measure_table(value))
    sect = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1701" w:right="1418" w:bottom="1418" w:left="1418" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>{"".join(parts)}{sect}</w:body></w:document>'


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""


def main():
    body = read_seed()
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS), ("word/document.xml", document_xml(body))]:
            info = zipfile.ZipInfo(name, date_time=(2023, 4, 1, 0, 0, 0))  # fixed, so the same seed gives the same bytes
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    print(f"{OUT}: {sum(1 for kind, _ in body if kind == 'measure')} measures")


if __name__ == "__main__":
    main()
