/** What an officer may do through the officer API. */
export const OFFICER_ROLES = ['officer', 'viewer'] as const;
export type OfficerRole = (typeof OFFICER_ROLES)[number];

/** A configured account: the token itself is never stored, only its SHA-256 digest. */
export interface OfficerAccount {
  readonly id: string;
  readonly name: string;
  /** 64 lowercase hex digits: sha256 of the bearer token. */
  readonly tokenSha256: string;
  /** 'officer' reads and changes dossiers; 'viewer' only reads them. */
  readonly role: OfficerRole;
}

/** The authenticated caller of the officer API. */
export interface Officer {
  readonly id: string;
  readonly name: string;
  readonly role: OfficerRole;
}

const ID = /^[A-Za-z0-9._-]{1,64}$/;
const SHA256_HEX = /^[0-9a-fA-F]{64}$/;

/**
 * Parses OFFICER_ACCOUNTS: comma-separated `id:Display Name:sha256hex[:role]` entries, e.g.
 * `lan:Nguyễn Thị Lan:9f86d0…0f00a08,tuan:Trần Văn Tuấn:1b4f0e…:viewer`. Returns the problems found
 * (empty when the text is valid) so the configuration can name the variable.
 */
export function parseOfficerAccounts(text: string): { accounts: OfficerAccount[]; problems: string[] } {
  const accounts: OfficerAccount[] = [];
  const problems: string[] = [];
  const entries = text.split(',').map((e) => e.trim()).filter((e) => e !== '');
  entries.forEach((entry, index) => {
    const parsed = parseEntry(entry);
    if (typeof parsed === 'string') problems.push(`entry ${index + 1}: ${parsed}`);
    else if (accounts.some((a) => a.id === parsed.id)) problems.push(`entry ${index + 1}: duplicate id "${parsed.id}"`);
    else if (accounts.some((a) => a.tokenSha256 === parsed.tokenSha256)) problems.push(`entry ${index + 1}: two accounts share one token`);
    else accounts.push(parsed);
  });
  return { accounts, problems };
}

function parseEntry(entry: string): OfficerAccount | string {
  const parts = entry.split(':').map((p) => p.trim());
  if (parts.length < 3 || parts.length > 4) return 'expected id:Display Name:sha256hex[:role]';
  const [id = '', name = '', digest = '', role = 'officer'] = parts;
  if (!ID.test(id)) return 'id must be 1–64 letters, digits, dots, dashes or underscores';
  if (name === '') return 'display name is empty';
  if (!SHA256_HEX.test(digest)) return 'token digest must be 64 hex digits (sha256 of the token)';
  if (!(OFFICER_ROLES as readonly string[]).includes(role)) return `role must be one of ${OFFICER_ROLES.join(', ')}`;
  return { id, name: name.normalize('NFC'), tokenSha256: digest.toLowerCase(), role: role as OfficerRole };
}
