import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { MeetingFieldsFragment } from '../gql/graphql';
import { describeError } from '../ui/forms/fieldErrors';
import { describeRequestFailure, fieldErrorsOf } from '../ui/graphql/errors';

/**
 * Runs a change of the meeting that answers the meeting (attendance, minutes, decisions): the
 * answer goes to `onChanged`; a refusal becomes one line in the reader's language, its field
 * errors first. Resolves whether the change went through.
 */
export function useMeetingChange(onChanged: (meeting: MeetingFieldsFragment) => void) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string>();
  const run = async (action: () => Promise<MeetingFieldsFragment>): Promise<boolean> => {
    setFailure(undefined);
    try {
      onChanged(await action());
      return true;
    } catch (cause) {
      const errors = fieldErrorsOf(cause);
      setFailure(errors.length ? errors.map((e) => describeError(t, e)).join(' ') : describeRequestFailure(t, cause));
      return false;
    }
  };
  return { failure, run };
}
