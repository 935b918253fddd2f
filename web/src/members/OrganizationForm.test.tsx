import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { renderStrict } from '../../test/render';
import { failedRequest } from '../../test/requestErrors';
import { OrganizationForm } from './OrganizationForm';

function renderForm(onSubmit = jest.fn().mockResolvedValue(undefined)) {
  renderStrict(<OrganizationForm onSubmit={onSubmit} onCancel={jest.fn()} />);
  return { onSubmit, user: userEvent.setup() };
}

async function fillValid(user: ReturnType<typeof userEvent.setup>, orgNumber: string) {
  await user.type(screen.getByLabelText('Namn'), 'Nya Hamnbolaget AB');
  await user.selectOptions(screen.getByLabelText('Typ av organisation'), 'Hamn- eller terminaloperatör');
  await user.type(screen.getByLabelText(/^Organisationsnummer/), orgNumber);
  await user.type(screen.getByLabelText(/^Antal anställda/), '120');
}

describe('OrganizationForm', () => {
  it('shows the Swedish error for an invalid organisationsnummer and does not submit', async () => {
    const { onSubmit, user } = renderForm();
    await fillValid(user, '556016-0681');
    await user.click(screen.getByRole('button', { name: 'Skapa organisation' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/^Organisationsnummer/)).toHaveAccessibleDescription(
      'NNNNNN-NNNN, t.ex. 556016-0680. Ogiltigt organisationsnummer (NNNNNN-NNNN).',
    );
    expect(screen.getByLabelText(/^Organisationsnummer/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('asks for a name and a kind', async () => {
    const { onSubmit, user } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Skapa organisation' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Namn')).toHaveAccessibleDescription('Fältet måste fyllas i.');
    expect(screen.getByLabelText('Typ av organisation')).toHaveAccessibleDescription('Fältet måste fyllas i.');
  });

  it('sends the input and shows a server orgNumberTaken error beside the org number field', async () => {
    const taken = failedRequest('graphql', 'x', [
      { message: 'x', extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'input.orgNumber', code: 'orgNumberTaken' }] } },
    ]);
    const onSubmit = jest.fn().mockRejectedValue(taken);
    const { user } = renderForm(onSubmit);
    await fillValid(user, '5560160680');
    await user.click(screen.getByRole('button', { name: 'Skapa organisation' }));
    expect(onSubmit).toHaveBeenCalledWith({
      name: 'Nya Hamnbolaget AB',
      kind: 'PORT_OR_TERMINAL_OPERATOR',
      orgNumber: '556016-0680',
      sector: null,
      employees: 120,
      municipality: null,
      contactName: null,
      contactEmail: null,
      contactPhone: null,
    });
    expect(await screen.findByText('Organisationsnumret finns redan hos en annan organisation.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Organisationsnummer/)).toHaveAccessibleDescription(
      'NNNNNN-NNNN, t.ex. 556016-0680. Organisationsnumret finns redan hos en annan organisation.',
    );
  });

  it('is prefilled when changing an organization', () => {
    renderStrict(
      <OrganizationForm
        editing
        initial={{
          name: 'Demo AB',
          kind: 'COMPANY',
          orgNumber: '556016-0680',
          sector: '',
          employees: '5',
          municipality: 'Köping',
          contactName: '',
          contactEmail: '',
          contactPhone: '',
        }}
        onSubmit={jest.fn()}
        onCancel={jest.fn()}
      />,
    );
    expect(screen.getByLabelText('Namn')).toHaveValue('Demo AB');
    expect(screen.getByLabelText('Typ av organisation')).toHaveValue('COMPANY');
    expect(screen.getByRole('button', { name: 'Spara ändringarna' })).toBeInTheDocument();
  });
});
