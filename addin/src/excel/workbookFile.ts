/** Reads the open workbook as .xlsx bytes through Office's common API (getFileAsync, Compressed), slice by slice. */
const SliceSize = 1024 * 1024;

function call<T>(start: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    start((result) => (result.status === Office.AsyncResultStatus.Succeeded ? resolve(result.value) : reject(new Error(result.error?.message ?? "Office の呼び出しに失敗しました")))),
  );
}

/** The workbook's bytes and a name for the messages (the file name, or ブック.xlsx for a workbook never saved). */
export async function readWorkbook(): Promise<{ bytes: Uint8Array<ArrayBuffer>; name: string }> {
  const file = await call<Office.File>((done) => Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: SliceSize }, done));
  try {
    const parts: Uint8Array[] = [];
    for (let index = 0; index < file.sliceCount; index++) {
      const slice = await call<Office.Slice>((done) => file.getSliceAsync(index, done));
      parts.push(Uint8Array.from(slice.data as ArrayLike<number>));
    }
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const part of parts) {
      bytes.set(part, offset);
      offset += part.length;
    }
    return { bytes, name: workbookName(Office.context.document.url) };
  } finally {
    // Office allows only a couple of open files per document: close even when a slice failed.
    file.closeAsync();
  }
}

/** The file name of the workbook's URL or path (Windows or web), or ブック.xlsx when it has none yet. */
export function workbookName(url: string | undefined | null): string {
  const last = (url ?? "").split(/[\\/]/).pop() ?? "";
  const name = decodeURIComponent(last.split("?")[0] ?? "");
  return name.length > 0 ? name : "ブック.xlsx";
}
