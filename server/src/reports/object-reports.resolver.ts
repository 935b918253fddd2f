import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { type Connection, ConnectionType } from '../common/graphql/pagination';
import type { GraphQLContext } from '../graphql-context';
import { InfrastructureObject } from '../objects/infrastructure-object.entity';
import { Report } from './report.entity';
import { ReportsService } from './reports.service';

const ReportConnection = ConnectionType(Report, 'Report');

/** An object's reports: a field of the object, owned here so that objects/ needs nothing of reports/. */
@Resolver(() => InfrastructureObject)
export class ObjectReportsResolver {
  constructor(private readonly reportsService: ReportsService) {}

  @ResolveField(() => ReportConnection, { description: 'Reports on this object, oldest first' })
  reports(
    @Parent() object: InfrastructureObject,
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<Report>> {
    return this.reportsService.reportsOfObject(ctx.actor, object, ctx.loaders.reportsByObject, first, after);
  }
}
