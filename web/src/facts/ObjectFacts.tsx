import './facts.css';

import { type ArenaRole, can, type CorrectObjectInput, type SetObjectPlanningInput } from '@flaskhals/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatSek } from '../ui/format/numbers';
import { useMutation, useQuery } from '../ui/graphql';
import { FactsForm } from './FactsForm';
import type { ObjectFactsData } from './factsModel';
import { CorrectObjectMutation, ObjectFactsQuery, SetObjectPlanningMutation } from './operations';
import { PlanningForm } from './PlanningForm';

interface ObjectFactsProps {
  objectId: string;
  /** The reader's role in the object's arena: staff get the forms (the server checks again). */
  role: ArenaRole | null;
  /** After a save: the rest of the page reads the object again. */
  onSaved?: () => Promise<unknown> | void;
}

type Mode = 'view' | 'editFacts' | 'editPlanning';

/** The object's network references and planning for every reader; staff correct the object and keep its planning here. */
export function ObjectFacts({ objectId, role, onSaved }: ObjectFactsProps) {
  const { t } = useTranslation();
  const facts = useQuery(ObjectFactsQuery, { id: objectId });
  const [correct] = useMutation(CorrectObjectMutation);
  const [plan] = useMutation(SetObjectPlanningMutation);
  const [mode, setMode] = useState<Mode>('view');
  const [saved, setSaved] = useState(false);
  // The answer of the last save: newer than the query's until the query reads again.
  const [latest, setLatest] = useState<ObjectFactsData>();
  const staff = can(role, 'triage');
  const object = latest?.id === objectId ? latest : facts.data?.object?.id === objectId ? facts.data.object : undefined;

  if (!object) {
    if (facts.error)
      return (
        <p className="notice notice--error" role="alert">
          {t('facts.loadError')}{' '}
          <button type="button" className="button button--small" onClick={() => void facts.refetch()}>
            {t('app.retry')}
          </button>
        </p>
      );
    return facts.loading ? <p className="muted">{t('facts.loading')}</p> : null;
  }

  const done = (answer: ObjectFactsData) => {
    setLatest(answer);
    setMode('view');
    setSaved(true);
    // The header, the map and the list show the name, kind and place too: they read again.
    void onSaved?.();
  };
  const open = (next: Mode) => {
    setSaved(false);
    setMode(next);
  };

  if (mode === 'editFacts')
    return (
      <FactsForm
        object={object}
        onCancel={() => setMode('view')}
        onSubmit={async (input: CorrectObjectInput) => {
          done((await correct({ input })).correctObject);
        }}
      />
    );
  if (mode === 'editPlanning')
    return (
      <PlanningForm
        object={object}
        onCancel={() => setMode('view')}
        onSubmit={async (input: SetObjectPlanningInput) => {
          done((await plan({ input })).setObjectPlanning);
        }}
      />
    );

  return (
    <div className="object-facts">
      {staff && (
        <div className="object-facts__actions">
          <button
            type="button"
            className="button button--small"
            aria-label={t('facts.editLabel', { name: object.name })}
            onClick={() => open('editFacts')}
          >
            {t('facts.edit')}
          </button>
        </div>
      )}
      {saved && (
        <p className="notice notice--success" role="status">
          {t('facts.saved')}
        </p>
      )}
      <NetworkRefs refs={object.networkRefs} />
      <section className="object-detail__section" aria-labelledby="planning-title">
        <div className="section-heading">
          <h3 id="planning-title">{t('facts.planningTitle')}</h3>
          {staff && (
            <button type="button" className="button button--small" onClick={() => open('editPlanning')}>
              {t('facts.editPlanning')}
            </button>
          )}
        </div>
        <Planning planning={object.planning} />
      </section>
    </div>
  );
}

function NetworkRefs({ refs }: { refs: ObjectFactsData['networkRefs'] }) {
  const { t } = useTranslation();
  if (refs.length === 0) return null;
  return (
    <section className="object-detail__section" aria-labelledby="network-refs-title">
      <h3 id="network-refs-title">{t('facts.networkRefsTitle')}</h3>
      <ul className="object-facts__refs">
        {refs.map((ref, i) => (
          <li key={i}>
            <span className="muted">{t(`networkRefTypes.${ref.type}`)}:</span> <strong>{ref.label}</strong>
            {ref.freightPriority && <span className="badge object-facts__freight">{t('facts.freightPriority')}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Planning({ planning }: { planning: ObjectFactsData['planning'] }) {
  const { t, i18n } = useTranslation();
  const planned =
    planning.stage !== 'NONE' ||
    planning.fourStepClass ||
    planning.severity !== null ||
    planning.strategicFit !== null ||
    planning.avsReference ||
    planning.planName ||
    planning.costEstimateSek !== null ||
    planning.documents.length > 0;
  if (!planned) return <p className="muted">{t('facts.noPlanning')}</p>;
  const rows: [string, string | null][] = [
    [t('facts.stage'), t(`planningStages.${planning.stage}`)],
    [t('facts.avsReference'), planning.avsReference],
    [t('facts.planName'), planning.planName],
    [t('facts.planObjectId'), planning.planObjectId],
    [t('facts.fourStepClass'), planning.fourStepClass ? t(`fourStepClasses.${planning.fourStepClass}`) : null],
    [t('facts.stepsOneTwoExamined'), t(planning.stepsOneTwoExamined ? 'facts.stepsOneTwoExaminedYes' : 'facts.stepsOneTwoExaminedNo')],
    [t('facts.severity'), planning.severity === null ? t('facts.notJudged') : t(`facts.judgement${planning.severity}`)],
    [t('facts.strategicFit'), planning.strategicFit === null ? t('facts.notJudged') : t(`facts.judgement${planning.strategicFit}`)],
    [t('facts.costEstimate'), planning.costEstimateSek === null ? null : formatSek(planning.costEstimateSek, i18n.language)],
  ];
  return (
    <>
      <dl className="facts">
        {rows
          .filter((row): row is [string, string] => Boolean(row[1]))
          .map(([label, value]) => (
            <div key={label} className="facts__row">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {planning.documents.length > 0 && (
        <ul className="object-facts__documents" aria-label={t('facts.documents')}>
          {planning.documents.map((doc, i) => (
            <li key={i}>
              <a href={doc.url} target="_blank" rel="noopener noreferrer">
                {doc.title}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
