import { createHash } from 'node:crypto';
import type { Responses } from '../bot/responses';
import type { SlipView } from './slipView';

const STYLE = `
body{font-family:"Times New Roman",Times,serif;max-width:42rem;margin:1.5rem auto;padding:0 1rem;color:#111;line-height:1.45}
h1{font-size:1.3rem;text-align:center;margin:.8rem 0}
.office{text-align:center;font-weight:bold}
table{border-collapse:collapse;width:100%;margin:.8rem 0}
th,td{text-align:left;vertical-align:top;padding:.3rem .4rem;border-bottom:1px solid #ccc}
th{width:38%;font-weight:normal;color:#333}
.code{font-family:"Courier New",monospace;font-weight:bold;font-size:1.1rem}
.message{padding:.6rem .8rem;border-left:4px solid #b00;background:#fff4f4}
form label{display:block;margin:.8rem 0 .3rem}
input{font-size:1.2rem;width:6rem;letter-spacing:.3rem;padding:.3rem}
button{font-size:1rem;padding:.5rem 1rem;margin-top:.8rem}
.footer{font-size:.85rem;color:#444;margin-top:1.5rem}
@media print{
  @page{size:A5 portrait;margin:10mm}
  body{margin:0;max-width:none;font-size:11pt;color:#000}
  .no-print{display:none}
  th,td{border-bottom:1px solid #000}
}`;

const SCRIPT = `document.getElementById('print').addEventListener('click',function(){window.print();});`;

function sourceHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Only this page's own inline style and script may run; nothing is loaded from elsewhere. */
export const SLIP_CSP = [
  "default-src 'none'",
  `style-src ${sourceHash(STYLE)}`,
  `script-src ${sourceHash(SCRIPT)}`,
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function page(title: string, body: string, script = false): string {
  return [
    '<!doctype html>',
    '<html lang="vi"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style></head>`,
    `<body>${body}${script ? `<script>${SCRIPT}</script>` : ''}</body></html>`,
  ].join('\n');
}

/** The check before the slip: the last 4 digits of the applicant's phone number. */
export function slipFormPage(responses: Responses, code: string, message?: string): string {
  const action = `/dossiers/${encodeURIComponent(code)}/slip`;
  const body = [
    `<h1>${escapeHtml(responses.t('slip.pageTitle'))}</h1>`,
    `<p>${escapeHtml(responses.t('slip.form.intro', { code }))}</p>`,
    message ? `<p class="message" role="alert">${escapeHtml(message)}</p>` : '',
    `<form method="post" action="${escapeHtml(action)}">`,
    `<label for="phoneLast4">${escapeHtml(responses.t('slip.form.label'))}</label>`,
    '<input id="phoneLast4" name="phoneLast4" inputmode="numeric" pattern="[0-9]{4}" maxlength="4" autocomplete="off" required>',
    `<div><button type="submit">${escapeHtml(responses.t('slip.form.submit'))}</button></div>`,
    '</form>',
  ].join('\n');
  return page(responses.t('slip.pageTitle'), body);
}

/** The appointment slip itself, printable (A5) with the print button hidden on paper. */
export function slipPage(responses: Responses, view: SlipView, printedAt: string): string {
  const row = (labelKey: string, value: string, cls = ''): string =>
    `<tr><th>${escapeHtml(responses.t(labelKey))}</th><td${cls ? ` class="${cls}"` : ''}>${escapeHtml(value)}</td></tr>`;
  const body = [
    `<p class="office">${escapeHtml(view.office.name)}</p>`,
    `<h1>${escapeHtml(responses.t('slip.heading'))}</h1>`,
    '<table>',
    row('slip.code', view.code, 'code'),
    row('slip.procedure', view.procedureName),
    row('slip.applicant', view.applicantName),
    row('slip.phone', view.maskedPhone),
    row('slip.receivedAt', view.receivedAt),
    row('slip.expectedDate', view.expectedDate ?? responses.t('slip.expectedDate.unknown')),
    row('slip.status', view.statusLabel),
    '</table>',
    whereSection(responses, view),
    originalsSection(responses, view),
    `<p>${escapeHtml(responses.t('slip.bring'))}</p>`,
    `<p class="no-print"><button type="button" id="print">${escapeHtml(responses.t('slip.print'))}</button></p>`,
    `<p class="footer">${escapeHtml(responses.t('slip.footer', { printedAt }))}</p>`,
  ].join('\n');
  return page(`${responses.t('slip.pageTitle')} ${view.code}`, body, true);
}

function whereSection(responses: Responses, view: SlipView): string {
  const { office } = view;
  const lines = [office.name];
  if (office.address) lines.push(responses.t('slip.where.address', { address: office.address }));
  if (office.phone) lines.push(responses.t('slip.where.phone', { phone: office.phone }));
  if ((!office.address || !office.phone) && office.whereToAsk) lines.push(responses.t('slip.where.unknown', { whereToAsk: office.whereToAsk }));
  return [`<h2>${escapeHtml(responses.t('slip.where.heading'))}</h2>`, ...lines.map((l) => `<p>${escapeHtml(l)}</p>`)].join('\n');
}

function originalsSection(responses: Responses, view: SlipView): string {
  const office = view.office.name;
  if (view.originals === null) return `<p>${escapeHtml(responses.t('slip.originals.unknownProcedure', { office }))}</p>`;
  if (view.originals.length === 0 && !view.originalsUndecided) return `<p>${escapeHtml(responses.t('slip.originals.none'))}</p>`;
  if (view.originals.length === 0) return `<p>${escapeHtml(responses.t('slip.originals.undecided', { office }))}</p>`;
  const items = view.originals.map((d) => {
    const when = d.when ? ` (${responses.t('slip.originals.when', { when: d.when })})` : '';
    return `<li>${escapeHtml(d.name + when)}</li>`;
  });
  const undecided = view.originalsUndecided ? `<p>${escapeHtml(responses.t('slip.originals.undecided', { office }))}</p>` : '';
  return [`<p>${escapeHtml(responses.t('slip.originals.heading', { office }))}</p>`, '<ul>', ...items, '</ul>', undecided].join('\n');
}
