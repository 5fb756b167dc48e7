import { afterEach, describe, expect, it } from "vitest";
import { readWorkbook, workbookName } from "../src/excel/workbookFile";

type Node = Record<string, unknown>;

/** Office's common API as far as getFileAsync goes: a file in slices, each handed to a callback, and closeAsync. */
function installOffice(slices: number[][], url: string, failAt = -1) {
  const log: string[] = [];
  const file = {
    sliceCount: slices.length,
    getSliceAsync(index: number, done: (r: unknown) => void) {
      log.push(`slice ${index}`);
      done(index === failAt ? { status: "failed", error: { message: "読み取りエラー" } } : { status: "succeeded", value: { data: slices[index] } });
    },
    closeAsync() { log.push("close"); },
  };
  (globalThis as Node).Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    FileType: { Compressed: "compressed" },
    context: {
      document: {
        url,
        getFileAsync(type: string, options: { sliceSize: number }, done: (r: unknown) => void) {
          log.push(`open ${type} ${options.sliceSize}`);
          done({ status: "succeeded", value: file });
        },
      },
    },
  };
  return log;
}

afterEach(() => {
  delete (globalThis as Node).Office;
});

describe("readWorkbook", () => {
  it("joins the compressed file's slices in order and closes the file", async () => {
    const log = installOffice([[0x50, 0x4b], [3, 4], [5]], "C:\\Users\\taro\\Documents\\デジタル化推進本部.xlsx");
    const { bytes, name } = await readWorkbook();
    expect([...bytes]).toEqual([0x50, 0x4b, 3, 4, 5]);
    expect(name).toBe("デジタル化推進本部.xlsx");
    expect(log).toEqual(["open compressed 1048576", "slice 0", "slice 1", "slice 2", "close"]);
  });

  it("closes the file even when a slice cannot be read", async () => {
    const log = installOffice([[1], [2]], "", 1);
    await expect(readWorkbook()).rejects.toThrow("読み取りエラー");
    expect(log.at(-1)).toBe("close");
  });
});

describe("workbookName", () => {
  it("takes the file name of a web address or a path, and names an unsaved workbook", () => {
    expect(workbookName("https://contoso.sharepoint.com/sites/dx/Shared%20Documents/%E5%B8%82%E6%B0%91%E8%AA%B2.xlsx?web=1")).toBe("市民課.xlsx");
    expect(workbookName("/home/taro/b.xlsx")).toBe("b.xlsx");
    expect(workbookName("")).toBe("ブック.xlsx");
    expect(workbookName(undefined)).toBe("ブック.xlsx");
  });
});
