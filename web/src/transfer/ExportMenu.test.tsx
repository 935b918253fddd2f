import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { plainSpaces, renderStrict } from '../../test/render';
import { ExportMenu } from '.';

const FILTERS = { kinds: ['PORT'], modes: [], statuses: [], categories: [], search: '' };

/** A streamed answer whose chunks the test hands over one at a time. */
function streamedAnswer(headers: Record<string, string>) {
  const waiting: ((r: { done: boolean; value?: Uint8Array }) => void)[] = [];
  const queued: { done: boolean; value?: Uint8Array }[] = [];
  const reader = {
    read: () =>
      new Promise<{ done: boolean; value?: Uint8Array }>((resolve) => (queued.length ? resolve(queued.shift()!) : waiting.push(resolve))),
  };
  const push = (r: { done: boolean; value?: Uint8Array }) => (waiting.length ? waiting.shift()!(r) : queued.push(r));
  return {
    response: { ok: true, status: 200, headers: new Headers(headers), body: { getReader: () => reader } },
    send: (text: string) => push({ done: false, value: new TextEncoder().encode(text) }),
    end: () => push({ done: true }),
  };
}

describe('ExportMenu', () => {
  const realFetch = globalThis.fetch;
  let saved: string[];
  beforeEach(() => {
    saved = [];
    Object.assign(URL, { createObjectURL: () => 'blob:export', revokeObjectURL: () => undefined });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
  });
  afterEach(() => {
    globalThis.fetch = realFetch;
    jest.restoreAllMocks();
  });

  it('downloads the filtered arena as CSV for Excel, counting the objects as they arrive, and saves the file under its name', async () => {
    const answer = streamedAnswer({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="flaskhals-ila-objekt-2026-12-07.csv"',
      'x-total-count': '3',
    });
    const fetchMock = jest.fn(async () => answer.response);
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    const user = userEvent.setup();
    renderStrict(<ExportMenu arenaId="a1" filters={FILTERS} bbox={[16, 59, 17, 60]} />);

    await user.click(screen.getByRole('button', { name: /Exportera/ }));
    await user.click(screen.getByLabelText('Bara det som syns på kartan'));
    await user.click(screen.getByRole('button', { name: 'CSV för Excel' }));
    expect(fetchMock).toHaveBeenCalledWith('/api/exports/objects.csv?arena=a1&kinds=PORT', expect.anything());

    await act(async () => answer.send('\uFEFFNamn;Typ\r\nHamnen;PORT\r\n'));
    expect(plainSpaces((await screen.findByText(/av 3 objekt/)).textContent)).toBe('1 av 3 objekt');
    await act(async () => {
      answer.send('Kajen;PORT\r\nTerminalen;PORT\r\n');
      answer.end();
    });
    await screen.findByText('Klart: 3 objekt exporterade.');
    expect(saved).toEqual(['flaskhals-ila-objekt-2026-12-07.csv']);
  });

  it('says so when the export fails, and offers the formats again', async () => {
    globalThis.fetch = jest.fn(async () => ({ ok: false, status: 500, headers: new Headers(), body: null })) as unknown as typeof fetch;
    const user = userEvent.setup();
    renderStrict(<ExportMenu arenaId="a1" filters={FILTERS} bbox={undefined} />);
    await user.click(screen.getByRole('button', { name: /Exportera/ }));
    await user.click(screen.getByRole('button', { name: 'GeoJSON' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Exporten misslyckades. Försök igen.');
    expect(screen.getByRole('button', { name: 'GeoJSON' })).toBeEnabled();
    expect(saved).toEqual([]);
  });
});
