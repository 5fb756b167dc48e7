import { describe, expect, it } from "vitest";
import { SignInProblem, ssoProblem, TokenSource, type NestedAppAuth } from "../src/shared/auth";

const config = { clientId: "c", scope: "api://officedx/access_as_user" };
const failing = (code: number) => async () => { throw Object.assign(new Error("sso"), { code }); };

describe("Office SSO errors", () => {
  it("says each known code in Japanese with what to do, and whether a retry or the fallback can help", () => {
    expect(ssoProblem({ code: 13001 }).problem.title).toBe("Office にサインインしていません。");
    expect(ssoProblem({ code: 13001 }).fallBack).toBe(false);
    expect(ssoProblem({ code: 13002 }).problem.action).toContain("再試行");
    expect(ssoProblem({ code: 13003 }).problem.title).toContain("個人用の Microsoft アカウント");
    expect(ssoProblem({ code: 13005 }).problem.retryable).toBe(false);
    for (const code of [13000, 13007, 13010, 13012]) expect(ssoProblem({ code }).fallBack).toBe(true);
    expect(ssoProblem(new Error("x")).problem.title).toBe("サインインできませんでした。");
  });
});

describe("TokenSource", () => {
  it("takes the Office SSO token when Office gives one", async () => {
    expect(await new TokenSource(config, async () => "sso").token()).toBe("sso");
  });

  it("falls back to MSAL nested app authentication where SSO is unavailable: silent first, then the popup", async () => {
    const asked: string[] = [];
    const nested: NestedAppAuth = {
      acquireTokenSilent: async (r) => { asked.push(`silent ${r.scopes.join()}`); throw new Error("interaction_required"); },
      acquireTokenPopup: async (r) => { asked.push(`popup ${r.scopes.join()}`); return { accessToken: "naa" }; },
    };
    expect(await new TokenSource(config, failing(13012), async () => nested).token()).toBe("naa");
    expect(asked).toEqual(["silent api://officedx/access_as_user", "popup api://officedx/access_as_user"]);
  });

  it("does not fall back when the drafter is simply not signed in to Office, and says so", async () => {
    let fellBack = false;
    const error = await new TokenSource(config, failing(13001), async () => { fellBack = true; throw new Error(); }).token().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInProblem);
    expect((error as SignInProblem).title).toBe("Office にサインインしていません。");
    expect(fellBack).toBe(false);
  });

  it("says a blocked sign-in popup in Japanese", async () => {
    const nested: NestedAppAuth = {
      acquireTokenSilent: async () => { throw new Error("no account"); },
      acquireTokenPopup: async () => { throw Object.assign(new Error("popup"), { errorCode: "popup_window_error" }); },
    };
    const error = (await new TokenSource(config, failing(13012), async () => nested).token().catch((e: unknown) => e)) as SignInProblem;
    expect(error.title).toBe("サインインの画面を開けませんでした。");
    expect(error.action).toContain("ポップアップを許可");
  });
});
