import type { ServiceConnection } from "../shared/service";

/** A term-base entry as the service lists it. */
export interface TermHit {
  term: string;
  reading?: string;
  expansion?: string;
  definition: string;
  variants: string[];
}

/** The marker content control for a term in the active profile's style, as the library writes it. */
export interface MarkerForm {
  term: string;
  tag: string;
  title: string;
  text: string;
  footnote: boolean;
}

/** One finding of the glossary check, with the paragraph text around it to search for in Word. */
export interface GlossaryFinding {
  kind: "unmarked" | "markerWithoutDefinition" | "unusedEntry" | "variant" | "definitionDiffers" | "foreignMarker";
  term: string;
  message: string;
  place: string;
  snippet?: string;
  measureId?: string;
  heading?: string;
}

/** What a refresh changed that the pane can put back: the section fragment (none for footnotes) and every marker's text in order. */
export interface RefreshedGlossary {
  profile: string;
  section?: string;
  markers: { term: string; text: string }[];
  footnotes: boolean;
}

const docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The glossary calls of the Word pane; every failure arrives as a ServiceProblem with the service's Japanese text. */
export class GlossaryClient {
  constructor(private readonly connection: ServiceConnection) {}

  search(query: string, limit = 20): Promise<{ total: number; terms: TermHit[] }> {
    return this.connection.json("/api/glossary/terms", { method: "GET", query: { q: query, limit } });
  }

  marker(profile: string, term: string, number: number): Promise<MarkerForm> {
    return this.connection.json("/api/glossary/marker", { method: "GET", query: { profile, term, number } });
  }

  /** Refreshes the uploaded document and answers what changed, for the pane to apply in place. */
  refresh(profile: string, docx: Uint8Array): Promise<RefreshedGlossary> {
    return this.connection.json("/api/glossary/refresh/section", this.upload(docx, profile));
  }

  /** The whole refreshed document, for a footnote profile whose footnotes only a whole document carries. */
  async refreshDocument(profile: string, docx: Uint8Array): Promise<Uint8Array> {
    const response = await this.connection.send("/api/glossary/refresh", this.upload(docx, profile));
    return new Uint8Array(await response.arrayBuffer());
  }

  check(docx: Uint8Array): Promise<{ clean: boolean; findings: GlossaryFinding[] }> {
    return this.connection.json("/api/glossary/check", this.upload(docx));
  }

  private upload(docx: Uint8Array, profile?: string) {
    // A copy of the bytes as a plain ArrayBuffer: the body type every fetch (browser, Node) takes as is.
    return { method: "POST" as const, contentType: docxType, body: docx.slice().buffer as ArrayBuffer, ...(profile ? { query: { profile } } : {}) };
  }
}
