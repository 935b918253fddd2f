import { Inject } from '@nestjs/common';
import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';

import { APP_CONFIG, type AppConfig } from './config';

@ObjectType('AppConfig')
class PublicAppConfig {
  @Field(() => String, { nullable: true, description: 'Tile URL template of the online base map; null when online tiles are off' })
  tileUrl: string | null;

  @Field()
  tileAttribution: string;
}

/** The part of the configuration the web app needs; nothing secret. */
@Resolver(() => PublicAppConfig)
export class AppConfigResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Query(() => PublicAppConfig)
  appConfig(): PublicAppConfig {
    return { tileUrl: this.config.tileUrl, tileAttribution: this.config.tileAttribution };
  }
}
