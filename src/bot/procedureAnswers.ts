import type { Agencies, Agency, DocumentRequirement, Fee, Procedure, Submission, SubmissionMethod } from '../catalogue';
import type { Responses } from './responses';

/** One aspect of a procedure a citizen can ask about. */
export type Aspect = 'overview' | 'documents' | 'fee' | 'time' | 'location' | 'online' | 'legal';

/** An answer that fits a phone screen: `text` now, `more` pages on "Xem thêm". */
export interface Answer {
  text: string;
  more: string[];
}

export const PAGE_ITEMS = 5;
const METHOD_ORDER: readonly SubmissionMethod[] = ['truc_tiep', 'truc_tuyen', 'buu_chinh'];

export function procedureTitle(p: Procedure): string {
  return p.shortName ?? p.name.replace(/^Thủ tục\s+/i, '').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** "10.000 đồng" — Vietnamese thousands separator. */
export function formatVnd(amount: number): string {
  return `${amount.toLocaleString('de-DE')} đồng`;
}

/**
 * A fee as a citizen reads it. The portal writes "10,000 Việt Nam Đồng(/trang)" or "Miễn phí(ghi chú)":
 * the amount is reformatted and the qualifier kept; any other text (curated statements) is shown as is.
 * Nothing is invented.
 */
export function formatFee(fee: Fee): string {
  const portal = /^([^()]*\S)\((.*)\)\s*$/s.exec(fee.text.trim());
  const head = portal?.[1]?.trim() ?? fee.text.trim();
  const note = portal?.[2]?.replace(/^[(\s-–+]+|[)\s]+$/g, '').trim() ?? '';
  let amount: string;
  if (fee.amount !== undefined) amount = formatVnd(fee.amount);
  else if (fee.min !== undefined && fee.max !== undefined) amount = `${formatVnd(fee.min)} – ${formatVnd(fee.max)}`;
  else if (portal && (fee.free || /^miễn phí$/i.test(head))) amount = 'Miễn phí';
  else return fee.free && !fee.text.trim() ? 'Miễn phí' : fee.text.trim();
  if (!portal && fee.amount === undefined && fee.min === undefined) return fee.text.trim();
  if (!note || note === amount) return amount;
  return note.startsWith('/') ? `${amount}${note}` : `${amount} (${note})`;
}

/** Documents a citizen actually hands in: notes mixed into the source table ("0 bản") are left out. */
export function submittedDocuments(p: Procedure): DocumentRequirement[] {
  return p.documents.filter((d) => d.condition || d.alternativeOf || p.curated || (d.originals ?? 0) + (d.copies ?? 0) > 0);
}

export function describeDocument(d: DocumentRequirement): string {
  const counts: string[] = [];
  if (d.originals) counts.push(`${d.originals} bản chính`);
  if (d.copies) counts.push(`${d.copies} bản sao`);
  const form = d.form && /^mẫu|^tờ khai|^form/i.test(d.form) ? `; ${d.form}` : '';
  return `${d.name.replace(/[;.\s]+$/, '')}${counts.length ? ` (${counts.join(', ')}${form})` : form ? ` (${form.slice(2)})` : ''}`;
}

function paginate(header: string, lines: string[], footer: (left: number) => string): Answer {
  const pages: string[] = [];
  for (let i = 0; i < lines.length; i += PAGE_ITEMS) pages.push(lines.slice(i, i + PAGE_ITEMS).join('\n'));
  const [first = '', ...rest] = pages;
  const more = rest.map((page, i) => {
    const left = lines.length - PAGE_ITEMS * (i + 2);
    return left > 0 ? `${page}\n\n${footer(left)}` : page;
  });
  const left = lines.length - PAGE_ITEMS;
  return { text: `${header}\n${first}${left > 0 ? `\n\n${footer(left)}` : ''}`, more };
}

function vars(p: Procedure) {
  return { name: procedureTitle(p), code: p.code, url: p.sourceUrl ?? 'https://dichvucong.gov.vn' };
}

function methodsOf(p: Procedure): Submission[] {
  return [...p.submission].sort((a, b) => METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method));
}

/** Groups methods with the same value: "Nộp trực tiếp, nộp trực tuyến: Miễn phí". */
function byMethod(p: Procedure, value: (s: Submission) => string | null, r: Responses): string[] {
  const groups = new Map<string, SubmissionMethod[]>();
  for (const s of methodsOf(p)) {
    const v = value(s);
    if (!v) continue;
    const list = groups.get(v) ?? [];
    if (!list.includes(s.method)) list.push(s.method);
    groups.set(v, list);
  }
  return [...groups].map(([v, methods]) => {
    const label = methods.map((m, i) => (i === 0 ? r.t(`method.${m}`) : r.t(`method.${m}`).toLowerCase())).join(', ');
    return `• ${label}: ${v}`;
  });
}

export function documentsAnswer(p: Procedure, r: Responses): Answer {
  const docs = submittedDocuments(p);
  if (docs.length === 0) return { text: r.t('answer.documents.none', vars(p)), more: [] };
  const lines = docs.map((d, i) => `${i + 1}. ${describeDocument(d)}${d.condition ? ` — ${r.t('answer.documents.conditional')}` : ''}`);
  return paginate(r.t('answer.documents.header', vars(p)), lines, (left) => r.t('answer.more', { count: left }));
}

/** Fee per submission method, then the curated fee statement when it adds something; [] when no method has a fee. */
function feeLines(p: Procedure, r: Responses): string[] {
  const lines = byMethod(p, (s) => (s.fee ? formatFee(s.fee) : null), r);
  if (lines.length === 0) return [];
  const statement = p.feeStatement && !lines.some((l) => l.endsWith(p.feeStatement ?? '')) ? [p.feeStatement] : [];
  return [...lines, ...statement];
}

export function feeAnswer(p: Procedure, r: Responses): Answer {
  const lines = feeLines(p, r);
  if (lines.length === 0) {
    if (p.feeStatement) return { text: r.t('answer.fee.statement', { ...vars(p), fee: p.feeStatement }), more: [] };
    return { text: r.t('answer.fee.unknown', vars(p)), more: [] };
  }
  return { text: `${r.t('answer.fee.header', vars(p))}\n${lines.join('\n')}`, more: [] };
}

export function timeAnswer(p: Procedure, r: Responses): Answer {
  const lines = byMethod(p, (s) => s.time?.text?.trim() || null, r);
  if (lines.length === 0) return { text: r.t('answer.time.unknown', vars(p)), more: [] };
  return { text: `${r.t('answer.time.header', vars(p))}\n${lines.join('\n')}\n${r.t('answer.time.note')}`, more: [] };
}

/** The office a citizen goes to: residence at the commune police, land at the province land office, … */
export function agencyFor(p: Procedure, agencies: Agencies): Agency {
  const ours = agencies.ourCommune.code;
  const commune = p.levels.includes('commune');
  if (commune && /công an/i.test(p.ministry)) {
    const police = agencies.data.agencies.find((a) => a.id.startsWith('cong-an-xa-') && a.communeCode === ours);
    if (police) return police;
  }
  if (commune) return agencies.oneStop;
  if (/đất đai/i.test(p.domain)) {
    const land = agencies.data.agencies.find((a) => a.id.startsWith('van-phong-dang-ky-dat-dai'));
    if (land) return land;
  }
  return agencies.data.agencies.find((a) => a.level === 'province' && a.id.startsWith('trung-tam-pvhcc')) ?? agencies.oneStop;
}

const DAY_NAMES: Record<string, string> = { mon: 'Thứ Hai', tue: 'Thứ Ba', wed: 'Thứ Tư', thu: 'Thứ Năm', fri: 'Thứ Sáu', sat: 'Thứ Bảy', sun: 'Chủ Nhật' };

export function describeAgency(a: Agency, r: Responses): string {
  const lines = [`• ${a.name}`];
  if (a.address) lines.push(`  ${r.t('answer.location.address')}: ${a.address}`);
  if (a.phone) lines.push(`  ${r.t('answer.location.phone')}: ${a.phone}`);
  if (a.officeHours?.sessions.length) {
    const byDays = new Map<string, string[]>();
    for (const session of a.officeHours.sessions) {
      const first = session.days[0];
      const last = session.days[session.days.length - 1];
      const days = session.days.length > 1 && first && last ? `${DAY_NAMES[first]} – ${DAY_NAMES[last]}` : DAY_NAMES[first ?? 'mon'] ?? '';
      byDays.set(days, [...(byDays.get(days) ?? []), `${session.open}–${session.close}`]);
    }
    const sessions = [...byDays].map(([days, times]) => `${days}: ${times.join(', ')}`);
    lines.push(`  ${r.t('answer.location.hours')}: ${sessions.join('; ')}${a.officeHours.verified ? '' : ` (${r.t('answer.location.hoursUnverified')})`}`);
  }
  if (!a.address || !a.phone) {
    if (a.whereToAsk) lines.push(`  ${a.whereToAsk}`);
  }
  return lines.join('\n');
}

export function locationAnswer(p: Procedure, agencies: Agencies, r: Responses): Answer {
  const agency = agencyFor(p, agencies);
  const parts = [r.t('answer.location.header', vars(p)), describeAgency(agency, r)];
  if (p.competentAgency) parts.push(r.t('answer.location.competent', { agency: p.competentAgency }));
  if (p.submission.some((s) => s.method === 'truc_tuyen')) {
    parts.push(r.t('answer.location.online', { portal: agencies.data.deployment.nationalPortalUrl }));
  }
  return { text: parts.join('\n'), more: [] };
}

export function onlineAnswer(p: Procedure, agencies: Agencies, r: Responses): Answer {
  const online = p.submission.some((s) => s.method === 'truc_tuyen');
  const post = p.submission.some((s) => s.method === 'buu_chinh');
  const portal = agencies.data.deployment.nationalPortalUrl;
  if (online) {
    const text = [r.t('answer.online.yes', { ...vars(p), portal })];
    if (p.sourceUrl) text.push(r.t('answer.online.detail', { url: p.sourceUrl }));
    return { text: text.join('\n'), more: [] };
  }
  if (p.submission.length === 0) return { text: r.t('answer.online.unknown', { ...vars(p), portal }), more: [] };
  return { text: r.t(post ? 'answer.online.noButPost' : 'answer.online.no', { ...vars(p), office: agencyFor(p, agencies).name }), more: [] };
}

export function legalAnswer(p: Procedure, r: Responses): Answer {
  const lines = p.legalBasis.map((l) => `• ${l.number && !l.title.includes(l.number) ? `${l.number} – ` : ''}${l.title}`);
  for (const s of p.curationSources) lines.push(`• ${s.number && !s.title.includes(s.number) ? `${s.number} – ` : ''}${s.title}`);
  const unique = [...new Set(lines)];
  const footer = [
    p.decisionNumber ? r.t('answer.legal.decision', { decision: p.decisionNumber }) : null,
    p.sourceUrl ? r.t('answer.legal.source', { url: p.sourceUrl }) : null,
  ].filter((x): x is string => x !== null);
  if (unique.length === 0) return { text: [r.t('answer.legal.none', vars(p)), ...footer].join('\n'), more: [] };
  const answer = paginate(r.t('answer.legal.header', vars(p)), unique, (left) => r.t('answer.more', { count: left }));
  if (answer.more.length === 0) return { text: [answer.text, ...footer].join('\n'), more: [] };
  const last = answer.more.length - 1;
  answer.more[last] = [answer.more[last], ...footer].join('\n');
  return answer;
}

export function overviewAnswer(p: Procedure, agencies: Agencies, r: Responses): Answer {
  const lines = [r.t('answer.overview.header', { ...vars(p), domain: p.domain })];
  const methods = [...new Set(methodsOf(p).map((s) => r.t(`method.${s.method}`).toLowerCase()))];
  if (methods.length) lines.push(r.t('answer.overview.methods', { methods: methods.join(', ') }));
  const fee = feeLines(p, r);
  if (fee.length && fee.length <= 3) lines.push(r.t('answer.overview.fee'), ...fee);
  const time = byMethod(p, (s) => s.time?.text?.trim() || null, r);
  if (time.length && time.length <= 3) lines.push(r.t('answer.overview.time'), ...time);
  lines.push(r.t('answer.overview.where', { office: agencyFor(p, agencies).name }));
  lines.push(r.t('answer.overview.next'));
  return { text: lines.join('\n'), more: [] };
}

export function answerAspect(aspect: Aspect, p: Procedure, agencies: Agencies, r: Responses): Answer {
  switch (aspect) {
    case 'documents':
      return documentsAnswer(p, r);
    case 'fee':
      return feeAnswer(p, r);
    case 'time':
      return timeAnswer(p, r);
    case 'location':
      return locationAnswer(p, agencies, r);
    case 'online':
      return onlineAnswer(p, agencies, r);
    case 'legal':
      return legalAnswer(p, r);
    case 'overview':
      return overviewAnswer(p, agencies, r);
  }
}
