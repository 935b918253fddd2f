import { Module } from '@nestjs/common';
import { ArenasModule } from '../arenas/arenas.module';
import { ObjectsResolver } from './objects.resolver';
import { ObjectsService } from './objects.service';

@Module({
  imports: [ArenasModule],
  providers: [ObjectsService, ObjectsResolver],
  exports: [ObjectsService],
})
export class ObjectsModule {}
