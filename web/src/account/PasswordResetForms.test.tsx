import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';

import { renderStrict } from '../../test/render';
import { failedRequest } from '../../test/requestErrors';
import { ForgotPasswordForm, ResetPasswordForm } from './PasswordResetForms';

describe('ForgotPasswordForm', () => {
  it('refuses an empty or malformed e-mail', async () => {
    const onSubmit = jest.fn().mockResolvedValue(true);
    renderStrict(
      <MemoryRouter>
        <ForgotPasswordForm onSubmit={onSubmit} />
      </MemoryRouter>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Skicka länk' }));
    expect(screen.getByLabelText('E-postadress')).toHaveAccessibleDescription('Fältet måste fyllas i.');
    await user.type(screen.getByLabelText('E-postadress'), 'nej');
    await user.click(screen.getByRole('button', { name: 'Skicka länk' }));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('always confirms the same way', async () => {
    const onSubmit = jest.fn().mockResolvedValue(true);
    renderStrict(
      <MemoryRouter>
        <ForgotPasswordForm onSubmit={onSubmit} />
      </MemoryRouter>,
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('E-postadress'), 'vem@som.helst');
    await user.click(screen.getByRole('button', { name: 'Skicka länk' }));
    expect(onSubmit).toHaveBeenCalledWith('vem@som.helst');
    expect(await screen.findByText(/Om adressen finns skickar vi en länk/)).toBeInTheDocument();
  });
});

describe('ResetPasswordForm', () => {
  it('refuses a short password and a different repeat', async () => {
    const onSubmit = jest.fn().mockResolvedValue(true);
    renderStrict(
      <MemoryRouter>
        <ResetPasswordForm onSubmit={onSubmit} />
      </MemoryRouter>,
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Nytt lösenord'), 'kort');
    await user.type(screen.getByLabelText('Upprepa det nya lösenordet'), 'kort2');
    await user.click(screen.getByRole('button', { name: 'Spara lösenordet' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Nytt lösenord')).toHaveAccessibleDescription('Minst 10 tecken. Skriv minst 10 tecken.');
    expect(screen.getByLabelText('Upprepa det nya lösenordet')).toHaveAccessibleDescription('Lösenorden är inte lika.');
  });

  it('says a used link in plain words, and confirms a success with a way to sign in', async () => {
    const used = failedRequest('graphql', 'x', [
      { message: 'x', extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'token', code: 'alreadyAccepted' }] } },
    ]);
    const onSubmit = jest.fn().mockRejectedValueOnce(used).mockResolvedValue(true);
    renderStrict(
      <MemoryRouter>
        <ResetPasswordForm onSubmit={onSubmit} />
      </MemoryRouter>,
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Nytt lösenord'), 'ett-langt-losenord');
    await user.type(screen.getByLabelText('Upprepa det nya lösenordet'), 'ett-langt-losenord');
    await user.click(screen.getByRole('button', { name: 'Spara lösenordet' }));
    expect(await screen.findByText(/Länken är redan använd/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Spara lösenordet' }));
    expect(await screen.findByRole('link', { name: 'Till inloggningen' })).toBeInTheDocument();
  });
});
