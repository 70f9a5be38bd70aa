"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.communeMatcher = communeMatcher;
exports.extractEntities = extractEntities;
const dossierCode_1 = require("../domain/dossierCode");
const phone_1 = require("../domain/phone");
const fold_1 = require("./fold");
const normalize_1 = require("./normalize");
const DOSSIER = /([0-9A-Za-z]+(?:\s*\.\s*[0-9A-Za-z]+)*)\s*[-\u2010-\u2015\u2212]\s*(\d{6})\s*[-\u2010-\u2015\u2212]\s*(\d{4})/g;
const PHONE = /(?<![\d+])(?:\+\s?84|84|0)(?:[\s.-]?\d){9,10}(?!\d)/g;
const DIGITS = (n) => new RegExp(`(?<![\\d])\\d{${n}}(?![\\d])`, 'g');
const DATE = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/g;
const DATE_WORDS = /(?<!\d)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu;
const NAME_AFTER = /(?:họ và tên|họ tên|tên tôi|tên em|tên con|tên cháu|tên)\s+(?:là\s+|:\s*)?((?:\p{Lu}[\p{Ll}\p{M}]*\s*){1,5})/u;
const NAME_AFTER_LOWER = /(?:^|\s)(?:họ và tên|họ tên|tên|ho va ten|ho ten|ten)\s+(?:là|la)\s+(\S+(?:\s+\S+){1,4})/u;
const NAME_STOP = new Set(['sinh', 'o', 'so', 'cccd', 'cmnd', 'dia', 'chi', 'que', 'nam', 'ngay', 'thang', 'dien', 'thoai', 'sdt', 'va', 'con', 'toi', 'can', 'muon', 'lam']);
const RELATIVE_DAYS = [
    [/\bhom kia\b/, -2],
    [/\bhom qua\b/, -1],
    [/\bhom nay\b/, 0],
    [/\bngay mai\b/, 1],
    [/\bngay kia\b/, 2],
    [/\btuan truoc\b/, -7],
    [/\btuan sau\b/, 7],
];
/** YYYY-MM-DD of a date in Vietnam (UTC+7), shifted by whole days. */
function vietnamDay(now, shiftDays) {
    const t = new Date(now.getTime() + 7 * 3600_000 + shiftDays * 86_400_000);
    return t.toISOString().slice(0, 10);
}
function isoDate(d, m, y) {
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
        return null;
    return date.toISOString().slice(0, 10);
}
/** Finds commune names in folded text, including pre-2025 units and informal aliases. */
function communeMatcher(communes) {
    const unit = /^(xa|phuong|thi tran|tt|thi xa)\s+/;
    const variants = [];
    for (const c of communes) {
        const add = (text, former) => {
            const folded = (0, fold_1.foldPhrase)(text);
            const bare = folded.replace(unit, '');
            if (bare.length >= 3)
                variants.push({ key: bare, name: c.name, former });
        };
        add(c.name, false);
        for (const a of c.aliases ?? [])
            add(a, false);
        for (const f of c.formerUnits ?? [])
            add(f, true);
    }
    variants.sort((a, b) => b.key.length - a.key.length);
    return {
        find(folded) {
            const padded = ` ${folded} `;
            for (const v of variants) {
                if (padded.includes(` ${v.key} `))
                    return { name: v.name, text: v.key, former: v.former };
            }
            return null;
        },
    };
}
/**
 * Extracts what dialogs fill slots with: dossier code, phone, CCCD (12 digits) / CMND (9), dates
 * (dd/mm/yyyy, "hôm qua", "tuần trước" relative to `now`), a name after "tên là", a commune.
 */
function extractEntities(cleaned, foldedNormalized, now, communes) {
    const entities = {};
    let rest = cleaned;
    for (const m of cleaned.matchAll(DOSSIER)) {
        const parsed = (0, dossierCode_1.parseDossierCode)(`${m[1] ?? ''}-${m[2] ?? ''}-${m[3] ?? ''}`);
        if (parsed) {
            entities.dossierCode = parsed.code;
            rest = rest.replace(m[0], ' ');
            break;
        }
    }
    const dates = [];
    for (const re of [DATE, DATE_WORDS]) {
        for (const m of rest.matchAll(re)) {
            const value = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
            if (value)
                dates.push({ value, text: m[0] });
        }
    }
    for (const d of dates)
        rest = rest.replace(d.text, ' ');
    for (const m of rest.matchAll(PHONE)) {
        const phone = (0, phone_1.parsePhone)(m[0]);
        if (phone) {
            entities.phone = phone.national;
            rest = rest.replace(m[0], ' ');
            break;
        }
    }
    const cccd = DIGITS(12).exec(rest);
    if (cccd) {
        entities.cccd = cccd[0];
        rest = rest.replace(cccd[0], ' ');
    }
    const cmnd = DIGITS(9).exec(rest);
    if (cmnd)
        entities.cmnd = cmnd[0];
    for (const [re, shift] of RELATIVE_DAYS) {
        const m = re.exec(foldedNormalized);
        if (m)
            dates.push({ value: vietnamDay(now, shift), text: m[0] });
    }
    if (dates.length > 0)
        entities.dates = dates;
    const name = personName(cleaned);
    if (name)
        entities.personName = name;
    const commune = communes?.find(foldedNormalized);
    if (commune)
        entities.commune = commune;
    return entities;
}
function personName(cleaned) {
    const upper = NAME_AFTER.exec(cleaned);
    if (upper?.[1])
        return upper[1].trim().replace(/\s+/g, ' ');
    const lower = NAME_AFTER_LOWER.exec((0, normalize_1.normalizeText)(cleaned));
    if (!lower?.[1])
        return null;
    const words = [];
    for (const w of lower[1].split(' ')) {
        if (NAME_STOP.has((0, fold_1.foldText)(w)) || /\d/.test(w))
            break;
        words.push(w.charAt(0).toUpperCase() + w.slice(1));
    }
    return words.length >= 2 ? words.join(' ') : null;
}
