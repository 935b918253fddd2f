/** Live updates: what other features use to offer subscriptions of their own (see meetings/meeting-live.resolver.ts). */
export { LiveModule } from './live.module';
export { type LiveContext } from './live-subscriptions';
