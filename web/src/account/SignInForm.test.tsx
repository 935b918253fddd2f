import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { renderStrict } from '../../test/render';
import { failedRequest } from '../../test/requestErrors';
import { SignInForm } from './SignInForm';

const wrongCredentials = () =>
  failedRequest('graphql', 'password e-mail or password is wrong', [
    {
      message: 'password e-mail or password is wrong',
      extensions: { code: 'BAD_USER_INPUT', field: 'password', fieldErrors: [{ field: 'password', code: 'wrongCredentials' }] },
    },
  ]);
const rateLimited = (seconds: number) =>
  failedRequest(
    'graphql',
    `Too many attempts. Try again in ${seconds} seconds.`,
    [{ message: `Too many attempts. Try again in ${seconds} seconds.`, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds } }],
    429,
  );

function renderForm(onSubmit = jest.fn().mockResolvedValue(undefined)) {
  renderStrict(<SignInForm onSubmit={onSubmit} />);
  return { onSubmit, user: userEvent.setup() };
}

async function fill(user: ReturnType<typeof userEvent.setup>, email: string, password: string) {
  if (email) await user.type(screen.getByLabelText('E-postadress'), email);
  if (password) await user.type(screen.getByLabelText('Lösenord'), password);
  await user.click(screen.getByRole('button', { name: 'Logga in' }));
}

describe('SignInForm', () => {
  it('labels its fields for the browser’s password manager', () => {
    renderForm();
    expect(screen.getByLabelText('E-postadress')).toHaveAttribute('type', 'email');
    expect(screen.getByLabelText('E-postadress')).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('Lösenord')).toHaveAttribute('type', 'password');
    expect(screen.getByLabelText('Lösenord')).toHaveAttribute('autocomplete', 'current-password');
  });

  it('asks for both fields when empty, beside each, and sends nothing', async () => {
    const { onSubmit, user } = renderForm();
    await fill(user, '', '');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('E-postadress')).toHaveAccessibleDescription('Fältet måste fyllas i.');
    expect(screen.getByLabelText('Lösenord')).toHaveAccessibleDescription('Fältet måste fyllas i.');
    expect(screen.getByText('Rätta de markerade fälten och försök igen.').closest('.error-summary')).toHaveFocus();
  });

  it('refuses an e-mail address that is none', async () => {
    const { onSubmit, user } = renderForm();
    await fill(user, 'medlem-at-ila', 'flaskhals-demo');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('E-postadress')).toHaveAccessibleDescription('Skriv en e-postadress, t.ex. namn@foretag.se.');
    expect(screen.getByLabelText('E-postadress')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Lösenord')).not.toHaveAttribute('aria-invalid');
  });

  it('sends the e-mail trimmed and in lower case', async () => {
    const { onSubmit, user } = renderForm();
    await fill(user, '  Medlem@ILA.example ', 'flaskhals-demo');
    expect(onSubmit).toHaveBeenCalledWith({ email: 'medlem@ila.example', password: 'flaskhals-demo' });
  });

  it('shows the server’s wrong credentials beside the password, in Swedish', async () => {
    const { user } = renderForm(jest.fn().mockRejectedValue(wrongCredentials()));
    await fill(user, 'medlem@ila.example', 'fel-losenord');
    expect(await screen.findByText('Fel e-postadress eller lösenord.')).toBeInTheDocument();
    expect(screen.getByLabelText('Lösenord')).toHaveAccessibleDescription('Fel e-postadress eller lösenord.');
    expect(screen.getByText('Inloggningen misslyckades.').closest('.error-summary')).toHaveFocus();
  });

  it('says when to try again after too many attempts, in minutes or seconds', async () => {
    const onSubmit = jest
      .fn()
      .mockRejectedValueOnce(rateLimited(840))
      .mockRejectedValueOnce(rateLimited(30))
      .mockRejectedValueOnce(rateLimited(60));
    const { user } = renderForm(onSubmit);
    await fill(user, 'medlem@ila.example', 'gissning-1');
    expect(await screen.findByText('För många försök. Försök igen om 14 minuter.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Logga in' }));
    expect(await screen.findByText('För många försök. Försök igen om 30 sekunder.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Logga in' }));
    expect(await screen.findByText('För många försök. Försök igen om 1 minut.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('För många försök. Försök igen om 1 minut.');
  });
});
