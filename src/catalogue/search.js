"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.searchEntry = searchEntry;
exports.scoreEntry = scoreEntry;
const agencies_1 = require("./agencies");
function searchEntry(procedure) {
    const names = [procedure.name, procedure.shortName ?? '', ...procedure.aliases]
        .filter((n) => n !== '')
        .map((n) => (0, agencies_1.foldVietnamese)(n).replace(/^thu tuc /, ''));
    const all = [...names, (0, agencies_1.foldVietnamese)(procedure.domain), procedure.code.toLowerCase()].join(' | ');
    return { procedure, code: procedure.code.toLowerCase(), name: (0, agencies_1.foldVietnamese)(procedure.name), names, all };
}
/**
 * Scores an entry for a folded query; 0 means "does not match". Every query word must occur;
 * an exact code, then a name or alias that equals or starts with the query, rank higher.
 */
function scoreEntry(entry, foldedQuery, words) {
    if (foldedQuery === '')
        return 1;
    if (entry.code === foldedQuery)
        return 1000;
    if (!words.every((w) => entry.all.includes(w)))
        return 0;
    let score = 10;
    if (entry.names.some((n) => n === foldedQuery))
        score += 100;
    else if (entry.names.some((n) => n.startsWith(foldedQuery)))
        score += 50;
    else if (entry.names.some((n) => n.includes(foldedQuery)))
        score += 25;
    // Among names containing the query, the shortest is the most likely one ("đăng ký khai sinh").
    score += Math.round((20 * foldedQuery.length) / Math.max(foldedQuery.length, entry.name.length));
    if (entry.procedure.curated)
        score += 5;
    return score;
}
