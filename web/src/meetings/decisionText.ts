import type { TFunction } from 'i18next';

import type { MeetingFieldsFragment } from '../gql/graphql';

type Decision = Pick<MeetingFieldsFragment['decisions'][number], 'kind' | 'objectName' | 'data'>;

/** What a decision decided, in one line of the reader's language: the one wording of the meeting page and the projector. */
export function decisionText(t: TFunction, decision: Decision): string {
  const data = (decision.data ?? {}) as { from?: string; to?: string; owner?: string; dueDate?: string | null; versionNumber?: number };
  switch (decision.kind) {
    case 'STATUS':
      return t('meetings.decisions.status', {
        object: decision.objectName,
        from: t(`statuses.${data.from}`),
        to: t(`statuses.${data.to}`),
      });
    case 'PLANNING_STAGE':
      return t('meetings.decisions.stage', {
        object: decision.objectName,
        from: t(`planningStages.${data.from}`),
        to: t(`planningStages.${data.to}`),
      });
    case 'ACTION_ITEM':
      return data.dueDate
        ? t('meetings.decisions.actionDue', { owner: data.owner, date: data.dueDate })
        : t('meetings.decisions.action', { owner: data.owner });
    case 'ADOPT_PRIORITY_LIST':
      return t('meetings.decisions.priorityList', { number: data.versionNumber });
    default:
      return t('meetings.decisions.statement');
  }
}
