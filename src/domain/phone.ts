/**
 * Vietnamese phone numbers in their national form: mobiles are 0 + 9 digits starting 03, 05, 07, 08, 09;
 * landlines (since the 2017 renumbering) are 0 + 10 digits starting 02.
 */
export type PhoneKind = 'mobile' | 'landline';

export interface Phone {
  /** National form, digits only: 0912345678, 02083855123. */
  readonly national: string;
  readonly kind: PhoneKind;
}

const MOBILE = /^0[35789]\d{8}$/;
const LANDLINE = /^02\d{9}$/;
const SEPARATORS = /[\s.\-()]/g;

/** Parses what a citizen types (spaces, dots, dashes, +84 or 84 prefix); null when it is no valid number. */
export function parsePhone(input: string): Phone | null {
  let digits = input.normalize('NFKC').replace(SEPARATORS, '');
  if (digits.startsWith('+84')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('84') && (digits.length === 11 || digits.length === 12)) digits = `0${digits.slice(2)}`;
  if (MOBILE.test(digits)) return { national: digits, kind: 'mobile' };
  if (LANDLINE.test(digits)) return { national: digits, kind: 'landline' };
  return null;
}

/** The national form of a phone number, e.g. "+84 912 345 678" → "0912345678"; null when invalid. */
export function normalizePhone(input: string): string | null {
  return parsePhone(input)?.national ?? null;
}

export function isMobilePhone(input: string): boolean {
  return parsePhone(input)?.kind === 'mobile';
}
