"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.LIFE_EVENTS_FILE = void 0;
exports.loadCatalogue = loadCatalogue;
const node_crypto_1 = require("node:crypto");
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const agencies_1 = require("./agencies");
const catalogue_1 = require("./catalogue");
const curationSchema_1 = require("./curationSchema");
const errors_1 = require("./errors");
const schema_1 = require("./schema");
exports.LIFE_EVENTS_FILE = 'life-events.json';
/**
 * Reads and validates data/catalogue, data/curation and data/agencies under `dataDir` and builds the
 * indexed catalogue. Synchronous: it runs once at start-up. Invalid data throws
 * CatalogueValidationError naming the file, record and field.
 *
 * @example const catalogue = loadCatalogue(path.resolve('data'));
 */
function loadCatalogue(dataDir) {
    const hash = (0, node_crypto_1.createHash)('sha256');
    const read = (file) => {
        const bytes = node_fs_1.default.readFileSync(file);
        hash.update(rel(dataDir, file)).update('\0').update(bytes).update('\0');
        const text = bytes.toString('utf8');
        try {
            return JSON.parse(text);
        }
        catch (err) {
            throw new errors_1.CatalogueValidationError(rel(dataDir, file), '(file)', '(json)', err.message);
        }
    };
    const procedures = [
        ...readCatalogueFiles(dataDir, node_path_1.default.join(dataDir, 'catalogue'), read),
        ...readAddedProcedures(dataDir, node_path_1.default.join(dataDir, 'curation', 'added'), read),
    ];
    const curationDir = node_path_1.default.join(dataDir, 'curation');
    const curation = readCurationEntries(dataDir, curationDir, read);
    const lifeEvents = readLifeEvents(dataDir, node_path_1.default.join(curationDir, exports.LIFE_EVENTS_FILE), read);
    const agencies = readAgencies(dataDir, node_path_1.default.join(dataDir, 'agencies', 'agencies.json'), read);
    return (0, catalogue_1.buildCatalogue)({ procedures, curation, lifeEvents, agencies, version: hash.digest('hex').slice(0, 16) });
}
function jsonFiles(dir) {
    if (!node_fs_1.default.existsSync(dir))
        return [];
    return node_fs_1.default
        .readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isFile() && d.name.endsWith('.json'))
        .map((d) => node_path_1.default.join(dir, d.name))
        .sort();
}
function rel(dataDir, file) {
    return node_path_1.default.relative(dataDir, file).split(node_path_1.default.sep).join('/');
}
function readCatalogueFiles(dataDir, dir, read) {
    const files = jsonFiles(dir);
    if (files.length === 0) {
        throw new errors_1.CatalogueValidationError(rel(dataDir, dir), '(none)', '(files)', 'no catalogue files; run npm run catalogue:import');
    }
    const out = [];
    for (const file of files) {
        const name = rel(dataDir, file);
        const parsed = check(schema_1.catalogueFileSchema, read(file), name, '(file)');
        parsed.procedures.forEach((raw, i) => {
            out.push({ value: check(schema_1.procedureRecordSchema, raw, name, recordName(raw, i)), file: name });
        });
    }
    return out;
}
function readAddedProcedures(dataDir, dir, read) {
    return jsonFiles(dir).map((file) => {
        const name = rel(dataDir, file);
        const raw = read(file);
        const value = check(schema_1.procedureRecordSchema, raw, name, recordName(raw, 0));
        if (value.provenance.source !== 'curated') {
            throw new errors_1.CatalogueValidationError(name, value.code, 'provenance.source', "added procedures must have source 'curated'");
        }
        return { value, file: name };
    });
}
function readCurationEntries(dataDir, dir, read) {
    const out = [];
    for (const file of jsonFiles(dir)) {
        if (node_path_1.default.basename(file) === exports.LIFE_EVENTS_FILE)
            continue;
        const name = rel(dataDir, file);
        const raw = read(file);
        const list = isObject(raw) && Array.isArray(raw.procedures) ? raw.procedures : [];
        const parsed = check(curationSchema_1.curationFileSchema, raw, name, '(file)', (i) => recordName(list[i], i));
        for (const value of parsed.procedures)
            out.push({ value, file: name });
    }
    return out;
}
function readLifeEvents(dataDir, file, read) {
    if (!node_fs_1.default.existsSync(file))
        return [];
    const name = rel(dataDir, file);
    const raw = read(file);
    const list = isObject(raw) && Array.isArray(raw.lifeEvents) ? raw.lifeEvents : [];
    const parsed = check(curationSchema_1.lifeEventsFileSchema, raw, name, '(file)', (i) => idName(list[i], i));
    return parsed.lifeEvents.map((value) => ({ value, file: name }));
}
function readAgencies(dataDir, file, read) {
    const name = rel(dataDir, file);
    if (!node_fs_1.default.existsSync(file))
        throw new errors_1.CatalogueValidationError(name, '(file)', '(file)', 'missing');
    try {
        return (0, agencies_1.createAgencies)(read(file), name);
    }
    catch (err) {
        if (err instanceof agencies_1.AgenciesValidationError) {
            throw new errors_1.CatalogueValidationError(name, 'agencies', err.field, err.message);
        }
        throw err;
    }
}
/**
 * Parses with `schema` or throws naming the record. For list files, `recordOf(index)` turns the first
 * path element after the list key into a record name and the rest of the path becomes the field.
 */
function check(schema, raw, file, record, recordOf) {
    const result = schema.safeParse(raw);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    const issuePath = issue?.path.map(String) ?? [];
    const index = issuePath[1] !== undefined ? Number(issuePath[1]) : NaN;
    if (recordOf && Number.isInteger(index)) {
        throw new errors_1.CatalogueValidationError(file, recordOf(index), issuePath.slice(2).join('.') || '(record)', issue?.message ?? 'invalid');
    }
    throw new errors_1.CatalogueValidationError(file, record, issuePath.join('.') || '(root)', issue?.message ?? 'invalid');
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function recordName(raw, index) {
    return isObject(raw) && typeof raw.code === 'string' ? raw.code : `#${index}`;
}
function idName(raw, index) {
    return isObject(raw) && typeof raw.id === 'string' ? raw.id : `#${index}`;
}
