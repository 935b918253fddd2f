import { canTransition, type DecisionKind, OBJECT_STATUSES, type ObjectStatus, PLANNING_STAGES, SYSTEM_STATUSES } from '@flaskhals/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { MeetingFieldsFragment } from '../gql/graphql';
import { useMutation } from '../ui/graphql';
import { decisionText } from './decisionText';
import { RecordDecisionMutation, RetractDecisionMutation, SetAgendaItemMinutesMutation } from './operations';
import { useMeetingChange } from './useMeetingChange';

type Item = MeetingFieldsFragment['agenda'][number];
type Decision = MeetingFieldsFragment['decisions'][number];

interface ItemRecordsProps {
  meeting: MeetingFieldsFragment;
  item: Item;
  /** Staff: the minutes may be written (in progress or closed). */
  mayWrite: boolean;
  /** Staff, while the meeting is in progress: decisions may be recorded. */
  mayDecide: boolean;
  onChanged: (meeting: MeetingFieldsFragment) => void;
}

/** An item's minutes and decisions, as everyone reads them; staff write them here. */
export function ItemRecords({ meeting, item, mayWrite, mayDecide, onChanged }: ItemRecordsProps) {
  const { t } = useTranslation();
  const decisions = meeting.decisions.filter((d) => d.itemId === item.id);
  return (
    <div className="item-records">
      <Minutes meeting={meeting} item={item} editable={mayWrite} onChanged={onChanged} />
      {decisions.length > 0 && (
        <ul className="decisions" aria-label={t('meetings.decisions.title', { number: item.number })}>
          {decisions.map((decision) => (
            <DecisionLine key={decision.id} decision={decision} mayRetract={mayWrite} onChanged={onChanged} />
          ))}
        </ul>
      )}
      {mayDecide && <DecisionForm item={item} onChanged={onChanged} />}
    </div>
  );
}

function Failure({ text }: { text?: string }) {
  return text ? (
    <p className="notice notice--error" role="alert">
      {text}
    </p>
  ) : null;
}

function Minutes({
  meeting,
  item,
  editable,
  onChanged,
}: {
  meeting: MeetingFieldsFragment;
  item: Item;
  editable: boolean;
  onChanged: ItemRecordsProps['onChanged'];
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const [save, saving] = useMutation(SetAgendaItemMinutesMutation);
  const { failure, run } = useMeetingChange(onChanged);
  if (draft !== null)
    return (
      <form
        className="minutes-form"
        aria-label={t('meetings.minutes.label', { number: item.number })}
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => (await save({ itemId: item.id, minutes: draft })).setAgendaItemMinutes).then((ok) => ok && setDraft(null));
        }}
      >
        <label className="field">
          <span className="field__label">{t('meetings.minutes.label', { number: item.number })}</span>
          <textarea rows={5} value={draft} onChange={(e) => setDraft(e.target.value)} />
        </label>
        <Failure text={failure} />
        <button type="submit" className="button button--primary button--small" disabled={saving.fetching}>
          {t('meetings.minutes.save')}
        </button>{' '}
        <button type="button" className="button button--small" onClick={() => setDraft(null)}>
          {t('form.cancel')}
        </button>
      </form>
    );
  return (
    <div className="minutes">
      {/* Rendered and sanitized by the server (markdown-it + sanitize-html); the editor keeps the Markdown. */}
      {item.minutesHtml && <div className="minutes__text prose" dangerouslySetInnerHTML={{ __html: item.minutesHtml }} />}
      {editable && (
        <button type="button" className="button button--link" onClick={() => setDraft(item.minutes ?? '')}>
          {t(item.minutes ? 'meetings.minutes.edit' : 'meetings.minutes.write', { number: item.number })}
        </button>
      )}
      {!editable && !item.minutes && meeting.status === 'CLOSED' && <p className="muted">{t('meetings.minutes.none')}</p>}
    </div>
  );
}

function DecisionLine({
  decision,
  mayRetract,
  onChanged,
}: {
  decision: Decision;
  mayRetract: boolean;
  onChanged: ItemRecordsProps['onChanged'];
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<string | null>(null);
  const [retract, retracting] = useMutation(RetractDecisionMutation);
  const { failure, run } = useMeetingChange(onChanged);
  const what = decisionText(t, decision);
  const retracted = Boolean(decision.retractedAt);
  return (
    <li className={retracted ? 'decision decision--retracted' : 'decision'}>
      <span className="decision__what">{what}</span>
      {decision.text && <span className="decision__text">: {decision.text}</span>}
      {retracted && <span className="decision__retracted"> — {t('meetings.decisions.retracted', { reason: decision.retractReason })}</span>}
      {mayRetract && !retracted && reason === null && (
        <button type="button" className="button button--link" onClick={() => setReason('')}>
          {t('meetings.decisions.retract')}
        </button>
      )}
      {reason !== null && (
        <form
          className="decision__retract"
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => (await retract({ decisionId: decision.id, reason })).retractDecision).then((ok) => ok && setReason(null));
          }}
        >
          <label className="field">
            <span className="field__label">{t('meetings.decisions.retractReason')}</span>
            <input value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="submit" className="button button--danger button--small" disabled={retracting.fetching}>
            {t('meetings.decisions.retract')}
          </button>{' '}
          <button type="button" className="button button--small" onClick={() => setReason(null)}>
            {t('form.cancel')}
          </button>
        </form>
      )}
      <Failure text={failure} />
    </li>
  );
}

const CHOOSABLE_STATUSES = OBJECT_STATUSES.filter((s) => !SYSTEM_STATUSES.includes(s));

/** A new decision under the item: what kind, about which of its objects, and in which words. */
function DecisionForm({ item, onChanged }: { item: Item; onChanged: ItemRecordsProps['onChanged'] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<DecisionKind>(item.objects.length ? 'STATUS' : 'STATEMENT');
  const [objectId, setObjectId] = useState(item.objects[0]?.id ?? '');
  const [status, setStatus] = useState('');
  const [stage, setStage] = useState('');
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [record, recording] = useMutation(RecordDecisionMutation);
  const { failure, run } = useMeetingChange(onChanged);
  if (!open)
    return (
      <button type="button" className="button button--small" onClick={() => setOpen(true)}>
        {t('meetings.decisions.add', { number: item.number })}
      </button>
    );
  const object = item.objects.find((o) => o.id === objectId);
  const statuses = CHOOSABLE_STATUSES.filter((s) => object && s !== object.status && canTransition(object.status as ObjectStatus, s));
  const kinds: DecisionKind[] = item.objects.length
    ? ['STATUS', 'PLANNING_STAGE', 'ACTION_ITEM', 'STATEMENT', 'ADOPT_PRIORITY_LIST']
    : ['ACTION_ITEM', 'STATEMENT', 'ADOPT_PRIORITY_LIST'];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = {
      itemId: item.id,
      kind,
      objectId: kind === 'STATUS' || kind === 'PLANNING_STAGE' ? objectId : null,
      status: kind === 'STATUS' ? (status as ObjectStatus) || null : null,
      planningStage: kind === 'PLANNING_STAGE' ? ((stage || null) as (typeof PLANNING_STAGES)[number] | null) : null,
      text: text.trim() || null,
      owner: kind === 'ACTION_ITEM' ? owner : null,
      dueDate: kind === 'ACTION_ITEM' ? dueDate || null : null,
    };
    void run(async () => (await record({ input })).recordDecision).then((ok) => {
      if (!ok) return;
      setOpen(false);
      setText('');
      setOwner('');
      setDueDate('');
    });
  };
  return (
    <form className="decision-form" onSubmit={submit} aria-label={t('meetings.decisions.add', { number: item.number })}>
      <label className="field">
        <span className="field__label">{t('meetings.decisions.kind')}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as DecisionKind)}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`meetings.decisions.kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {(kind === 'STATUS' || kind === 'PLANNING_STAGE') && (
        <label className="field">
          <span className="field__label">{t('meetings.decisions.object')}</span>
          <select value={objectId} onChange={(e) => setObjectId(e.target.value)}>
            {item.objects.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === 'STATUS' && (
        <label className="field">
          <span className="field__label">{t('meetings.decisions.newStatus')}</span>
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('meetings.decisions.choose')}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === 'PLANNING_STAGE' && (
        <label className="field">
          <span className="field__label">{t('meetings.decisions.newStage')}</span>
          <select value={stage} onChange={(e) => setStage(e.target.value)}>
            <option value="">{t('meetings.decisions.choose')}</option>
            {PLANNING_STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`planningStages.${s}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === 'ACTION_ITEM' && (
        <>
          <label className="field">
            <span className="field__label">{t('meetings.decisions.owner')}</span>
            <input value={owner} onChange={(e) => setOwner(e.target.value)} />
          </label>
          <label className="field">
            <span className="field__label">{t('meetings.decisions.dueDate')}</span>
            <input type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
          </label>
        </>
      )}
      <label className="field">
        <span className="field__label">
          {t(kind === 'STATUS' || kind === 'PLANNING_STAGE' ? 'meetings.decisions.wordingOptional' : 'meetings.decisions.wording')}
        </span>
        <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <Failure text={failure} />
      <button type="submit" className="button button--primary button--small" disabled={recording.fetching}>
        {t('meetings.decisions.record')}
      </button>{' '}
      <button type="button" className="button button--small" onClick={() => setOpen(false)}>
        {t('form.cancel')}
      </button>
    </form>
  );
}
