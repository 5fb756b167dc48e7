// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { GlossaryClient, type GlossaryFinding, type MarkerForm, type RefreshedGlossary } from "../src/word/glossaryClient";
import { GlossaryPanel, findingPlace, type GlossaryDocument } from "../src/word/glossaryPanel";
import { Actions } from "../src/shared/actions";
import { ServiceConnection } from "../src/shared/service";
import { ServiceProblem } from "../src/shared/problem";

const docx = new Uint8Array([0x50, 0x4b, 3, 4]);
const requests: string[] = [];
const done: string[] = [];

/** The service as the panel sees it: canned answers by path, every request recorded. */
function service(answers: Record<string, unknown>): GlossaryClient {
  return new GlossaryClient(new ServiceConnection("http://127.0.0.1:5080", undefined, (async (url: string, init: RequestInit) => {
    const { pathname, search } = new URL(url);
    requests.push(`${init.method} ${pathname}${decodeURIComponent(search)}`);
    const key = Object.keys(answers).find((k) => `${pathname}${decodeURIComponent(search)}`.startsWith(k));
    if (!key) return new Response(JSON.stringify({ title: "見つかりません", detail: `${pathname} は用意されていません。` }), { status: 404 });
    const answer = answers[key];
    return answer instanceof Response ? answer : new Response(JSON.stringify(answer), { status: 200 });
  }) as unknown as typeof fetch));
}

/** Word as the panel sees it: a selection, the markers already there, and a record of what the panel did. */
function word(selection: string, marked: string[], found = true): GlossaryDocument {
  return {
    selectedText: async () => selection,
    markedTerms: async () => marked,
    insertMarker: async (marker: MarkerForm) => { done.push(`insertMarker ${marker.tag} ${marker.text}`); },
    applyRefresh: async (refreshed: RefreshedGlossary) => { done.push(`applyRefresh ${refreshed.section} ${refreshed.markers.map((m) => m.text).join(",")}`); return true; },
    replaceBody: async (bytes: Uint8Array) => { done.push(`replaceBody ${Array.from(bytes).join(",")}`); },
    jumpTo: async (snippet: string | undefined, term: string) => { done.push(`jumpTo ${snippet} ${term}`); return found; },
    documentFile: async () => docx,
  };
}

const marker = (term: string, text: string): MarkerForm => ({ term, tag: `odx:glossary-marker:${term}`, title: "用語の注記", text, footnote: false });

function panel(client: GlossaryClient, document: GlossaryDocument): { root: HTMLElement; panel: GlossaryPanel } {
  const root = window.document.createElement("section");
  const glossary = new GlossaryPanel(root, client, () => "katagami", new Actions(root, "Word"), document);
  glossary.render();
  return { root, panel: glossary };
}

const status = (root: HTMLElement) => root.querySelector("fluent-message-bar")?.textContent ?? "";

beforeEach(() => {
  requests.length = 0;
  done.length = 0;
});

describe("GlossaryPanel", () => {
  it("lists the matching terms and marks the one picked from the list", async () => {
    const client = service({
      "/api/glossary/terms": { total: 1, terms: [{ term: "ICT", reading: "アイシーティー", definition: "情報通信技術。", variants: [] }] },
      "/api/glossary/marker?profile=katagami&term=ICT&number=1": marker("ICT", "※1"),
      "/api/glossary/marker?profile=katagami&term=ICT&number=3": marker("ICT", "※3"),
    });
    const { root, panel: glossary } = panel(client, word("", ["RPA", "クラウド"]));
    await glossary.find("ＩＣＴ");
    expect(requests).toEqual(["GET /api/glossary/terms?q=ＩＣＴ&limit=20"]);
    const item = root.querySelector<HTMLElement>('#glossary-terms [role="option"][data-term="ICT"]')!;
    expect(item.textContent).toContain("情報通信技術。");
    item.click();
    expect(item.getAttribute("aria-selected")).toBe("true");
    // One tab stop for the whole list (role listbox); arrows move, Enter chooses.
    const list = root.querySelector<HTMLElement>("#glossary-terms")!;
    expect(list.getAttribute("role")).toBe("listbox");
    expect(list.getAttribute("tabindex")).toBe("0");
    list.dispatchEvent(new KeyboardEvent("keydown", { key: "Home" }));
    list.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    expect(list.getAttribute("aria-activedescendant")).toBe(item.id);
    expect(item.getAttribute("aria-selected")).toBe("true");

    await glossary.mark();
    expect(done).toEqual(["insertMarker odx:glossary-marker:ICT ※3"]);
    expect(status(root)).toContain("「ICT」に注記 ※3 を付けました");
  });

  it("marks the selected text with the number of its term when the term is marked already", async () => {
    const client = service({ "/api/glossary/marker?profile=katagami&term=ｒｐａ&number=1": marker("RPA", "※1") });
    const { panel: glossary } = panel(client, word("ｒｐａ", ["RPA", "クラウド"]));
    await glossary.mark();
    expect(done).toEqual(["insertMarker odx:glossary-marker:RPA ※1"]);
    expect(requests).toHaveLength(1);
  });

  it("shows the service's Japanese problem when the selection is no known term", async () => {
    const client = service({
      "/api/glossary/marker": new Response(JSON.stringify({ title: "見つかりません", detail: "用語「量子会計」は用語集ファイルにありません。" }), { status: 404 }),
    });
    const { root, panel: glossary } = panel(client, word("量子会計", []));
    const error = await glossary.mark().catch((e: unknown) => e);
    expect(done).toEqual([]);
    expect((error as ServiceProblem).describe()).toBe("見つかりません：用語「量子会計」は用語集ファイルにありません。");
  });

  it("sends the document to refresh and applies the answer in place", async () => {
    let sent: unknown;
    const client = new GlossaryClient(new ServiceConnection("http://127.0.0.1:5080", undefined, (async (url: string, init: RequestInit) => {
      requests.push(`${init.method} ${new URL(url).pathname}${new URL(url).search} ${(init.headers as Record<string, string>)["Content-Type"]}`);
      sent = init.body;
      return new Response(JSON.stringify({ profile: "katagami", section: "<pkg:package/>", markers: [{ term: "RPA", text: "※1" }], footnotes: false }));
    }) as unknown as typeof fetch));
    const { root, panel: glossary } = panel(client, word("", []));
    await glossary.refresh();
    expect(requests).toEqual(["POST /api/glossary/refresh/section?profile=katagami application/vnd.openxmlformats-officedocument.wordprocessingml.document"]);
    expect(Array.from(new Uint8Array(sent as ArrayBuffer))).toEqual(Array.from(docx));
    expect(done).toEqual(["applyRefresh <pkg:package/> ※1"]);
    expect(status(root)).toContain("用語集を更新しました（注記 1 か所）。");
  });

  it("replaces the body with the refreshed document when the profile's glossary is footnotes", async () => {
    const client = new GlossaryClient(new ServiceConnection("http://127.0.0.1:5080", undefined, (async (url: string, init: RequestInit) => {
      const { pathname, search } = new URL(url);
      requests.push(`${init.method} ${pathname}${search}`);
      return pathname.endsWith("/section")
        ? new Response(JSON.stringify({ profile: "akita", markers: [{ term: "RPA", text: "*1" }], footnotes: true }))
        : new Response(new Uint8Array([0x50, 0x4b, 9]));
    }) as unknown as typeof fetch));
    const { root, panel: glossary } = panel(client, word("", []));
    await glossary.refresh();
    expect(requests).toEqual(["POST /api/glossary/refresh/section?profile=katagami", "POST /api/glossary/refresh?profile=katagami"]);
    expect(done).toEqual(["replaceBody 80,75,9"]);
    expect(status(root)).toContain("注記 1 か所と脚注を更新しました");
  });

  it("lists each finding with its heading and measure, and a click jumps to its snippet", async () => {
    const findings: GlossaryFinding[] = [
      { kind: "unmarked", term: "ICT", message: "「ICT」に注記がありません。", place: "本文の 1 段落目", snippet: "本市ではICTを活用" },
      { kind: "variant", term: "ICT", message: "「ＩＣＴ」は「ICT」の表記ゆれです。", place: "施策表（akita-1-02/overview）", snippet: "職員のＩＣＴ研修", measureId: "akita-1-02", heading: "(1) 行政手続" },
    ];
    const { root, panel: glossary } = panel(service({ "/api/glossary/check": { clean: false, findings } }), word("", []));
    await glossary.check();
    const items = [...root.querySelectorAll<HTMLButtonElement>("#glossary-findings button")];
    expect(items.map((b) => b.querySelector(".finding-kind")!.textContent)).toEqual(["注記なし", "表記ゆれ"]);
    // Where it is, in the drafter's words: the heading, never the measure's internal id.
    expect(items[1]!.querySelector(".finding-place")!.textContent).toBe("見出し「(1) 行政手続」の施策表");
    expect(root.textContent).not.toContain("akita-1-02");
    expect(findingPlace({ ...findings[1]!, heading: undefined })).toBe("施策表の中");
    expect(items[0]!.querySelector(".finding-place")!.textContent).toBe("本文の 1 段落目");
    expect(status(root)).toContain("2 件の指摘があります");

    await glossary.jump(findings[1]!);
    expect(done).toEqual(["jumpTo 職員のＩＣＴ研修 ICT"]);
  });

  it("says so when a finding is no longer in the document", async () => {
    const { root, panel: glossary } = panel(service({}), word("", [], false));
    await glossary.jump({ kind: "unusedEntry", term: "メタバース", message: "", place: "用語集", snippet: "メタバース" });
    expect(status(root)).toContain("「メタバース」が文書に見つかりません");
  });
});
