import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { renderStrict } from '../../test/render';
import { failedRequest } from '../../test/requestErrors';
import { InviteForm } from './InviteForm';

const ORGS = [{ id: 'o1', name: 'Demo Stålverk AB' }];

function renderForm(onSubmit = jest.fn().mockResolvedValue(undefined)) {
  renderStrict(<InviteForm organizations={ORGS} grantableRoles={['MEMBER', 'STAFF', 'OBSERVER']} onSubmit={onSubmit} />);
  return { onSubmit, user: userEvent.setup() };
}

describe('InviteForm', () => {
  it('asks for organization, e-mail and role', async () => {
    const { onSubmit, user } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Skicka inbjudan' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Organisation')).toHaveAccessibleDescription('Fältet måste fyllas i.');
    expect(screen.getByLabelText('E-postadress')).toHaveAccessibleDescription('Fältet måste fyllas i.');
    expect(screen.getByLabelText('Roll')).toHaveAccessibleDescription('Fältet måste fyllas i.');
  });

  it('offers only the grantable roles and refuses a malformed e-mail', async () => {
    const { onSubmit, user } = renderForm();
    expect(screen.queryByRole('option', { name: 'Administratör' })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Organisation'), 'Demo Stålverk AB');
    await user.type(screen.getByLabelText('E-postadress'), 'inte-en-adress');
    await user.selectOptions(screen.getByLabelText('Roll'), 'Medlem');
    await user.click(screen.getByRole('button', { name: 'Skicka inbjudan' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('E-postadress')).toHaveAttribute('aria-invalid', 'true');
  });

  it('sends a valid invitation and shows the server’s field errors in Swedish', async () => {
    const taken = failedRequest('graphql', 'x', [
      { message: 'x', extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'email', code: 'otherOrganization' }] } },
    ]);
    const onSubmit = jest.fn().mockRejectedValueOnce(taken).mockResolvedValue(undefined);
    const { user } = renderForm(onSubmit);
    await user.selectOptions(screen.getByLabelText('Organisation'), 'Demo Stålverk AB');
    await user.type(screen.getByLabelText('E-postadress'), 'ny@stalverk.example');
    await user.selectOptions(screen.getByLabelText('Roll'), 'Medlem');
    await user.click(screen.getByRole('button', { name: 'Skicka inbjudan' }));
    expect(onSubmit).toHaveBeenCalledWith({ organizationId: 'o1', email: 'ny@stalverk.example', role: 'MEMBER' });
    expect(await screen.findByText('Adressen hör till en användare i en annan organisation.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skicka inbjudan' }));
    expect(await screen.findByText('Inbjudan är skickad till ny@stalverk.example.')).toBeInTheDocument();
  });
});
