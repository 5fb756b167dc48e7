/** The plan's profile and period as a generated document carries them, so the pane starts with the document's own. */
import type { PlanPeriod } from "../shared/api";

export const ProfileProperty = "odx:profile";
export const FromTag = "odx:plan-field:from";
export const ToTag = "odx:plan-field:to";

const eras: Record<string, number> = { 令和: 2018, R: 2018, 平成: 1988, H: 1988 };

/** A fiscal year as the cover prints it (令和3年度, R3, 令和元年度, 2021年度, full-width digits) as its Western start year. */
export function parseFiscalYear(text: string): number | undefined {
  const plain = text.normalize("NFKC").replace(/\s+/g, "");
  const era = /(令和|平成|R|H)(元|\d{1,2})年?/.exec(plain);
  if (era) return eras[era[1]!]! + (era[2] === "元" ? 1 : Number(era[2]));
  const western = /(\d{4})年?/.exec(plain);
  return western ? Number(western[1]) : undefined;
}

/** What the open document says; each part is left out when the document does not carry it (a document OfficeDx did not write). */
export async function readPlanSettings(): Promise<{ profile?: string; period?: PlanPeriod }> {
  return Word.run(async (context) => {
    const controls = context.document.contentControls;
    const from = controls.getByTag(FromTag).getFirstOrNullObject();
    const to = controls.getByTag(ToTag).getFirstOrNullObject();
    const profile = context.document.properties.customProperties.getItemOrNullObject(ProfileProperty);
    from.load("text");
    to.load("text");
    profile.load("value");
    await context.sync();
    const settings: { profile?: string; period?: PlanPeriod } = {};
    // Only a shipped profile's name: a document written with a profile file names a path the service will not read.
    if (!profile.isNullObject && /^[a-z0-9-]+$/.test(String(profile.value))) settings.profile = String(profile.value);
    const first = from.isNullObject ? undefined : parseFiscalYear(from.text);
    const last = to.isNullObject ? undefined : parseFiscalYear(to.text);
    if (first !== undefined && last !== undefined && first <= last) settings.period = { from: first, to: last };
    return settings;
  });
}
