import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApp, type TestApp } from '../support/testApp';

/** Staff edit the curation data and the bot uses it at once; bad data is refused and nothing breaks. */
const TOKEN = 'staff-token-for-tests';
const ACCOUNT = `canbo1:Cán bộ Một:${createHash('sha256').update(TOKEN).digest('hex')}`;
/** A made-up name no procedure is known by, so only the reload can teach it. */
const NEW_ALIAS = 'thủ tục bông sen vàng';

let dataDir: string;
let t: TestApp;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'onestop-data-'));
  cpSync(path.resolve(__dirname, '../../data'), dataDir, { recursive: true });
  t = await startTestApp({ redis: false, shareKnowledge: false, env: { DATA_DIR: dataDir, OFFICER_ACCOUNTS: ACCOUNT } });
}, 60_000);

afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const auth = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' };

async function parse(text: string): Promise<{ procedure: { code: string } | null }> {
  const res = await fetch(`${t.baseUrl}/api/nlu/parse`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }) });
  return res.json();
}

function editHoTich(change: (procedures: Array<{ code: string; aliases: string[] }>) => void): void {
  const file = path.join(dataDir, 'curation', 'ho-tich.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { procedures: Array<{ code: string; aliases: string[] }> };
  change(data.procedures);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

test('a new alias written by staff is understood after a reload, without a restart', async () => {
  const before = await (await fetch(`${t.baseUrl}/api/officer/knowledge`, { headers: auth })).json();
  expect((await parse(NEW_ALIAS)).procedure?.code).not.toBe('1.001193');
  editHoTich((procedures) => procedures.find((p) => p.code === '1.001193')?.aliases.push(NEW_ALIAS));
  const reload = await fetch(`${t.baseUrl}/api/officer/knowledge/reload`, { method: 'POST', headers: auth });
  expect(reload.status).toBe(200);
  const after = await reload.json();
  expect(after.version).not.toBe(before.version);
  expect((await parse(NEW_ALIAS)).procedure?.code).toBe('1.001193');
  const detail = await (await fetch(`${t.baseUrl}/api/procedures/1.001193`)).json();
  expect(detail.aliases).toContain(NEW_ALIAS);
}, 60_000);

test('invalid data is refused with file, record and field named, and the live data stays', async () => {
  const live = await (await fetch(`${t.baseUrl}/api/officer/knowledge`, { headers: auth })).json();
  editHoTich((procedures) => {
    const p = procedures.find((x) => x.code === '1.001193') as unknown as Record<string, unknown>;
    p.aliases = 'not a list';
  });
  const reload = await fetch(`${t.baseUrl}/api/officer/knowledge/reload`, { method: 'POST', headers: auth });
  expect(reload.status).toBe(422);
  const body = await reload.json();
  expect(body.error.message).toMatch(/ho-tich\.json/);
  expect(body.error.message).toMatch(/aliases/);
  const still = await (await fetch(`${t.baseUrl}/api/officer/knowledge`, { headers: auth })).json();
  expect(still.version).toBe(live.version);
  expect((await parse(NEW_ALIAS)).procedure?.code).toBe('1.001193');
}, 60_000);

test('reloading needs an officer token', async () => {
  expect((await fetch(`${t.baseUrl}/api/officer/knowledge/reload`, { method: 'POST' })).status).toBe(401);
});
