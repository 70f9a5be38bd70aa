import { DraftChannelHooks } from '../../src/bot/draftChannelHooks';
import { createLogger } from '../../src/logger';
import { MemoryStorage } from '../../src/storage/memoryStorage';

const logger = createLogger({ level: 'silent', pretty: false });
const KEY = 'zalo/users/u1/';
const image = { kind: 'image' as const, url: 'https://f.zalo.example/a.jpg', contentType: 'image/jpeg', size: 1234, receivedAt: '2026-11-29T01:00:00.000Z' };

describe('DraftChannelHooks', () => {
  test('a file with no dossier being created is not kept', async () => {
    const storage = new MemoryStorage();
    const hooks = new DraftChannelHooks(storage, 'zalo', logger);
    expect(await hooks.onAttachment('u1', image)).toBe(false);
    expect(await storage.read([KEY])).toEqual({});
  });

  test('a draft without consent keeps nothing', async () => {
    const storage = new MemoryStorage();
    await storage.write({ [KEY]: { dossierDraft: { procedureCode: '1.001193', updatedAt: 'x' } } });
    const hooks = new DraftChannelHooks(storage, 'zalo', logger);
    expect(await hooks.onAttachment('u1', image)).toBe(false);
    expect((await storage.read([KEY]))[KEY].dossierDraft.attachments).toBeUndefined();
  });

  test('with consent, the file URL and metadata go onto the draft, other state untouched', async () => {
    const storage = new MemoryStorage();
    await storage.write({ [KEY]: { checklists: { a: 1 }, dossierDraft: { consentAt: '2026-11-29T00:00:00Z', updatedAt: 'x' } } });
    const hooks = new DraftChannelHooks(storage, 'zalo', logger);
    expect(await hooks.onAttachment('u1', image)).toBe(true);
    const state = (await storage.read([KEY]))[KEY];
    expect(state.checklists).toEqual({ a: 1 });
    expect(state.dossierDraft.attachments).toEqual([{ kind: 'image', url: image.url, contentType: 'image/jpeg', size: 1234, receivedAt: image.receivedAt }]);
  });

  test('contact details fill only what is still empty, normalised', async () => {
    const storage = new MemoryStorage();
    await storage.write({ [KEY]: { dossierDraft: { consentAt: 'c', fullName: 'Trần Thị Bình', updatedAt: 'x' } } });
    const hooks = new DraftChannelHooks(storage, 'zalo', logger);
    await hooks.onContactInfo('u1', { name: 'lê văn cường', phone: '+84 912 345 678', consentedAt: 'c' });
    const draft = (await storage.read([KEY]))[KEY].dossierDraft;
    expect(draft.fullName).toBe('Trần Thị Bình');
    expect(draft.phone).toBe('0912345678');
  });
});
