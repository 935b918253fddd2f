import { type FieldError, REPORT_VISIBILITIES, type ReportVisibility } from '@flaskhals/shared';
import { useTranslation } from 'react-i18next';

import { RadioGroup } from '../../ui/forms/fields';

interface VisibilityFieldProps {
  value: ReportVisibility;
  onChange: (value: ReportVisibility) => void;
  error?: FieldError;
}

/** Who sees a report: the own organization and the staff, the arena's members, or everyone. */
export function VisibilityField({ value, onChange, error }: VisibilityFieldProps) {
  const { t } = useTranslation();
  return (
    <div className="form-section">
      <RadioGroup
        name="visibility"
        legend={t('form.visibility')}
        hint={t('form.visibilityHint')}
        value={value}
        onChange={onChange}
        options={REPORT_VISIBILITIES.map((v) => ({ value: v, label: t(`visibility.${v}`), hint: t(`visibility.hint.${v}`) }))}
        error={error}
      />
    </div>
  );
}
