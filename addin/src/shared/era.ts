/** Japanese era (和暦) labels for fiscal years: every year the panes show is written the way the plans write it. */
const eras = [
  { name: "令和", first: 2019 },
  { name: "平成", first: 1989 },
] as const;

/** 2021 → 令和3年度, 2019 → 令和元年度, 2018 → 平成30年度: the fiscal year that starts in April of the given Western year. */
export function fiscalYearLabel(year: number): string {
  const era = eras.find((e) => year >= e.first) ?? eras[eras.length - 1]!;
  const n = year - era.first + 1;
  return `${era.name}${n === 1 ? "元" : n}年度`;
}

/** The fiscal year a day falls in (April to March). */
export const fiscalYearOf = (day: Date): number => (day.getMonth() >= 3 ? day.getFullYear() : day.getFullYear() - 1);
