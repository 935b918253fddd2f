import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ArenasModule } from '../arenas/arenas.module';
import { InfrastructureObject } from './infrastructure-object.entity';
import { ObjectsResolver } from './objects.resolver';
import { ObjectsService } from './objects.service';

@Module({
  imports: [TypeOrmModule.forFeature([InfrastructureObject]), ArenasModule],
  providers: [ObjectsService, ObjectsResolver],
  exports: [ObjectsService],
})
export class ObjectsModule {}
