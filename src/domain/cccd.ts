import { CCCD_PROVINCE_CODES } from './cccdProvinceCodes';
import { isLocalDate, yearOf, type LocalDate } from './vietnamTime';

/** What a 12-digit citizen identity (CCCD) number says about its holder. */
export interface Cccd {
  readonly digits: string;
  readonly provinceCode: string;
  readonly provinceName: string;
  readonly gender: 'male' | 'female';
  readonly birthYear: number;
}

/** Why a CCCD number was refused; dialogs map each reason to a message key. */
export type CccdError = 'format' | 'province' | 'birth_year_in_future' | 'birth_year_mismatch';

export type CccdResult = { readonly ok: true; readonly value: Cccd } | { readonly ok: false; readonly error: CccdError };

export interface CccdCheckOptions {
  /** Cross-check: the number's birth year must be this date's year. */
  readonly dateOfBirth?: LocalDate;
  /** Today's date; a birth year after it is refused. */
  readonly today?: LocalDate;
}

const SEPARATORS = /[\s.-]/g;
const TWELVE_DIGITS = /^\d{12}$/;

/**
 * Checks a CCCD number: 12 digits, a known birthplace province code (digits 1–3), then a digit for century
 * and gender (0/1 = 1900s male/female, 2/3 = 2000s, 4/5 = 2100s, …) and the last two digits of the birth
 * year (digits 5–6). Spaces, dots and dashes typed between digits are ignored.
 */
export function parseCccd(input: string, options: CccdCheckOptions = {}): CccdResult {
  const digits = input.normalize('NFKC').replace(SEPARATORS, '');
  if (!TWELVE_DIGITS.test(digits)) return { ok: false, error: 'format' };
  const provinceCode = digits.slice(0, 3);
  const provinceName = CCCD_PROVINCE_CODES[provinceCode];
  if (provinceName === undefined) return { ok: false, error: 'province' };
  const centuryGender = Number(digits[3]);
  const birthYear = 1900 + Math.floor(centuryGender / 2) * 100 + Number(digits.slice(4, 6));
  if (options.today !== undefined && isLocalDate(options.today) && birthYear > yearOf(options.today)) {
    return { ok: false, error: 'birth_year_in_future' };
  }
  if (options.dateOfBirth !== undefined && isLocalDate(options.dateOfBirth) && yearOf(options.dateOfBirth) !== birthYear) {
    return { ok: false, error: 'birth_year_mismatch' };
  }
  const gender = centuryGender % 2 === 0 ? 'male' : 'female';
  return { ok: true, value: { digits, provinceCode, provinceName, gender, birthYear } };
}

export function isCccd(input: string): boolean {
  return parseCccd(input).ok;
}
