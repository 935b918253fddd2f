import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { renderStrict } from '../../../test/render';
import type { MapObject } from '../model/mapObject';
import type * as Badges from './badges';
import { StatusBadge } from './badges';
import { ObjectList } from './ObjectList';

// Counts the rows' renders through their status badge.
jest.mock('./badges', () => {
  const actual = jest.requireActual<typeof Badges>('./badges');
  return { ...actual, StatusBadge: jest.fn(actual.StatusBadge) };
});

const objects: MapObject[] = Array.from({ length: 60 }, (_, i) => ({
  id: `object-${i}`,
  name: `Objekt ${String(i).padStart(2, '0')}`,
  kind: i % 2 ? 'ROAD' : 'PORT',
  status: i === 1 ? 'RESOLVED' : 'REPORTED',
  geometry: { type: 'Point', coordinates: [16 + i / 100, 59.6] },
  bbox: [16, 59.6, 16, 59.6],
  modes: ['ROAD'],
  municipality: 'Västerås',
  organizationCount: i % 3,
  reportCount: 1,
}));

describe('ObjectList', () => {
  it('shows the count in view, 50 rows at a time, and selects on click', async () => {
    const onSelect = jest.fn();
    const user = userEvent.setup();
    renderStrict(<ObjectList objects={objects} totalCount={60} loading={false} error={false} selectedId="object-3" onSelect={onSelect} />);

    expect(screen.getByText('60 objekt i kartvyn')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(50);
    expect(screen.getByRole('button', { name: /Objekt 03/ })).toHaveAttribute('aria-current', 'true');

    await user.click(screen.getByRole('button', { name: 'Visa fler (10 till)' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(60);

    await user.click(screen.getByRole('button', { name: /Objekt 07/ }));
    expect(onSelect).toHaveBeenCalledWith('object-7');
  });

  it('with many objects in view, shows every loaded row and asks the server for the next page', async () => {
    const onShowMore = jest.fn();
    const user = userEvent.setup();
    renderStrict(
      <ObjectList
        objects={objects}
        totalCount={12500}
        loading={false}
        error={false}
        selectedId={undefined}
        onSelect={jest.fn()}
        serverPaged={{ onShowMore }}
      />,
    );
    expect(screen.getByText('12 500 objekt i kartvyn')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(60);
    await user.click(screen.getByRole('button', { name: 'Visa 50 till' }));
    expect(onShowMore).toHaveBeenCalledTimes(1);
  });

  it('has an empty, a loading and an error state', async () => {
    const onRetry = jest.fn();
    const { rerender } = renderStrict(
      <ObjectList objects={[]} totalCount={0} loading={false} error={false} selectedId={undefined} onSelect={jest.fn()} />,
    );
    expect(screen.getByText('Inga objekt i kartvyn')).toBeInTheDocument();

    rerender(<ObjectList objects={undefined} totalCount={undefined} loading error={false} selectedId={undefined} onSelect={jest.fn()} />);
    expect(screen.getByText('Hämtar objekt…')).toBeInTheDocument();

    rerender(
      <ObjectList
        objects={undefined}
        totalCount={undefined}
        loading={false}
        error
        selectedId={undefined}
        onSelect={jest.fn()}
        onRetry={onRetry}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Objekten kunde inte hämtas.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(onRetry).toHaveBeenCalled();
  });

  it('re-renders only the rows that changed when a new answer brings the same objects', () => {
    const onSelect = jest.fn();
    const { rerender } = renderStrict(
      <ObjectList objects={objects} totalCount={60} loading={false} error={false} selectedId={undefined} onSelect={onSelect} />,
    );
    const badgeRenders = StatusBadge as jest.MockedFunction<typeof StatusBadge>;
    badgeRenders.mockClear();
    // A pan: new objects from the API, equal but for one status, and the selection moved.
    const next = objects.map((o) => (o.id === 'object-4' ? { ...o, status: 'CONFIRMED' as const } : { ...o }));
    // renderStrict wraps through Testing Library's wrapper option, so rerender keeps StrictMode and the tree.
    rerender(<ObjectList objects={next} totalCount={60} loading={false} error={false} selectedId="object-9" onSelect={onSelect} />);
    const rendered = new Set(badgeRenders.mock.calls.map(([props]) => props.status));
    // StrictMode renders twice: two rows (the changed one and the selected one), twice each.
    expect(badgeRenders.mock.calls.length).toBeLessThanOrEqual(4);
    expect(rendered.has('CONFIRMED')).toBe(true);
    expect(screen.getByRole('button', { name: /Objekt 04/ })).toHaveTextContent('Bekräftad');
    expect(screen.getByRole('button', { name: /Objekt 09/ })).toHaveAttribute('aria-current', 'true');
    expect(screen.getAllByRole('listitem')).toHaveLength(50);
  });
});
