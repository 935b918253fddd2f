import './live.css';

import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { MeetingFieldsFragment } from '../gql/graphql';
import { useMutation } from '../ui/graphql';
import { LiveItemMap } from './LiveItemMap';
import { PresentAgendaItemMutation } from './operations';
import { agendaItemElementId, type LiveMeetingState, prefersReducedMotion, projectorPath } from './useLiveMeeting';
import { useMeetingChange } from './useMeetingChange';

interface LiveMeetingProps {
  meeting: MeetingFieldsFragment;
  staff: boolean;
  /** The live connection failed or was refused: the page no longer follows by itself. */
  connectionLost: boolean;
  onChanged: (meeting: MeetingFieldsFragment) => void;
}

/**
 * Live mode of a meeting in progress, above its agenda: which item is presented now, staff's
 * controls to present one, and the reader's choice to follow (the presented item comes into view).
 */
export function LiveMeeting({ meeting, staff, connectionLost, onChanged }: LiveMeetingProps) {
  const { t } = useTranslation();
  const [follow, setFollow] = useState(true);
  const bar = useRef<HTMLElement>(null);
  const presented = meeting.agenda.find((item) => item.id === meeting.presentedItemId);

  useEffect(() => {
    if (!follow || !presented) return;
    const element = document.getElementById(agendaItemElementId(presented.id));
    if (!element) return;
    // Just below the live bar, which stays at the top as the page scrolls (below the page's own
    // padding of 2rem): its height, then 3rem.
    element.style.scrollMarginTop = `calc(${bar.current?.offsetHeight ?? 0}px + 3rem)`;
    element.scrollIntoView({ behavior: prefersReducedMotion() ? 'auto' : 'smooth', block: 'start' });
  }, [follow, presented?.id]); // eslint-disable-line react-hooks/exhaustive-deps -- only when another item is presented

  return (
    <section ref={bar} className="live-bar" aria-labelledby="live-bar-title">
      <div className="live-bar__row">
        <h2 id="live-bar-title" className="live-bar__title">
          <span className="live-bar__dot" aria-hidden="true" />
          {t('meetings.live.title')}
        </h2>
        <p className="live-bar__now" role="status" aria-live="polite">
          {presented ? t('meetings.live.presenting', { number: presented.number, title: presented.title }) : t('meetings.live.nothing')}
        </p>
        <label className="live-bar__follow">
          <input type="checkbox" checked={follow} onChange={(e) => setFollow(e.target.checked)} /> {t('meetings.live.follow')}
        </label>
        <Link className="button button--small" to={projectorPath(meeting.id)} target="_blank">
          {t('meetings.live.projector')}
        </Link>
      </div>
      {connectionLost && (
        <p className="notice notice--warning" role="alert">
          {t('meetings.live.connectionLost')}
        </p>
      )}
      {staff && <PresentControls meeting={meeting} onChanged={onChanged} />}
    </section>
  );
}

/** Staff: present an item (from the list, or the previous or next one), or stop presenting. */
function PresentControls({ meeting, onChanged }: Pick<LiveMeetingProps, 'meeting' | 'onChanged'>) {
  const { t } = useTranslation();
  const [present, presenting] = useMutation(PresentAgendaItemMutation);
  const { failure, run } = useMeetingChange(onChanged);
  const items = meeting.agenda;
  const index = items.findIndex((item) => item.id === meeting.presentedItemId);
  const [chosen, setChosen] = useState(items[0]?.id ?? '');
  const selectId = useId();
  const show = (itemId: string | null) => void run(async () => (await present({ meetingId: meeting.id, itemId })).presentAgendaItem);
  const busy = presenting.fetching;
  return (
    <div className="live-bar__controls">
      <form
        className="live-bar__choose"
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen) show(chosen);
        }}
      >
        <label className="live-bar__label" htmlFor={selectId}>
          {t('meetings.live.item')}
        </label>
        <select id={selectId} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          {items.map((item) => (
            <option key={item.id} value={item.id}>
              {item.number}. {item.title}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--primary button--small" disabled={busy || !chosen}>
          {t('meetings.live.present')}
        </button>
      </form>
      <button type="button" className="button button--small" disabled={busy || index <= 0} onClick={() => show(items[index - 1].id)}>
        ← {t('meetings.live.previous')}
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={busy || index >= items.length - 1}
        onClick={() => show(items[index + 1].id)}
      >
        {t(index < 0 ? 'meetings.live.first' : 'meetings.live.next')} →
      </button>
      <button type="button" className="button button--small" disabled={busy || index < 0} onClick={() => show(null)}>
        {t('meetings.live.stop')}
      </button>
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}

/** The presented item's objects on a small map, from the live state (which carries their geometry). */
export function LiveItemObjects({ live, itemId, className }: { live: LiveMeetingState | undefined; itemId: string; className?: string }) {
  const objects = live?.agenda.find((item) => item.id === itemId)?.objects ?? [];
  if (objects.length === 0) return null;
  return <LiveItemMap objects={objects} className={className} />;
}
