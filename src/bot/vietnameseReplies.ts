import { foldVietnamese } from '../catalogue/agencies';

/**
 * Short Vietnamese replies the dialogs ask for: yes/no and "which one". botbuilder's confirm and
 * choice prompts know neither "có/không/chưa/ừ" nor "cái thứ hai", and nothing here needs a model.
 */

/** Lower-case, no diacritics (đ → d), punctuation to spaces: the catalogue's folding, shared. */
export const foldReply: (text: string) => string = foldVietnamese;

const FILLERS = new Set(['da', 'vang', 'a', 'ah', 'oi', 'nhe', 'nha', 'em', 'anh', 'chi', 'toi', 'minh', 'ad', 'ak', 'ha']);
const NO_WORDS = new Set(['khong', 'ko', 'k', 'kg', 'kh', 'hong', 'hok', 'khum', 'hem', 'chua', 'no', 'n', 'sai', 'ch']);
const YES_WORDS = new Set(['co', 'roi', 'u', 'uh', 'um', 'ok', 'oke', 'okay', 'dung', 'phai', 'yes', 'y', 'vang', 'da', 'duoc', 'dc', 'r']);
const NO_PHRASES = ['khong co', 'chua co', 'ko co', 'k co', 'khong phai', 'chua lam', 'khong can', 'mat roi', 'bi mat', 'khong con', 'khong dong y', 'ko dong y', 'k dong y', 'tu choi'];
const YES_PHRASES = ['co roi', 'co a', 'da co', 'co day', 'dung roi', 'dung vay', 'co nha', 'lam roi', 'dong y', 'toi dong y', 'em dong y', 'chap nhan'];

/**
 * Reads a yes/no answer, with or without diacritics: "có", "rồi", "ừ", "co", "dạ có" → yes;
 * "không", "chưa", "k", "ko", "không có", "chưa có" → no. Anything else → null (reprompt).
 */
export function parseYesNo(text: string): 'yes' | 'no' | null {
  const folded = foldReply(text);
  if (!folded) return null;
  if (NO_PHRASES.some((p) => folded === p || folded.startsWith(`${p} `) || folded.endsWith(` ${p}`) || folded.includes(` ${p} `))) return 'no';
  if (YES_PHRASES.some((p) => folded === p || folded.startsWith(`${p} `))) return 'yes';
  const words = folded.split(' ').filter((w) => !FILLERS.has(w) || YES_WORDS.has(w));
  const meaningful = words.filter((w) => !FILLERS.has(w));
  const head = meaningful[0] ?? words[0];
  if (head === undefined) return null;
  if (NO_WORDS.has(head)) return 'no';
  if (meaningful.length === 0 && words.every((w) => YES_WORDS.has(w))) return 'yes';
  // "có", "có chứ", "rồi ạ": short answers only; "nhà có người mất" is a new question, not a yes.
  if (YES_WORDS.has(head) && meaningful.length <= 2 && words[0] !== undefined && (YES_WORDS.has(words[0]) || FILLERS.has(words[0]))) return 'yes';
  return null;
}

const ORDINALS: Record<string, number> = {
  nhat: 1, dau: 1, 'dau tien': 1, mot: 1, hai: 2, nhi: 2, ba: 3, bon: 4, tu: 4, nam: 5, sau: 6,
};

/**
 * Which of n listed items the citizen means: "2", "số 2", "cái thứ hai", "thứ 2", "cái đầu", "cái cuối".
 * Returns a 0-based index, or null.
 */
export function parseChoiceIndex(text: string, n: number): number | null {
  const folded = foldReply(text);
  if (!folded || n <= 0) return null;
  const digits = /^(?:(?:cai|so|muc|lua chon|chon|thu tuc)\s+)*(?:thu\s+)?(\d{1,2})(?:\s+a)?$/.exec(folded);
  if (digits?.[1]) {
    const i = Number(digits[1]) - 1;
    return i >= 0 && i < n ? i : null;
  }
  const ordinal = /^(?:(?:cai|so|muc|thu tuc|chon)\s+)*(?:thu\s+)?(nhat|dau tien|dau|hai|nhi|ba|bon|tu|nam|sau|cuoi|cuoi cung)(?:\s+a)?$/.exec(folded);
  const word = ordinal?.[1];
  if (!word) return null;
  if (word.startsWith('cuoi')) return n - 1;
  const i = (ORDINALS[word] ?? 0) - 1;
  return i >= 0 && i < n ? i : null;
}

/** A 1–5 rating: "5", "5 sao", "năm sao", "rất tốt" is not guessed. */
export function parseRating(text: string): number | null {
  const folded = foldReply(text);
  const m = /^(\d)(?:\s*(?:sao|diem|d))?(?:\s+a)?$/.exec(folded) ?? /^(mot|hai|ba|bon|nam)\s+(?:sao|diem)$/.exec(folded);
  if (!m?.[1]) return null;
  const value = /^\d$/.test(m[1]) ? Number(m[1]) : ({ mot: 1, hai: 2, ba: 3, bon: 4, nam: 5 } as Record<string, number>)[m[1]] ?? 0;
  return value >= 1 && value <= 5 ? value : null;
}
