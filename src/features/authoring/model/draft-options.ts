// The report id, unit name and year a draft needs: one set of rules for `npm run data:draft` and the review
// page, so a value one accepts the other accepts too. Each returns undefined for a value it refuses.

const draftOptionLimits = { idLength: 64, unitLength: 80, firstYear: 1949, lastYear: 2100 } as const;

/** A report id: kebab-case (yantai-psb-2023), at most 64 characters. */
export function readReportId(id: string): string | undefined {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/u.test(id) && id.length <= draftOptionLimits.idLength ? id : undefined;
}

/** The bureau as the report names itself, without the spaces around it; no control characters. */
export function readUnitName(unit: string): string | undefined {
  const trimmed = unit.trim();
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  if (trimmed === '' || trimmed.length > draftOptionLimits.unitLength || /[\u0000-\u001F\u007F]/u.test(trimmed)) return undefined;
  return trimmed;
}

/** The four-digit year the report covers. */
export function readReportYear(year: string): number | undefined {
  if (!/^\d{4}$/u.test(year)) return undefined;
  const value = Number(year);
  return value >= draftOptionLimits.firstYear && value <= draftOptionLimits.lastYear ? value : undefined;
}

/** The unit and year a report's title line names (烟台市公安局2022年法治政府建设…报告), to fill in for the user. */
export function guessFromTitle(text: string): { unit?: string; year?: number } {
  const first = text.replace(/^\uFEFF/u, '').split(/\r?\n/u).map((line) => line.replace(/^#+/u, '').trim()).find((line) => line !== '') ?? '';
  const match = /^(?<unit>[\u4e00-\u9fff]{2,30}?(?:公安局|公安厅|公安处|分局))\s*(?:关于)?\s*(?<year>(?:19|20)\d{2})\s*年/u.exec(first);
  if (!match?.groups) return {};
  const unit = readUnitName(match.groups.unit ?? '');
  const year = readReportYear(match.groups.year ?? '');
  return { ...(unit ? { unit } : {}), ...(year ? { year } : {}) };
}
