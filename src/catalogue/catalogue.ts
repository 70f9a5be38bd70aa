import { createHash } from 'node:crypto';
import type { Agencies } from './agencies';
import { foldVietnamese } from './agencies';
import type { CurationEntry, LifeEvent } from './curationSchema';
import { CatalogueValidationError } from './errors';
import { mergeCuration } from './merge';
import type { Level, Procedure, ProcedureRecord } from './schema';
import { scoreEntry, searchEntry, type SearchEntry } from './search';

export interface SearchQuery {
  q?: string;
  domain?: string;
  level?: Level;
  lifeEvent?: string;
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

export interface SearchResult {
  items: Procedure[];
  total: number;
  page: number;
  pageSize: number;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/**
 * The procedure catalogue: imported records with the curation layer merged, indexed in memory.
 * Immutable; reload by building a new one.
 */
export interface Catalogue {
  all(): readonly Procedure[];
  get(code: string): Procedure | undefined;
  /** Case- and diacritics-insensitive match on the domain (lĩnh vực). */
  byDomain(domain: string): readonly Procedure[];
  /** Procedures of a life event, in the order they are done. */
  byLifeEvent(id: string): readonly Procedure[];
  byLevel(level: Level): readonly Procedure[];
  /** Finds a procedure by code, short name or alias (folded, exact). */
  byAlias(alias: string): readonly Procedure[];
  search(query: SearchQuery): SearchResult;
  lifeEvents(): readonly LifeEvent[];
  lifeEvent(id: string): LifeEvent | undefined;
  domains(): readonly string[];
  readonly agencies: Agencies;
  /** Hash of the content; changes whenever staff edit catalogue or curation data. */
  readonly version: string;
}

/** A value with the file it was read from, so errors can name it. */
export interface Located<T> {
  value: T;
  file: string;
}

export interface CatalogueSources {
  procedures: readonly Located<ProcedureRecord>[];
  curation: readonly Located<CurationEntry>[];
  lifeEvents: readonly Located<LifeEvent>[];
  agencies: Agencies;
  version: string;
}

const MEMORY = '(memory)';

/** Builds a catalogue from in-memory objects (tests, tools). Throws CatalogueValidationError. */
export function createCatalogue(
  procedures: readonly ProcedureRecord[],
  curation: readonly CurationEntry[],
  lifeEvents: readonly LifeEvent[],
  agencies: Agencies,
): Catalogue {
  const version = createHash('sha256')
    .update(JSON.stringify([procedures, curation, lifeEvents, agencies.data]))
    .digest('hex')
    .slice(0, 16);
  const at = <T>(value: T): Located<T> => ({ value, file: MEMORY });
  return buildCatalogue({
    procedures: procedures.map(at),
    curation: curation.map(at),
    lifeEvents: lifeEvents.map(at),
    agencies,
    version,
  });
}

export function buildCatalogue(sources: CatalogueSources): Catalogue {
  const records = indexRecords(sources.procedures);
  const lifeEvents = checkLifeEvents(sources.lifeEvents, records);
  const entries = indexCuration(sources.curation, records, lifeEvents);

  const memberOf = new Map<string, string[]>();
  for (const event of lifeEvents.values()) {
    for (const code of event.procedures) push(memberOf, code, event.id);
  }

  const procedures = [...records.values()]
    .map(({ value }) => mergeCuration(value, entries.get(value.code)?.value, memberOf.get(value.code) ?? []))
    .sort((a, b) => compareCodes(a.code, b.code));
  return new IndexedCatalogue(procedures, [...lifeEvents.values()], sources.agencies, sources.version);
}

function indexRecords(records: readonly Located<ProcedureRecord>[]): Map<string, Located<ProcedureRecord>> {
  const byCode = new Map<string, Located<ProcedureRecord>>();
  for (const record of records) {
    const previous = byCode.get(record.value.code);
    if (previous) {
      throw new CatalogueValidationError(record.file, record.value.code, 'code', `duplicate of a record in ${previous.file}`);
    }
    byCode.set(record.value.code, record);
  }
  return byCode;
}

function checkLifeEvents(
  events: readonly Located<LifeEvent>[],
  records: Map<string, Located<ProcedureRecord>>,
): Map<string, LifeEvent> {
  const byId = new Map<string, LifeEvent>();
  for (const { value, file } of events) {
    if (byId.has(value.id)) throw new CatalogueValidationError(file, value.id, 'id', 'duplicate life-event id');
    value.procedures.forEach((code, i) => {
      if (!records.has(code)) {
        throw new CatalogueValidationError(file, value.id, `procedures.${i}`, `unknown procedure code ${code}`);
      }
    });
    byId.set(value.id, value);
  }
  return byId;
}

function indexCuration(
  entries: readonly Located<CurationEntry>[],
  records: Map<string, Located<ProcedureRecord>>,
  lifeEvents: Map<string, LifeEvent>,
): Map<string, Located<CurationEntry>> {
  const byCode = new Map<string, Located<CurationEntry>>();
  for (const entry of entries) {
    const { value, file } = entry;
    const previous = byCode.get(value.code);
    if (previous) {
      throw new CatalogueValidationError(file, value.code, 'code', `curated twice (also in ${previous.file})`);
    }
    if (!records.has(value.code)) {
      throw new CatalogueValidationError(file, value.code, 'code', 'no imported or added procedure with this code');
    }
    value.lifeEvents.forEach((id, i) => {
      if (!lifeEvents.has(id)) throw new CatalogueValidationError(file, value.code, `lifeEvents.${i}`, `unknown life event ${id}`);
    });
    byCode.set(value.code, entry);
  }
  return byCode;
}

/** Orders "1.001193" < "1.012345" < "2.000001" and keeps other codes stable. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

class IndexedCatalogue implements Catalogue {
  private readonly byCode = new Map<string, Procedure>();
  private readonly domainIndex = new Map<string, Procedure[]>();
  private readonly levelIndex = new Map<Level, Procedure[]>();
  private readonly aliasIndex = new Map<string, Procedure[]>();
  private readonly lifeEventIndex = new Map<string, LifeEvent>();
  private readonly entries: SearchEntry[];
  private readonly domainNames: string[];

  constructor(
    private readonly procedures: readonly Procedure[],
    private readonly events: readonly LifeEvent[],
    readonly agencies: Agencies,
    readonly version: string,
  ) {
    const foldedDomains = new Map<string, string>();
    for (const p of procedures) {
      this.byCode.set(p.code, p);
      if (p.domain !== '') {
        let folded = foldedDomains.get(p.domain);
        if (folded === undefined) {
          folded = foldVietnamese(p.domain);
          foldedDomains.set(p.domain, folded);
        }
        push(this.domainIndex, folded, p);
      }
      for (const level of p.levels) push(this.levelIndex, level, p);
      const names = new Set([p.code, p.shortName ?? '', ...p.aliases].filter((n) => n !== '').map(foldVietnamese));
      for (const name of names) push(this.aliasIndex, name, p);
    }
    for (const e of events) this.lifeEventIndex.set(e.id, e);
    this.entries = procedures.map(searchEntry);
    this.domainNames = [...foldedDomains.keys()].sort((a, b) => a.localeCompare(b, 'vi'));
  }

  all(): readonly Procedure[] {
    return this.procedures;
  }

  get(code: string): Procedure | undefined {
    return this.byCode.get(code.trim());
  }

  byDomain(domain: string): readonly Procedure[] {
    return this.domainIndex.get(foldVietnamese(domain)) ?? [];
  }

  byLifeEvent(id: string): readonly Procedure[] {
    const event = this.lifeEventIndex.get(id);
    if (!event) return [];
    return event.procedures.map((c) => this.byCode.get(c)).filter((p): p is Procedure => p !== undefined);
  }

  byLevel(level: Level): readonly Procedure[] {
    return this.levelIndex.get(level) ?? [];
  }

  byAlias(alias: string): readonly Procedure[] {
    return this.aliasIndex.get(foldVietnamese(alias)) ?? [];
  }

  lifeEvents(): readonly LifeEvent[] {
    return this.events;
  }

  lifeEvent(id: string): LifeEvent | undefined {
    return this.lifeEventIndex.get(id);
  }

  domains(): readonly string[] {
    return this.domainNames;
  }

  search(query: SearchQuery): SearchResult {
    const page = Math.max(1, Math.floor(query.page ?? 1));
    const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(query.pageSize ?? DEFAULT_PAGE_SIZE)));
    const folded = foldVietnamese(query.q ?? '');
    const words = folded === '' ? [] : folded.split(' ');
    const domain = query.domain === undefined ? undefined : foldVietnamese(query.domain);
    const event = query.lifeEvent === undefined ? undefined : new Set(this.lifeEventIndex.get(query.lifeEvent)?.procedures ?? []);

    const inDomain = domain === undefined ? undefined : new Set(this.domainIndex.get(domain) ?? []);
    const hits: Array<{ p: Procedure; score: number }> = [];
    for (const entry of this.entries) {
      const p = entry.procedure;
      if (inDomain !== undefined && !inDomain.has(p)) continue;
      if (query.level !== undefined && !p.levels.includes(query.level)) continue;
      if (event !== undefined && !event.has(p.code)) continue;
      const score = scoreEntry(entry, folded, words);
      if (score > 0) hits.push({ p, score });
    }
    hits.sort((a, b) => b.score - a.score || compareCodes(a.p.code, b.p.code));
    const start = (page - 1) * pageSize;
    return { items: hits.slice(start, start + pageSize).map((h) => h.p), total: hits.length, page, pageSize };
  }
}
