import { createCatalogue, type CurationEntry, type LifeEvent } from '../../../src/catalogue';
import { agenciesFromRepo, procedure } from './factories';

const agencies = agenciesFromRepo();

const birth = procedure('1.001193', { name: 'Thủ tục đăng ký khai sinh' });
const residence = procedure('1.004194', {
  name: 'Đăng ký thường trú',
  domain: 'Đăng ký, quản lý cư trú',
  ministry: 'Bộ Công an',
  levels: ['commune', 'province'],
});
const late = procedure('1.004884', { name: 'Thủ tục đăng ký lại khai sinh', levels: ['commune'] });
const ministryOnly = procedure('2.000001', { name: 'Cấp phép bay', domain: 'Hàng không', levels: ['ministry'] });

const entry: CurationEntry = {
  code: '1.001193',
  shortName: 'Khai sinh',
  aliases: ['làm giấy khai sinh', 'khai sinh cho con'],
  lifeEvents: ['sinh-con'],
  exampleQuestions: ['Làm giấy khai sinh cần gì ạ?'],
  submission: [
    { method: 'truc_tuyen', time: { amount: 1, unit: 'working_days', text: '1 ngày làm việc' } },
    { method: 'buu_chinh', fee: { free: true, text: 'Miễn phí' } },
  ],
  feeStatement: 'Miễn phí',
  documents: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, condition: { ask: 'Có giấy chứng sinh không?', neededWhen: 'yes' } }],
  notes: ['Ghi chú thử'],
  sources: [{ title: 'Luật Hộ tịch', number: '60/2014/QH13' }],
};
const lifeEvents: LifeEvent[] = [
  { id: 'sinh-con', name: 'Sinh con', aliases: ['có em bé'], procedures: ['1.001193', '1.004194'] },
];

const catalogue = createCatalogue([residence, ministryOnly, late, birth], [entry], lifeEvents, agencies);

describe('curation merge', () => {
  const merged = catalogue.get('1.001193');

  it('adds names, questions and life events and marks the record curated', () => {
    expect(merged).toMatchObject({
      shortName: 'Khai sinh',
      aliases: ['làm giấy khai sinh', 'khai sinh cho con'],
      exampleQuestions: ['Làm giấy khai sinh cần gì ạ?'],
      lifeEvents: ['sinh-con'],
      curated: true,
      feeStatement: 'Miễn phí',
      notes: ['Ghi chú thử'],
    });
    expect(catalogue.get('1.004884')).toMatchObject({ curated: false, aliases: [], lifeEvents: [] });
  });

  it('gives procedures listed in a life event that event even without a curation entry', () => {
    expect(catalogue.get('1.004194')?.lifeEvents).toEqual(['sinh-con']);
  });

  it('overrides submission per method, time and fee separately, and adds a missing method', () => {
    const byMethod = new Map(merged?.submission.map((s) => [s.method, s]));
    expect(byMethod.get('truc_tiep')).toEqual(birth.submission[0]);
    expect(byMethod.get('truc_tuyen')).toMatchObject({ time: { amount: 1, unit: 'working_days' }, fee: null });
    expect(byMethod.get('buu_chinh')).toEqual({ method: 'buu_chinh', time: null, fee: { free: true, text: 'Miễn phí' } });
  });

  it('replaces the document list when curation gives one, and leaves the stored record untouched', () => {
    expect(merged?.documents).toEqual(entry.documents);
    expect(birth.documents).toEqual([{ name: 'Tờ khai', originals: 1, copies: 0 }]);
  });
});

describe('catalogue lookups', () => {
  it('returns all procedures sorted by code', () => {
    expect(catalogue.all().map((p) => p.code)).toEqual(['1.001193', '1.004194', '1.004884', '2.000001']);
  });

  it('looks up by domain ignoring case and diacritics, by level, alias and life event in order', () => {
    expect(catalogue.byDomain('ho tich').map((p) => p.code)).toEqual(['1.001193', '1.004884']);
    expect(catalogue.byLevel('ministry').map((p) => p.code)).toEqual(['2.000001']);
    expect(catalogue.byAlias('Lam giay khai sinh').map((p) => p.code)).toEqual(['1.001193']);
    expect(catalogue.byLifeEvent('sinh-con').map((p) => p.code)).toEqual(['1.001193', '1.004194']);
    expect(catalogue.byLifeEvent('unknown')).toEqual([]);
    expect(catalogue.domains()).toEqual(['Đăng ký, quản lý cư trú', 'Hàng không', 'Hộ tịch']);
  });

  it('searches without diacritics, ranks the closest name first and filters by level', () => {
    const result = catalogue.search({ q: 'dang ky khai sinh' });
    expect(result.items[0]?.code).toBe('1.001193');
    expect(result.total).toBe(2);
    expect(catalogue.search({ q: 'khai sinh', level: 'province' }).total).toBe(0);
    expect(catalogue.search({ q: '1.004194' }).items.map((p) => p.code)).toEqual(['1.004194']);
  });

  it('pages results and clamps page size', () => {
    const page2 = catalogue.search({ pageSize: 3, page: 2 });
    expect(page2).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(page2.items.map((p) => p.code)).toEqual(['2.000001']);
    expect(catalogue.search({ pageSize: 10_000 }).pageSize).toBe(100);
  });

  it('has a version that depends on content', () => {
    const other = createCatalogue([birth], [], [], agencies);
    expect(other.version).not.toBe(catalogue.version);
    expect(createCatalogue([birth], [], [], agencies).version).toBe(other.version);
  });
});
