import { z } from 'zod';

/**
 * The deployment's one-stop office and the bodies around it (data/agencies/agencies.json).
 * Another commune deploys by editing that file only. Unknown facts (address, phone, hours) stay
 * null and carry a `whereToAsk` hint; nothing here is invented.
 */

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');
const weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

export const officeHoursSchema = z.strictObject({
  /** False until someone checks the hours against a posted notice or the commune's decision. */
  verified: z.boolean(),
  /** Why these hours are here and how to change them. */
  comment: z.string(),
  sessions: z.array(z.strictObject({ days: z.array(weekday).min(1), open: timeOfDay, close: timeOfDay })),
});
export type OfficeHours = z.infer<typeof officeHoursSchema>;

const sourceSchema = z.strictObject({ title: z.string(), number: z.string().optional(), item: z.string().optional() });

export const communeSchema = z.strictObject({
  /** Official code of the commune after 1 July 2025 (Công văn 1027/CTK-CSCL). */
  code: z.string().regex(/^\d{5}$/, 'expected a 5-digit commune code'),
  /** e.g. "xã Định Hóa". */
  name: z.string().min(1),
  /** Former units merged into it, with their type: "thị trấn Chợ Chu", "xã Phúc Chu". */
  formerUnits: z.array(z.string()),
  /** Other names people use for it (informal, without type). */
  aliases: z.array(z.string()),
  source: sourceSchema,
});
export type Commune = z.infer<typeof communeSchema>;

export const agencySchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  level: z.enum(['province', 'commune', 'national']),
  /** Commune code when the agency belongs to one commune. */
  communeCode: z.string().nullable(),
  /** What a citizen is sent there for. */
  handles: z.array(z.string()),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  url: z.string().nullable(),
  officeHours: officeHoursSchema.nullable(),
  /** Where a citizen or staff member can find the missing facts. */
  whereToAsk: z.string().nullable(),
});
export type Agency = z.infer<typeof agencySchema>;

export const agenciesFileSchema = z.strictObject({
  deployment: z.strictObject({
    /** Which commune in `communes` is "ours". */
    communeCode: z.string(),
    /** Agency identifier (mã định danh) of the commune's one-stop office; configure locally. */
    agencyIdentifier: z.string().nullable(),
    agencyIdentifierNote: z.string(),
    /** Id of the agency in `agencies` that is the deployment's one-stop office. */
    oneStopAgencyId: z.string(),
    nationalPortalUrl: z.string().url(),
  }),
  province: z.strictObject({ code: z.string().regex(/^\d{2}$/), name: z.string(), source: sourceSchema }),
  /** Former district this set of communes came from (for "huyện ..." questions). */
  formerDistrict: z
    .strictObject({ name: z.string(), aliases: z.array(z.string()), communeCodes: z.array(z.string()) })
    .nullable(),
  communes: z.array(communeSchema).min(1),
  agencies: z.array(agencySchema).min(1),
});
export type AgenciesFile = z.infer<typeof agenciesFileSchema>;

/** Read-only view of the deployment's agency data with commune resolution. */
export interface Agencies {
  readonly data: AgenciesFile;
  /** The deployment's own commune. */
  readonly ourCommune: Commune;
  /** The deployment's one-stop office. */
  readonly oneStop: Agency;
  agency(id: string): Agency | undefined;
  resolveCommune(name: string): CommuneResolution | null;
}

export interface CommuneResolution {
  commune: Commune;
  /** How the name matched: the current name, a pre-2025 unit, an informal alias, or the former district. */
  via: 'current' | 'former' | 'alias' | 'former_district';
  /** All communes the name can mean; more than one for a former district name. */
  candidates: Commune[];
}

const UNIT_PREFIX = /^(xa|phuong|thi tran|tt|huyen|h|thanh pho|tp|tinh|dac khu)\.?\s+/;

/** Lower-case, strip diacritics (đ → d), collapse spaces; "Thị trấn Chợ Chu" → "thi tran cho chu". */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function unitKind(folded: string): string | null {
  const m = UNIT_PREFIX.exec(folded);
  if (!m) return null;
  const kind = m[1] ?? '';
  return kind === 'tt' ? 'thi tran' : kind === 'h' ? 'huyen' : kind === 'tp' ? 'thanh pho' : kind;
}

function stripUnit(folded: string): string {
  return folded.replace(UNIT_PREFIX, '').trim();
}

/** Drops a trailing province part: "xã Định Hóa, tỉnh Thái Nguyên" → "xã Định Hóa". */
function stripProvince(text: string, provinceName: string): string {
  const first = text.split(/[,;/]/)[0] ?? text;
  const folded = foldVietnamese(first);
  const province = stripUnit(foldVietnamese(provinceName));
  const withoutProvince = folded.replace(new RegExp(`\\s+(tinh\\s+)?${province}$`), '');
  return withoutProvince.trim();
}

/**
 * Resolves a commune name typed by a citizen — the current name or a pre-2025 one, with or without
 * diacritics and unit word — to the current commune. Pure: depends only on `data`.
 *
 * @example resolveCommune(data, 'tt Cho Chu')?.commune.name === 'xã Định Hóa'
 */
export function resolveCommune(data: AgenciesFile, input: string): CommuneResolution | null {
  const folded = stripProvince(input, data.province.name);
  if (folded === '') return null;
  const kind = unitKind(folded);
  const bare = stripUnit(folded);
  const byCode = new Map(data.communes.map((c) => [c.code, c]));

  const district = data.formerDistrict;
  if (district && kind === 'huyen') {
    const names = [district.name, ...district.aliases].map((n) => stripUnit(foldVietnamese(n)));
    if (names.includes(bare)) return districtResolution(data, district.communeCodes, byCode, bare);
    return null;
  }

  const matches = (name: string): boolean => {
    const f = foldVietnamese(name);
    const k = unitKind(f);
    return stripUnit(f) === bare && (kind === null || k === null || k === kind);
  };

  for (const via of ['current', 'former', 'alias'] as const) {
    const hits = data.communes.filter((c) =>
      via === 'current' ? matches(c.name) : via === 'former' ? c.formerUnits.some(matches) : c.aliases.some(matches),
    );
    const first = hits[0];
    if (first) return { commune: first, via, candidates: hits };
  }
  return null;
}

function districtResolution(
  data: AgenciesFile,
  codes: readonly string[],
  byCode: Map<string, Commune>,
  bare: string,
): CommuneResolution | null {
  const candidates = codes.map((c) => byCode.get(c)).filter((c): c is Commune => c !== undefined);
  const sameName = candidates.find((c) => stripUnit(foldVietnamese(c.name)) === bare);
  const ours = candidates.find((c) => c.code === data.deployment.communeCode);
  const commune = sameName ?? ours ?? candidates[0];
  return commune ? { commune, via: 'former_district', candidates } : null;
}

export class AgenciesValidationError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: ${field}: ${detail}`);
    this.name = 'AgenciesValidationError';
  }
}

/** Validates agencies data and checks cross references (deployment commune and one-stop agency exist). */
export function createAgencies(raw: unknown, file = 'agencies.json'): Agencies {
  const parsed = agenciesFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue ? issue.path.map(String).join('.') : '(root)';
    throw new AgenciesValidationError(file, field, issue?.message ?? 'invalid');
  }
  const data = parsed.data;
  const ourCommune = data.communes.find((c) => c.code === data.deployment.communeCode);
  if (!ourCommune) {
    throw new AgenciesValidationError(file, 'deployment.communeCode', `no commune with code ${data.deployment.communeCode}`);
  }
  const byId = new Map(data.agencies.map((a) => [a.id, a]));
  const oneStop = byId.get(data.deployment.oneStopAgencyId);
  if (!oneStop) {
    throw new AgenciesValidationError(file, 'deployment.oneStopAgencyId', `no agency with id ${data.deployment.oneStopAgencyId}`);
  }
  return {
    data,
    ourCommune,
    oneStop,
    agency: (id) => byId.get(id),
    resolveCommune: (name) => resolveCommune(data, name),
  };
}
