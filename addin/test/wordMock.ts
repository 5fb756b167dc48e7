import { OfficeMockObject } from "office-addin-mock";

export type Node = Record<string, unknown>;

/**
 * Installs office-addin-mock as the global Word with the given document. Word fills isNullObject, a ClientResult's value
 * and a collection's items at sync, loaded or not; office-addin-mock would guard them like loadable properties, so they
 * are set on the mock's objects afterwards (by dotted path), as the host would.
 */
export function installWord(document: Node, hostFilled: Record<string, unknown> = {}): Node {
  const mock = new OfficeMockObject({
    context: { document },
    InsertLocation: { replace: "Replace", after: "After", end: "End" },
    RangeLocation: { whole: "Whole" },
    run: async function (this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) { return batch(this.context); },
  }) as unknown as Node;
  for (const [path, value] of Object.entries(hostFilled)) {
    const keys = path.split(".");
    const target = keys.slice(0, -1).reduce<Node>((node, key) => node[key] as Node, mock);
    target[keys.at(-1)!] = value;
  }
  (globalThis as Node).Word = mock;
  return mock;
}

export function uninstallWord(): void {
  delete (globalThis as Node).Word;
}
