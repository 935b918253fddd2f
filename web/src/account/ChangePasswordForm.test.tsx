import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { renderStrict } from '../../test/render';
import { failedRequest } from '../../test/requestErrors';
import { ChangePasswordForm } from './ChangePasswordForm';

function renderForm(onSubmit = jest.fn().mockResolvedValue(undefined)) {
  renderStrict(<ChangePasswordForm onSubmit={onSubmit} />);
  return { onSubmit, user: userEvent.setup() };
}

async function fill(user: ReturnType<typeof userEvent.setup>, current: string, next: string, repeat: string) {
  if (current) await user.type(screen.getByLabelText('Nuvarande lösenord'), current);
  if (next) await user.type(screen.getByLabelText('Nytt lösenord'), next);
  if (repeat) await user.type(screen.getByLabelText('Upprepa det nya lösenordet'), repeat);
  await user.click(screen.getByRole('button', { name: 'Byt lösenord' }));
}

describe('ChangePasswordForm', () => {
  it('refuses a new password shorter than the shared minimum', async () => {
    const { onSubmit, user } = renderForm();
    await fill(user, 'flaskhals-demo', 'kort', 'kort');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Nytt lösenord')).toHaveAccessibleDescription('Minst 10 tecken. Skriv minst 10 tecken.');
    expect(screen.getByLabelText('Upprepa det nya lösenordet')).not.toHaveAttribute('aria-invalid');
  });

  it('refuses a repeat that differs from the new password', async () => {
    const { onSubmit, user } = renderForm();
    await fill(user, 'flaskhals-demo', 'ett-langt-losenord', 'ett-langt-losenorD');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Upprepa det nya lösenordet')).toHaveAccessibleDescription('Lösenorden är inte lika.');
  });

  it('asks for every field when empty', async () => {
    const { onSubmit, user } = renderForm();
    await fill(user, '', '', '');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Nuvarande lösenord')).toHaveAccessibleDescription('Fältet måste fyllas i.');
    expect(screen.getByLabelText('Upprepa det nya lösenordet')).toHaveAccessibleDescription('Fältet måste fyllas i.');
  });

  it('says so when the current password is wrong', async () => {
    const wrong = failedRequest('graphql', 'currentPassword e-mail or password is wrong', [
      {
        message: 'x',
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'currentPassword',
          fieldErrors: [{ field: 'currentPassword', code: 'wrongCredentials' }],
        },
      },
    ]);
    const { user } = renderForm(jest.fn().mockRejectedValue(wrong));
    await fill(user, 'gissat-losenord', 'ett-langt-losenord', 'ett-langt-losenord');
    expect(await screen.findByText('Det nuvarande lösenordet stämmer inte.')).toBeInTheDocument();
    expect(screen.getByLabelText('Nuvarande lösenord')).toHaveAttribute('aria-invalid', 'true');
  });

  it('sends the current and the new password, then confirms and empties the fields', async () => {
    const { onSubmit, user } = renderForm();
    await fill(user, 'flaskhals-demo', 'ett-langt-losenord', 'ett-langt-losenord');
    expect(onSubmit).toHaveBeenCalledWith({ currentPassword: 'flaskhals-demo', newPassword: 'ett-langt-losenord' });
    expect(await screen.findByText('Lösenordet är bytt. Du är utloggad på dina andra enheter.')).toBeInTheDocument();
    expect(screen.getByLabelText('Nytt lösenord')).toHaveValue('');
    expect(screen.getByLabelText('Nuvarande lösenord')).toHaveValue('');
  });
});
