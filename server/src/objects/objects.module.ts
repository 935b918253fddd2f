import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ArenasModule } from '../arenas';
import { InfrastructureObject } from './infrastructure-object.entity';
import { ObjectsRepository } from './objects.repository';
import { ObjectsResolver } from './objects.resolver';
import { ObjectsService } from './objects.service';

@Module({
  imports: [TypeOrmModule.forFeature([InfrastructureObject]), ArenasModule],
  providers: [ObjectsService, ObjectsRepository, ObjectsResolver],
  exports: [ObjectsService, ObjectsRepository],
})
export class ObjectsModule {}
