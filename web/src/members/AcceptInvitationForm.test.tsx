import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { renderStrict } from '../../test/render';
import { failedRequest } from '../../test/requestErrors';
import { AcceptInvitationForm } from './AcceptInvitationForm';

describe('AcceptInvitationForm', () => {
  it('for a new account asks for a name, a long enough password and the same repeat', async () => {
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    renderStrict(<AcceptInvitationForm hasAccount={false} onSubmit={onSubmit} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Välj lösenord'), 'kort');
    await user.type(screen.getByLabelText('Upprepa lösenordet'), 'annat');
    await user.click(screen.getByRole('button', { name: 'Acceptera inbjudan' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Ditt namn')).toHaveAccessibleDescription('Fältet måste fyllas i.');
    expect(screen.getByLabelText('Välj lösenord')).toHaveAccessibleDescription('Minst 10 tecken. Skriv minst 10 tecken.');
    expect(screen.getByLabelText('Upprepa lösenordet')).toHaveAccessibleDescription('Lösenorden är inte lika.');
  });

  it('for an existing account asks only for its password and says an expired link in Swedish', async () => {
    const expired = failedRequest('graphql', 'x', [
      { message: 'x', extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'token', code: 'expired' }] } },
    ]);
    const onSubmit = jest.fn().mockRejectedValue(expired);
    renderStrict(<AcceptInvitationForm hasAccount onSubmit={onSubmit} />);
    const user = userEvent.setup();
    expect(screen.queryByLabelText('Ditt namn')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Ditt lösenord'), 'flaskhals-demo');
    await user.click(screen.getByRole('button', { name: 'Acceptera inbjudan' }));
    expect(onSubmit).toHaveBeenCalledWith({ name: null, password: 'flaskhals-demo' });
    expect(await screen.findByText('Länken har gått ut.')).toBeInTheDocument();
  });
});
