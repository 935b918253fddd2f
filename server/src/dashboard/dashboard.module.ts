import { Module } from '@nestjs/common';

import { ArenasModule } from '../arenas';
import { DashboardRepository } from './dashboard.repository';
import { DashboardResolver } from './dashboard.resolver';
import { DashboardService } from './dashboard.service';

@Module({
  imports: [ArenasModule],
  providers: [DashboardService, DashboardRepository, DashboardResolver],
  exports: [DashboardService],
})
export class DashboardModule {}
