import type { Catalogue } from '../catalogue';
import { loadCatalogue } from '../catalogue';
import { buildRecognizer, loadTrainingData, type Recognizer } from '../nlu';
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

  constructor(private readonly dataDir: string, private readonly logger: Logger, initial?: KnowledgeSnapshot) {
    this.snapshot = initial ?? this.build();
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
    const recognizer = buildRecognizer({ catalogue, trainingData: loadTrainingData(this.dataDir), communes: catalogue.agencies.data.communes, province: catalogue.agencies.data.province.name });
    this.logger.info({ procedures: catalogue.all().length, ms: Date.now() - started }, 'catalogue and recognizer built');
    return { catalogue, recognizer, loadedAt: new Date() };
  }
}
