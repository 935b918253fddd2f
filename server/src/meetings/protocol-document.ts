import { escapeHtml } from '../common/pdf';

/** Everything a printed protocol or chair's script shows, gathered by MeetingDocumentsService. */
export interface MeetingDocument {
  arenaName: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  onlineUrl: string | null;
  status: string;
  approvedAt: Date | null;
  items: DocumentItem[];
  attendees: { name: string; organizationName: string | null }[];
  decisions: DocumentDecision[];
  adjusters: { name: string; organizationName: string | null; approvedAt: Date | null }[];
  /** The closed vote rounds per item with their tallies (server/src/votes/); an item without prints nothing. */
  votes: DocumentVote[];
}

export interface DocumentVote {
  itemId: string;
  title: string;
  method: 'DOT' | 'SCORE' | 'RANKED';
  ballots: number;
  rows: { objectName: string; total: number; average: number; rank: number }[];
}

export interface DocumentItem {
  id: string;
  number: string;
  title: string;
  plannedStart: Date;
  durationMinutes: number;
  minutesHtml: string | null;
  descriptionHtml: string | null;
  objects: string[];
}

export interface DocumentDecision {
  itemId: string;
  kind: string;
  objectName: string | null;
  data: Record<string, unknown>;
  text: string | null;
  retractedAt: Date | null;
  retractReason: string | null;
}

const STATUS_SV: Record<string, string> = {
  REPORTED: 'Rapporterad',
  CONFIRMED: 'Bekräftad',
  PRIORITIZED: 'Prioriterad',
  RESOLVED: 'Åtgärdad',
  DISMISSED: 'Avfärdad',
  INACTIVE: 'Inaktiv',
  DUPLICATE: 'Dubblett',
};
const STAGE_SV: Record<string, string> = {
  NONE: 'Inte i planeringen',
  AVS_ONGOING: 'ÅVS pågår',
  AVS_DONE: 'ÅVS klar',
  IN_REGIONAL_PLAN: 'I länsplanen',
  IN_NATIONAL_PLAN: 'I nationella planen',
  FINANCED: 'Finansierad',
  UNDER_CONSTRUCTION: 'Byggs',
  DONE: 'Klar',
};

const dateFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', day: 'numeric', month: 'long', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' });
const dateOnly = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short' });

export const swedishDate = (d: Date) => dateFormat.format(d);
export const swedishTime = (d: Date) => timeFormat.format(d);
const stamp = (d: Date) => `${dateOnly.format(d)} kl. ${swedishTime(d)}`;
const e = (text: string | null | undefined) => escapeHtml(text ?? '');

/** The house style of printed meeting papers: A4, a serif body for reading, sans-serif headings, Swedish hyphenation. */
export const DOCUMENT_CSS = `
  @page { size: A4; }
  * { box-sizing: border-box; }
  html { -webkit-print-color-adjust: exact; }
  body { font-family: 'DejaVu Serif', 'Liberation Serif', serif; font-size: 10.5pt; line-height: 1.45; color: #111; margin: 0;
    hyphens: auto; }
  h1, h2, h3, .meta, table, .label { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; }
  h1 { font-size: 19pt; margin: 0 0 2mm; line-height: 1.2; }
  h2 { font-size: 12.5pt; margin: 8mm 0 2.5mm; padding-bottom: 1mm; border-bottom: 0.6pt solid #888; break-after: avoid; }
  h3 { font-size: 11pt; margin: 5mm 0 1.5mm; break-after: avoid; }
  .arena { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; letter-spacing: 0.08em; text-transform: uppercase; color: #444; }
  .meta { font-size: 9.5pt; color: #333; margin: 0 0 4mm; }
  .draft { font-family: 'DejaVu Sans', sans-serif; border: 1pt solid #a33; color: #a33; padding: 2mm 3mm; margin: 3mm 0; font-size: 9.5pt; }
  table { width: 100%; border-collapse: collapse; font-size: 9pt; }
  th, td { text-align: left; vertical-align: top; padding: 1.2mm 2mm 1.2mm 0; border-bottom: 0.4pt solid #ccc; }
  th { font-weight: bold; border-bottom: 0.8pt solid #555; }
  td.num, th.num { white-space: nowrap; width: 14mm; }
  td.time, th.time { white-space: nowrap; width: 16mm; }
  .item { break-inside: auto; }
  .minutes p { margin: 0 0 2mm; }
  .minutes ul, .minutes ol { margin: 0 0 2mm; padding-left: 6mm; }
  .empty { color: #666; font-style: italic; }
  .decision { margin: 1.5mm 0 1.5mm; padding-left: 3mm; border-left: 1.5pt solid #2b5d8a; break-inside: avoid; }
  .decision.retracted { border-left-color: #999; color: #666; }
  .decision.retracted .what { text-decoration: line-through; }
  .label { font-size: 8.5pt; font-weight: bold; text-transform: uppercase; letter-spacing: 0.05em; color: #2b5d8a; }
  .retracted .label { color: #777; }
  .objects { font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; color: #444; margin-bottom: 1.5mm; }
  td.duration, th.duration { white-space: nowrap; width: 16mm; text-align: right; padding-right: 0; }
  .signatures { display: flex; gap: 10mm; margin-top: 8mm; break-inside: avoid; }
  .signature { flex: 1; border-top: 0.6pt solid #555; padding-top: 1.5mm; font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; }
  .script .item { break-inside: avoid; }
  .notes .label { color: #999; font-weight: normal; padding: 1mm 2mm; display: block; }
  .notes { height: 30mm; border: 0.5pt dashed #aaa; margin: 1.5mm 0 4mm; }
  a { color: inherit; }
`;

export function decisionWords(d: DocumentDecision): string {
  const data = d.data as { from?: string; to?: string; owner?: string; dueDate?: string; versionNumber?: number; objectCount?: number };
  switch (d.kind) {
    case 'ADOPT_PRIORITY_LIST':
      return `Prioriteringslistan antas som version ${data.versionNumber ?? '?'} (${data.objectCount ?? 0} objekt)`;
    case 'STATUS':
      return `Status för ${d.objectName ?? 'objektet'}: ${STATUS_SV[data.from ?? ''] ?? data.from} → ${STATUS_SV[data.to ?? ''] ?? data.to}`;
    case 'PLANNING_STAGE':
      return `Planeringsläge för ${d.objectName ?? 'objektet'}: ${STAGE_SV[data.from ?? ''] ?? data.from} → ${STAGE_SV[data.to ?? ''] ?? data.to}`;
    case 'ACTION_ITEM':
      return `Åtgärd: ${d.text ?? ''} (ansvarig: ${data.owner ?? '–'}${data.dueDate ? `, senast ${data.dueDate}` : ''})`;
    default:
      return d.text ?? '';
  }
}

/** The decision's words: the change it made and its wording (a statement and an action item are their wording). */
function decisionSentence(d: DocumentDecision): string {
  const words = decisionWords(d);
  return d.kind === 'STATUS' || d.kind === 'PLANNING_STAGE' || d.kind === 'ADOPT_PRIORITY_LIST'
    ? `${words}${d.text ? `. ${d.text}` : ''}`
    : words;
}

function decisionHtml(d: DocumentDecision): string {
  const retracted = d.retractedAt ? `<div><strong>Återkallat</strong> ${e(stamp(d.retractedAt))}: ${e(d.retractReason)}</div>` : '';
  return `<div class="decision${d.retractedAt ? ' retracted' : ''}">
    <div class="label">${d.retractedAt ? 'Återkallat beslut' : 'Beslut'}</div>
    <div class="what">${e(decisionSentence(d))}</div>${retracted}</div>`;
}

/** A decimal with the Swedish comma (3,5). */
const decimal = (x: number) => String(x).replace('.', ',');

function votesHtml(doc: MeetingDocument, itemId: string): string {
  const votes = doc.votes.filter((v) => v.itemId === itemId);
  if (!votes.length) return '';
  const method = { DOT: 'poängröstning', SCORE: 'betyg 0–5', RANKED: 'rangordning (Borda)' };
  return votes
    .map((v) => {
      const rows = v.rows
        .map((r) => `<tr><td>${r.rank}</td><td>${e(r.objectName)}</td><td>${decimal(r.total)}</td><td>${decimal(r.average)}</td></tr>`)
        .join('');
      return `<div class="label">Omröstning: ${e(v.title)} (${method[v.method]}, ${v.ballots} organisationer röstade)</div>
        <table><thead><tr><th>Plats</th><th>Objekt</th><th>Summa</th><th>Medel</th></tr></thead><tbody>${rows}</tbody></table>`;
    })
    .join('');
}

function header(doc: MeetingDocument, kind: string): string {
  const where = [doc.place, doc.onlineUrl ? `online: ${doc.onlineUrl}` : null].filter(Boolean).join(' · ');
  return `<div class="arena">${e(doc.arenaName)} · ${e(kind)}</div>
    <h1>${e(doc.title)}</h1>
    <p class="meta">${e(swedishDate(doc.startsAt))}, kl. ${e(swedishTime(doc.startsAt))}–${e(swedishTime(doc.endsAt))}${
      where ? ` · ${e(where)}` : ''
    }</p>`;
}

/** The protocol as one self-contained HTML page for the PDF printer. */
export function protocolHtml(doc: MeetingDocument): string {
  const attendance = doc.attendees.length
    ? `<table><thead><tr><th>Namn</th><th>Organisation</th></tr></thead><tbody>${doc.attendees
        .map((a) => `<tr><td>${e(a.name)}</td><td>${e(a.organizationName)}</td></tr>`)
        .join('')}</tbody></table>`
    : '<p class="empty">Ingen närvaro antecknad.</p>';
  const agenda = `<table><thead><tr><th class="num">Punkt</th><th class="time">Planerad</th><th>Ärende</th><th class="duration">Tid</th></tr></thead><tbody>${doc.items
    .map(
      (i) =>
        `<tr><td class="num">${e(i.number)}</td><td class="time">${e(swedishTime(i.plannedStart))}</td><td>${e(i.title)}</td><td class="duration">${i.durationMinutes} min</td></tr>`,
    )
    .join('')}</tbody></table>`;
  const items = doc.items
    .map((item) => {
      const decisions = doc.decisions.filter((d) => d.itemId === item.id);
      return `<section class="item"><h3>§ ${e(item.number)} ${e(item.title)}</h3>
        ${item.objects.length ? `<div class="objects">Objekt: ${item.objects.map(e).join(', ')}</div>` : ''}
        ${item.minutesHtml ? `<div class="minutes">${item.minutesHtml}</div>` : ''}
        ${decisions.map(decisionHtml).join('')}${votesHtml(doc, item.id)}</section>`;
    })
    .join('');
  const actions = doc.decisions.filter((d) => d.kind === 'ACTION_ITEM' && !d.retractedAt);
  const actionTable = actions.length
    ? `<h2>Åtgärder</h2><table><thead><tr><th>Åtgärd</th><th>Ansvarig</th><th>Klart senast</th></tr></thead><tbody>${actions
        .map((d) => {
          const data = d.data as { owner?: string; dueDate?: string };
          return `<tr><td>${e(d.text)}</td><td>${e(data.owner)}</td><td>${e(data.dueDate)}</td></tr>`;
        })
        .join('')}</tbody></table>`
    : '';
  const approval = doc.adjusters.length
    ? `<div class="signatures">${doc.adjusters
        .map(
          (a) => `<div class="signature">${e(a.name)}${a.organizationName ? `, ${e(a.organizationName)}` : ''}<br>
            ${a.approvedAt ? `Justerat i Flaskhals ${e(stamp(a.approvedAt))}` : '<em>Ej justerat ännu</em>'}</div>`,
        )
        .join('')}</div>`
    : '<p class="empty">Inga justerare utsedda.</p>';
  const draft = doc.approvedAt ? '' : '<div class="draft">UTKAST – protokollet är inte justerat och kan fortfarande ändras.</div>';
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Protokoll: ${e(doc.title)}</title>
    <style>${DOCUMENT_CSS}</style></head><body>
    ${header(doc, 'Protokoll')}${draft}
    <h2>Närvarande</h2>${attendance}
    <h2>Dagordning</h2>${agenda}
    <h2>Protokoll per punkt</h2>${items || '<p class="empty">Dagordningen är tom.</p>'}
    ${actionTable}
    <h2>Justering</h2>${approval}
    ${doc.approvedAt ? `<p class="meta">Protokollet justerades ${e(stamp(doc.approvedAt))}.</p>` : ''}
    </body></html>`;
}

/** The chair's script: the agenda with planned start times and durations, its objects, and room for notes. */
export function chairScriptHtml(doc: MeetingDocument): string {
  const items = doc.items
    .map(
      (item) => `<section class="item"><h3>${e(swedishTime(item.plannedStart))} · § ${e(item.number)} ${e(item.title)}
        <span class="objects">(${item.durationMinutes} min)</span></h3>
        ${item.objects.length ? `<div class="objects">Objekt: ${item.objects.map(e).join(', ')}</div>` : ''}
        ${item.descriptionHtml ? `<div class="minutes">${item.descriptionHtml}</div>` : ''}
        <div class="notes"><span class="label">Anteckningar</span></div></section>`,
    )
    .join('');
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Ordförandens manus: ${e(doc.title)}</title>
    <style>${DOCUMENT_CSS}</style></head><body class="script">
    ${header(doc, 'Ordförandens manus')}
    ${items || '<p class="empty">Dagordningen är tom.</p>'}
    </body></html>`;
}
