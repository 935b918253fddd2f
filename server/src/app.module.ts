import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request } from 'express';
import { ArenasModule } from './arenas/arenas.module';
import { AppConfigResolver } from './common/config/app-config.resolver';
import { APP_CONFIG, type AppConfig } from './common/config/config';
import { dataSourceOptions } from './common/database/data-source-options';
import { formatGraphQLError } from './common/graphql/errors';
import { HealthController } from './common/http/health.controller';
import { LoadersFactory, type GraphQLContext } from './graphql-context';
import { ObjectsModule } from './objects/objects.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { ReportsModule } from './reports/reports.module';

@Global()
@Module({})
class ConfigModule {
  static with(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}

@Global()
@Module({ providers: [LoadersFactory], exports: [LoadersFactory] })
class LoadersModule {}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.with(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl), retryAttempts: 3, retryDelay: 1000 }),
        LoadersModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [LoadersFactory],
          useFactory: (loaders: LoadersFactory) => ({
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            introspection: config.nodeEnv !== 'production',
            csrfPrevention: true,
            formatError: formatGraphQLError,
            context: ({ req }: { req: Request }): GraphQLContext => ({ req, loaders: loaders.create() }),
          }),
        }),
        ArenasModule,
        OrganizationsModule,
        ObjectsModule,
        ReportsModule,
      ],
      controllers: [HealthController],
      providers: [AppConfigResolver],
    };
  }
}
