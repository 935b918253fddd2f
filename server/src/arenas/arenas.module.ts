import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { Arena } from './arena.entity';
import { ArenaLoaders } from './arena.loaders';
import { ArenasResolver } from './arenas.resolver';
import { ArenasService } from './arenas.service';

@Module({
  imports: [TypeOrmModule.forFeature([Arena])],
  providers: [ArenasService, ArenasResolver, ArenaLoaders],
  exports: [ArenasService],
})
export class ArenasModule {}
