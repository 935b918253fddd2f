import { Args, Context, Extensions, ID, Info, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';

import { LEAVES_ACTORS_ALONE } from '../auth';
import type { GraphQLContext } from '../graphql-context';
import { asksForTotals, Impact } from '../objects';
import { Organization } from '../organizations/organization.entity';
import { Report } from './report.entity';
import {
  ReportBottleneckInput,
  ReportBottleneckPayload,
  SupportReportInput,
  SupportReportPayload,
  UpdateReportInput,
} from './report.inputs';
import { ReportsService } from './reports.service';
import { Support } from './support.entity';

const FIGURES_NOTE =
  "The organization's own figures; null unless you are arena staff or of that organization (others see the object's totals)";

@Resolver(() => Report)
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Extensions(LEAVES_ACTORS_ALONE)
  @Mutation(() => ReportBottleneckPayload, {
    description: "Report a bottleneck, for the signed-in user's organization, on an existing object or a new one",
  })
  reportBottleneck(
    @Args('input', { type: () => ReportBottleneckInput }) input: ReportBottleneckInput,
    @Context() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ReportBottleneckPayload> {
    return this.reports.reportBottleneck(ctx.actor, input, { totals: asksForTotals(info, ['object']) });
  }

  @Extensions(LEAVES_ACTORS_ALONE)
  @Mutation(() => SupportReportPayload, { description: "Join another organization's report with your organization's own impact" })
  supportReport(
    @Args('input', { type: () => SupportReportInput }) input: SupportReportInput,
    @Context() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SupportReportPayload> {
    return this.reports.supportReport(ctx.actor, input, { totals: asksForTotals(info, ['object']) });
  }

  @Extensions(LEAVES_ACTORS_ALONE)
  @Mutation(() => Report, { description: "Change a report: your organization's own, or any in the arena as staff" })
  updateReport(
    @Args('input', { type: () => UpdateReportInput }) input: UpdateReportInput,
    @Context() ctx: GraphQLContext,
  ): Promise<Report> {
    return this.reports.updateReport(ctx.actor, input);
  }

  @Extensions(LEAVES_ACTORS_ALONE)
  @Mutation(() => Report, { description: 'Withdraw a report: it stays on record but no longer counts' })
  withdrawReport(@Args('reportId', { type: () => ID }) reportId: string, @Context() ctx: GraphQLContext): Promise<Report> {
    return this.reports.withdrawReport(ctx.actor, reportId);
  }

  @ResolveField(() => Impact, { nullable: true, description: FIGURES_NOTE })
  impact(@Parent() report: Report, @Context() ctx: GraphQLContext): Impact | null {
    return this.reports.figuresOf(ctx.actor, report);
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
  constructor(private readonly reports: ReportsService) {}

  @ResolveField(() => Impact, { nullable: true, description: FIGURES_NOTE })
  impact(@Parent() support: Support, @Context() ctx: GraphQLContext): Impact | null {
    return this.reports.figuresOf(ctx.actor, support);
  }

  @ResolveField(() => Organization)
  organization(@Parent() support: Support, @Context() ctx: GraphQLContext): Promise<Organization> {
    return ctx.loaders.organization.load(support.organizationId);
  }
}
