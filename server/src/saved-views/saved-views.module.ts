import { Module } from '@nestjs/common';

import { ArenasModule } from '../arenas';
import { SavedViewsRepository } from './saved-views.repository';
import { SavedViewsResolver } from './saved-views.resolver';
import { SavedViewsService } from './saved-views.service';

@Module({
  imports: [ArenasModule],
  providers: [SavedViewsService, SavedViewsRepository, SavedViewsResolver],
})
export class SavedViewsModule {}
