import { MEETING_TIME_ZONE, stockholmWallClock } from '@flaskhals/shared';

import type { NewMail } from '../mail';

/** Who a meeting mail goes to. */
export interface MailRecipient {
  email: string;
  name: string;
}

/** What the meeting mails say about the meeting. */
export interface MailableMeeting {
  id: string;
  arenaId: string;
  arenaName: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  onlineUrl: string | null;
}

/** An agenda line of the notice: number, title and planned start. */
export interface MailableAgendaItem {
  number: string;
  title: string;
  plannedStart: Date;
  durationMinutes: number;
}

/** An action item that its owner is reminded of. */
export interface MailableActionItem {
  arenaId: string;
  meetingId: string;
  meetingTitle: string;
  text: string;
  dueDate: string;
  email: string;
  name: string;
}

const swedishDay = new Intl.DateTimeFormat('sv-SE', {
  timeZone: MEETING_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "måndag 22 februari 2027 kl. 09:00–11:00", in Swedish time. */
export function swedishWhen(startsAt: Date, endsAt: Date): string {
  return `${swedishDay.format(startsAt)} kl. ${stockholmWallClock(startsAt).time}–${stockholmWallClock(endsAt).time}`;
}

export function meetingLink(appUrl: string, meetingId: string): string {
  return `${appUrl}/moten/${meetingId}`;
}

const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ').slice(0, 300);

function whereLines(m: MailableMeeting): string[] {
  return [...(m.place ? [`Plats: ${m.place}`] : []), ...(m.onlineUrl ? [`Delta digitalt: ${m.onlineUrl}`] : [])];
}

function footer(appUrl: string): string {
  return `Du får det här brevet från Flaskhals för att du har en roll i arenan. Välj hur ofta du vill få e-post på din profilsida:\n${appUrl}/profil`;
}

/** The notice (kallelse) of a meeting with its agenda and planned times; an updated one says so. */
export function noticeMail(
  appUrl: string,
  meeting: MailableMeeting,
  agenda: readonly MailableAgendaItem[],
  to: MailRecipient,
  isUpdate: boolean,
): NewMail {
  const agendaLines = agenda.length
    ? agenda.map(
        (item) =>
          `${item.number.includes('.') ? '    ' : ''}${item.number}. ${stockholmWallClock(item.plannedStart).time} ${item.title} (${item.durationMinutes} min)`,
      )
    : ['Dagordningen är inte klar än.'];
  const intro = isUpdate
    ? `Kallelsen till ${meeting.title} har uppdaterats. Så här ser mötet ut nu:`
    : `Välkommen till ${meeting.title}, ett möte i ${meeting.arenaName}.`;
  return {
    arenaId: meeting.arenaId,
    to: to.email,
    subject: oneLine(`${isUpdate ? 'Uppdaterad kallelse' : 'Kallelse'}: ${meeting.title}, ${stockholmWallClock(meeting.startsAt).date}`),
    text: [
      `Hej ${to.name}!`,
      '',
      intro,
      '',
      `Tid: ${swedishWhen(meeting.startsAt, meeting.endsAt)}`,
      ...whereLines(meeting),
      '',
      'Dagordning:',
      ...agendaLines,
      '',
      'Mötets sida, där du också anmäler dig:',
      meetingLink(appUrl, meeting.id),
      '',
      footer(appUrl),
    ].join('\n'),
    purpose: isUpdate ? 'meeting-notice-update' : 'meeting-notice',
  };
}

/** The reminder the day before, to those with a seat. */
export function reminderMail(appUrl: string, meeting: MailableMeeting, to: MailRecipient): NewMail {
  return {
    arenaId: meeting.arenaId,
    to: to.email,
    subject: oneLine(`Påminnelse: ${meeting.title} i morgon`),
    text: [
      `Hej ${to.name}!`,
      '',
      `Du är anmäld till ${meeting.title} i ${meeting.arenaName}.`,
      '',
      `Tid: ${swedishWhen(meeting.startsAt, meeting.endsAt)}`,
      ...whereLines(meeting),
      '',
      'Dagordningen och din anmälan:',
      meetingLink(appUrl, meeting.id),
      '',
      footer(appUrl),
    ].join('\n'),
    purpose: 'meeting-reminder',
  };
}

/** To the first on the waiting list when someone with a seat cancels. */
export function seatGivenMail(appUrl: string, meeting: MailableMeeting, to: MailRecipient): NewMail {
  return {
    arenaId: meeting.arenaId,
    to: to.email,
    subject: oneLine(`Du har fått en plats: ${meeting.title}`),
    text: [
      `Hej ${to.name}!`,
      '',
      `En plats blev ledig på ${meeting.title} och du stod först på väntelistan: nu har du en plats.`,
      '',
      `Tid: ${swedishWhen(meeting.startsAt, meeting.endsAt)}`,
      ...whereLines(meeting),
      '',
      'Kan du inte komma? Avanmäl dig på mötets sida, så går platsen vidare:',
      meetingLink(appUrl, meeting.id),
      '',
      footer(appUrl),
    ].join('\n'),
    purpose: 'meeting-seat',
  };
}

/** To an action item's owner: due within days, or overdue. */
export function actionItemMail(appUrl: string, item: MailableActionItem, overdue: boolean): NewMail {
  const short = item.text.length > 80 ? `${item.text.slice(0, 79)}…` : item.text;
  return {
    arenaId: item.arenaId,
    to: item.email,
    subject: oneLine(overdue ? `Försenad åtgärd: ${short}` : `Åtgärd att göra senast ${item.dueDate}: ${short}`),
    text: [
      `Hej ${item.name}!`,
      '',
      overdue
        ? `Åtgärden du fick på ${item.meetingTitle} skulle ha varit klar ${item.dueDate}:`
        : `Åtgärden du fick på ${item.meetingTitle} ska vara klar senast ${item.dueDate}:`,
      '',
      item.text,
      '',
      'Markera den som klar när den är gjord:',
      `${appUrl}/moten/atgarder?filter=MINE`,
      '',
      'Mötet:',
      meetingLink(appUrl, item.meetingId),
      '',
      footer(appUrl),
    ].join('\n'),
    purpose: overdue ? 'action-item-overdue' : 'action-item-due',
  };
}
