"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.expandShorthand = expandShorthand;
const tokens_1 = require("./tokens");
const WINDOW = 3;
const NUMBER = /^\d+$/;
function expansionTokens(expansion) {
    return expansion.split(' ').map((w) => (0, tokens_1.makeToken)(w, false));
}
/**
 * Expands shorthand and teencode ("ks" → "khai sinh", "j" → "gì"). Short forms with several meanings
 * (hk, kt, k, tt, kh...) are expanded only when nearby words, or the conversation's procedure, support
 * one reading; otherwise their default applies (or they stay as typed).
 */
function expandShorthand(words, lexicon, contextWords = []) {
    const slots = [];
    for (let i = 0; i < words.length; i++) {
        const w = words[i] ?? '';
        const next = words[i + 1];
        const pair = next === undefined ? undefined : lexicon.shorthand.get(`${w} ${next}`);
        if (pair !== undefined) {
            slots.push({ tokens: expansionTokens(pair), raw: `${w} ${next}` });
            i++;
            continue;
        }
        const single = lexicon.shorthand.get(w);
        if (single !== undefined)
            slots.push({ tokens: expansionTokens(single), raw: w });
        else if (lexicon.ambiguous.has(w))
            slots.push({ tokens: null, raw: w });
        else
            slots.push({ tokens: [(0, tokens_1.makeToken)(w)], raw: w });
    }
    const foldedOf = (slot) => (slot?.tokens ? slot.tokens.map((t) => t.folded) : []);
    slots.forEach((slot, i) => {
        if (slot.tokens)
            return;
        const form = lexicon.ambiguous.get(slot.raw);
        if (!form)
            return;
        const window = new Set(contextWords);
        for (let j = Math.max(0, i - WINDOW); j <= Math.min(slots.length - 1, i + WINDOW); j++) {
            if (j !== i)
                for (const f of foldedOf(slots[j]))
                    window.add(f);
        }
        const previous = slots[i - 1]?.raw ?? '';
        let best = null;
        for (const option of form.options) {
            let hits = 0;
            for (const cue of option.cues) {
                if (cue === '#num' ? NUMBER.test(previous) : window.has(cue))
                    hits++;
            }
            if (hits > 0 && (best === null || hits > best.hits))
                best = { expansion: option.expansion, hits };
        }
        const chosen = best?.expansion ?? form.defaultExpansion;
        slot.tokens = chosen === null ? [(0, tokens_1.makeToken)(slot.raw)] : expansionTokens(chosen);
    });
    return slots.flatMap((s) => s.tokens ?? []);
}
