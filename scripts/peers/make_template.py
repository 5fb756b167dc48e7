"""Writes the docxtemplater template: a heading and one measure table whose row is a loop over the measures."""
import sys
import docx

document = docx.Document()
document.add_heading("{title}", level=1)
table = document.add_table(rows=2, cols=5)
for cell, label in zip(table.rows[0].cells, ["番号", "施策の名称", "施策の概要", "スケジュール", "担当課"]):
    cell.text = label
row = table.rows[1].cells
row[0].text = "{#measures}{number}"
row[1].text = "{name}"
row[2].text = "{overview}"
row[3].text = "{schedule}"
row[4].text = "{departments}{/measures}"
document.save(sys.argv[1])
