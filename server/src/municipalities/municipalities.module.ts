import { Module } from '@nestjs/common';

import { MunicipalitiesResolver } from './municipalities.resolver';

/** Sweden's municipalities: the reference list and the look-up from a position (municipality-index.ts). */
@Module({ providers: [MunicipalitiesResolver] })
export class MunicipalitiesModule {}
