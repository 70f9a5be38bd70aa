/** Contact details a user chose to share through Zalo's "request user info" form. */
export interface ZaloContactInfo {
  readonly name?: string;
  readonly phone?: string;
  readonly dateOfBirth?: string;
  readonly gender?: string;
  /** One line, most specific part first, as the user gave it. */
  readonly address?: string;
  readonly ward?: string;
  readonly district?: string;
  readonly city?: string;
  /** The user submitted the form themselves: the consent to use these details for their dossier. */
  readonly consentedAt: string;
}

const ADDRESS_PARTS = ['address', 'ward', 'district', 'city'] as const;

/**
 * Reads user_submit_info in both reported shapes (UNVERIFIED): info.{name, phone, user_dob, gender,
 * full_address{…}} and the older flat info.{address, phone, city, district, name, ward}.
 */
export function parseContactInfo(info: Record<string, unknown> | undefined, receivedAt: Date): ZaloContactInfo {
  const source = info ?? {};
  const nested = isRecord(source.full_address) ? source.full_address : {};
  const pick = (key: string): string | undefined => text(source[key]) ?? text(nested[key]);
  const parts = Object.fromEntries(ADDRESS_PARTS.map((key) => [key, pick(key)])) as Record<(typeof ADDRESS_PARTS)[number], string | undefined>;
  const address = text(source.full_address) ?? joinAddress(parts);
  return dropUndefined({
    name: pick('name'),
    phone: pick('phone'),
    dateOfBirth: pick('user_dob') ?? pick('dob'),
    gender: pick('gender'),
    address,
    ward: parts.ward,
    district: parts.district,
    city: parts.city,
    consentedAt: receivedAt.toISOString(),
  });
}

function joinAddress(parts: Record<string, string | undefined>): string | undefined {
  const line = ADDRESS_PARTS.map((key) => parts[key]).filter((part): part is string => Boolean(part)).join(', ');
  return line || undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.normalize('NFC').trim();
  return trimmed || undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
