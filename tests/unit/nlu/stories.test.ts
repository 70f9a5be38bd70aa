import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildRecognizer, loadTrainingData, type NluTrainingData } from '../../../src/nlu';
import { COMMUNES, DATA_DIR, NOW, smallCatalogue } from './fixtures';

function recognizer(stories: Record<string, string[]>) {
  const base = loadTrainingData(DATA_DIR);
  const trainingData: NluTrainingData = { ...base, stories: new Map(Object.entries(stories)) };
  return buildRecognizer({ catalogue: smallCatalogue(), trainingData, communes: COMMUNES, province: 'tỉnh Thái Nguyên', now: () => NOW });
}

describe('stories (data/nlu/stories.json)', () => {
  const story = 'ông cụ đầu xóm vừa đi hôm qua, con cháu muốn lên xã báo cho đúng thủ tục';

  it('lets a paraphrase of a citizen\'s story find the procedure the story was filed under', () => {
    const text = 'ông cụ nhà em vừa đi hôm qua, con cháu muốn lên xã báo';
    expect(recognizer({}).recognize(text).procedure?.code).not.toBe('1.000656');
    expect(recognizer({ '1.000656': [story] }).recognize(text).procedure?.code).toBe('1.000656');
  });

  it('leaves the weight of words untouched: a named procedure scores the same with or without stories', () => {
    const withStory = recognizer({ '1.000656': ['nhà có người mất, giờ làm khai sinh cho cháu nội mới sinh cùng lúc được không'] });
    const text = 'làm giấy khai sinh cho cháu';
    const plain = recognizer({}).explain(text).procedureMatch;
    const story = withStory.explain(text).procedureMatch;
    expect(story.rawCodes[0]).toBe('1.001193');
    expect(story.raw[0]).toBe(plain.raw[0]);
  });

  it('reads the committed data/nlu/stories.json: only catalogue-shaped codes, each with stories', () => {
    const { stories } = loadTrainingData(DATA_DIR);
    expect(stories.size).toBeGreaterThan(20);
    for (const [code, texts] of stories) {
      expect(code).toMatch(/^\d\.\d{6}$/);
      expect(texts.length).toBeGreaterThan(0);
    }
  });

  it('is exactly what scripts/nlu-stories.ts derives from the development sets (a relabelled set was not forgotten)', () => {
    const root = path.resolve(__dirname, '..', '..', '..');
    const res = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/nlu-stories.ts', '--check'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(res.stdout).toMatch(/is current/);
    expect(res.status).toBe(0);
  });
});
