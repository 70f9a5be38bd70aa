import path from 'node:path';
import { loadCatalogue } from './src/catalogue';
import { buildRecognizer, loadTrainingData } from './src/nlu';
const DATA = path.resolve('data');
const c = loadCatalogue(DATA);
const r = buildRecognizer({ catalogue: c, trainingData: loadTrainingData(DATA), communes: c.agencies.data.communes });
for (const t of process.argv.slice(2)) { const e = r.explain(t); console.log(t, '|', e.result.intent, e.result.procedure?.code, '| content', e.domain.content, 'foreign', e.domain.foreign.join(',')); }
