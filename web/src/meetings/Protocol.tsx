import { chairScriptPdfPath, PROTOCOL_LIMITS } from '@flaskhals/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { MeetingFieldsFragment } from '../gql/graphql';
import { useMutation, useQuery } from '../ui/graphql';
import { ApproveProtocolMutation, MeetingPeopleQuery, SetProtocolAdjustersMutation, SetProtocolPublicMutation } from './operations';
import { useMeetingChange } from './useMeetingChange';

interface ProtocolProps {
  meeting: MeetingFieldsFragment;
  /** Staff of the meeting's arena: name adjusters, publish, the chair's script. */
  staff: boolean;
  onChanged: (meeting: MeetingFieldsFragment) => void;
}

/** Whether the protocol is approved: minutes, attendance and decisions are then frozen. */
export const isProtocolFrozen = (meeting: MeetingFieldsFragment) => meeting.protocol.stage === 'APPROVED';

/**
 * The protocol after the meeting: its adjusters (justerare) and their approval, the PDF, and for
 * staff the choice of adjusters, publication to the public, and the chair's script before the meeting.
 */
export function Protocol({ meeting, staff, onChanged }: ProtocolProps) {
  const { t, i18n } = useTranslation();
  const { protocol } = meeting;
  const frozen = isProtocolFrozen(meeting);
  const stamp = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'sv-SE', {
      timeZone: 'Europe/Stockholm',
      dateStyle: 'medium',
      timeStyle: 'short',
    });
  const { failure, run } = useMeetingChange(onChanged);
  const [approve, approving] = useMutation(ApproveProtocolMutation);
  const [publish, publishing] = useMutation(SetProtocolPublicMutation);
  const [asking, setAsking] = useState(false);
  const held = meeting.status === 'IN_PROGRESS' || meeting.status === 'CLOSED';
  if (meeting.status === 'CANCELLED' || (!staff && !held)) return null;

  return (
    <section className="protocol" aria-labelledby="protocol-title">
      <h2 id="protocol-title">{t('protocol.title')}</h2>
      {held && (
        <p className={frozen ? 'notice notice--success' : 'muted'} role="status">
          {frozen ? t('protocol.approved', { when: stamp(protocol.approvedAt!) }) : t(`protocol.draft.${meeting.status}`)}
        </p>
      )}
      <h3>{t('protocol.adjusters')}</h3>
      {protocol.adjusters.length === 0 ? (
        <p className="muted">{t('protocol.noAdjusters')}</p>
      ) : (
        <ul className="protocol__adjusters">
          {protocol.adjusters.map((adjuster) => (
            <li key={adjuster.userId}>
              {adjuster.name}
              {adjuster.organizationName && <span className="muted"> ({adjuster.organizationName})</span>}
              {' – '}
              {adjuster.approvedAt ? (
                <strong>{t('protocol.adjusterApproved', { when: stamp(adjuster.approvedAt) })}</strong>
              ) : (
                <span className="muted">{t('protocol.adjusterWaiting')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {staff && !frozen && <AdjusterChoice meeting={meeting} onChanged={onChanged} />}
      {protocol.canApprove &&
        (asking ? (
          <div className="notice notice--warning" role="alertdialog" aria-label={t('protocol.approve')}>
            <p>{t('protocol.confirmApprove')}</p>
            <button
              type="button"
              className="button button--primary button--small"
              disabled={approving.fetching}
              onClick={() => void run(async () => (await approve({ meetingId: meeting.id })).approveProtocol).then(() => setAsking(false))}
            >
              {t('protocol.approve')}
            </button>{' '}
            <button type="button" className="button button--small" onClick={() => setAsking(false)}>
              {t('form.cancel')}
            </button>
          </div>
        ) : (
          <button type="button" className="button button--primary" onClick={() => setAsking(true)}>
            {t('protocol.approve')}
          </button>
        ))}
      {staff && held && (
        <label className="protocol__public">
          <input
            type="checkbox"
            checked={protocol.public}
            disabled={publishing.fetching}
            onChange={(e) => void run(async () => (await publish({ meetingId: meeting.id, public: e.target.checked })).setProtocolPublic)}
          />{' '}
          {t('protocol.public')}
        </label>
      )}
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
      <p className="protocol__downloads">
        {protocol.pdfUrl && held && (
          <a className="button" href={protocol.pdfUrl} download>
            {t(frozen ? 'protocol.download' : 'protocol.downloadDraft')}
          </a>
        )}{' '}
        {staff && meeting.status !== 'CLOSED' && (
          <a className="button" href={chairScriptPdfPath(meeting.id)} download>
            {t('protocol.chairScript')}
          </a>
        )}
      </p>
      {staff && !frozen && <p className="muted">{t('protocol.limit', { max: PROTOCOL_LIMITS.adjustersMax })}</p>}
    </section>
  );
}

/** Staff pick one or two of the arena's people (searched by name); naming anew asks them to approve anew. */
function AdjusterChoice({ meeting, onChanged }: Omit<ProtocolProps, 'staff'>) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const people = useQuery(
    MeetingPeopleQuery,
    { arenaId: meeting.arenaId, search: search.trim() || null },
    { skip: search.trim().length < 2 },
  );
  const [setAdjusters, saving] = useMutation(SetProtocolAdjustersMutation);
  const { failure, run } = useMeetingChange(onChanged);
  const named = meeting.protocol.adjusters.map((a) => a.userId);
  const save = (userIds: string[]) =>
    run(async () => (await setAdjusters({ meetingId: meeting.id, userIds })).setProtocolAdjusters).then((ok) => ok && setSearch(''));
  const candidates = (people.data?.arenaPeople.edges ?? []).map((e) => e.node).filter((p) => !named.includes(p.id));
  return (
    <div className="protocol__choice">
      {named.length > 0 && (
        <ul className="protocol__named">
          {meeting.protocol.adjusters.map((adjuster) => (
            <li key={adjuster.userId}>
              <button
                type="button"
                className="button button--link"
                disabled={saving.fetching}
                aria-label={t('protocol.removeAdjuster', { name: adjuster.name })}
                onClick={() => void save(named.filter((id) => id !== adjuster.userId))}
              >
                ✕ {adjuster.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {named.length < PROTOCOL_LIMITS.adjustersMax && (
        <>
          <label className="field">
            <span className="field__label">{t('protocol.searchAdjuster')}</span>
            <input value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('meetings.attendance.searchHint')} />
          </label>
          {candidates.length > 0 && (
            <ul className="attendance__candidates">
              {candidates.map((person) => (
                <li key={person.id}>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={saving.fetching}
                    onClick={() => void save([...named, person.id])}
                  >
                    + {person.name} ({person.organization.name})
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
