import { loadConfig, ConfigError } from '../../../src/config';
import { parseOfficerAccounts } from '../../../src/officers/officerAccount';
import { hashOfficerToken, OfficerDirectory } from '../../../src/officers/officerDirectory';

const LAN_TOKEN = 'lan-token-7f3c9a1e5b2d';
const TUAN_TOKEN = 'tuan-token-0b8e4d2a6c1f';
const accountsText = `lan:Nguyễn Thị Lan:${hashOfficerToken(LAN_TOKEN)}, tuan:Trần Văn Tuấn:${hashOfficerToken(TUAN_TOKEN).toUpperCase()}:viewer`;

describe('parseOfficerAccounts', () => {
  it('reads id, display name, digest and role (officer by default)', () => {
    const { accounts, problems } = parseOfficerAccounts(accountsText);
    expect(problems).toEqual([]);
    expect(accounts).toEqual([
      { id: 'lan', name: 'Nguyễn Thị Lan', tokenSha256: hashOfficerToken(LAN_TOKEN), role: 'officer' },
      { id: 'tuan', name: 'Trần Văn Tuấn', tokenSha256: hashOfficerToken(TUAN_TOKEN), role: 'viewer' },
    ]);
  });

  it.each([
    ['lan:Lan', 'expected id:Display Name:sha256hex[:role]'],
    [`l an:Lan:${hashOfficerToken('x')}`, 'id must be'],
    [`lan::${hashOfficerToken('x')}`, 'display name is empty'],
    ['lan:Lan:abc123', '64 hex digits'],
    [`lan:Lan:${hashOfficerToken('x')}:admin`, 'role must be one of officer, viewer'],
  ])('refuses %s', (text, problem) => {
    const { accounts, problems } = parseOfficerAccounts(text);
    expect(accounts).toEqual([]);
    expect(problems[0]).toContain(problem);
  });

  it('refuses duplicate ids and two accounts sharing a token', () => {
    const digest = hashOfficerToken('same');
    expect(parseOfficerAccounts(`a:A:${digest},a:B:${hashOfficerToken('other')}`).problems).toEqual(['entry 2: duplicate id "a"']);
    expect(parseOfficerAccounts(`a:A:${digest},b:B:${digest}`).problems).toEqual(['entry 2: two accounts share one token']);
  });
});

describe('OfficerDirectory', () => {
  const directory = new OfficerDirectory(parseOfficerAccounts(accountsText).accounts);

  it('finds the account whose token digest matches', () => {
    expect(directory.configured).toBe(true);
    expect(directory.authenticate(LAN_TOKEN)).toEqual({ id: 'lan', name: 'Nguyễn Thị Lan', role: 'officer' });
    expect(directory.authenticate(TUAN_TOKEN)).toEqual({ id: 'tuan', name: 'Trần Văn Tuấn', role: 'viewer' });
  });

  it('refuses unknown, empty and digest-as-token values', () => {
    expect(directory.authenticate('lan-token-7f3c9a1e5b2')).toBeNull();
    expect(directory.authenticate('')).toBeNull();
    expect(directory.authenticate(hashOfficerToken(LAN_TOKEN))).toBeNull();
  });

  it('with no accounts is not configured and lets nobody in', () => {
    const empty = new OfficerDirectory([]);
    expect(empty.configured).toBe(false);
    expect(empty.authenticate(LAN_TOKEN)).toBeNull();
  });
});

describe('configuration', () => {
  it('OFFICER_ACCOUNTS and the notification retry policy are read once, with defaults', () => {
    const config = loadConfig({ NODE_ENV: 'test', OFFICER_ACCOUNTS: accountsText, NOTIFY_MAX_ATTEMPTS: '3' });
    expect(config.officers.map((a) => a.id)).toEqual(['lan', 'tuan']);
    expect(config.notifications).toEqual({ maxAttempts: 3, baseDelayMs: 2000, maxDelayMs: 60_000 });
    expect(loadConfig({ NODE_ENV: 'test' }).officers).toEqual([]);
  });

  it('names OFFICER_ACCOUNTS when it is malformed', () => {
    expect(() => loadConfig({ NODE_ENV: 'test', OFFICER_ACCOUNTS: 'lan:Lan:nothex' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'test', OFFICER_ACCOUNTS: 'lan:Lan:nothex' })).toThrow(/OFFICER_ACCOUNTS: entry 1/);
    expect(() => loadConfig({ NODE_ENV: 'test', NOTIFY_RETRY_BASE_MS: '5000', NOTIFY_RETRY_MAX_MS: '100' })).toThrow(/NOTIFY_RETRY_MAX_MS/);
  });
});
