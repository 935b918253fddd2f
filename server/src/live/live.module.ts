import { Module } from '@nestjs/common';

import { ArenasModule } from '../arenas';
import { ObjectsModule } from '../objects';
import { LiveResolver } from './live.resolver';
import { ObjectChangeFeed } from './object-change-feed';

export { isLiveConnection, type LiveConnection, liveContext, liveSubscriptions } from './live-subscriptions';

/** Live updates: GraphQL subscriptions over graphql-ws, fed across instances by PostgreSQL NOTIFY. */
@Module({
  imports: [ArenasModule, ObjectsModule],
  providers: [ObjectChangeFeed, LiveResolver],
  exports: [ObjectChangeFeed],
})
export class LiveModule {}
