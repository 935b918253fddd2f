import type { DecisionReference } from '@flaskhals/shared';
import type { TFunction } from 'i18next';

/** What an event of an object's history needs to be told (the TimelineEvent fragment, or an audit entry put in its terms). */
export interface DescribableEvent {
  kind: string;
  byStaff: boolean;
  personName?: string | null;
  organizationName?: string | null;
  data: Record<string, unknown> | null;
}

export interface EventWords {
  /** "Status: Bekräftad → Prioriterad" */
  what: string;
  /** "av kansliet", "av Provåkeriet AB", "av Anna (Provåkeriet AB)"; empty when nobody is known. */
  by: string;
  /** A reason or a title that the kind carries, shown after the date. */
  note: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

/**
 * An event in the reader's language: what happened, by whom (a person's name only when the server
 * gave it to this reader), and its note. Used by the object's history and the audit-log page.
 */
export function describeEvent(event: DescribableEvent, t: TFunction): EventWords {
  const data = event.data ?? {};
  const status = (key: string) => t(`statuses.${String(data[key])}`, { defaultValue: String(data[key] ?? '') });
  const stage = (key: string) => t(`planningStages.${String(data[key])}`, { defaultValue: String(data[key] ?? '') });
  const title = text(data.title);
  const other = text(data.otherName) ?? '';
  const what = (() => {
    switch (event.kind) {
      case 'STATUS_CHANGED':
        return t('history.what.STATUS_CHANGED', { from: status('from'), to: status('to') });
      case 'DEACTIVATED':
        return t('history.what.DEACTIVATED', { from: status('from') });
      case 'RESTORED':
        return t(data.automatic ? 'history.what.RESTORED_BY_REPORT' : 'history.what.RESTORED', { to: status('to') });
      case 'PLANNING_CHANGED':
        return data.from !== undefined && data.to !== undefined
          ? t('history.what.PLANNING_STAGE', { from: stage('from'), to: stage('to') })
          : t('history.what.PLANNING_CHANGED');
      case 'REPORT_UPDATED': {
        const fields = Array.isArray(data.fields) ? (data.fields as string[]) : [];
        const names = fields.map((field) => t(`history.fields.${field}`, { defaultValue: field })).join(', ');
        return names ? t('history.what.REPORT_UPDATED_FIELDS', { fields: names }) : t('history.what.REPORT_UPDATED');
      }
      case 'FIELDS_CHANGED': {
        const changes = Array.isArray(data.changes) ? (data.changes as { field: string }[]) : [];
        const names = changes.map((c) => t(`history.fields.${c.field}`, { defaultValue: c.field })).join(', ');
        return t('history.what.FIELDS_CHANGED', { fields: names || '–' });
      }
      case 'MERGED_IN':
      case 'MERGED_AWAY':
      case 'REPORT_MOVED_IN':
      case 'REPORT_MOVED_OUT':
        return t(`history.what.${event.kind}`, { other });
      default:
        return t(`history.what.${event.kind}`, { defaultValue: event.kind });
    }
  })();
  const by = event.personName
    ? event.organizationName
      ? t('history.byPersonOf', { person: event.personName, organization: event.organizationName })
      : t('history.by', { who: event.personName })
    : event.byStaff
      ? t('history.bySecretariat')
      : event.organizationName
        ? t('history.by', { who: event.organizationName })
        : '';
  const note = event.kind === 'COMMENTED' ? text(data.excerpt) : (text(data.reason) ?? title);
  const decided = decisionOf(data.decision);
  if (decided) {
    const where = t('history.decided', {
      meeting: decided.meetingTitle,
      number: decided.itemNumber,
      date: new Date(decided.meetingStartsAt),
      formatParams: { date: { dateStyle: 'medium', timeZone: 'Europe/Stockholm' } },
    });
    return { what, by, note: note ? `${where}: ${note}` : where };
  }
  return { what, by, note };
}

/** The meeting decision an event came from (data.decision, written by server/src/meetings/), if any. */
function decisionOf(value: unknown): DecisionReference | null {
  const d = value as Partial<DecisionReference> | null | undefined;
  return d && typeof d.meetingTitle === 'string' && typeof d.meetingStartsAt === 'string' && typeof d.itemNumber === 'string'
    ? (d as DecisionReference)
    : null;
}
