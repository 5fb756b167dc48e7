import { afterEach, describe, expect, it } from "vitest";
import { insertAtCursor, replaceMeasure, selectedMeasure } from "../src/word/wordDocument";
import { installWord, uninstallWord, type Node } from "./wordMock";

const calls: string[] = [];

/** A content control as office-addin-mock holds it: its tag must be loaded and synced before it is read, as in Word. */
const control = (tag: string, parent?: Node) => ({
  tag,
  ...(parent ? { parentContentControlOrNullObject: parent } : {}),
  range: { ooxml: {}, getOoxml() { return this.ooxml; }, insertOoxml(xml: string, location: string) { calls.push(`${tag} ${location}:${xml}`); } },
  getRange() { return this.range; },
});

afterEach(() => {
  uninstallWord();
  calls.length = 0;
});

describe("insertAtCursor", () => {
  it("replaces the selection with the fragment", async () => {
    installWord({
      selection: { insertOoxml(xml: string, location: string) { calls.push(`selection ${location}:${xml}`); } },
      getSelection() { return this.selection; },
    }, {});
    await insertAtCursor("<pkg:package/>");
    expect(calls).toEqual(["selection Replace:<pkg:package/>"]);
  });
});

describe("selectedMeasure", () => {
  const selected = "context.document.selection.parentContentControlOrNullObject";

  it("walks up from the field the cursor is in to the measure table around it", async () => {
    const measure = control("odx:measure:m-1", { tag: "" });
    installWord({ selection: { parentContentControlOrNullObject: control("odx:field:overview", measure) }, getSelection() { return this.selection; } },
      {
        [`${selected}.isNullObject`]: false,
        [`${selected}.parentContentControlOrNullObject.isNullObject`]: false,
        [`${selected}.parentContentControlOrNullObject.range.ooxml.value`]: "<pkg:package>table</pkg:package>",
      });
    expect(await selectedMeasure()).toEqual({ tag: "odx:measure:m-1", ooxml: "<pkg:package>table</pkg:package>" });
  });

  it("is null when the cursor is outside every content control", async () => {
    installWord({ selection: { parentContentControlOrNullObject: { tag: "" } }, getSelection() { return this.selection; } }, { [`${selected}.isNullObject`]: true });
    expect(await selectedMeasure()).toBeNull();
  });

  it("is null inside a control that is not in a measure table", async () => {
    installWord({ selection: { parentContentControlOrNullObject: control("odx:area-field:title", { tag: "" }) }, getSelection() { return this.selection; } },
      { [`${selected}.isNullObject`]: false, [`${selected}.parentContentControlOrNullObject.isNullObject`]: true });
    expect(await selectedMeasure()).toBeNull();
  });
});

describe("replaceMeasure", () => {
  it("replaces the whole control with the given tag, in place", async () => {
    installWord({
      contentControls: {
        byTag: { first: control("odx:measure:m-1"), getFirstOrNullObject() { return this.first; } },
        getByTag(this: Node, tag: string) { calls.push(`getByTag ${tag}`); return this.byTag; },
      },
    }, { "context.document.contentControls.byTag.first.isNullObject": false });
    expect(await replaceMeasure("odx:measure:m-1", "<new/>")).toBe(true);
    expect(calls).toEqual(["getByTag odx:measure:m-1", "odx:measure:m-1 Replace:<new/>"]);
  });

  it("says so when the table is no longer in the document", async () => {
    installWord({
      contentControls: { byTag: { first: { tag: "" }, getFirstOrNullObject() { return this.first; } }, getByTag(this: Node) { return this.byTag; } },
    }, { "context.document.contentControls.byTag.first.isNullObject": true });
    expect(await replaceMeasure("odx:measure:gone", "<new/>")).toBe(false);
    expect(calls).toEqual([]);
  });
});
