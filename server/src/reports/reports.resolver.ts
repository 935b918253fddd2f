import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql-context';
import { Organization } from '../organizations/organization.entity';
import { ReportBottleneckInput, ReportBottleneckPayload, SupportReportInput, SupportReportPayload } from './report.inputs';
import { Report } from './report.entity';
import { ReportsService } from './reports.service';
import { Support } from './support.entity';

@Resolver(() => Report)
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Mutation(() => ReportBottleneckPayload, { description: 'Report a bottleneck on an existing object or on a new one' })
  reportBottleneck(@Args('input', { type: () => ReportBottleneckInput }) input: ReportBottleneckInput): Promise<ReportBottleneckPayload> {
    return this.reports.reportBottleneck(input);
  }

  @Mutation(() => SupportReportPayload, { description: "Join another organization's report with your own impact" })
  supportReport(@Args('input', { type: () => SupportReportInput }) input: SupportReportInput): Promise<SupportReportPayload> {
    return this.reports.supportReport(input);
  }

  @ResolveField(() => Organization)
  organization(@Parent() report: Report, @Context() ctx: GraphQLContext): Promise<Organization> {
    return ctx.loaders.organization.load(report.organizationId);
  }

  @ResolveField(() => [Support])
  supports(@Parent() report: Report, @Context() ctx: GraphQLContext): Promise<Support[]> {
    return ctx.loaders.supportsByReport.load(report.id);
  }
}

@Resolver(() => Support)
export class SupportsResolver {
  @ResolveField(() => Organization)
  organization(@Parent() support: Support, @Context() ctx: GraphQLContext): Promise<Organization> {
    return ctx.loaders.organization.load(support.organizationId);
  }
}
