import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request, Response } from 'express';

import { ANONYMOUS } from './access/actor';
import { ArenasModule } from './arenas/arenas.module';
import { AttachmentsModule } from './attachments/attachments.module';
import { AuditModule } from './audit/audit.module';
import { ActorCache } from './auth/actor-cache';
import { actorCacheAfterMutationsPlugin } from './auth/actor-cache.plugin';
import { AuthModule } from './auth/auth.module';
import { mutationRateLimitPlugin } from './auth/mutation-rate-limit.plugin';
import { RateLimits } from './auth/rate-limits';
import { CommentsModule } from './comments/comments.module';
import { AppConfigResolver } from './common/config/app-config.resolver';
import { APP_CONFIG, type AppConfig } from './common/config/config';
import { dataSourceOptions } from './common/database/data-source-options';
import { compiledQueriesPlugin } from './common/graphql/compiled-queries';
import { formatGraphQLError } from './common/graphql/errors';
import { withPlainFields } from './common/graphql/plain-fields';
import { textHygienePlugin } from './common/graphql/text-hygiene.plugin';
import { HealthController } from './common/http/health.controller';
import { PdfModule } from './common/pdf';
import { DashboardModule } from './dashboard/dashboard.module';
import { FactsModule } from './facts/facts.module';
import { type GraphQLContext, LoaderRegistry } from './graphql-context';
import { HistoryModule } from './history/history.module';
import { InvitationsModule } from './invitations/invitations.module';
import { isLiveConnection, type LiveConnection, liveContext, LiveModule, liveSubscriptions } from './live/live.module';
import { MailModule } from './mail/mail.module';
import { MeetingsModule } from './meetings';
import { MergesModule } from './merges/merges.module';
import { MunicipalitiesModule } from './municipalities/municipalities.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ObjectsModule } from './objects/objects.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { PrioritiesModule } from './priorities';
import { ReportsModule } from './reports/reports.module';
import { SavedViewsModule } from './saved-views/saved-views.module';
import { ScoringModule } from './scoring';
import { SearchModule } from './search/search.module';
import { TransferModule } from './transfer/transfer.module';
import { TriageModule } from './triage/triage.module';
import { VotesModule } from './votes';

@Global()
@Module({})
class ConfigModule {
  static with(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}

@Global()
@Module({ providers: [LoaderRegistry], exports: [LoaderRegistry] })
class LoadersModule {}

/** Limits on depth, cost, aliases and size of a query: no single request can tie up the server. */
function graphqlArmor(config: AppConfig) {
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    // Lists multiply the cost by their `first`: the map's 1000 objects cost about 31,000.
    costLimit: { maxCost: 100_000 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 4000 },
    blockFieldSuggestion: { enabled: config.nodeEnv === 'production' },
  });
  return armor.protect();
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.with(config),
        // Each module registers its own entities (TypeOrmModule.forFeature).
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl),
          entities: [],
          autoLoadEntities: true,
          retryAttempts: 3,
          retryDelay: 1000,
        }),
        LoadersModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule],
          inject: [LoaderRegistry, RateLimits, ActorCache],
          useFactory: (loaders: LoaderRegistry, limits: RateLimits, actors: ActorCache) => ({
            ...graphqlArmor(config),
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            transformSchema: config.performance['plain-fields'] ? withPlainFields : undefined,
            introspection: config.nodeEnv !== 'production',
            csrfPrevention: true,
            formatError: formatGraphQLError,
            // Apollo's ESM and CJS type declarations differ; the plugin object is the same at run time.
            // No cache hints are used: without the cache-control plugin no hook runs for every field.
            plugins: [
              textHygienePlugin(),
              ...graphqlArmor(config).plugins,
              mutationRateLimitPlugin(limits),
              actorCacheAfterMutationsPlugin(actors),
              ApolloServerPluginCacheControlDisabled(),
              ...(config.performance['compiled-queries'] ? [compiledQueriesPlugin()] : []),
            ] as never[],
            subscriptions: liveSubscriptions(config, graphqlArmor(config).validationRules),
            context: (http: { req: Request; res: Response } | LiveConnection): GraphQLContext =>
              isLiveConnection(http)
                ? liveContext(http, loaders.create())
                : { req: http.req, res: http.res, actor: http.req.actor ?? ANONYMOUS, loaders: loaders.create() },
          }),
        }),
        AuthModule,
        AuditModule,
        ArenasModule,
        OrganizationsModule,
        ObjectsModule,
        ReportsModule,
        HistoryModule,
        TriageModule,
        ScoringModule,
        PrioritiesModule,
        MeetingsModule,
        VotesModule,
        PdfModule,
        TransferModule,
        MunicipalitiesModule,
        FactsModule,
        CommentsModule,
        AttachmentsModule,
        MergesModule,
        SearchModule,
        SavedViewsModule,
        InvitationsModule,
        MailModule,
        LiveModule,
        NotificationsModule,
        DashboardModule,
      ],
      controllers: [HealthController],
      providers: [AppConfigResolver],
    };
  }
}
