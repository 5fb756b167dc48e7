import { describe, expect, it } from "vitest";
import { ServiceProblem } from "../src/shared/problem";
import { ServiceClient } from "../src/shared/service";

const answer = (status: number, body: string, type = "application/problem+json") =>
  (async () => new Response(body, { status, headers: { "Content-Type": type } })) as typeof fetch;

describe("ServiceClient", () => {
  it("posts the measure with its profile and period and returns the OOXML text", async () => {
    let sent: { url: string; body: string } | undefined;
    const client = new ServiceClient("http://127.0.0.1:5080", (async (url: string, init: RequestInit) => {
      sent = { url, body: String(init.body) };
      return new Response("<pkg:package/>", { status: 200 });
    }) as unknown as typeof fetch);
    const ooxml = await client.measureTable("akita", { from: 2021, to: 2023 }, { id: "m-1", name: "x", overview: "", mainActions: [], schedule: [], indicators: [], departments: [] });
    expect(ooxml).toBe("<pkg:package/>");
    expect(sent!.url).toBe("http://127.0.0.1:5080/api/word/fragments/measure-table");
    expect(JSON.parse(sent!.body)).toMatchObject({ profile: "akita", period: { from: 2021, to: 2023 }, measure: { id: "m-1" } });
  });

  it("turns a problem document into a ServiceProblem with the Japanese text and places", async () => {
    const client = new ServiceClient("http://127.0.0.1:5080", answer(400, JSON.stringify({
      title: "リクエストの内容に誤りがあります", detail: "施策の名称が空です。", errors: [{ place: "$.measure.name", message: "空です。" }],
    })));
    const error = await client.form("akita", { from: 2021, to: 2023 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceProblem);
    expect((error as ServiceProblem).describe()).toBe("リクエストの内容に誤りがあります：施策の名称が空です。");
    expect((error as ServiceProblem).errors).toEqual([{ place: "$.measure.name", message: "空です。" }]);
  });

  it("still explains an answer that is not a problem document", async () => {
    const client = new ServiceClient("http://127.0.0.1:5080", answer(502, "<html>Bad Gateway</html>", "text/html"));
    const error = (await client.readMeasure("akita", "<x/>").catch((e: unknown) => e)) as ServiceProblem;
    expect(error.status).toBe(502);
    expect(error.describe()).toBe("サービスがエラーを返しました：HTTP 502");
  });
});
