import './scoring.css';

import { can, SCORE_CRITERIA, type ScoreCriterion, scoreWeightsSchema, validate, type Validated } from '@flaskhals/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router';

import type { ScoreWeightInput } from '../gql/graphql';
import { ErrorSummary } from '../ui/forms/ErrorSummary';
import { errorAt, errorsOutside } from '../ui/forms/fieldErrors';
import { TextField } from '../ui/forms/fields';
import { FormActions } from '../ui/forms/FormActions';
import { useCheckedSubmit } from '../ui/forms/useCheckedSubmit';
import { useMutation, useQuery } from '../ui/graphql';
import { LoadError, LoadingLine } from '../ui/layout/states';
import { arenaFor, ArenaPageFrame, signInPath, useDefaultArenaSlug, useSession } from '../ui/session';
import { ScoringSettingsQuery, SetScoreWeightsMutation } from './operations';
import { SCORING_PATH } from './paths';
import { RankingTable } from './RankingTable';

type Draft = Record<ScoreCriterion, string>;

const FIELDS = SCORE_CRITERIA.map((c) => `weights.${c}`);

/** The draft as the weights the server takes, checked with its own schema ("weights.SEVERITY" beside its field). */
function checkDraft(arenaId: string, draft: Draft): Validated<{ arenaId: string; weights: ScoreWeightInput[] }> {
  const weights = Object.fromEntries(
    SCORE_CRITERIA.map((c) => [c, draft[c].trim() === '' ? undefined : Number(draft[c].replace(',', '.'))]),
  );
  const checked = validate(scoreWeightsSchema, { arenaId, weights });
  if (!checked.ok) return checked;
  return {
    ok: true,
    value: { arenaId, weights: SCORE_CRITERIA.map((criterion) => ({ criterion, weight: checked.value.weights[criterion] })) },
  };
}

/**
 * /poang: how the arena's scores are computed, the weights, and the ranking they give. Admins
 * edit the weights here and see the top of the ranking with the edited weights before saving.
 */
export function ScoringPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const [params] = useSearchParams();
  const defaultArena = useDefaultArenaSlug();
  const access = defaultArena.known ? arenaFor(me, 'readMembersAudience', params.get('arena'), defaultArena.slug) : undefined;
  if (!me) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  return (
    <ArenaPageFrame
      title={t('scoring.pageTitle')}
      titleId="scoring-title"
      className="scoring-page"
      me={me}
      permission="readMembersAudience"
      path={SCORING_PATH}
      known={defaultArena.known}
      access={access}
    >
      {(access) => (
        <ScoringContent
          key={access.arena.id}
          arenaId={access.arena.id}
          arenaSlug={access.arena.slug}
          canEdit={can(access.role, 'manageScoring')}
        />
      )}
    </ArenaPageFrame>
  );
}

function ScoringContent({ arenaId, arenaSlug, canEdit }: { arenaId: string; arenaSlug: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const settings = useQuery(ScoringSettingsQuery, { arenaId });
  const weights = settings.data?.scoringSettings.weights;
  const [draft, setDraft] = useState<Draft>();
  const [preview, setPreview] = useState<ScoreWeightInput[] | null>(null);
  const [saved, setSaved] = useState(false);
  const [save] = useMutation(SetScoreWeightsMutation);
  const savedDraft = weights && (Object.fromEntries(weights.map((w) => [w.criterion, String(w.weight)])) as Draft);

  useEffect(() => {
    if (savedDraft && !draft) setDraft(savedDraft);
  }, [savedDraft, draft]);

  // The preview follows the edits half a second after the last keystroke: each one ranks the whole arena.
  const draftKey = JSON.stringify(draft);
  const savedKey = JSON.stringify(savedDraft);
  useEffect(() => {
    const timer = setTimeout(() => {
      if (!canEdit || !draft || draftKey === savedKey) return setPreview(null);
      const checked = checkDraft(arenaId, draft);
      setPreview(checked.ok ? checked.value.weights : null);
    }, 500);
    return () => clearTimeout(timer);
    // draftKey and savedKey stand for draft and savedDraft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftKey, savedKey, canEdit, arenaId]);

  const { errors, failure, submitting, summaryRef, handleSubmit } = useCheckedSubmit(
    () => checkDraft(arenaId, draft!),
    async ({ idempotencyKey: _key, ...input }) => {
      const answer = await save({ input });
      setDraft(Object.fromEntries(answer.setScoreWeights.weights.map((w) => [w.criterion, String(w.weight)])) as Draft);
      setPreview(null);
      setSaved(true);
      await settings.refetch();
    },
  );

  // After a failed save the messages follow the edits: a corrected field loses its message at once.
  const live = draft && errors.length > 0 ? checkDraft(arenaId, draft) : null;
  const shownErrors = live ? (live.ok ? errors.filter((e) => !e.field.startsWith('weights.')) : live.errors) : errors;

  if (settings.error && !weights) return <LoadError onRetry={() => void settings.refetch()} />;
  if (!weights || !draft) return <LoadingLine />;
  const draftValid = checkDraft(arenaId, draft).ok;

  return (
    <>
      <p>{t('scoring.formula')}</p>
      <p className="muted">{t('scoring.unjudgedRule')}</p>
      <p className="muted">{t('scoring.visibilityRule')}</p>
      <h2>{t('scoring.criteriaTitle')}</h2>
      <dl className="scoring-page__criteria">
        {SCORE_CRITERIA.map((c) => (
          <div key={c}>
            <dt>{t(`scoring.criteria.${c}`)}</dt>
            <dd>{t(`scoring.explain.${c}`)}</dd>
          </div>
        ))}
      </dl>
      <h2>{t('scoring.weightsTitle')}</h2>
      {canEdit ? (
        <form noValidate onSubmit={handleSubmit} aria-label={t('scoring.weightsTitle')}>
          <ErrorSummary
            ref={summaryRef}
            visible={errors.length > 0 || Boolean(failure)}
            unplaced={errorsOutside(errors, FIELDS)}
            message={failure}
          />
          {saved && (
            <p className="notice notice--success" role="status">
              {t('scoring.saved')}
            </p>
          )}
          <div className="scoring-page__rule">
            <p className="muted">{t('scoring.weightsRule')}</p>
            <button
              type="button"
              className="button button--small"
              onClick={() => setDraft(Object.fromEntries(weights.map((w) => [w.criterion, String(w.defaultWeight)])) as Draft)}
            >
              {t('scoring.reset')}
            </button>
          </div>
          <div className="scoring-page__weights">
            {weights.map((w) => (
              <TextField
                key={w.criterion}
                name={`weights.${w.criterion}`}
                numeric
                label={t(`scoring.criteria.${w.criterion}`)}
                hint={t('scoring.weightsHint', { value: w.defaultWeight })}
                value={draft[w.criterion]}
                onChange={(value) => {
                  setSaved(false);
                  setDraft({ ...draft, [w.criterion]: value });
                }}
                error={errorAt(shownErrors, `weights.${w.criterion}`)}
              />
            ))}
          </div>
          <FormActions submitLabel={t('scoring.save')} submitting={submitting} />
        </form>
      ) : (
        <table className="scoring-page__ranking">
          <tbody>
            {weights.map((w) => (
              <tr key={w.criterion}>
                <th scope="row">{t(`scoring.criteria.${w.criterion}`)}</th>
                <td className="numeric">{w.weight}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && !draftValid && draftKey !== savedKey && <p className="muted">{t('scoring.previewInvalid')}</p>}
      <h2>{preview ? t('scoring.previewTitle') : t('scoring.rankingTitle')}</h2>
      <RankingTable arenaId={arenaId} arenaSlug={arenaSlug} weights={preview} />
    </>
  );
}
