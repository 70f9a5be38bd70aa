"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SituationReader = exports.EMPTY_SITUATIONS = exports.situationsFileSchema = void 0;
const zod_1 = require("zod");
const fold_1 = require("./fold");
/**
 * data/nlu/situations.json: everyday situations ("someone died", "land", "lost papers") as folded
 * patterns, and the curated life events they evoke. A life event is evidence for its procedures even
 * when the citizen names none ("chồng tôi mất, đất đứng tên anh ấy" → inheritance, land).
 */
exports.situationsFileSchema = zod_1.z.strictObject({
    version: zod_1.z.number().int(),
    note: zod_1.z.string().optional(),
    situations: zod_1.z.record(zod_1.z.string(), zod_1.z.array(zod_1.z.string().min(1)).min(1)),
    /** Life event id → rules; a rule lists situations that must all be present. */
    events: zod_1.z.record(zod_1.z.string(), zod_1.z.array(zod_1.z.array(zod_1.z.string().min(1)).min(1)).min(1)),
    /**
     * Finer than a life event: when all situations of `when` are present, these procedures (in order) are
     * what the citizen most likely needs ("người mất" + "đất" → văn bản phân chia di sản). Scenario
     * evidence is kept apart from life-event evidence and weighs more (ProcedureScoring.scenarioEvidence).
     */
    scenarios: zod_1.z
        .array(zod_1.z.strictObject({
        when: zod_1.z.array(zod_1.z.string().min(1)).min(1),
        procedures: zod_1.z.array(zod_1.z.string().regex(/^\d\.\d{6}$/)).min(1),
        /** Below 1 for a fallback ("a death story that talks to the office"), so a named procedure still wins. */
        weight: zod_1.z.number().positive().max(1).default(1),
        note: zod_1.z.string().optional(),
    }))
        .default([]),
});
exports.EMPTY_SITUATIONS = { version: 1, situations: {}, events: {}, scenarios: [] };
/** Two scenarios agreeing on a procedure count double, more do not count more. */
const MAX_SCENARIO_EVIDENCE = 2;
/** Weight of the n-th procedure of a life event relative to the one before (they are listed in order). */
const ORDER_DECAY = 0.85;
const NOTHING = { situations: [], events: [], procedures: new Map(), scenarioProcedures: new Map() };
/**
 * Life-event evidence: situations found in the message evoke life events; a procedure's evidence sums,
 * over the evoked events, the rule's size (two situations agreeing weigh double) times a decay by its
 * place in the event. A procedure shared by two evoked events ("người mất" and "thừa kế": the division
 * of an estate) outranks one only one of them lists. Unknown event ids or situations are ignored.
 */
class SituationReader {
    accentedOnly;
    patterns;
    events;
    /** `accentedOnly`: see Lexicon.accentedOnly ("cuối" typed with accents is not "cưới"). */
    constructor(file, lifeEvents, accentedOnly = new Map()) {
        this.accentedOnly = accentedOnly;
        this.patterns = Object.entries(file.situations).map(([id, list]) => ({ id, regexes: list.map(fold_1.foldedPattern) }));
        const known = new Set(Object.keys(file.situations));
        const byId = new Map(lifeEvents.map((e) => [e.id, e]));
        this.events = Object.entries(file.events).flatMap(([id, rules]) => {
            const event = byId.get(id);
            const usable = rules.filter((rule) => rule.every((s) => known.has(s)));
            return event && usable.length > 0 && event.procedures.length > 0 ? [{ id, scenario: false, weight: 1, rules: usable, procedures: event.procedures }] : [];
        });
        for (const scenario of file.scenarios) {
            if (scenario.when.every((s) => known.has(s)))
                this.events.push({ id: `scenario:${scenario.when.join('+')}`, scenario: true, weight: scenario.weight, rules: [scenario.when], procedures: scenario.procedures });
        }
    }
    /**
     * Reads a message's tokens; `removed` marks question phrases ("mất bao lâu") that say nothing about
     * the situation.
     */
    read(tokens, removed) {
        const statement = tokens
            .map((t, i) => (removed[i] || (t.accented && this.accentedOnly.get(t.folded)?.has(t.surface) === false) ? ',' : t.folded))
            .join(' ');
        const found = new Set();
        for (const { id, regexes } of this.patterns)
            if (regexes.some((r) => r.test(statement)))
                found.add(id);
        if (found.size === 0)
            return NOTHING;
        const events = [];
        const evidence = new Map();
        const scenarioEvidence = new Map();
        for (const event of this.events) {
            // The largest rule all of whose situations are present (a loop: this runs for every event on every parse).
            let strength = 0;
            for (const rule of event.rules)
                if (rule.length > strength && containsAll(found, rule))
                    strength = rule.length;
            if (strength === 0)
                continue;
            if (event.scenario) {
                // Absolute, not normalized: a fallback scenario's weight must survive when it is the only one.
                event.procedures.forEach((code, k) => scenarioEvidence.set(code, Math.min(MAX_SCENARIO_EVIDENCE, (scenarioEvidence.get(code) ?? 0) + event.weight * ORDER_DECAY ** k)));
            }
            else {
                events.push(event.id);
                event.procedures.forEach((code, k) => evidence.set(code, (evidence.get(code) ?? 0) + strength * ORDER_DECAY ** k));
            }
        }
        return { situations: [...found], events, procedures: normalized(evidence), scenarioProcedures: scenarioEvidence };
    }
}
exports.SituationReader = SituationReader;
/** Every situation of the rule was found. */
function containsAll(found, rule) {
    for (const s of rule)
        if (!found.has(s))
            return false;
    return true;
}
/** The same evidence scaled so that the best-supported procedure has 1. */
function normalized(evidence) {
    const best = Math.max(0, ...evidence.values());
    const out = new Map();
    if (best > 0)
        for (const [code, v] of evidence)
            out.set(code, v / best);
    return out;
}
