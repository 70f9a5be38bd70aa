/**
 * Masks for showing personal numbers back to a citizen or an officer without revealing them: only the
 * last digits stay visible, enough to recognise one's own number.
 */
const MASK = '*';
const NON_DIGITS = /\D/g;

function maskKeepingLast(text: string, visible: number): string {
  const digits = text.replace(NON_DIGITS, '');
  if (digits.length < visible * 2) return MASK.repeat(digits.length);
  return MASK.repeat(digits.length - visible) + digits.slice(-visible);
}

/** "001203012345" → "********2345". Input that is too short to mask safely is masked entirely. */
export function maskCccd(cccd: string): string {
  return maskKeepingLast(cccd, 4);
}

/** "0912345678" → "*******678". Input that is too short to mask safely is masked entirely. */
export function maskPhone(phone: string): string {
  return maskKeepingLast(phone, 3);
}
