import { REPORT_VISIBILITIES } from '@flaskhals/shared';
import { registerEnumType } from '@nestjs/graphql';

import { enumObject } from '../common/graphql/enums';

export const ReportVisibilityEnum = enumObject(REPORT_VISIBILITIES);
registerEnumType(ReportVisibilityEnum, {
  name: 'ReportVisibility',
  description: 'ORGANIZATION: own organization and staff; MEMBERS: the arena; PUBLIC: everyone',
});
