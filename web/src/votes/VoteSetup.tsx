import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { VoteRoundFieldsFragment } from '../gql/graphql';
import { describeError } from '../ui/forms/fieldErrors';
import { useMutation, useQuery } from '../ui/graphql';
import { describeRequestFailure, fieldErrorsOf } from '../ui/graphql/errors';
import { SetVoteProxyMutation, SetVoteWeightMutation, VoteOrganizationsQuery } from './operations';

/**
 * Staff: weights (before the round opens) and proxies (before or while open) of a round. Both are
 * recorded with the round and shown to everyone following the meeting.
 */
export function VoteSetup({ round, arenaId }: { round: VoteRoundFieldsFragment; arenaId: string }) {
  const { t } = useTranslation();
  const organizations = useQuery(VoteOrganizationsQuery, { arenaId });
  const [setWeight] = useMutation(SetVoteWeightMutation);
  const [setProxy] = useMutation(SetVoteProxyMutation);
  const [weightOrg, setWeightOrg] = useState('');
  const [weight, setWeightValue] = useState('2');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [failure, setFailure] = useState<string>();
  const orgs = organizations.data?.organizations.edges.map((e) => e.node) ?? [];
  const run = async (action: () => Promise<unknown>) => {
    setFailure(undefined);
    try {
      await action();
    } catch (cause) {
      const errors = fieldErrorsOf(cause);
      setFailure(errors.length ? errors.map((e) => describeError(t, e)).join(' ') : describeRequestFailure(t, cause));
    }
  };
  const options = (
    <>
      <option value="">{t('votes.setup.choose')}</option>
      {orgs.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </>
  );
  return (
    <details className="vote-setup">
      <summary>{t('votes.setup.title')}</summary>
      {round.status === 'DRAFT' && (
        <form
          className="vote-setup__row"
          onSubmit={(e) => {
            e.preventDefault();
            if (weightOrg)
              void run(() => setWeight({ roundId: round.id, organizationId: weightOrg, weight: Number(weight.replace(',', '.')) }));
          }}
        >
          <label className="field field--inline">
            <span className="field__label">{t('votes.setup.weightFor')}</span>
            <select value={weightOrg} onChange={(e) => setWeightOrg(e.target.value)}>
              {options}
            </select>
          </label>
          <label className="field field--inline">
            <span className="field__label">{t('votes.setup.weight')}</span>
            <input inputMode="decimal" value={weight} size={4} onChange={(e) => setWeightValue(e.target.value)} />
          </label>
          <button type="submit" className="button button--small">
            {t('votes.setup.setWeight')}
          </button>
        </form>
      )}
      <form
        className="vote-setup__row"
        onSubmit={(e) => {
          e.preventDefault();
          if (from) void run(() => setProxy({ roundId: round.id, fromOrganizationId: from, toOrganizationId: to || null }));
        }}
      >
        <label className="field field--inline">
          <span className="field__label">{t('votes.setup.proxyFrom')}</span>
          <select value={from} onChange={(e) => setFrom(e.target.value)}>
            {options}
          </select>
        </label>
        <label className="field field--inline">
          <span className="field__label">{t('votes.setup.proxyTo')}</span>
          <select value={to} onChange={(e) => setTo(e.target.value)}>
            <option value="">{t('votes.setup.noProxy')}</option>
            {orgs.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button button--small">
          {t('votes.setup.setProxy')}
        </button>
      </form>
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
    </details>
  );
}
