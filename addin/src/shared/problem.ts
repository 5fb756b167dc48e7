/** A refusal from the OfficeDx service (RFC 7807 problem details), kept with its Japanese text and each bad place. */
export interface ProblemItem {
  place: string;
  message: string;
}

export class ServiceProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors: ProblemItem[] = [],
  ) {
    super(detail || title);
  }

  /** The sentence the task pane shows: the title, then the detail. */
  describe(): string {
    return this.detail ? `${this.title}：${this.detail}` : this.title;
  }

  /** A busy or failing service, or a timeout, may answer the same request next time; a refused request will not. */
  get retryable(): boolean {
    return this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

/** The service could not be reached at all (fetch threw): no answer, so nothing the service said to show. */
export class ServiceUnreachable extends Error {
  constructor(readonly reason: unknown) {
    super("OfficeDx サービスにつながりません");
  }
}

/** Turns any failed response into a ServiceProblem; a body that is not problem JSON still gets a plain Japanese message. */
export async function problemFrom(response: Response): Promise<ServiceProblem> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as { title?: string; detail?: string; errors?: ProblemItem[] };
    return new ServiceProblem(response.status, body.title ?? "サービスがエラーを返しました", body.detail ?? "", body.errors ?? []);
  } catch {
    return new ServiceProblem(response.status, "サービスがエラーを返しました", `HTTP ${response.status}`);
  }
}
