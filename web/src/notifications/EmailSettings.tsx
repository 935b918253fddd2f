import { EMAIL_FREQUENCIES, type EmailFrequency } from '@flaskhals/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { RadioGroup } from '../ui/forms/fields';
import { useMutation, useQuery } from '../ui/graphql';
import { describeRequestFailure } from '../ui/graphql/errors';
import { NotificationSettingsQuery, SetNotificationEmailMutation } from './operations';

/** The profile page's choice of e-mail: at once, a daily digest at 07:00, or none. Saved on change. */
export function EmailSettings() {
  const { t } = useTranslation();
  const settings = useQuery(NotificationSettingsQuery, {});
  const [save, saving] = useMutation(SetNotificationEmailMutation);
  const [chosen, setChosen] = useState<EmailFrequency>();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const value = chosen ?? settings.data?.notificationSettings.emailFrequency;

  const choose = async (frequency: EmailFrequency) => {
    setChosen(frequency);
    setMessage(undefined);
    try {
      await save({ frequency });
      setMessage({ ok: true, text: t('notifications.email.saved') });
    } catch (cause) {
      setChosen(undefined);
      setMessage({ ok: false, text: describeRequestFailure(t, cause) });
    }
  };

  return (
    <section className="page__card" id="aviseringar" aria-labelledby="notification-email-title">
      <h2 id="notification-email-title">{t('notifications.email.title')}</h2>
      {!value && settings.loading && (
        <p className="muted" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('app.loading')}
        </p>
      )}
      {!value && settings.error && (
        <div className="notice notice--error" role="alert">
          <p>{t('notifications.email.loadError')}</p>
          <button type="button" className="button" onClick={() => void settings.refetch()}>
            {t('notifications.retry')}
          </button>
        </div>
      )}
      {value && (
        <RadioGroup
          legend={t('notifications.email.legend')}
          name="email-frequency"
          value={value}
          onChange={(frequency) => void choose(frequency)}
          options={EMAIL_FREQUENCIES.map((f) => ({
            value: f,
            label: t(`notifications.email.${f}`),
            hint: t(`notifications.email.${f}_hint`),
          }))}
        />
      )}
      {saving.fetching && <span className="spinner" aria-hidden="true" />}
      {message && (
        <p className={message.ok ? 'muted' : 'field__error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
