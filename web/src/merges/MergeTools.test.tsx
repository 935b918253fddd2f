import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { answerFetch } from '../../test/answerFetch';
import { renderStrict } from '../../test/render';
import { MergedIntoNotice, mergeEventActions, MergeTools, MoveReportAction, UndoMergeFromEvent } from '.';

const KEPT = {
  id: 'k1',
  arenaId: 'a1',
  name: 'Norrby terminal',
  status: 'REPORTED',
  kind: 'TERMINAL',
  modes: ['ROAD'],
  geometry: { type: 'Point', coordinates: [16.3, 59.75] },
  duplicateOf: null,
};
const DUPLICATE = { ...KEPT, id: 'd1', name: 'Terminalen i Norrby', status: 'DUPLICATE', duplicateOf: 'k1' };
const merge = (overrides: Record<string, unknown>) => ({
  id: 'm1',
  keptId: 'k1',
  duplicateId: 'd1',
  keptName: 'Norrby terminal',
  duplicateName: 'Terminalen i Norrby',
  mergedByName: 'Demo Kanslist',
  mergedAt: '2026-12-07T10:00:00Z',
  reason: 'Samma terminal',
  movedReports: 2,
  movedSupports: 1,
  undoneAt: null,
  canUndo: true,
  undoBlockedBy: null,
  ...overrides,
});

let restoreFetch: () => void = () => undefined;

/** Answers each operation by its name; records what was asked. */
function answering(answers: Record<string, (variables: Record<string, unknown>) => unknown>) {
  const asked: string[] = [];
  restoreFetch = answerFetch(({ query, variables }) => {
    const name = /(?:query|mutation) (\w+)/.exec(query)![1];
    asked.push(name);
    return { data: answers[name]?.(variables) ?? null };
  });
  return asked;
}

describe('the merge tools in the object detail', () => {
  afterEach(() => restoreFetch());

  it('offer staff "Slå ihop med…" on an object, not on a duplicate', async () => {
    answering({ MergeSubject: (v) => ({ object: v.id === 'd1' ? DUPLICATE : KEPT }) });
    const { unmount } = renderStrict(<MergeTools object={{ id: 'k1', status: 'REPORTED' }} viewer={{ role: 'STAFF' }} />);
    const button = await screen.findByRole('button', { name: 'Slå ihop med…' });
    await waitFor(() => expect(button).toBeEnabled());
    unmount();
    const { container } = renderStrict(<MergeTools object={{ id: 'd1', status: 'DUPLICATE' }} viewer={{ role: 'STAFF' }} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('give a merge entry of the history "Ångra" only while it can be undone, else say why', async () => {
    answering({ ObjectMerge: () => ({ objectMerge: merge({ canUndo: false, undoBlockedBy: 'newerMerge' }) }) });
    const actions = mergeEventActions({ role: 'STAFF' });
    renderStrict(<>{actions({ kind: 'MERGED_IN', data: { mergeId: 'm1' } })}</>);
    expect(await screen.findByText('Kan inte ångras: ett av objekten har slagits ihop igen efteråt.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Ångra/ })).not.toBeInTheDocument();
    expect(mergeEventActions({ role: 'MEMBER' })({ kind: 'MERGED_IN', data: { mergeId: 'm1' } })).toBeNull();
    expect(actions({ kind: 'REPORTED', data: {} })).toBeNull();
  });

  it('offer members nothing and ask the server nothing', async () => {
    const asked = answering({});
    const { container } = renderStrict(
      <>
        <MergeTools object={{ id: 'k1', status: 'REPORTED' }} viewer={{ role: 'MEMBER' }} />
        <MoveReportAction report={{ id: 'r1', title: 'Kön till grinden' }} objectId="k1" viewer={{ role: 'MEMBER' }} />
        <MergedIntoNotice object={{ id: 'k1', status: 'REPORTED' }} />
      </>,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container).toBeEmptyDOMElement();
    expect(asked).toEqual([]);
  });

  it('tell everyone a duplicate was merged into another object, and open that one', async () => {
    answering({
      MergeSubject: () => ({ object: DUPLICATE }),
      MergedInto: () => ({ object: { id: 'k1', name: 'Norrby terminal', status: 'REPORTED' } }),
    });
    const open = jest.fn();
    renderStrict(<MergedIntoNotice object={{ id: 'd1', status: 'DUPLICATE' }} onOpenObject={open} />);
    expect(await screen.findByText('Sammanslagen med Norrby terminal')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Öppna Norrby terminal' }));
    expect(open).toHaveBeenCalledWith('k1');
  });

  it('give a history entry of a merge "Ångra" for staff, and undo it after the question', async () => {
    let undone = false;
    const asked = answering({
      ObjectMerge: () => ({ objectMerge: merge(undone ? { canUndo: false, undoneAt: '2026-12-07T11:00:00Z' } : {}) }),
      UndoMerge: () => {
        undone = true;
        return {
          undoMerge: { merge: { id: 'm1', canUndo: false, undoneAt: '2026-12-07T11:00:00Z' }, duplicate: { id: 'd1', status: 'REPORTED' } },
        };
      },
    });
    const changed = jest.fn();
    renderStrict(<UndoMergeFromEvent mergeId="m1" viewer={{ role: 'STAFF' }} onUndone={changed} />);
    const undo = await screen.findByRole('button', { name: 'Ångra sammanslagningen av Terminalen i Norrby med Norrby terminal' });
    // Ångra asks first (the answer focused); Avbryt leaves everything as it was.
    await userEvent.click(undo);
    expect(
      screen.getByText(/Ångra sammanslagningen\? Rapporterna och instämmandena flyttas tillbaka till Terminalen i Norrby/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ja, ångra' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(asked).not.toContain('UndoMerge');
    await userEvent.click(screen.getByRole('button', { name: 'Ångra sammanslagningen av Terminalen i Norrby med Norrby terminal' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, ångra' }));
    expect(await screen.findByText('Ångrad 7 dec. 2026.')).toBeInTheDocument();
    expect(asked).toContain('UndoMerge');
    expect(changed).toHaveBeenCalled();
  });
});
