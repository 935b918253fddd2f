import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDistance } from '../ui/format/numbers';
import { useQuery } from '../ui/graphql';
import { LoadError, LoadingLine } from '../ui/layout/states';
import { MergeCandidatesQuery } from './operations';

export interface PickedObject {
  id: string;
  name: string;
}

interface Candidate extends PickedObject {
  kind: string;
  reportCount: number;
  municipality?: string | null;
  distanceMeters?: number;
}

interface ObjectPickerProps {
  /** The object the other one is picked for: never offered itself. */
  subject: { id: string; arenaId: string; name: string; geometry: unknown };
  onPick: (picked: PickedObject) => void;
}

/** Waits this long after the last keystroke before searching. */
const SEARCH_DELAY_MS = 250;

/**
 * Picks another active object of the arena: the objects near the subject (suggestions, by distance
 * and name likeness) and a search by name. A list of buttons, so Tab and Enter are all it takes.
 */
export function ObjectPicker({ subject, onPick }: ObjectPickerProps) {
  const { t, i18n } = useTranslation();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const inputId = useId();
  const hintId = useId();
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  const candidates = useQuery(
    MergeCandidatesQuery,
    useMemo(
      () => ({ arenaId: subject.arenaId, search: search || null, geometry: subject.geometry, text: search || subject.name }),
      [subject.arenaId, subject.geometry, subject.name, search],
    ),
  );
  const nearby: Candidate[] = (candidates.data?.nearby ?? [])
    .filter((m) => m.object.id !== subject.id)
    .map((m) => ({ ...m.object, distanceMeters: m.distanceMeters }));
  const nearbyIds = new Set(nearby.map((c) => c.id));
  const byName: Candidate[] = search
    ? (candidates.data?.byName.edges ?? []).map((e) => e.node).filter((o) => o.id !== subject.id && !nearbyIds.has(o.id))
    : [];

  const list = (title: string, items: Candidate[]) =>
    items.length > 0 && (
      <div className="merge-picker__group">
        <h5>{title}</h5>
        <ul className="merge-picker__list">
          {items.map((c) => (
            <li key={c.id}>
              <button type="button" className="merge-picker__choice" onClick={() => onPick({ id: c.id, name: c.name })}>
                <strong>{c.name}</strong>
                <span className="muted small">
                  {[
                    t(`kinds.${c.kind}`),
                    c.municipality,
                    t('merges.reportCount', { count: c.reportCount }),
                    c.distanceMeters !== undefined
                      ? t('merges.distance', { distance: formatDistance(c.distanceMeters, i18n.language) })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    );

  return (
    <div className="merge-picker">
      <div className="field">
        <label className="field__label" htmlFor={inputId}>
          {t('merges.search')}
        </label>
        <p className="field__hint" id={hintId}>
          {t('merges.searchHint')}
        </p>
        <input
          id={inputId}
          type="search"
          aria-describedby={hintId}
          value={typed}
          autoComplete="off"
          onChange={(e) => setTyped(e.target.value)}
        />
      </div>
      {candidates.error && !candidates.data ? (
        <LoadError onRetry={() => void candidates.refetch()} />
      ) : !candidates.data ? (
        <LoadingLine />
      ) : nearby.length + byName.length === 0 ? (
        <p className="muted" role="status">
          {t('merges.noCandidates')}
        </p>
      ) : (
        <>
          {list(t('merges.byName'), byName)}
          {list(t('merges.nearby'), nearby)}
        </>
      )}
    </div>
  );
}
