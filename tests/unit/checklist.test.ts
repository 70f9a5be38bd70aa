import type { Procedure } from '../../src/catalogue';
import { pendingQuestions, personalDocuments } from '../../src/bot/checklist';

const GCS = 'Bé có Giấy chứng sinh không?';
const WITNESS = 'Có người làm chứng không?';
const PROXY = 'Có ủy quyền không?';

const procedure = {
  code: 'x',
  curated: true,
  documents: [
    { name: 'Tờ khai', originals: 1 },
    { name: 'Giấy chứng sinh', originals: 1, condition: { ask: GCS, neededWhen: 'yes' } },
    { name: 'Văn bản người làm chứng', originals: 1, condition: { ask: GCS, neededWhen: 'no' }, alternativeOf: 'Giấy chứng sinh' },
    { name: 'Giấy cam đoan', originals: 1, condition: { ask: WITNESS, neededWhen: 'no' }, alternativeOf: 'Văn bản người làm chứng' },
    { name: 'Văn bản ủy quyền', originals: 1, condition: { ask: PROXY, neededWhen: 'yes' } },
  ],
} as unknown as Procedure;

const names = (answers: Record<string, 'yes' | 'no'>) => personalDocuments(procedure, answers).map((d) => d.name);

describe('document checklist', () => {
  test('asks first about the birth certificate and the proxy, not about a witness', () => {
    expect(pendingQuestions(procedure, {})).toEqual([GCS, PROXY]);
  });

  test('with a birth certificate, the witness question is never asked', () => {
    expect(pendingQuestions(procedure, { [GCS]: 'yes' })).toEqual([PROXY]);
    expect(names({ [GCS]: 'yes', [PROXY]: 'no' })).toEqual(['Tờ khai', 'Giấy chứng sinh']);
  });

  test('without one, the witness question comes next', () => {
    expect(pendingQuestions(procedure, { [GCS]: 'no' })).toEqual([WITNESS, PROXY]);
  });

  test('without a certificate but with a witness: the witness statement', () => {
    expect(names({ [GCS]: 'no', [WITNESS]: 'yes', [PROXY]: 'no' })).toEqual(['Tờ khai', 'Văn bản người làm chứng']);
  });

  test('without either: the written commitment replaces the witness statement', () => {
    expect(names({ [GCS]: 'no', [WITNESS]: 'no', [PROXY]: 'yes' })).toEqual(['Tờ khai', 'Giấy cam đoan', 'Văn bản ủy quyền']);
  });
});
