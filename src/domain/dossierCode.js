"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_DAILY_SEQUENCE = void 0;
exports.isAgencyId = isAgencyId;
exports.formatDossierCode = formatDossierCode;
exports.parseDossierCode = parseDossierCode;
exports.isDossierCode = isDossierCode;
const vietnamTime_1 = require("./vietnamTime");
exports.MAX_DAILY_SEQUENCE = 9999;
const AGENCY_ID = /^[0-9A-Z]+(?:\.[0-9A-Z]+)*$/;
const CODE = /^([0-9A-Z]+(?:\.[0-9A-Z]+)*)-(\d{2})(\d{2})(\d{2})-(\d{4})$/;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /\s+/g;
/** True when the text is usable as an agency identifier (letters, digits and dots, any case). */
function isAgencyId(text) {
    return AGENCY_ID.test(text.trim().toUpperCase());
}
function formatDossierCode(parts) {
    const agencyId = parts.agencyId.trim().toUpperCase();
    if (!AGENCY_ID.test(agencyId))
        throw new RangeError(`invalid agency identifier: ${parts.agencyId}`);
    if (!(0, vietnamTime_1.isLocalDate)(parts.date))
        throw new RangeError(`invalid date: ${parts.date}`);
    if (!Number.isInteger(parts.sequence) || parts.sequence < 1 || parts.sequence > exports.MAX_DAILY_SEQUENCE) {
        throw new RangeError(`daily sequence must be 1–${exports.MAX_DAILY_SEQUENCE}: ${parts.sequence}`);
    }
    const yymmdd = parts.date.slice(2, 4) + parts.date.slice(5, 7) + parts.date.slice(8, 10);
    return `${agencyId}-${yymmdd}-${String(parts.sequence).padStart(4, '0')}`;
}
/**
 * Reads a code as a citizen may type it: any case, spaces around the parts, typographic dashes.
 * `"000.00.21.h55 - 261128 - 0001"` gives `000.00.21.H55-261128-0001`. Returns null for anything else.
 */
function parseDossierCode(text) {
    const compact = text.normalize('NFKC').replace(DASHES, '-').replace(SPACES, '').toUpperCase();
    const match = CODE.exec(compact);
    if (!match)
        return null;
    const [, agencyId = '', yy = '', mm = '', dd = '', seq = ''] = match;
    const date = `20${yy}-${mm}-${dd}`;
    const sequence = Number(seq);
    if (!(0, vietnamTime_1.isLocalDate)(date) || sequence < 1)
        return null;
    return { agencyId, date, sequence, code: formatDossierCode({ agencyId, date, sequence }) };
}
function isDossierCode(text) {
    return parseDossierCode(text) !== null;
}
