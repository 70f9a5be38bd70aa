"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PlaceMatcher = exports.EMPTY_PLACES = exports.placesFileSchema = void 0;
const zod_1 = require("zod");
const fold_1 = require("./fold");
const normalize_1 = require("./normalize");
/**
 * data/nlu/places.json: the provinces since the 2025 merger with the provinces merged into them, so that
 * a question about another province's business ("làm sổ đỏ ở Đà Nẵng") is recognised as one this
 * commune's office cannot handle.
 */
exports.placesFileSchema = zod_1.z.strictObject({
    version: zod_1.z.number().int(),
    note: zod_1.z.string().optional(),
    provinces: zod_1.z.array(zod_1.z.strictObject({ name: zod_1.z.string().min(2), former: zod_1.z.array(zod_1.z.string().min(2)) })),
    /** Everyday names ("Sài Gòn", "HCM") by current province name; they match anywhere. */
    informal: zod_1.z.record(zod_1.z.string(), zod_1.z.array(zod_1.z.string().min(2))).default({}),
    /** Official names distinctive enough to match without a place word before them. */
    bare: zod_1.z.array(zod_1.z.string().min(2)).default([]),
    /** Words that make the next words a place: "tỉnh", "ở", "tại", "quận"... */
    placeWords: zod_1.z.array(zod_1.z.string().min(1)).default([]),
    /** Phrases after which a place is where the citizen lives, works or was born, not where the business is. */
    residenceContext: zod_1.z.array(zod_1.z.string().min(1)).default([]),
    /** Phrases right after a place that make it where the citizen lives, works or comes from: "(Lạng Sơn) về làm dâu". */
    afterContext: zod_1.z.array(zod_1.z.string().min(1)).default([]),
    /** Phrases that put the business here whatever other place is named: "về quê", "ở xã". */
    localMarkers: zod_1.z.array(zod_1.z.string().min(1)).default([]),
});
exports.EMPTY_PLACES = { version: 1, provinces: [], informal: {}, bare: [], placeWords: [], residenceContext: [], afterContext: [], localMarkers: [] };
/** Words before a place that are searched for a residence phrase. */
const RESIDENCE_WINDOW = 4;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Finds provinces other than the deployment's in folded text; an urban "quận" counts as elsewhere too. */
class PlaceMatcher {
    /** `words`: the name as spelt with accents, compared with what the citizen typed with accents. */
    patterns = [];
    residence;
    after;
    local;
    constructor(file, deploymentProvince) {
        const markers = file.localMarkers.map((m) => escape((0, fold_1.foldPhrase)(m)));
        const home = deploymentProvince ? (0, fold_1.foldPhrase)(deploymentProvince).replace(/^(tinh|thanh pho|tp)\s+/, '') : null;
        const homeEntry = file.provinces.find((p) => (0, fold_1.foldPhrase)(p.name) === home);
        const localNames = homeEntry ? [homeEntry.name, ...homeEntry.former] : [];
        this.local = localNames.length > 0 ? new RegExp(`\\b(${[...localNames.map((n) => escape((0, fold_1.foldPhrase)(n))), ...markers].join('|')})\\b`) : null;
        const placeWords = file.placeWords.map((w) => escape((0, fold_1.foldPhrase)(w))).join('|');
        const bare = new Set(file.bare.map(fold_1.foldPhrase));
        for (const p of file.provinces) {
            if (p === homeEntry)
                continue;
            for (const name of [p.name, ...p.former]) {
                const key = (0, fold_1.foldPhrase)(name).replace(/ - /g, ' ');
                const body = escape(key);
                const regex = bare.has((0, fold_1.foldPhrase)(name)) || !placeWords ? new RegExp(`\\b${body}\\b`, 'g') : new RegExp(`\\b(${placeWords}) ${body}\\b`, 'g');
                this.patterns.push({ province: p.name, regex, key, words: (0, normalize_1.normalizeText)(name.replace(/ - /g, ' ')).split(' ') });
            }
            for (const name of file.informal[p.name] ?? []) {
                this.patterns.push({ province: p.name, regex: new RegExp(`\\b${escape((0, fold_1.foldPhrase)(name))}\\b`, 'g'), key: (0, fold_1.foldPhrase)(name), words: (0, normalize_1.normalizeText)(name).split(' ') });
            }
        }
        this.patterns.push({ province: 'quận', words: [], regex: /\bquan (\d{1,2}|ba dinh|hoan kiem|dong da|hai ba trung|cau giay|thanh xuan|hoang mai|long bien|tay ho|ha dong|nam tu liem|bac tu liem|binh thanh|go vap|tan binh|tan phu|phu nhuan|binh tan|thu duc)\b/g, key: 'quan' });
        const contexts = file.residenceContext.map((c) => escape((0, fold_1.foldPhrase)(c)));
        this.residence = contexts.length > 0 ? new RegExp(`\\b(${contexts.join('|')})\\b`) : null;
        const after = file.afterContext.map((c) => escape((0, fold_1.foldPhrase)(c)));
        this.after = after.length > 0 ? new RegExp(`^ ?(${after.join('|')})\\b`) : null;
    }
    /**
     * The first other province the message names, unless it also names the deployment's own province or a
     * local marker (or no province is known). `typed` (the message normalized with its accents, word for word
     * like `folded`) rules out a name the citizen typed with other accents: "làm đồng" is not Lâm Đồng.
     */
    find(folded, typed) {
        // Without the deployment's own province nothing can be called another's.
        if (this.local === null || this.local.test(folded))
            return null;
        const typedWords = typed?.split(' ');
        let best = null;
        for (const p of this.patterns) {
            for (const m of folded.matchAll(p.regex)) {
                if (best !== null && m.index >= best.index)
                    break;
                if (typedWords && !spelledAlike(typedWords, folded.slice(0, m.index + m[0].length).split(' ').length, p.words))
                    continue;
                best = { province: p.province, index: m.index, text: m[0] };
                break;
            }
        }
        if (!best)
            return null;
        // The few words before the place say what it is to the citizen: "đi làm thuê trong Bình Dương".
        // "khai sinh ở ..." names the procedure, not where someone was born.
        const window = `${folded.slice(0, best.index).trim().split(' ').slice(-RESIDENCE_WINDOW).join(' ')} ${best.text}`.replace(/\bkhai sinh\b/g, 'khai_sinh');
        const following = folded.slice(best.index + best.text.length);
        const residence = this.residence?.test(window) === true || this.after?.test(following) === true;
        return { province: best.province, text: best.text, residence };
    }
}
exports.PlaceMatcher = PlaceMatcher;
/** The words of `name` ending at word `end` of the typed message carry its accents wherever the citizen typed some. */
function spelledAlike(typedWords, end, name) {
    if (typedWords.length < end)
        return true;
    return name.every((word, i) => {
        const typed = typedWords[end - name.length + i];
        return typed === undefined || !(0, normalize_1.hasDiacritics)(typed) || typed === word;
    });
}
