import { describe, expect, it } from "vitest";
import { ExcelServiceClient } from "../src/excel/excelService";
import { ServiceProblem } from "../src/shared/problem";
import { ServiceConnection } from "../src/shared/service";

describe("ExcelServiceClient", () => {
  it("posts the workbook's bytes as .xlsx with its name in the query", async () => {
    let sent: { url: string; type: string; body: Uint8Array } | undefined;
    const client = new ExcelServiceClient(new ServiceConnection("http://127.0.0.1:5080", undefined, (async (url: string, init: RequestInit) => {
      sent = { url, type: new Headers(init.headers).get("Content-Type") ?? "", body: init.body as Uint8Array };
      return Response.json({ planId: "akita-2021", findings: [] });
    }) as unknown as typeof fetch));
    const check = await client.check(new Uint8Array([0x50, 0x4b, 3, 4]), "デジタル化推進本部.xlsx");
    expect(check.planId).toBe("akita-2021");
    expect(sent!.url).toBe("http://127.0.0.1:5080/api/excel/workbooks/check?name=%E3%83%87%E3%82%B8%E3%82%BF%E3%83%AB%E5%8C%96%E6%8E%A8%E9%80%B2%E6%9C%AC%E9%83%A8.xlsx");
    expect(sent!.type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect([...sent!.body]).toEqual([0x50, 0x4b, 3, 4]);
  });

  it("submits to the submit endpoint and passes a refusal on as a ServiceProblem", async () => {
    let url = "";
    const client = new ExcelServiceClient(new ServiceConnection("http://127.0.0.1:5080", undefined, (async (u: string) => {
      url = u;
      return new Response(JSON.stringify({ title: "送られた文書を読めません", detail: "b.xlsx: 別の計画（x）の様式です。", errors: [{ place: "odx_marker!B1", message: "様式の計画は「x」です。" }] }),
        { status: 422, headers: { "Content-Type": "application/problem+json" } });
    }) as unknown as typeof fetch));
    const error = (await client.submit(new Uint8Array([1]), "b.xlsx").catch((e: unknown) => e)) as ServiceProblem;
    expect(url.startsWith("http://127.0.0.1:5080/api/excel/workbooks/submit?")).toBe(true);
    expect(error).toBeInstanceOf(ServiceProblem);
    expect(error.describe()).toBe("送られた文書を読めません：b.xlsx: 別の計画（x）の様式です。");
  });
});
