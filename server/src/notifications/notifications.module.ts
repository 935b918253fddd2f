import { Module } from '@nestjs/common';

import { ArenasModule } from '../arenas';
import { HistoryModule } from '../history';
import { MailModule } from '../mail';
import { ObjectsModule } from '../objects';
import { AreaAlertsService } from './area-alerts.service';
import { AtomFeedController } from './atom-feed.controller';
import { NotificationDigest } from './notification-digest';
import { NotificationFeed } from './notification-feed';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver, ObjectFollowResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/** Following, notifications (bell, live count, e-mail at once or as a digest), area alerts and the public Atom feed. */
@Module({
  imports: [HistoryModule, ObjectsModule, MailModule, ArenasModule],
  controllers: [AtomFeedController],
  providers: [
    NotificationsService,
    NotificationsRepository,
    AreaAlertsService,
    NotificationFeed,
    NotificationDigest,
    NotificationsResolver,
    ObjectFollowResolver,
  ],
})
export class NotificationsModule {}
