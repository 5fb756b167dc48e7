import { describe, expect, it } from "vitest";
import { ServiceClient } from "../src/shared/client";
import { ServiceProblem, ServiceUnreachable } from "../src/shared/problem";
import { ServiceConnection } from "../src/shared/service";
import { TokenSource } from "../src/shared/auth";
import { describeFailure } from "../src/shared/messages";

const answer = (status: number, body: string, type = "application/problem+json") =>
  (async () => new Response(body, { status, headers: { "Content-Type": type } })) as typeof fetch;

describe("ServiceClient", () => {
  it("posts the measure with its profile and period and returns the OOXML text", async () => {
    let sent: { url: string; body: string } | undefined;
    const client = new ServiceClient(new ServiceConnection("http://127.0.0.1:5080", undefined, (async (url: string, init: RequestInit) => {
      sent = { url, body: String(init.body) };
      return new Response("<pkg:package/>", { status: 200 });
    }) as unknown as typeof fetch));
    const ooxml = await client.measureTable("akita", { from: 2021, to: 2023 }, { id: "m-1", name: "x", overview: "", mainActions: [], schedule: [], indicators: [], departments: [] });
    expect(ooxml).toBe("<pkg:package/>");
    expect(sent!.url).toBe("http://127.0.0.1:5080/api/word/fragments/measure-table");
    expect(JSON.parse(sent!.body)).toMatchObject({ profile: "akita", period: { from: 2021, to: 2023 }, measure: { id: "m-1" } });
  });

  it("turns a problem document into a ServiceProblem with the Japanese text and places", async () => {
    const client = new ServiceClient(new ServiceConnection("http://127.0.0.1:5080", undefined, answer(400, JSON.stringify({
      title: "リクエストの内容に誤りがあります", detail: "施策の名称が空です。", errors: [{ place: "$.measure.name", message: "空です。" }],
    }))));
    const error = await client.form("akita", { from: 2021, to: 2023 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceProblem);
    expect((error as ServiceProblem).describe()).toBe("リクエストの内容に誤りがあります：施策の名称が空です。");
    expect((error as ServiceProblem).errors).toEqual([{ place: "$.measure.name", message: "空です。" }]);
  });

  it("still explains an answer that is not a problem document", async () => {
    const client = new ServiceClient(new ServiceConnection("http://127.0.0.1:5080", undefined, answer(502, "<html>Bad Gateway</html>", "text/html")));
    const error = (await client.readMeasure("akita", "<x/>").catch((e: unknown) => e)) as ServiceProblem;
    expect(error.status).toBe(502);
    expect(error.describe()).toBe("サービスがエラーを返しました：HTTP 502");
  });

  it("says in Japanese that the service cannot be reached, never the browser's 'Failed to fetch', and offers a retry", async () => {
    const client = new ServiceClient(new ServiceConnection("http://127.0.0.1:5080", undefined, (async () => { throw new TypeError("Failed to fetch"); }) as unknown as typeof fetch));
    const error = await client.profiles().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnreachable);
    const failure = describeFailure(error, "Word");
    expect(failure.text).toBe("OfficeDx サービスにつながりません。");
    expect(failure.text + failure.action).not.toContain("Failed to fetch");
    expect(failure.retry).toBe(true);
  });

  it("sends the bearer token on every call when sign-in is configured, and none without it", async () => {
    const headers: (string | null)[] = [];
    const fetcher = (async (_: string, init: RequestInit) => {
      headers.push(new Headers(init.headers).get("Authorization"));
      return Response.json([]);
    }) as unknown as typeof fetch;
    const tokens = new TokenSource({ clientId: "c", scope: "api://x/access_as_user" }, async () => "token-1");
    await new ServiceClient(new ServiceConnection("http://127.0.0.1:5080", tokens, fetcher)).profiles();
    await new ServiceClient(new ServiceConnection("http://127.0.0.1:5080", tokens, fetcher)).readMeasure("akita", "<x/>");
    await new ServiceClient(new ServiceConnection("http://127.0.0.1:5080", undefined, fetcher)).profiles();
    expect(headers).toEqual(["Bearer token-1", "Bearer token-1", null]);
  });

  it("marks every call with the add-in's client header, which a page of another site cannot send without a refused preflight", async () => {
    const marks: (string | null)[] = [];
    const fetcher = (async (_: string, init: RequestInit) => {
      marks.push(new Headers(init.headers).get("X-OfficeDx-Client"));
      return Response.json([]);
    }) as unknown as typeof fetch;
    const client = new ServiceClient(new ServiceConnection("http://127.0.0.1:5080", undefined, fetcher));
    await client.profiles();
    await client.readMeasure("akita", "<x/>");
    expect(marks).toEqual(["addin", "addin"]);
  });
});
