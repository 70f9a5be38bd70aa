import type { Catalogue } from '../catalogue';
import { loadCatalogue } from '../catalogue';
import { buildRecognizer, loadTrainingData, warmUp, warmUpTexts, type NluTrainingData, type Recognizer, type WarmUpReport } from '../nlu';
import type { Logger } from '../logger';

/** One consistent build of what the bot knows: the catalogue and the recognizer built from it. */
export interface KnowledgeSnapshot {
  readonly catalogue: Catalogue;
  readonly recognizer: Recognizer;
  readonly loadedAt: Date;
}

/**
 * Holds the live catalogue and recognizer. `reload()` builds a new pair from data/ and swaps both at
 * once, so a staff edit goes live without a restart and no turn ever sees a catalogue with the other
 * build's recognizer. A reload that fails leaves the previous pair in place.
 */
export class Knowledge {
  private snapshot: KnowledgeSnapshot;
  /** The training data of the last build: what warmUp parses. */
  private trainingData: NluTrainingData | null = null;

  constructor(private readonly dataDir: string, private readonly logger: Logger, initial?: KnowledgeSnapshot) {
    this.snapshot = initial ?? this.build();
  }

  /**
   * Parses the shipped training material once through the live recognizer, in slices that leave the event loop
   * free (see nlu/warmUp.ts): a fresh process otherwise answers its first couple of thousand messages several times
   * slower at the tail. Call once after start; a reload needs none, the code it runs is already compiled.
   */
  async warmUp(options: { size?: number; signal?: AbortSignal } = {}): Promise<WarmUpReport> {
    const trainingData = this.trainingData ?? loadTrainingData(this.dataDir);
    const catalogue = this.snapshot.catalogue;
    const texts = warmUpTexts(trainingData, catalogue, { size: options.size, communes: catalogue.agencies.data.communes });
    const report = await warmUp(() => this.snapshot.recognizer, texts, { signal: options.signal });
    this.logger.info(report, 'recognizer warmed up');
    return report;
  }

  catalogue(): Catalogue {
    return this.snapshot.catalogue;
  }

  recognizer(): Recognizer {
    return this.snapshot.recognizer;
  }

  current(): KnowledgeSnapshot {
    return this.snapshot;
  }

  reload(): KnowledgeSnapshot {
    const next = this.build();
    this.snapshot = next;
    this.logger.info({ procedures: next.catalogue.all().length, version: next.catalogue.version }, 'knowledge reloaded');
    return next;
  }

  private build(): KnowledgeSnapshot {
    const started = Date.now();
    const catalogue = loadCatalogue(this.dataDir);
    const catalogueLoaded = Date.now();
    const trainingData = loadTrainingData(this.dataDir);
    const recognizer = buildRecognizer({ catalogue, trainingData, communes: catalogue.agencies.data.communes, province: catalogue.agencies.data.province.name });
    this.trainingData = trainingData;
    // Apart, so that the recognizer's share (training data read and index built) can be compared with bench:nlu's.
    this.logger.info(
      { procedures: catalogue.all().length, ms: Date.now() - started, catalogueMs: catalogueLoaded - started, recognizerMs: Date.now() - catalogueLoaded },
      'catalogue and recognizer built',
    );
    return { catalogue, recognizer, loadedAt: new Date() };
  }
}
