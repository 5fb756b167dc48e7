import type { TokenSource } from "./auth";
import { problemFrom, ServiceUnreachable } from "./problem";

/** The header every call to the service carries: a page of another site cannot send it without a CORS preflight the service refuses. */
export const clientHeader = "X-OfficeDx-Client";

/**
 * The one place the panes build requests to the OfficeDx service: the base address, the bearer token when sign-in is
 * configured, and every failure as a ServiceProblem (an answer), ServiceUnreachable (no answer) or SignInProblem (no token).
 */
export class ServiceConnection {
  constructor(
    private readonly baseUrl: string,
    private readonly tokens?: TokenSource,
    private readonly fetcher: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  /** Sends the request and answers the response when it is a success. */
  async send(path: string, init: { method: "GET" | "POST"; body?: BodyInit; contentType?: string; query?: Record<string, string | number> } = { method: "GET" }): Promise<Response> {
    const url = new URL(path, this.baseUrl);
    for (const [name, value] of Object.entries(init.query ?? {})) url.searchParams.set(name, String(value));
    const headers: Record<string, string> = { [clientHeader]: "addin" };
    if (init.contentType) headers["Content-Type"] = init.contentType;
    if (this.tokens) headers.Authorization = `Bearer ${await this.tokens.token()}`;
    let response: Response;
    try {
      response = await this.fetcher(url.toString(), { method: init.method, headers, ...(init.body === undefined ? {} : { body: init.body }) });
    } catch (error) {
      throw new ServiceUnreachable(error);
    }
    if (!response.ok) throw await problemFrom(response);
    return response;
  }

  async json<T>(path: string, init?: Parameters<ServiceConnection["send"]>[1]): Promise<T> {
    return (await (await this.send(path, init)).json()) as T;
  }

  postJson<T>(path: string, body: unknown): Promise<T> {
    return this.json<T>(path, { method: "POST", contentType: "application/json", body: JSON.stringify(body) });
  }
}
