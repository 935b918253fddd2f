import { Module } from '@nestjs/common';

import { ArenasModule } from '../arenas';
import { ObjectsModule } from '../objects';
import { SearchRepository } from './search.repository';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

@Module({
  imports: [ObjectsModule, ArenasModule],
  providers: [SearchService, SearchRepository, SearchResolver],
})
export class SearchModule {}
