import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Entra ID stood in on 127.0.0.1 for the panes' end-to-end tests (as EntraStandIn does for the service's C# tests): an OpenID
 * Connect metadata document and a JWKS with a local RSA key, and access tokens signed with it carrying what Entra puts in a token
 * for our API (aud, iss, tid, scp, roles, groups). The service validates them with Microsoft.Identity.Web as it would Entra's.
 */
export class EntraStandIn {
  static readonly tenantId = "7d1a4c2e-0000-4000-8000-0000000000aa";
  static readonly clientId = "5f0b9e31-0000-4000-8000-0000000000bb";
  private static readonly keyId = "odx-e2e-key";

  private constructor(private readonly server: Server, private readonly key: KeyObject, readonly instance: string) {}

  get issuer(): string {
    return `${this.instance}${EntraStandIn.tenantId}/v2.0`;
  }

  static async start(): Promise<EntraStandIn> {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const jwk = publicKey.export({ format: "jwk" });
    const server = createServer((request, response) => {
      const base = `http://${request.headers.host}/`;
      const path = new URL(request.url ?? "/", base).pathname;
      const json = (body: unknown) => { response.writeHead(200, { "content-type": "application/json" }); response.end(JSON.stringify(body)); };
      if (path.endsWith("/discovery/v2.0/keys")) return json({ keys: [{ kty: jwk.kty, use: "sig", kid: EntraStandIn.keyId, n: jwk.n, e: jwk.e }] });
      if (path.endsWith("/.well-known/openid-configuration"))
        return json({
          issuer: `${base}${EntraStandIn.tenantId}/v2.0`,
          authorization_endpoint: `${base}${EntraStandIn.tenantId}/oauth2/v2.0/authorize`,
          token_endpoint: `${base}${EntraStandIn.tenantId}/oauth2/v2.0/token`,
          jwks_uri: `${base}${EntraStandIn.tenantId}/discovery/v2.0/keys`,
          response_types_supported: ["code", "id_token", "token"],
          subject_types_supported: ["pairwise"],
          id_token_signing_alg_values_supported: ["RS256"],
        });
      response.writeHead(404).end();
    });
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    const port = (server.address() as AddressInfo).port;
    return new EntraStandIn(server, privateKey, `http://127.0.0.1:${port}/`);
  }

  /** The service's command-line settings for this tenant (`officedx serve --tenant … --client-id …` and the stand-in's address). */
  serviceArgs(departmentGroups: Record<string, string>): string[] {
    return [
      "--tenant", EntraStandIn.tenantId, "--client-id", EntraStandIn.clientId, `--OfficeDx:Entra:Instance=${this.instance}`,
      ...Object.entries(departmentGroups).map(([group, department]) => `--OfficeDx:DepartmentGroups:${group}=${department}`),
    ];
  }

  /** An access token for the API with these app roles and groups, signed with the stand-in's key (RS256). */
  token(roles: string[], groups: string[] = [], options: { user?: string; signedBy?: KeyObject } = {}): string {
    const now = Math.floor(Date.now() / 1000);
    const payload: Record<string, unknown> = {
      iss: this.issuer, aud: EntraStandIn.clientId, iat: now - 60, nbf: now - 60, exp: now + 1800,
      tid: EntraStandIn.tenantId, oid: randomUUID(), preferred_username: options.user ?? "taro@city.example.jp", name: "秋田 太郎",
      scp: "access_as_user", ver: "2.0",
      ...(roles.length ? { roles } : {}), ...(groups.length ? { groups } : {}),
    };
    const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString("base64url");
    const unsigned = `${encode({ alg: "RS256", typ: "JWT", kid: EntraStandIn.keyId })}.${encode(payload)}`;
    const signature = createSign("RSA-SHA256").update(unsigned).sign(options.signedBy ?? this.key).toString("base64url");
    return `${unsigned}.${signature}`;
  }

  /** A key Entra never had: a token signed with it must be refused. */
  static foreignKey(): KeyObject {
    return generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
  }

  stop(): Promise<void> {
    return new Promise((ok) => this.server.close(() => ok()));
  }
}
