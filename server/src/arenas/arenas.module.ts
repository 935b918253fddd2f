import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Arena } from './arena.entity';
import { ArenasResolver } from './arenas.resolver';
import { ArenasService } from './arenas.service';

@Module({
  imports: [TypeOrmModule.forFeature([Arena])],
  providers: [ArenasService, ArenasResolver],
  exports: [ArenasService],
})
export class ArenasModule {}
