import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { VoteRoundFieldsFragment } from '../gql/graphql';
import { describeError } from '../ui/forms/fieldErrors';
import { useMutation, useQuery } from '../ui/graphql';
import { describeRequestFailure, fieldErrorsOf } from '../ui/graphql/errors';
import { type Ballot, BallotForm, formatCastAt } from './BallotForm';
import { ChangeVoteRoundStatusMutation, VoteRoundsQuery } from './operations';
import { VoteResults } from './VoteResults';
import { type VoteItem, VoteRoundForm } from './VoteRoundForm';
import { VoteSetup } from './VoteSetup';

interface VoteRoundsProps {
  meeting: { id: string; arenaId: string; status: string; updatedAt: string };
  items: VoteItem[];
  /** Staff run the rounds (manageMeetings). */
  staff: boolean;
  /** The reader casts their organization's ballot (the `vote` permission). */
  voter: boolean;
  organization: { id: string; name: string };
  /** The rounds from the meeting's live state, when following: the same for everyone, newer than the page's read. */
  live: VoteRoundFieldsFragment[] | undefined;
}

/**
 * The meeting's vote rounds: staff create, set up, open and close them; members cast their
 * organization's ballot (and any handed to it); everyone sees the tally when it may be seen. The
 * shared part comes live with the meeting; the reader's own ballots are read again on every change.
 */
export function VoteRounds({ meeting, items, staff, voter, organization, live }: VoteRoundsProps) {
  const { t } = useTranslation();
  const query = useQuery(VoteRoundsQuery, { meetingId: meeting.id });
  const [creating, setCreating] = useState(false);
  const { refetch } = query;
  // The reader's own ballots are read again when a change may concern them (a round, its status, its
  // count of ballots, its proxies), not on every change of the meeting: with hundreds following a
  // vote, each ballot would otherwise cost a read per participant. Without the live state, on every change.
  const changed = live
    ? live
        .map((r) => `${r.id}:${r.status}:${r.ballotCount}:${r.proxies.map((p) => p.fromOrganizationId + p.toOrganizationId).join()}`)
        .join('|')
    : meeting.updatedAt;
  useEffect(() => void refetch(), [changed, refetch]);
  const read = query.data?.voteRounds ?? [];
  const rounds = live ?? read;
  const mine = new Map(read.map((r) => [r.id, r.myBallots]));
  const mayCreate = staff && (meeting.status === 'PLANNED' || meeting.status === 'IN_PROGRESS');
  if (!rounds.length && !mayCreate) return null;
  return (
    <section className="vote-rounds" aria-labelledby="vote-rounds-title">
      <h2 id="vote-rounds-title">{t('votes.title')}</h2>
      {query.error && !query.data && (
        <p className="notice notice--error" role="alert">
          {describeRequestFailure(t, query.error)}
        </p>
      )}
      {!rounds.length && <p className="muted">{t('votes.none')}</p>}
      {rounds.map((round) => (
        <RoundCard
          key={round.id}
          round={round}
          item={items.find((i) => i.id === round.itemId)}
          meeting={meeting}
          staff={staff}
          voter={voter}
          organization={organization}
          ballots={mine.get(round.id) ?? []}
          onCast={() => void refetch()}
        />
      ))}
      {mayCreate &&
        (creating ? (
          <VoteRoundForm
            items={items}
            onDone={() => {
              setCreating(false);
              void refetch();
            }}
          />
        ) : (
          <button type="button" className="button" onClick={() => setCreating(true)}>
            {t('votes.create.open')}
          </button>
        ))}
    </section>
  );
}

interface RoundCardProps {
  round: VoteRoundFieldsFragment;
  item: VoteItem | undefined;
  meeting: VoteRoundsProps['meeting'];
  staff: boolean;
  voter: boolean;
  organization: VoteRoundsProps['organization'];
  ballots: Ballot[];
  onCast: () => void;
}

function RoundCard({ round, item, meeting, staff, voter, organization, ballots, onCast }: RoundCardProps) {
  const { t, i18n } = useTranslation();
  const [change, changing] = useMutation(ChangeVoteRoundStatusMutation);
  const [confirmClose, setConfirmClose] = useState(false);
  const [failure, setFailure] = useState<string>();
  const status = async (to: 'OPEN' | 'CLOSED') => {
    setFailure(undefined);
    try {
      await change({ roundId: round.id, status: to });
      setConfirmClose(false);
    } catch (cause) {
      const errors = fieldErrorsOf(cause);
      setFailure(errors.length ? errors.map((e) => describeError(t, e)).join(' ') : describeRequestFailure(t, cause));
    }
  };
  const handedTo = round.proxies.find((p) => p.fromOrganizationId === organization.id);
  // The ballots the reader casts: their own (unless handed over) and every one handed to their organization.
  const castable = [
    ...(handedTo ? [] : [{ id: organization.id, name: organization.name, proxy: false }]),
    ...round.proxies
      .filter((p) => p.toOrganizationId === organization.id)
      .map((p) => ({ id: p.fromOrganizationId, name: p.fromOrganizationName, proxy: true })),
  ];
  const open = round.status === 'OPEN' && meeting.status === 'IN_PROGRESS';
  return (
    <article className={`vote-round vote-round--${round.status.toLowerCase()}`} aria-labelledby={`vote-round-${round.id}`}>
      <header className="vote-round__header">
        <h3 id={`vote-round-${round.id}`}>{round.title}</h3>
        <span className={`badge vote-round__status vote-round__status--${round.status.toLowerCase()}`}>
          {t(`votes.statuses.${round.status}`)}
        </span>
      </header>
      <p className="vote-round__meta">
        {item && t('votes.onItem', { number: item.number, title: item.title })} · {t(`votes.methods.${round.method}`)}
        {round.method === 'DOT' &&
          ` (${t('votes.dotRules', { points: round.pointsPerOrganization, max: round.maxPointsPerObject })})`} ·{' '}
        {t(`votes.resultsModes.${round.resultsMode}`)} · {t('votes.ballotCount', { count: round.ballotCount })}
      </p>
      {(round.weights.length > 0 || round.proxies.length > 0) && (
        <ul className="vote-round__setup">
          {round.weights.map((w) => (
            <li key={w.organizationId}>{t('votes.weightLine', { organization: w.organizationName, weight: w.weight })}</li>
          ))}
          {round.proxies.map((p) => (
            <li key={p.fromOrganizationId}>{t('votes.proxyLine', { from: p.fromOrganizationName, to: p.toOrganizationName })}</li>
          ))}
        </ul>
      )}
      {staff && round.status !== 'CLOSED' && <VoteSetup round={round} arenaId={meeting.arenaId} />}
      {staff && (
        <div className="vote-round__actions">
          {round.status === 'DRAFT' && meeting.status === 'IN_PROGRESS' && (
            <button type="button" className="button button--primary" disabled={changing.fetching} onClick={() => void status('OPEN')}>
              {t('votes.openRound')}
            </button>
          )}
          {round.status === 'DRAFT' && meeting.status !== 'IN_PROGRESS' && <p className="muted">{t('votes.opensWhenInProgress')}</p>}
          {round.status === 'OPEN' &&
            (confirmClose ? (
              <div role="group" aria-label={t('votes.closeConfirm')} className="vote-round__confirm">
                <p>{t('votes.closeConfirm')}</p>
                <button type="button" className="button button--danger" disabled={changing.fetching} onClick={() => void status('CLOSED')}>
                  {t('votes.closeYes')}
                </button>{' '}
                <button type="button" className="button" onClick={() => setConfirmClose(false)}>
                  {t('form.cancel')}
                </button>
              </div>
            ) : (
              <button type="button" className="button" onClick={() => setConfirmClose(true)}>
                {t('votes.closeRound')}
              </button>
            ))}
          {failure && (
            <p className="notice notice--error" role="alert">
              {failure}
            </p>
          )}
        </div>
      )}
      {voter && handedTo && round.status !== 'CLOSED' && (
        <p className="muted">{t('votes.handedOver', { to: handedTo.toOrganizationName })}</p>
      )}
      {voter &&
        open &&
        castable.map((org) => (
          <BallotForm
            key={org.id}
            round={round}
            organizationId={org.id}
            organizationName={org.name}
            proxy={org.proxy}
            ballot={ballots.find((b) => b.organizationId === org.id)}
            onCast={onCast}
          />
        ))}
      {voter && round.status === 'CLOSED' && ballots.length > 0 && (
        <p className="muted">
          {t('votes.ballot.cast', {
            name: ballots[0].castByName,
            organization: ballots[0].castByOrganizationName,
            time: formatCastAt(ballots[0].castAt, i18n.language),
          })}
        </p>
      )}
      <VoteResults round={round} />
    </article>
  );
}
