import { REPORT_CATEGORIES } from '@flaskhals/shared';
import { registerEnumType } from '@nestjs/graphql';

import { enumObject } from '../common/graphql/enums';

// Here rather than in reports/: an object's totals and the map's filter name the categories of its reports, and objects/ never imports reports/.
export const ReportCategoryEnum = enumObject(REPORT_CATEGORIES);
registerEnumType(ReportCategoryEnum, { name: 'ReportCategory' });
