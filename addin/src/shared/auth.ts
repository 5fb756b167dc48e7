/**
 * The token every call to the service carries when the service asks for sign-in: Office single sign-on first
 * (Office.auth.getAccessToken), MSAL.js nested app authentication where Office SSO is unavailable.
 */

/** What the service publishes about its sign-in (auth-config.json next to the pane); no file means no sign-in. */
export interface AuthConfig {
  /** The Entra application (client) id of the add-in. */
  clientId: string;
  /** The scope the service's API takes, e.g. api://officedx.example.lg.jp/<client id>/access_as_user. */
  scope: string;
  /** e.g. https://login.microsoftonline.com/<tenant id>; "organizations" when left out. */
  authority?: string;
}

/** Why no token could be had, in Japanese, with what the drafter can do about it. */
export class SignInProblem extends Error {
  constructor(
    readonly title: string,
    readonly action: string,
    readonly code?: number | string,
    /** Whether pressing 再試行 may help (false when only an administrator can fix it). */
    readonly retryable = true,
  ) {
    super(title);
  }
}

/** Office SSO error codes (https://learn.microsoft.com/office/dev/add-ins/develop/troubleshoot-sso-in-office-add-ins). */
const ssoErrors: Record<number, { title: string; action: string; retryable?: boolean; fallBack?: boolean }> = {
  13000: { title: "この Office ではシングル サインオンを使えません。", action: "Microsoft アカウントでのサインインに切り替えます。", fallBack: true },
  13001: { title: "Office にサインインしていません。", action: "Office の右上の「サインイン」から組織のアカウントでサインインし、「再試行」を押してください。" },
  13002: { title: "サインインまたは同意が取り消されました。", action: "もう一度「再試行」を押し、表示される画面でサインイン（同意）してください。" },
  13003: { title: "個人用の Microsoft アカウントではサインインできません。", action: "Office を組織（職場）のアカウントでサインインし直してから「再試行」を押してください。" },
  13004: { title: "アドインの登録に誤りがあります。", action: "情報政策担当（管理者）に、マニフェストの WebApplicationInfo を確認するよう依頼してください。", retryable: false },
  13005: { title: "サービスへのアクセスが許可されていません。", action: "管理者に、アドインへの管理者の同意（admin consent）を依頼してください。", retryable: false },
  13006: { title: "Office でサインインの処理に失敗しました。", action: "Office をいったん閉じて開き直し、「再試行」を押してください。" },
  13007: { title: "Office がサインイン用のトークンを受け取れませんでした。", action: "Microsoft アカウントでのサインインに切り替えます。", fallBack: true },
  13008: { title: "前のサインインの処理がまだ終わっていません。", action: "少し待ってから「再試行」を押してください。" },
  13010: { title: "この環境ではシングル サインオンを使えません。", action: "Microsoft アカウントでのサインインに切り替えます。", fallBack: true },
  13012: { title: "この Office ではシングル サインオンを使えません。", action: "Microsoft アカウントでのサインインに切り替えます。", fallBack: true },
  13013: { title: "短い間にサインインを繰り返しました。", action: "1 分ほど待ってから「再試行」を押してください。" },
};

/** The Japanese problem for an Office SSO failure; `fallBack` says whether MSAL may still get a token. */
export function ssoProblem(error: unknown): { problem: SignInProblem; fallBack: boolean } {
  const code = Number((error as { code?: unknown } | null)?.code);
  const known = ssoErrors[code];
  if (known) return { problem: new SignInProblem(known.title, known.action, code, known.retryable ?? true), fallBack: known.fallBack ?? false };
  return { problem: new SignInProblem("サインインできませんでした。", "「再試行」を押してください。続くときは情報政策担当に連絡してください。", Number.isFinite(code) ? code : undefined), fallBack: true };
}

/** The MSAL calls the fallback makes (the nestable public client application), injectable for tests. */
export interface NestedAppAuth {
  acquireTokenSilent(request: { scopes: string[] }): Promise<{ accessToken: string }>;
  acquireTokenPopup(request: { scopes: string[] }): Promise<{ accessToken: string }>;
}

/** MSAL.js nested app authentication, loaded only when Office SSO cannot give a token. */
export async function createNestedAppAuth(config: AuthConfig): Promise<NestedAppAuth> {
  const msal = await import("@azure/msal-browser");
  return msal.createNestablePublicClientApplication({
    auth: { clientId: config.clientId, authority: config.authority ?? "https://login.microsoftonline.com/organizations" },
  });
}

/** Gets tokens for the service: SSO, then MSAL NAA; every failure is a SignInProblem in Japanese. */
export class TokenSource {
  private nested: Promise<NestedAppAuth> | undefined;

  constructor(
    readonly config: AuthConfig,
    private readonly office: () => Promise<string> = () => Office.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true }),
    private readonly nestedAppAuth: (config: AuthConfig) => Promise<NestedAppAuth> = createNestedAppAuth,
  ) {}

  async token(): Promise<string> {
    let sso: { problem: SignInProblem; fallBack: boolean };
    try {
      return await this.office();
    } catch (error) {
      sso = ssoProblem(error);
      if (!sso.fallBack) throw sso.problem;
    }
    return this.fromMsal(sso.problem);
  }

  private async fromMsal(ssoProblemSeen: SignInProblem): Promise<string> {
    const request = { scopes: [this.config.scope] };
    let client: NestedAppAuth;
    try {
      client = await (this.nested ??= this.nestedAppAuth(this.config));
    } catch {
      this.nested = undefined;
      throw new SignInProblem("サインインの準備ができませんでした。", `${ssoProblemSeen.title}ネットワークを確認して「再試行」を押してください。`, ssoProblemSeen.code);
    }
    try {
      return (await client.acquireTokenSilent(request)).accessToken;
    } catch {
      try {
        return (await client.acquireTokenPopup(request)).accessToken;
      } catch (error) {
        const code = (error as { errorCode?: string } | null)?.errorCode;
        if (code === "popup_window_error" || code === "empty_window_error")
          throw new SignInProblem("サインインの画面を開けませんでした。", "ポップアップを許可してから「再試行」を押してください。", code);
        if (code === "user_cancelled")
          throw new SignInProblem("サインインが取り消されました。", "「再試行」を押して、組織のアカウントでサインインしてください。", code);
        throw new SignInProblem("サインインできませんでした。", "「再試行」を押してください。続くときは情報政策担当に連絡してください。", code);
      }
    }
  }
}

/** Reads auth-config.json beside the pane: absent (404) means the service runs without sign-in. */
export async function loadAuthConfig(base: string, fetcher: typeof fetch = (i, r) => fetch(i, r)): Promise<AuthConfig | undefined> {
  try {
    const response = await fetcher(new URL("auth-config.json", base).toString(), { method: "GET", cache: "no-store" });
    if (!response.ok) return undefined;
    const config = (await response.json()) as Partial<AuthConfig>;
    return config.clientId && config.scope ? { clientId: config.clientId, scope: config.scope, ...(config.authority ? { authority: config.authority } : {}) } : undefined;
  } catch {
    return undefined;
  }
}
