import { type BallotEntry, ballotErrors, pointsLeft } from '@flaskhals/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { VoteRoundFieldsFragment, VoteRoundsQuery } from '../gql/graphql';
import { describeError, errorAt, type FieldErrors } from '../ui/forms/fieldErrors';
import { useMutation } from '../ui/graphql';
import { describeRequestFailure, fieldErrorsOf } from '../ui/graphql/errors';
import { CastBallotMutation } from './operations';

type Round = VoteRoundFieldsFragment;
export type Ballot = VoteRoundsQuery['voteRounds'][number]['myBallots'][number];

interface BallotFormProps {
  round: Round;
  organizationId: string;
  organizationName: string;
  /** The organization's ballot as cast so far, if any. */
  ballot: Ballot | undefined;
  /** Cast by proxy: the ballot belongs to another organization. */
  proxy: boolean;
  onCast: () => void;
}

/** When a ballot was cast, in Swedish time (the meeting's), as "2027-02-22 09:41". */
export function formatCastAt(iso: string, language: string): string {
  return new Date(iso).toLocaleString(language === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  });
}

/** The values the form starts from: the cast ballot, else nothing (DOT), 0 (SCORE) or the round's order (RANKED). */
function startingEntries(round: Round, ballot: Ballot | undefined): BallotEntry[] {
  const cast = new Map(ballot?.entries.map((e) => [e.objectId, e.value]));
  if (round.method === 'RANKED') {
    const order = [...round.objects].sort((a, b) => (cast.get(a.id) ?? 0) - (cast.get(b.id) ?? 0));
    return (ballot ? order : round.objects).map((o, i) => ({ objectId: o.id, value: i + 1 }));
  }
  return round.objects.map((o) => ({ objectId: o.id, value: cast.get(o.id) ?? 0 }));
}

/**
 * An organization's ballot: points per object with the points left (DOT), 0–5 per object (SCORE)
 * or an order changed with up/down buttons (RANKED). Checked here with the server's own rules
 * (shared/src/votes.ts) before it is sent; changeable until the round closes.
 */
export function BallotForm({ round, organizationId, organizationName, ballot, proxy, onCast }: BallotFormProps) {
  const { t, i18n } = useTranslation();
  const [entries, setEntries] = useState(() => startingEntries(round, ballot));
  const [errors, setErrors] = useState<FieldErrors>([]);
  const [failure, setFailure] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [cast, casting] = useMutation(CastBallotMutation);
  const names = new Map(round.objects.map((o) => [o.id, o.name]));
  const rules = { ...round, objectIds: round.objects.map((o) => o.id) };
  const set = (index: number, value: number) => {
    setSaved(false);
    setEntries((all) => all.map((e, i) => (i === index ? { ...e, value } : e)));
  };
  const move = (index: number, by: -1 | 1) => {
    setSaved(false);
    setEntries((all) => {
      const next = [...all];
      [next[index], next[index + by]] = [next[index + by], next[index]];
      return next.map((e, i) => ({ ...e, value: i + 1 }));
    });
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const sent = round.method === 'DOT' ? entries.filter((e) => e.value !== 0) : entries;
    const found = ballotErrors(rules, sent);
    setErrors(found);
    if (found.length) return;
    try {
      await cast({ roundId: round.id, organizationId, entries: sent });
      setSaved(true);
      onCast();
    } catch (cause) {
      const fieldErrors = fieldErrorsOf(cause);
      setErrors(fieldErrors);
      if (!fieldErrors.length) setFailure(describeRequestFailure(t, cause));
    }
  };
  // Server paths name the sent entries; for DOT the zeros were left out, so map back by object.
  const errorFor = (objectId: string) => {
    const index = (round.method === 'DOT' ? entries.filter((e) => e.value !== 0) : entries).findIndex((e) => e.objectId === objectId);
    return index >= 0 ? errorAt(errors, `entries.${index}`) : undefined;
  };
  const whole = errors.find((e) => e.field === 'entries' || !e.field.startsWith('entries'));
  const left = pointsLeft(round, entries);
  const legend = proxy
    ? t('votes.ballot.forProxy', { organization: organizationName })
    : t('votes.ballot.forOwn', { organization: organizationName });

  return (
    <form className="ballot" onSubmit={(e) => void submit(e)} noValidate>
      <fieldset>
        <legend>{legend}</legend>
        {ballot && (
          <p className="notice notice--success" role="status">
            {t(proxy ? 'votes.ballot.castProxy' : 'votes.ballot.cast', {
              name: ballot.castByName,
              organization: ballot.castByOrganizationName,
              time: formatCastAt(ballot.castAt, i18n.language),
            })}
          </p>
        )}
        {round.method === 'DOT' && (
          <p className={left < 0 ? 'ballot__left ballot__left--over' : 'ballot__left'} aria-live="polite">
            {t('votes.ballot.pointsLeft', { left, total: round.pointsPerOrganization, max: round.maxPointsPerObject })}
          </p>
        )}
        <ol className="ballot__entries">
          {entries.map((entry, index) => {
            const error = errorFor(entry.objectId);
            const name = names.get(entry.objectId);
            const errorId = `ballot-${round.id}-${organizationId}-${entry.objectId}-error`;
            return (
              <li key={entry.objectId} className="ballot__entry">
                {round.method === 'DOT' && (
                  <label className="field field--inline">
                    <span className="field__label">{name}</span>
                    <input
                      type="number"
                      min={0}
                      max={round.maxPointsPerObject}
                      step={1}
                      inputMode="numeric"
                      value={Number.isNaN(entry.value) ? '' : entry.value}
                      aria-invalid={Boolean(error)}
                      aria-describedby={error ? errorId : undefined}
                      onChange={(e) => set(index, e.target.value === '' ? 0 : Number(e.target.value))}
                    />
                  </label>
                )}
                {round.method === 'SCORE' && (
                  <fieldset className="ballot__score">
                    <legend>{name}</legend>
                    {[0, 1, 2, 3, 4, 5].map((score) => (
                      <label key={score} className="ballot__score-option">
                        <input
                          type="radio"
                          name={`score-${round.id}-${organizationId}-${entry.objectId}`}
                          checked={entry.value === score}
                          onChange={() => set(index, score)}
                        />
                        {score}
                      </label>
                    ))}
                  </fieldset>
                )}
                {round.method === 'RANKED' && (
                  <div className="ballot__ranked">
                    <span className="ballot__place">{index + 1}.</span> <span>{name}</span>{' '}
                    <button
                      type="button"
                      className="button button--small"
                      disabled={index === 0}
                      aria-label={t('votes.ballot.up', { name })}
                      onClick={() => move(index, -1)}
                    >
                      ↑
                    </button>{' '}
                    <button
                      type="button"
                      className="button button--small"
                      disabled={index === entries.length - 1}
                      aria-label={t('votes.ballot.down', { name })}
                      onClick={() => move(index, 1)}
                    >
                      ↓
                    </button>
                  </div>
                )}
                {error && (
                  <span id={errorId} className="field__error">
                    {describeError(t, error)}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
        {whole && (
          <p className="notice notice--error" role="alert">
            {describeError(t, whole)}
          </p>
        )}
        {failure && (
          <p className="notice notice--error" role="alert">
            {failure}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={casting.fetching}>
          {t(ballot ? 'votes.ballot.change' : 'votes.ballot.submit')}
        </button>
        {saved && (
          <span className="muted" role="status">
            {' '}
            {t('votes.ballot.saved')}
          </span>
        )}
      </fieldset>
    </form>
  );
}
