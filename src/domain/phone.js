"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parsePhone = parsePhone;
exports.normalizePhone = normalizePhone;
exports.isMobilePhone = isMobilePhone;
const MOBILE = /^0[35789]\d{8}$/;
const LANDLINE = /^02\d{9}$/;
const SEPARATORS = /[\s.\-()]/g;
/** Parses what a citizen types (spaces, dots, dashes, +84 or 84 prefix); null when it is no valid number. */
function parsePhone(input) {
    let digits = input.normalize('NFKC').replace(SEPARATORS, '');
    if (digits.startsWith('+84'))
        digits = `0${digits.slice(3)}`;
    else if (digits.startsWith('84') && (digits.length === 11 || digits.length === 12))
        digits = `0${digits.slice(2)}`;
    if (MOBILE.test(digits))
        return { national: digits, kind: 'mobile' };
    if (LANDLINE.test(digits))
        return { national: digits, kind: 'landline' };
    return null;
}
/** The national form of a phone number, e.g. "+84 912 345 678" → "0912345678"; null when invalid. */
function normalizePhone(input) {
    return parsePhone(input)?.national ?? null;
}
function isMobilePhone(input) {
    return parsePhone(input)?.kind === 'mobile';
}
