import type { NotificationReason } from '@flaskhals/shared';

import type { NewMail } from '../mail';

/** What a notification's e-mail needs to be told in words. */
export interface MailableNotification {
  reason: NotificationReason;
  email: string;
  person_name: string;
  arena_slug: string;
  arena_name: string;
  object_id: string;
  object_name: string;
  kind: string;
  data: Record<string, unknown>;
  organization_name: string | null;
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

/** A link that opens the object on the arena's map. */
export function objectLink(appUrl: string, n: Pick<MailableNotification, 'arena_slug' | 'object_id'>): string {
  return `${appUrl}/?arena=${encodeURIComponent(n.arena_slug)}&object=${n.object_id}`;
}

/** One line in Swedish: what happened to the object. */
export function describeInSwedish(n: MailableNotification): string {
  const who = n.organization_name ?? 'Kansliet';
  const object = `”${n.object_name}”`;
  const to = typeof n.data.to === 'string' ? (STATUS_SV[n.data.to] ?? n.data.to) : '';
  switch (n.kind) {
    case 'REPORTED':
      if (n.reason === 'RECEIPT') return `Tack, rapporten är mottagen: ${object}. Kansliet går igenom den.`;
      if (n.reason === 'AREA_ALERT') return `Nytt objekt i din bevakning: ${object}, rapporterat av ${who}.`;
      return `${who} har rapporterat en flaskhals på ${object}.`;
    case 'CREATED':
      return `Nytt objekt i din bevakning: ${object}.`;
    case 'SUPPORTED':
      return `${who} instämmer i en rapport om ${object}.`;
    case 'COMMENTED':
      return n.reason === 'MENTIONED' ? `Du har nämnts i en kommentar om ${object}.` : `Ny kommentar om ${object}.`;
    case 'STATUS_CHANGED':
      return `${object} har fått status ${to}.`;
    case 'DEACTIVATED':
      return `${object} är inaktivt: ingen rapport står kvar.`;
    case 'RESTORED':
      return `${object} är aktivt igen${to ? ` med status ${to}` : ''}.`;
    case 'PLANNING_CHANGED':
      return `Planeringsläget för ${object} har ändrats.`;
    case 'MERGED_IN':
      return `Ett annat objekt har slagits samman med ${object}.`;
    case 'MERGED_AWAY':
      return `${object} har slagits samman med ett annat objekt.`;
    default:
      return `Något har hänt med ${object}.`;
  }
}

/** The e-mail of one notification, sent at once. */
export function immediateMail(appUrl: string, arenaId: string | null, n: MailableNotification): NewMail {
  const line = describeInSwedish(n);
  const subject = n.reason === 'RECEIPT' ? `Tack, rapporten är mottagen: ${n.object_name}` : `${n.arena_name}: ${n.object_name}`;
  return {
    arenaId,
    to: n.email,
    subject: subject.replace(/[\r\n]+/g, ' ').slice(0, 300),
    text: `Hej ${n.person_name}!\n\n${line}\n\nÖppna objektet på kartan:\n${objectLink(appUrl, n)}\n\n${footer(appUrl)}`,
    purpose: n.reason === 'RECEIPT' ? 'report-receipt' : 'notification',
  };
}

/** One mail for a person's notifications of the past day. */
export function digestMail(appUrl: string, notifications: MailableNotification[]): NewMail {
  const first = notifications[0];
  const lines = notifications.map((n) => `• ${describeInSwedish(n)}\n  ${objectLink(appUrl, n)}`);
  const count = notifications.length;
  return {
    to: first.email,
    subject: `Flaskhals: ${count} ${count === 1 ? 'händelse' : 'händelser'} sedan i går`,
    text: `Hej ${first.person_name}!\n\nDet här har hänt med det du följer sedan i går:\n\n${lines.join('\n\n')}\n\n${footer(appUrl)}`,
    purpose: 'notification-digest',
  };
}

function footer(appUrl: string): string {
  return `Du får det här brevet från Flaskhals. Välj hur ofta du vill få e-post på din profilsida:\n${appUrl}/profil`;
}
