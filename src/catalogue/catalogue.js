"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_PAGE_SIZE = exports.DEFAULT_PAGE_SIZE = void 0;
exports.createCatalogue = createCatalogue;
exports.buildCatalogue = buildCatalogue;
exports.compareCodes = compareCodes;
const node_crypto_1 = require("node:crypto");
const agencies_1 = require("./agencies");
const errors_1 = require("./errors");
const merge_1 = require("./merge");
const search_1 = require("./search");
exports.DEFAULT_PAGE_SIZE = 20;
exports.MAX_PAGE_SIZE = 100;
const MEMORY = '(memory)';
/** Builds a catalogue from in-memory objects (tests, tools). Throws CatalogueValidationError. */
function createCatalogue(procedures, curation, lifeEvents, agencies) {
    const version = (0, node_crypto_1.createHash)('sha256')
        .update(JSON.stringify([procedures, curation, lifeEvents, agencies.data]))
        .digest('hex')
        .slice(0, 16);
    const at = (value) => ({ value, file: MEMORY });
    return buildCatalogue({
        procedures: procedures.map(at),
        curation: curation.map(at),
        lifeEvents: lifeEvents.map(at),
        agencies,
        version,
    });
}
function buildCatalogue(sources) {
    const records = indexRecords(sources.procedures);
    const lifeEvents = checkLifeEvents(sources.lifeEvents, records);
    const entries = indexCuration(sources.curation, records, lifeEvents);
    const memberOf = new Map();
    for (const event of lifeEvents.values()) {
        for (const code of event.procedures)
            push(memberOf, code, event.id);
    }
    const procedures = [...records.values()]
        .map(({ value }) => (0, merge_1.mergeCuration)(value, entries.get(value.code)?.value, memberOf.get(value.code) ?? []))
        .sort((a, b) => compareCodes(a.code, b.code));
    return new IndexedCatalogue(procedures, [...lifeEvents.values()], sources.agencies, sources.version);
}
function indexRecords(records) {
    const byCode = new Map();
    for (const record of records) {
        const previous = byCode.get(record.value.code);
        if (previous) {
            throw new errors_1.CatalogueValidationError(record.file, record.value.code, 'code', `duplicate of a record in ${previous.file}`);
        }
        byCode.set(record.value.code, record);
    }
    return byCode;
}
function checkLifeEvents(events, records) {
    const byId = new Map();
    for (const { value, file } of events) {
        if (byId.has(value.id))
            throw new errors_1.CatalogueValidationError(file, value.id, 'id', 'duplicate life-event id');
        value.procedures.forEach((code, i) => {
            if (!records.has(code)) {
                throw new errors_1.CatalogueValidationError(file, value.id, `procedures.${i}`, `unknown procedure code ${code}`);
            }
        });
        byId.set(value.id, value);
    }
    return byId;
}
function indexCuration(entries, records, lifeEvents) {
    const byCode = new Map();
    for (const entry of entries) {
        const { value, file } = entry;
        const previous = byCode.get(value.code);
        if (previous) {
            throw new errors_1.CatalogueValidationError(file, value.code, 'code', `curated twice (also in ${previous.file})`);
        }
        if (!records.has(value.code)) {
            throw new errors_1.CatalogueValidationError(file, value.code, 'code', 'no imported or added procedure with this code');
        }
        value.lifeEvents.forEach((id, i) => {
            if (!lifeEvents.has(id))
                throw new errors_1.CatalogueValidationError(file, value.code, `lifeEvents.${i}`, `unknown life event ${id}`);
        });
        byCode.set(value.code, entry);
    }
    return byCode;
}
/** Orders "1.001193" < "1.012345" < "2.000001" and keeps other codes stable. */
function compareCodes(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
class IndexedCatalogue {
    procedures;
    events;
    agencies;
    version;
    byCode = new Map();
    domainIndex = new Map();
    levelIndex = new Map();
    aliasIndex = new Map();
    lifeEventIndex = new Map();
    entries;
    domainNames;
    constructor(procedures, events, agencies, version) {
        this.procedures = procedures;
        this.events = events;
        this.agencies = agencies;
        this.version = version;
        const foldedDomains = new Map();
        for (const p of procedures) {
            this.byCode.set(p.code, p);
            if (p.domain !== '') {
                let folded = foldedDomains.get(p.domain);
                if (folded === undefined) {
                    folded = (0, agencies_1.foldVietnamese)(p.domain);
                    foldedDomains.set(p.domain, folded);
                }
                push(this.domainIndex, folded, p);
            }
            for (const level of p.levels)
                push(this.levelIndex, level, p);
            const names = new Set([p.code, p.shortName ?? '', ...p.aliases].filter((n) => n !== '').map(agencies_1.foldVietnamese));
            for (const name of names)
                push(this.aliasIndex, name, p);
        }
        for (const e of events)
            this.lifeEventIndex.set(e.id, e);
        this.entries = procedures.map(search_1.searchEntry);
        this.domainNames = [...foldedDomains.keys()].sort((a, b) => a.localeCompare(b, 'vi'));
    }
    all() {
        return this.procedures;
    }
    get(code) {
        return this.byCode.get(code.trim());
    }
    byDomain(domain) {
        return this.domainIndex.get((0, agencies_1.foldVietnamese)(domain)) ?? [];
    }
    byLifeEvent(id) {
        const event = this.lifeEventIndex.get(id);
        if (!event)
            return [];
        return event.procedures.map((c) => this.byCode.get(c)).filter((p) => p !== undefined);
    }
    byLevel(level) {
        return this.levelIndex.get(level) ?? [];
    }
    byAlias(alias) {
        return this.aliasIndex.get((0, agencies_1.foldVietnamese)(alias)) ?? [];
    }
    lifeEvents() {
        return this.events;
    }
    lifeEvent(id) {
        return this.lifeEventIndex.get(id);
    }
    domains() {
        return this.domainNames;
    }
    search(query) {
        const page = Math.max(1, Math.floor(query.page ?? 1));
        const pageSize = Math.min(exports.MAX_PAGE_SIZE, Math.max(1, Math.floor(query.pageSize ?? exports.DEFAULT_PAGE_SIZE)));
        const folded = (0, agencies_1.foldVietnamese)(query.q ?? '');
        const words = folded === '' ? [] : folded.split(' ');
        const domain = query.domain === undefined ? undefined : (0, agencies_1.foldVietnamese)(query.domain);
        const event = query.lifeEvent === undefined ? undefined : new Set(this.lifeEventIndex.get(query.lifeEvent)?.procedures ?? []);
        const inDomain = domain === undefined ? undefined : new Set(this.domainIndex.get(domain) ?? []);
        const hits = [];
        for (const entry of this.entries) {
            const p = entry.procedure;
            if (inDomain !== undefined && !inDomain.has(p))
                continue;
            if (query.level !== undefined && !p.levels.includes(query.level))
                continue;
            if (event !== undefined && !event.has(p.code))
                continue;
            const score = (0, search_1.scoreEntry)(entry, folded, words);
            if (score > 0)
                hits.push({ p, score });
        }
        hits.sort((a, b) => b.score - a.score || compareCodes(a.p.code, b.p.code));
        const start = (page - 1) * pageSize;
        return { items: hits.slice(start, start + pageSize).map((h) => h.p), total: hits.length, page, pageSize };
    }
}
