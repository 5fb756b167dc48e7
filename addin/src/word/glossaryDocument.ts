/** What the glossary panel does in the document, through Word's JavaScript API only (so office-addin-mock can stand in for Word). */
import type { MarkerForm, RefreshedGlossary } from "./glossaryClient";

export const MarkerTagPrefix = "odx:glossary-marker:";
export const SectionTag = "odx:glossary";

/** Word's search takes at most 255 characters. */
const maxSearchLength = 255;

/** The selected text without surrounding white space; empty when nothing is selected. */
export async function selectedText(): Promise<string> {
  return Word.run(async (context) => {
    const selection = context.document.getSelection();
    selection.load("text");
    await context.sync();
    return selection.text.trim();
  });
}

/** The terms the document's markers name, in order of first appearance (the order the glossary numbers them). */
export async function markedTerms(): Promise<string[]> {
  return Word.run(async (context) => {
    const controls = context.document.body.contentControls;
    controls.load("items/tag");
    await context.sync();
    const terms: string[] = [];
    for (const control of controls.items) {
      if (!control.tag.startsWith(MarkerTagPrefix)) continue;
      const term = control.tag.slice(MarkerTagPrefix.length);
      if (!terms.includes(term)) terms.push(term);
    }
    return terms;
  });
}

/** Puts the marker right after the selection as the library writes it: superscript text in a content control tagged with its term. */
export async function insertMarker(marker: MarkerForm): Promise<void> {
  await Word.run(async (context) => {
    const range = context.document.getSelection().insertText(marker.text, "After");
    range.font.superscript = true;
    const control = range.insertContentControl();
    control.tag = marker.tag;
    control.title = marker.title;
    await context.sync();
  });
}

/**
 * Puts a refresh back into the open document: each marker gets its new number (when the document still has the markers
 * the service saw, in the same order), and the regenerated section replaces the old one's content control (or goes at
 * the end). Answers whether the markers were renumbered (never for footnotes).
 */
export async function applyRefresh(refreshed: RefreshedGlossary): Promise<boolean> {
  return Word.run(async (context) => {
    const body = context.document.body;
    const controls = body.contentControls;
    controls.load("items/tag");
    const section = context.document.contentControls.getByTag(SectionTag).getFirstOrNullObject();
    section.load("tag");
    await context.sync();
    const markers = controls.items.filter((c) => c.tag.startsWith(MarkerTagPrefix));
    // A footnote marker holds Word's footnote reference: replacing its text would delete the footnote, so it is left to a whole-document refresh.
    const same = !refreshed.footnotes && markers.length === refreshed.markers.length
      && markers.every((c, i) => c.tag === MarkerTagPrefix + refreshed.markers[i]!.term);
    if (same) {
      markers.forEach((control, i) => {
        control.insertText(refreshed.markers[i]!.text, "Replace").font.superscript = true;
      });
    }
    if (refreshed.section) {
      if (section.isNullObject) body.insertOoxml(refreshed.section, "End");
      else section.getRange("Whole").insertOoxml(refreshed.section, "Replace");
    }
    await context.sync();
    return same;
  });
}

/**
 * Replaces the body with a whole .docx (Word inserts its body with its footnotes): how a footnote profile's refresh,
 * which renumbers footnote references and rewrites the footnotes part, gets back into the open document.
 */
export async function replaceBody(docx: Uint8Array): Promise<void> {
  await Word.run(async (context) => {
    context.document.body.insertFileFromBase64(toBase64(docx), "Replace");
    await context.sync();
  });
}

export function toBase64(bytes: Uint8Array): string {
  let text = "";
  // In chunks: String.fromCharCode takes its characters as arguments, and arguments are limited in number.
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** Selects the first place the snippet (else the term) occurs in the body; false when neither is found. */
export async function jumpTo(snippet: string | undefined, term: string): Promise<boolean> {
  return Word.run(async (context) => {
    for (const text of [snippet, term]) {
      if (!text || text.length > maxSearchLength) continue;
      // ^ starts a special character in Word's search (^p, ^t); ^^ is a literal caret.
      const found = context.document.body.search(text.replace(/\^/g, "^^"), { matchCase: true });
      found.load("items");
      await context.sync();
      const first = found.items[0];
      if (first) {
        first.select();
        await context.sync();
        return true;
      }
    }
    return false;
  });
}

/** The open document as .docx bytes (Office.FileType.Compressed), read slice by slice. */
export function documentFile(sliceSize = 4 * 1024 * 1024): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new Error(`文書を読み出せませんでした（${opened.error.message}）`));
        return;
      }
      const file = opened.value;
      const slices: Uint8Array[] = [];
      const read = (index: number): void => {
        if (index === file.sliceCount) {
          file.closeAsync();
          const bytes = new Uint8Array(slices.reduce((n, s) => n + s.length, 0));
          let offset = 0;
          for (const slice of slices) {
            bytes.set(slice, offset);
            offset += slice.length;
          }
          resolve(bytes);
          return;
        }
        file.getSliceAsync(index, (slice) => {
          if (slice.status !== Office.AsyncResultStatus.Succeeded) {
            file.closeAsync();
            reject(new Error(`文書の ${index + 1} 番目の部分を読み出せませんでした（${slice.error.message}）`));
            return;
          }
          slices.push(Uint8Array.from(slice.value.data as ArrayLike<number>));
          read(index + 1);
        });
      };
      read(0);
    });
  });
}
