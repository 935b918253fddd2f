import type { ReportBottleneckInput } from '@flaskhals/shared';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { renderStrict } from '../../../test/render';
import { failedRequest } from '../../../test/requestErrors';
import { ReportForm } from './ReportForm';
import type { ReportTarget } from './reportFormModel';

const ARENA_ID = '5e0c1f4a-7b2d-4c3e-9f1a-2b3c4d5e6f70';
const NEW_OBJECT: ReportTarget = { type: 'new', geometry: { type: 'Point', coordinates: [16.53, 59.6] } };

function renderForm(onSubmit = jest.fn(), target: ReportTarget = NEW_OBJECT) {
  renderStrict(
    <ReportForm arenaId={ARENA_ID} target={target} organizationName="Mälarhamnar AB" onSubmit={onSubmit} onCancel={jest.fn()} />,
  );
  return { onSubmit, user: userEvent.setup() };
}

/** The error text announced for a field, read the way a screen reader does. */
const errorOf = (label: string | RegExp) => screen.getByLabelText(label);

async function fillValidNewObjectReport(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Namn på objektet'), 'Kajen i Köping');
  await user.selectOptions(screen.getByLabelText('Typ av objekt'), 'Hamn');
  await user.click(within(screen.getByRole('group', { name: 'Trafikslag' })).getByLabelText('Sjöfart'));
  await user.type(screen.getByLabelText('Rubrik'), 'För grunt vid kajen');
  await user.selectOptions(screen.getByLabelText('Kategori'), 'Kapacitet');
  await user.type(screen.getByLabelText('Vad är problemet?'), 'Fartyg måste lätta last före anlöp.');
}

describe('ReportForm', () => {
  it('shows Swedish errors beside the fields of an empty form and does not submit', async () => {
    const { onSubmit, user } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Skicka rapport' }));

    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Rätta de markerade fälten och försök igen.')).toBeInTheDocument();
    expect(errorOf('Namn på objektet')).toHaveAccessibleDescription('Skriv minst 2 tecken.');
    expect(errorOf('Typ av objekt')).toHaveAccessibleDescription('Välj ett av alternativen.');
    expect(errorOf('Rubrik')).toHaveAccessibleDescription('Skriv minst 3 tecken.');
    expect(errorOf('Vad är problemet?')).toHaveAccessibleDescription('Fältet måste fyllas i.');
    expect(within(screen.getByRole('group', { name: 'Trafikslag' })).getByText('Fältet måste fyllas i.')).toBeInTheDocument();
  });

  it('rejects negative figures, text that is no number and too long text', async () => {
    const { onSubmit, user } = renderForm();
    await fillValidNewObjectReport(user);
    const hours = screen.getByLabelText('Förseningar (timmar per vecka)');
    await user.clear(hours);
    await user.type(hours, '-3');
    const cost = screen.getByLabelText('Merkostnad (kr per år)');
    await user.clear(cost);
    await user.type(cost, 'mycket');
    const title = screen.getByLabelText('Rubrik');
    await user.clear(title);
    await user.click(title);
    await user.paste('x'.repeat(201));

    await user.click(screen.getByRole('button', { name: 'Skicka rapport' }));

    expect(onSubmit).not.toHaveBeenCalled();
    expect(hours).toHaveAccessibleDescription('Får inte vara negativt.');
    expect(cost).toHaveAccessibleDescription('Ange ett tal, t.ex. 1,5.');
    expect(title).toHaveAccessibleDescription('Högst 200 tecken.');
    expect(hours).toHaveAttribute('aria-invalid', 'true');
  });

  it('reads a Swedish decimal comma and spaced thousands', async () => {
    const { onSubmit, user } = renderForm(jest.fn().mockResolvedValue(undefined));
    await fillValidNewObjectReport(user);
    const hours = screen.getByLabelText('Förseningar (timmar per vecka)');
    await user.clear(hours);
    await user.type(hours, '1,5');
    const cost = screen.getByLabelText('Merkostnad (kr per år)');
    await user.clear(cost);
    await user.type(cost, '1 250 000');

    await user.click(screen.getByRole('button', { name: 'Skicka rapport' }));

    expect(onSubmit).toHaveBeenCalledTimes(1);
    const input = onSubmit.mock.calls[0][0] as ReportBottleneckInput;
    expect(input.impact).toEqual({ delayHoursPerWeek: 1.5, extraCostSekPerYear: 1250000, freightTonnesPerYear: 0 });
    expect(input.arenaId).toBe(ARENA_ID);
    expect(input).not.toHaveProperty('organizationId');
    expect(input.visibility).toBe('MEMBERS');
    expect(input.newObject).toMatchObject({
      name: 'Kajen i Köping',
      kind: 'PORT',
      modes: ['SEA'],
      geometry: { type: 'Point', coordinates: [16.53, 59.6] },
    });
    expect(input.objectId == null).toBe(true);
  });

  it('shows the server’s field errors beside the fields', async () => {
    const serverError = failedRequest('graphql', 'Bad input', [
      {
        message: 'Bad input',
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'newObject.geometry',
          fieldErrors: [
            { field: 'newObject.geometry.coordinates.0', code: 'longitudeOutOfRange' },
            { field: 'visibility', code: 'invalidOption' },
          ],
        },
      },
    ]);
    const { onSubmit, user } = renderForm(jest.fn().mockRejectedValue(serverError));
    await fillValidNewObjectReport(user);
    await user.click(screen.getByRole('button', { name: 'Skicka rapport' }));

    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Longituden ligger utanför −180…180.')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Vem får se rapporten?' })).getByText('Välj ett av alternativen.')).toBeInTheDocument();
  });

  it('reports on an existing object without asking for the object’s fields', async () => {
    const target: ReportTarget = { type: 'existing', objectId: '2d9e5b7a-1c4f-4e3a-8b5c-4f7a8b9c0d1e', objectName: 'Västerås hamn' };
    const { onSubmit, user } = renderForm(jest.fn().mockResolvedValue(undefined), target);
    expect(screen.getByRole('heading', { name: 'Rapport om Västerås hamn' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Namn på objektet')).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Rubrik'), 'Köer vid grinden');
    await user.selectOptions(screen.getByLabelText('Kategori'), 'Tillgänglighet');
    await user.type(screen.getByLabelText('Vad är problemet?'), 'Lastbilar köar ut på E18.');
    await user.click(screen.getByRole('button', { name: 'Skicka rapport' }));

    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ objectId: target.objectId, category: 'ACCESSIBILITY' }));
  });

  it('sends the same idempotency key when the same report is sent again after a failure, and a new one for new content', async () => {
    const lostAnswer = failedRequest('network', 'Failed to fetch', []);
    const { onSubmit, user } = renderForm(jest.fn().mockRejectedValue(lostAnswer));
    await fillValidNewObjectReport(user);
    await user.click(screen.getByRole('button', { name: 'Skicka rapport' }));
    await user.click(screen.getByRole('button', { name: 'Skicka rapport' }));
    await user.type(screen.getByLabelText('Rubrik'), ' igen');
    await user.click(screen.getByRole('button', { name: 'Skicka rapport' }));

    expect(onSubmit).toHaveBeenCalledTimes(3);
    const keys = onSubmit.mock.calls.map(([input]: [ReportBottleneckInput]) => input.idempotencyKey);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('is made for the signed-in user’s organization, with no organization to choose', () => {
    renderForm();
    expect(screen.queryByLabelText('Organisation')).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /organisation/i })).not.toBeInTheDocument();
    expect(screen.getByText('Rapporteras för:').parentElement).toHaveTextContent('Rapporteras för: Mälarhamnar AB');
  });

  it('asks who may see the report, arena members by default, each choice with its help text', async () => {
    const { onSubmit, user } = renderForm(jest.fn().mockResolvedValue(undefined));
    const group = screen.getByRole('group', { name: 'Vem får se rapporten?' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['ORGANIZATION', 'MEMBERS', 'PUBLIC']);
    expect(within(group).getByRole('radio', { name: 'Arenans medlemmar' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: 'Bara vår organisation och kansliet' })).toHaveAccessibleDescription(
      'Rapporten syns bara för er organisation och arenans kansli.',
    );
    expect(group).toHaveAccessibleDescription(expect.stringContaining('Era egna siffror visas bara för er organisation och kansliet'));

    await fillValidNewObjectReport(user);
    await user.click(within(group).getByRole('radio', { name: 'Alla, även allmänheten' }));
    expect(within(group).getByRole('radio', { name: 'Alla, även allmänheten' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Skicka rapport' }));

    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ visibility: 'PUBLIC' }));
    expect(onSubmit.mock.calls[0][0]).not.toHaveProperty('organizationId');
  });
});
