import { afterEach, describe, expect, it } from "vitest";
import { applyRefresh, documentFile, insertMarker, jumpTo, markedTerms, replaceBody, selectedText, toBase64 } from "../src/word/glossaryDocument";
import { installWord, uninstallWord, type Node } from "./wordMock";

const calls: string[] = [];
/** The ranges replaced marker texts came back as, to check their formatting. */
const replaced: { font: { superscript: boolean } }[] = [];

afterEach(() => {
  uninstallWord();
  delete (globalThis as Node).Office;
  calls.length = 0;
  replaced.length = 0;
});

/** A content control as Word lists it in a collection: its tag, and text that can be replaced. */
const listed = (tag: string) => ({
  tag,
  insertText(text: string, location: string) {
    calls.push(`${tag} ${location}:${text}`);
    const range = { font: { superscript: false } };
    replaced.push(range);
    return range;
  },
});

describe("selectedText", () => {
  it("is the selection without surrounding white space", async () => {
    installWord({ selection: { text: " ＩＣＴ\r" }, getSelection() { return this.selection; } });
    expect(await selectedText()).toBe("ＩＣＴ");
  });
});

describe("markedTerms", () => {
  it("lists the terms of the marker controls once each, in document order", async () => {
    installWord({ body: { contentControls: { load() {} } } }, {
      "context.document.body.contentControls.items": [
        listed("odx:glossary-marker:RPA"), listed("odx:field:overview"), listed("odx:glossary-marker:ICT"), listed("odx:glossary-marker:RPA"),
      ],
    });
    expect(await markedTerms()).toEqual(["RPA", "ICT"]);
  });
});

describe("insertMarker", () => {
  it("puts the superscript marker after the selection in a control tagged with its term", async () => {
    const word = installWord({
      selection: {
        inserted: {
          font: { superscript: false },
          control: { tag: "", title: "" },
          insertContentControl() { calls.push("insertContentControl"); return this.control; },
        },
        insertText(this: { inserted: unknown }, text: string, location: string) { calls.push(`insertText ${location}:${text}`); return this.inserted; },
      },
      getSelection() { return this.selection; },
    });
    await insertMarker({ term: "RPA", tag: "odx:glossary-marker:RPA", title: "用語の注記", text: "※2", footnote: false });
    expect(calls).toEqual(["insertText After:※2", "insertContentControl"]);
    const inserted = ((word.context as Node).document as Node & { selection: { inserted: { font: { superscript: boolean }; control: { tag: string; title: string } } } }).selection.inserted;
    expect(inserted.font.superscript).toBe(true);
    expect(inserted.control.tag).toBe("odx:glossary-marker:RPA");
    expect(inserted.control.title).toBe("用語の注記");
  });
});

describe("applyRefresh", () => {
  const document = (withSection: boolean) => ({
    body: {
      contentControls: { load() {} },
      insertOoxml(xml: string, location: string) { calls.push(`body ${location}:${xml}`); },
    },
    contentControls: {
      byTag: {
        first: {
          tag: withSection ? "odx:glossary" : "",
          range: { insertOoxml(xml: string, location: string) { calls.push(`section ${location}:${xml}`); } },
          getRange(where: string) { calls.push(`getRange ${where}`); return this.range; },
        },
        getFirstOrNullObject() { return this.first; },
      },
      getByTag(this: Node, tag: string) { calls.push(`getByTag ${tag}`); return this.byTag; },
    },
  });
  const markers = [listed("odx:glossary-marker:クラウド"), listed("odx:field:overview"), listed("odx:glossary-marker:RPA")];

  it("renumbers each marker and replaces the whole section control in place", async () => {
    installWord(document(true), { "context.document.body.contentControls.items": markers, "context.document.contentControls.byTag.first.isNullObject": false });
    const renumbered = await applyRefresh({ profile: "katagami", section: "<section/>", markers: [{ term: "クラウド", text: "※1" }, { term: "RPA", text: "※2" }], footnotes: false });
    expect(renumbered).toBe(true);
    expect(calls).toEqual([
      "getByTag odx:glossary",
      "odx:glossary-marker:クラウド Replace:※1",
      "odx:glossary-marker:RPA Replace:※2",
      "getRange Whole",
      "section Replace:<section/>",
    ]);
    expect(replaced.map((r) => r.font.superscript)).toEqual([true, true]);
  });

  it("adds the section at the end when the document has none, and leaves markers that changed meanwhile alone", async () => {
    installWord(document(false), { "context.document.body.contentControls.items": markers, "context.document.contentControls.byTag.first.isNullObject": true });
    const renumbered = await applyRefresh({ profile: "katagami", section: "<section/>", markers: [{ term: "RPA", text: "※1" }], footnotes: false });
    expect(renumbered).toBe(false);
    expect(calls).toEqual(["getByTag odx:glossary", "body End:<section/>"]);
  });
});

describe("applyRefresh with a footnote profile", () => {
  it("leaves the markers alone: their footnote references would go with their text", async () => {
    installWord({ body: { contentControls: { load() {} } }, contentControls: { byTag: { first: { tag: "" }, getFirstOrNullObject() { return this.first; } }, getByTag(this: Node) { return this.byTag; } } },
      { "context.document.body.contentControls.items": [listed("odx:glossary-marker:RPA")], "context.document.contentControls.byTag.first.isNullObject": true });
    expect(await applyRefresh({ profile: "akita", markers: [{ term: "RPA", text: "*1" }], footnotes: true })).toBe(false);
    expect(calls).toEqual([]);
  });
});

describe("replaceBody", () => {
  it("inserts the whole document in place of the body, as base64", async () => {
    installWord({ body: { insertFileFromBase64(base64: string, location: string) { calls.push(`${location}:${base64}`); } } });
    await replaceBody(new Uint8Array([0x50, 0x4b, 3, 4]));
    expect(calls).toEqual(["Replace:UEsDBA=="]);
  });

  it("encodes documents larger than one chunk of characters", () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});

describe("jumpTo", () => {
  const searchable = (present: string[]) => ({
    body: {
      hit: { load() {} },
      miss: { load() {} },
      search(this: Node, text: string, options: { matchCase: boolean }) {
        calls.push(`search ${text} ${options.matchCase}`);
        return present.includes(text) ? this.hit : this.miss;
      },
    },
  });
  const filled = {
    "context.document.body.hit.items": [{ select() { calls.push("select"); } }],
    "context.document.body.miss.items": [],
  };

  it("selects the snippet where it is", async () => {
    installWord(searchable(["本市ではICTを活用"]), filled);
    expect(await jumpTo("本市ではICTを活用", "ICT")).toBe(true);
    expect(calls).toEqual(["search 本市ではICTを活用 true", "select"]);
  });

  it("falls back to the term when the snippet was edited away, and escapes Word's caret", async () => {
    installWord(searchable(["ICT"]), filled);
    expect(await jumpTo("a^b ICT", "ICT")).toBe(true);
    expect(calls).toEqual(["search a^^b ICT true", "search ICT true", "select"]);
  });

  it("is false when neither is in the document", async () => {
    installWord(searchable([]), filled);
    expect(await jumpTo(undefined, "ICT")).toBe(false);
    expect(calls).toEqual(["search ICT true"]);
  });
});

describe("documentFile", () => {
  const office = (slices: number[][], failAt?: number) => {
    const file = {
      sliceCount: slices.length,
      getSliceAsync(index: number, callback: (result: unknown) => void) {
        calls.push(`slice ${index}`);
        callback(index === failAt
          ? { status: "failed", error: { message: "接続が切れました" } }
          : { status: "succeeded", value: { data: slices[index] } });
      },
      closeAsync() { calls.push("close"); },
    };
    (globalThis as Node).Office = {
      FileType: { Compressed: "compressed" },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        document: {
          getFileAsync(type: string, options: { sliceSize: number }, callback: (result: unknown) => void) {
            calls.push(`getFileAsync ${type} ${options.sliceSize}`);
            callback({ status: "succeeded", value: file });
          },
        },
      },
    };
  };

  it("joins the compressed file's slices in order and closes the file", async () => {
    office([[0x50, 0x4b], [3, 4], [5]]);
    expect(Array.from(await documentFile(2))).toEqual([0x50, 0x4b, 3, 4, 5]);
    expect(calls).toEqual(["getFileAsync compressed 2", "slice 0", "slice 1", "slice 2", "close"]);
  });

  it("closes the file and explains in Japanese when a slice cannot be read", async () => {
    office([[1], [2]], 1);
    await expect(documentFile()).rejects.toThrow("文書の 2 番目の部分を読み出せませんでした（接続が切れました）");
    expect(calls.at(-1)).toBe("close");
  });
});
