/** What the Word pane does in the document, through Word's JavaScript API only (so office-addin-mock can stand in for Word). */
export const MeasureTagPrefix = "odx:measure:";

/** Inserts a fragment at the cursor, replacing whatever is selected. */
export async function insertAtCursor(ooxml: string): Promise<void> {
  await Word.run(async (context) => {
    context.document.getSelection().insertOoxml(ooxml, "Replace");
    await context.sync();
  });
}

/** The measure table around the cursor: its tag and its OOXML, or null when the cursor is not in one. */
export async function selectedMeasure(): Promise<{ tag: string; ooxml: string } | null> {
  return Word.run(async (context) => {
    let control = context.document.getSelection().parentContentControlOrNullObject;
    // Fields sit in controls nested inside the measure's control: walk up until a measure tag (tables nest a few levels at most).
    for (let depth = 0; depth < 8; depth++) {
      control.load("tag");
      await context.sync();
      if (control.isNullObject) return null;
      if (control.tag.startsWith(MeasureTagPrefix)) {
        const ooxml = control.getRange("Whole").getOoxml();
        await context.sync();
        return { tag: control.tag, ooxml: ooxml.value };
      }
      control = control.parentContentControlOrNullObject;
    }
    return null;
  });
}

/** Replaces the measure table with the given tag by a new fragment, in place; false when the table is no longer there. */
export async function replaceMeasure(tag: string, ooxml: string): Promise<boolean> {
  return Word.run(async (context) => {
    const control = context.document.contentControls.getByTag(tag).getFirstOrNullObject();
    control.load("tag");
    await context.sync();
    if (control.isNullObject) return false;
    control.getRange("Whole").insertOoxml(ooxml, "Replace");
    await context.sync();
    return true;
  });
}
