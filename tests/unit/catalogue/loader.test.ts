import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CatalogueValidationError, loadCatalogue } from '../../../src/catalogue';
import { procedure, writeDataDir } from './factories';

describe('loadCatalogue validation', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalogue-load-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function loadError(): CatalogueValidationError {
    try {
      loadCatalogue(dir);
    } catch (err) {
      if (err instanceof CatalogueValidationError) return err;
      throw err;
    }
    throw new Error('expected loadCatalogue to fail');
  }

  it('names file, record and field of an invalid imported record', () => {
    const bad = { ...procedure('1.000002'), submission: [{ method: 'fax', time: null, fee: null }] };
    writeDataDir(dir, [procedure('1.000001'), bad]);
    const err = loadError();
    expect(err).toMatchObject({ file: 'catalogue/bo-tu-phap.json', record: '1.000002', field: 'submission.0.method' });
    expect(err.message).toContain('1.000002');
  });

  it('names the curation file, code and field of a bad curation entry', () => {
    writeDataDir(dir, [procedure('1.000001')], {
      'ho-tich.json': {
        procedures: [{ code: '1.000001', aliases: [], lifeEvents: [], exampleQuestions: [], sources: [], documents: [{ name: '' }] }],
      },
    });
    expect(loadError()).toMatchObject({ file: 'curation/ho-tich.json', record: '1.000001', field: 'documents.0.name' });
  });

  it('rejects curation for an unknown code and life events naming unknown procedures', () => {
    writeDataDir(dir, [procedure('1.000001')], {
      'ho-tich.json': { procedures: [{ code: '9.999999', aliases: [], lifeEvents: [], exampleQuestions: [], sources: [] }] },
    });
    expect(loadError()).toMatchObject({ record: '9.999999', field: 'code' });

    fs.rmSync(path.join(dir, 'curation'), { recursive: true });
    writeDataDir(dir, [procedure('1.000001')], {
      'life-events.json': { lifeEvents: [{ id: 'sinh-con', name: 'Sinh con', aliases: [], procedures: ['1.000001', '1.404040'] }] },
    });
    expect(loadError()).toMatchObject({ file: 'curation/life-events.json', record: 'sinh-con', field: 'procedures.1' });
  });

  it('rejects an added procedure that is not marked curated and duplicate codes', () => {
    writeDataDir(dir, [procedure('1.000001')], { 'added/2.000001.json': procedure('2.000001') });
    expect(loadError()).toMatchObject({ file: 'curation/added/2.000001.json', field: 'provenance.source' });

    fs.rmSync(path.join(dir, 'curation'), { recursive: true });
    writeDataDir(dir, [procedure('1.000001'), procedure('1.000001')]);
    expect(loadError()).toMatchObject({ record: '1.000001', field: 'code' });
  });

  it('fails on broken agency data naming the field', () => {
    writeDataDir(dir, [procedure('1.000001')]);
    const file = path.join(dir, 'agencies', 'agencies.json');
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { deployment: { communeCode: string } };
    data.deployment.communeCode = '99999';
    fs.writeFileSync(file, JSON.stringify(data));
    expect(loadError()).toMatchObject({ file: 'agencies/agencies.json', field: 'deployment.communeCode' });
  });

  it('loads curated additions and changes version when staff edit curation', () => {
    const added = { ...procedure('X.000001'), provenance: { source: 'curated', note: 'test' } };
    writeDataDir(dir, [procedure('1.000001')], { 'added/X.000001.json': added });
    const first = loadCatalogue(dir);
    expect(first.get('X.000001')?.curated).toBe(true);
    writeDataDir(dir, [procedure('1.000001')], {
      'ho-tich.json': { procedures: [{ code: '1.000001', aliases: ['khai sinh'], lifeEvents: [], exampleQuestions: [], sources: [] }] },
    });
    const second = loadCatalogue(dir);
    expect(second.version).not.toBe(first.version);
    expect(second.byAlias('Khai Sinh').map((p) => p.code)).toEqual(['1.000001']);
  });
});
