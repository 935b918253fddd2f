import { VOTE_LIMITS, VOTE_METHODS, VOTE_RESULTS_MODES, type VoteMethod, type VoteResultsMode } from '@flaskhals/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { describeError, errorAt, type FieldErrors } from '../ui/forms/fieldErrors';
import { useMutation } from '../ui/graphql';
import { describeRequestFailure, fieldErrorsOf } from '../ui/graphql/errors';
import { CreateVoteRoundMutation } from './operations';

export interface VoteItem {
  id: string;
  number: string;
  title: string;
  objects: { id: string; name: string }[];
}

/** Staff: a new round (a draft) on an agenda item with objects, over the item's objects. */
export function VoteRoundForm({ items, onDone }: { items: VoteItem[]; onDone: () => void }) {
  const { t } = useTranslation();
  const withObjects = items.filter((i) => i.objects.length > 0);
  const [itemId, setItemId] = useState(withObjects[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [method, setMethod] = useState<VoteMethod>('DOT');
  const [resultsMode, setResultsMode] = useState<VoteResultsMode>('LIVE');
  const [points, setPoints] = useState(String(VOTE_LIMITS.defaultPoints));
  const [perObject, setPerObject] = useState('');
  const [errors, setErrors] = useState<FieldErrors>([]);
  const [failure, setFailure] = useState<string>();
  const [create, creating] = useMutation(CreateVoteRoundMutation);
  if (!withObjects.length) return <p className="muted">{t('votes.create.noItems')}</p>;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    if (!title.trim()) return setErrors([{ field: 'title', code: 'required' }]);
    try {
      await create({
        input: {
          itemId,
          title: title.trim(),
          method,
          resultsMode,
          pointsPerOrganization: method === 'DOT' ? Number(points) : null,
          maxPointsPerObject: method === 'DOT' && perObject ? Number(perObject) : null,
        },
      });
      onDone();
    } catch (cause) {
      const found = fieldErrorsOf(cause);
      setErrors(found);
      if (!found.length) setFailure(describeRequestFailure(t, cause));
    }
  };
  const error = (field: string) => {
    const found = errorAt(errors, field);
    return found ? <span className="field__error">{describeError(t, found)}</span> : null;
  };
  return (
    <form className="vote-round-form" aria-label={t('votes.create.title')} onSubmit={(e) => void submit(e)} noValidate>
      <label className="field">
        <span className="field__label">{t('votes.create.item')}</span>
        <select value={itemId} onChange={(e) => setItemId(e.target.value)}>
          {withObjects.map((item) => (
            <option key={item.id} value={item.id}>
              {item.number}. {item.title} ({item.objects.map((o) => o.name).join(', ')})
            </option>
          ))}
        </select>
        {error('itemId')}
        {error('objectIds')}
      </label>
      <label className="field">
        <span className="field__label">{t('votes.create.question')}</span>
        <input
          value={title}
          maxLength={VOTE_LIMITS.titleMax}
          onChange={(e) => setTitle(e.target.value)}
          aria-invalid={Boolean(errorAt(errors, 'title'))}
        />
        {error('title')}
      </label>
      <fieldset className="field">
        <legend className="field__label">{t('votes.create.method')}</legend>
        {VOTE_METHODS.map((m) => (
          <label key={m} className="choice">
            <input type="radio" name="vote-method" checked={method === m} onChange={() => setMethod(m)} /> {t(`votes.methods.${m}`)}
          </label>
        ))}
      </fieldset>
      {method === 'DOT' && (
        <div className="vote-round-form__points">
          <label className="field field--inline">
            <span className="field__label">{t('votes.create.points')}</span>
            <input type="number" min={1} max={VOTE_LIMITS.pointsMax} value={points} onChange={(e) => setPoints(e.target.value)} />
            {error('pointsPerOrganization')}
          </label>
          <label className="field field--inline">
            <span className="field__label">{t('votes.create.perObject')}</span>
            <input type="number" min={1} value={perObject} placeholder={points} onChange={(e) => setPerObject(e.target.value)} />
            {error('maxPointsPerObject')}
          </label>
        </div>
      )}
      <fieldset className="field">
        <legend className="field__label">{t('votes.create.results')}</legend>
        {VOTE_RESULTS_MODES.map((m) => (
          <label key={m} className="choice">
            <input type="radio" name="vote-results" checked={resultsMode === m} onChange={() => setResultsMode(m)} />{' '}
            {t(`votes.resultsModes.${m}`)}
          </label>
        ))}
      </fieldset>
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={creating.fetching}>
        {t('votes.create.submit')}
      </button>{' '}
      <button type="button" className="button" onClick={onDone}>
        {t('form.cancel')}
      </button>
    </form>
  );
}
