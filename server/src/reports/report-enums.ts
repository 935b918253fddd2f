import { registerEnumType } from '@nestjs/graphql';
import { REPORT_CATEGORIES, REPORT_VISIBILITIES } from '@flaskhals/shared';
import { enumObject } from '../common/graphql/enums';

// Apart from the entities, so that the object entity can name report categories without an import cycle.
export const ReportCategoryEnum = enumObject(REPORT_CATEGORIES);
registerEnumType(ReportCategoryEnum, { name: 'ReportCategory' });
export const ReportVisibilityEnum = enumObject(REPORT_VISIBILITIES);
registerEnumType(ReportVisibilityEnum, { name: 'ReportVisibility', description: 'ORGANIZATION: own organization and staff; MEMBERS: the arena; PUBLIC: everyone' });
