import { Module } from '@nestjs/common';

import { ArenasModule } from '../arenas';
import { AuditModule } from '../audit';
import { AuthModule } from '../auth';
import { HistoryModule } from '../history';
import { ExportController } from './export.controller';
import { ExportService } from './export.service';
import { ImportController } from './import.controller';
import { ImportService } from './import.service';
import { TransferRepository } from './transfer.repository';

/** Objects out (CSV, XLSX, GeoJSON exports of a filtered map view) and in (imports of GeoJSON and CSV files), over HTTP. */
@Module({
  imports: [ArenasModule, HistoryModule, AuditModule, AuthModule],
  controllers: [ExportController, ImportController],
  providers: [ExportService, ImportService, TransferRepository],
})
export class TransferModule {}
