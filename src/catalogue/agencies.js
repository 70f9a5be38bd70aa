"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AgenciesValidationError = exports.agenciesFileSchema = exports.agencySchema = exports.communeSchema = exports.officeHoursSchema = void 0;
exports.foldVietnamese = foldVietnamese;
exports.resolveCommune = resolveCommune;
exports.createAgencies = createAgencies;
const zod_1 = require("zod");
/**
 * The deployment's one-stop office and the bodies around it (data/agencies/agencies.json).
 * Another commune deploys by editing that file only. Unknown facts (address, phone, hours) stay
 * null and carry a `whereToAsk` hint; nothing here is invented.
 */
const timeOfDay = zod_1.z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');
const weekday = zod_1.z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
exports.officeHoursSchema = zod_1.z.strictObject({
    /** False until someone checks the hours against a posted notice or the commune's decision. */
    verified: zod_1.z.boolean(),
    /** Why these hours are here and how to change them. */
    comment: zod_1.z.string(),
    sessions: zod_1.z.array(zod_1.z.strictObject({ days: zod_1.z.array(weekday).min(1), open: timeOfDay, close: timeOfDay })),
});
const sourceSchema = zod_1.z.strictObject({ title: zod_1.z.string(), number: zod_1.z.string().optional(), item: zod_1.z.string().optional() });
exports.communeSchema = zod_1.z.strictObject({
    /** Official code of the commune after 1 July 2025 (Công văn 1027/CTK-CSCL). */
    code: zod_1.z.string().regex(/^\d{5}$/, 'expected a 5-digit commune code'),
    /** e.g. "xã Định Hóa". */
    name: zod_1.z.string().min(1),
    /** Former units merged into it, with their type: "thị trấn Chợ Chu", "xã Phúc Chu". */
    formerUnits: zod_1.z.array(zod_1.z.string()),
    /** Other names people use for it (informal, without type). */
    aliases: zod_1.z.array(zod_1.z.string()),
    source: sourceSchema,
});
exports.agencySchema = zod_1.z.strictObject({
    id: zod_1.z.string().min(1),
    name: zod_1.z.string().min(1),
    level: zod_1.z.enum(['province', 'commune', 'national']),
    /** Commune code when the agency belongs to one commune. */
    communeCode: zod_1.z.string().nullable(),
    /** What a citizen is sent there for. */
    handles: zod_1.z.array(zod_1.z.string()),
    address: zod_1.z.string().nullable(),
    phone: zod_1.z.string().nullable(),
    url: zod_1.z.string().nullable(),
    officeHours: exports.officeHoursSchema.nullable(),
    /** Where a citizen or staff member can find the missing facts. */
    whereToAsk: zod_1.z.string().nullable(),
});
exports.agenciesFileSchema = zod_1.z.strictObject({
    deployment: zod_1.z.strictObject({
        /** Which commune in `communes` is "ours". */
        communeCode: zod_1.z.string(),
        /** Agency identifier (mã định danh) of the commune's one-stop office; configure locally. */
        agencyIdentifier: zod_1.z.string().nullable(),
        agencyIdentifierNote: zod_1.z.string(),
        /** Id of the agency in `agencies` that is the deployment's one-stop office. */
        oneStopAgencyId: zod_1.z.string(),
        nationalPortalUrl: zod_1.z.string().url(),
    }),
    province: zod_1.z.strictObject({ code: zod_1.z.string().regex(/^\d{2}$/), name: zod_1.z.string(), source: sourceSchema }),
    /** Former district this set of communes came from (for "huyện ..." questions). */
    formerDistrict: zod_1.z
        .strictObject({ name: zod_1.z.string(), aliases: zod_1.z.array(zod_1.z.string()), communeCodes: zod_1.z.array(zod_1.z.string()) })
        .nullable(),
    communes: zod_1.z.array(exports.communeSchema).min(1),
    agencies: zod_1.z.array(exports.agencySchema).min(1),
});
const UNIT_PREFIX = /^(xa|phuong|thi tran|tt|huyen|h|thanh pho|tp|tinh|dac khu)\.?\s+/;
/** Lower-case, strip diacritics (đ → d), collapse spaces; "Thị trấn Chợ Chu" → "thi tran cho chu". */
function foldVietnamese(text) {
    return text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[đĐ]/g, 'd')
        .toLowerCase()
        .replace(/[^a-z0-9\s]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
function unitKind(folded) {
    const m = UNIT_PREFIX.exec(folded);
    if (!m)
        return null;
    const kind = m[1] ?? '';
    return kind === 'tt' ? 'thi tran' : kind === 'h' ? 'huyen' : kind === 'tp' ? 'thanh pho' : kind;
}
function stripUnit(folded) {
    return folded.replace(UNIT_PREFIX, '').trim();
}
/** Drops a trailing province part: "xã Định Hóa, tỉnh Thái Nguyên" → "xã Định Hóa". */
function stripProvince(text, provinceName) {
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
function resolveCommune(data, input) {
    const folded = stripProvince(input, data.province.name);
    if (folded === '')
        return null;
    const kind = unitKind(folded);
    const bare = stripUnit(folded);
    const byCode = new Map(data.communes.map((c) => [c.code, c]));
    const district = data.formerDistrict;
    if (district && kind === 'huyen') {
        const names = [district.name, ...district.aliases].map((n) => stripUnit(foldVietnamese(n)));
        if (names.includes(bare))
            return districtResolution(data, district.communeCodes, byCode, bare);
        return null;
    }
    const matches = (name) => {
        const f = foldVietnamese(name);
        const k = unitKind(f);
        return stripUnit(f) === bare && (kind === null || k === null || k === kind);
    };
    for (const via of ['current', 'former', 'alias']) {
        const hits = data.communes.filter((c) => via === 'current' ? matches(c.name) : via === 'former' ? c.formerUnits.some(matches) : c.aliases.some(matches));
        const first = hits[0];
        if (first)
            return { commune: first, via, candidates: hits };
    }
    return null;
}
function districtResolution(data, codes, byCode, bare) {
    const candidates = codes.map((c) => byCode.get(c)).filter((c) => c !== undefined);
    const sameName = candidates.find((c) => stripUnit(foldVietnamese(c.name)) === bare);
    const ours = candidates.find((c) => c.code === data.deployment.communeCode);
    const commune = sameName ?? ours ?? candidates[0];
    return commune ? { commune, via: 'former_district', candidates } : null;
}
class AgenciesValidationError extends Error {
    file;
    field;
    constructor(file, field, detail) {
        super(`${file}: ${field}: ${detail}`);
        this.file = file;
        this.field = field;
        this.name = 'AgenciesValidationError';
    }
}
exports.AgenciesValidationError = AgenciesValidationError;
/** Validates agencies data and checks cross references (deployment commune and one-stop agency exist). */
function createAgencies(raw, file = 'agencies.json') {
    const parsed = exports.agenciesFileSchema.safeParse(raw);
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
