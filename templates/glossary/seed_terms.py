#!/usr/bin/env python3
"""Builds terms.json from every glossary in templates/seeds. Run once by hand; terms.json is the file the code reads.

Readings: a reading the seed prints (in parentheses, or "マースという") is kept as the source's reading; readings of
kanji and Latin terms the seeds do not print were supplied here (READINGS) so that gojūon sorting has something to sort by.
"""
import json, re, sys, unicodedata
from pathlib import Path

SEEDS = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "seeds")
OUT = Path(__file__).with_name("terms.json")

def fold(s):  # comparison key only: width folded, whitespace removed, upper case
    return "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in s if not c.isspace()).upper()

def tidy(s):
    """Drops the spaces PDF extraction put between Japanese characters; keeps spaces next to ASCII words."""
    s = s.strip()
    out = []
    for i, c in enumerate(s):
        if c == " " and i > 0 and i + 1 < len(s) and not s[i-1].isascii() and not s[i+1].isascii():
            continue
        if c == " " and i > 0 and i + 1 < len(s) and s[i-1] in "。、" :
            continue
        out.append(c)
    return re.sub(r" {2,}", " ", "".join(out))

def canonical(term):
    term = tidy(term)
    # "I C T" → "ICT", "W e b 会議" → "Web会議": letters spaced out by extraction are joined.
    parts = term.split(" ")
    result = parts[0]
    for p in parts[1:]:
        prev = result[-1:] ; nxt = p[:1]
        words_prev = re.findall(r"[A-Za-z0-9]+$", result)
        if words_prev and len(words_prev[0]) >= 2 and len(re.match(r"[A-Za-z0-9]*", p).group(0)) >= 2:
            result += " " + p
        else:
            result += p
    return result

entries = {}   # key -> entry
order = []

def add(doc, spelling, definition, marker=None, reading=None, term=None):
    term = term or canonical(spelling)
    key = fold(term)
    e = entries.get(key)
    if e is None:
        e = {"term": term, "definition": tidy(definition), "variants": [], "sources": []}
        entries[key] = e; order.append(key)
    src = {"document": doc, "spelling": spelling.strip()}
    if marker: src["marker"] = marker
    if reading: src["reading"] = reading
    src["definition"] = "\n".join(tidy(l) for l in definition.split("\n"))
    e["sources"].append(src)
    if spelling.strip() != e["term"] and spelling.strip() not in e["variants"]:
        e["variants"].append(spelling.strip())
    if reading and "reading" not in e: e["reading"] = reading

# --- Akita 2021: footnotes *N under the page; the marked word is in the text before ^{*N}
akita = (SEEDS / "akita-plan-2021-rev2023.txt").read_text(encoding="utf-8").splitlines()
akita_terms = {1: "I o T", 2: "A I", 3: "I C T", 4: "DX", 5: "クラウド利用", 6: "EBPM", 7: "ビッグデータ", 8: "RPA", 9: "テレワーク",
               10: "CIO", 11: "BPR", 12: "オープンデータ", 13: "デジタルデバイド", 14: "アクセシビリティ",
               15: "地域情報プラットフォーム標準仕様", 16: "サイバーセキュリティ", 17: "秋田市情報セキュリティポリシー"}
for line in akita:
    m = re.match(r"^\*(\d+) (.*)$", line)
    if m:
        n = int(m.group(1)); add("akita-plan-2021-rev2023", akita_terms[n], m.group(2), marker=f"*{n}")

# --- Katagami: numbered 用語集 table No / 用語 / 解説 (row 12 wraps onto a later line)
kat = (SEEDS / "katagami-dx-plan-2023.txt").read_text(encoding="utf-8").splitlines()
start = kat.index("No\t用語\t解説") + 1
rows = []
for line in kat[start:]:
    m = re.match(r"^(\d+)\t([^\t]+)\t(.*)$", line)
    if m: rows.append([int(m.group(1)), m.group(2), m.group(3)])
    elif line.strip() and rows: rows[-1][2] += line.strip()
for n, term, definition in rows:
    add("katagami-dx-plan-2023", term, definition, marker=f"※{n}")

# --- Akita 第2.0版: 用語解説 by gojūon rows; "TERM (よみ)" then definition paragraphs
v2 = (SEEDS / "akita-plan-v2-outline-2023.txt").read_text(encoding="utf-8").splitlines()
i = max(k for k, l in enumerate(v2) if l.strip() == "VI 用語解説") + 1
end = next(k for k, l in enumerate(v2) if k > i and l.startswith("生成AI試行に関する"))
cur = None
def flush():
    if cur: add("akita-plan-v2-outline-2023", cur[0], "\n".join(cur[2]), reading=cur[1], term=cur[3])
for line in v2[i:end]:
    s = line.strip()
    if not s or re.fullmatch(r"[あかさたなはまやらわ]行", s): continue
    if s == "れている。": cur[2][-1] += s; continue   # a sentence split by a page break
    if "。" not in s and not s.startswith("- ") and len(s) <= 60:
        flush()
        m = re.match(r"^(.*?)\s*[（(]([ぁ-んァ-ヶー・]+)[）)]\s*(.*)$", s)
        if m:
            spelling = (m.group(1) + (" " + m.group(3) if m.group(3) else "")).strip()
            cur = [s, m.group(2), [], canonical(m.group(1)) + canonical(m.group(3))]
            cur[0] = spelling
        else:
            cur = [s, None, [], None]
        continue
    cur[2].append(s[2:] if s.startswith("- ") else s)
flush()

# --- Hachinohe: TERM…definition lines
hac = (SEEDS / "hachinohe-digital-plan-2022.txt").read_text(encoding="utf-8").splitlines()
k = hac.index("用語集")
for line in hac[k + 1:]:
    if "…" not in line: continue
    term, definition = line.split("…", 1)
    reading = None
    m = re.match(r"^(.*?)（([ぁ-んァ-ヶー]+)）$", term)
    if m: term, reading = m.group(1), m.group(2)
    if term == "MaaS": reading = "マース"   # "マースという" in the definition
    add("hachinohe-digital-plan-2022", term, definition, reading=reading)

# Readings the seeds do not print (kanji and Latin terms); the seeds' gojūon rows agree with them.
READINGS = json.loads((Path(__file__).with_name("supplied-readings.json")).read_text(encoding="utf-8"))
# The seed's reading covers only part of the term (ギガ) or is a misprint (SNS printed as エヌエヌエス); its source keeps what it printed.
CORRECTED = {"GIGAスクール構想": "ギガスクールこうそう", "SNS": "エスエヌエス"}
result = []
for key in order:
    e = entries[key]
    if e["term"] in CORRECTED: e["reading"] = CORRECTED[e["term"]]
    if "reading" not in e:
        if re.fullmatch(r"[ァ-ヶーぁ-ん・]+", e["term"]): e["reading"] = e["term"]   # a kana term is its own reading
        elif e["term"] in READINGS: e["reading"] = READINGS[e["term"]]
        else: print("no reading:", e["term"], file=sys.stderr)
    m = re.match(r"^([A-Za-z0-9][A-Za-z0-9 /\-]+?)(?: ?[（(][^）)]*[）)])? ?の略", e["definition"])
    if m: e["expansion"] = m.group(1).strip()
    ordered = {k2: e[k2] for k2 in ("term", "reading", "expansion", "definition", "variants", "sources") if k2 in e}
    if not ordered["variants"]: del ordered["variants"]
    result.append(ordered)
OUT.write_text(json.dumps({"$schema": "./terms.schema.json", "terms": result}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(len(result), "terms")
