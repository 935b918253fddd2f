import { Module } from '@nestjs/common';

import { AuditModule } from '../audit';
import { VotesRepository } from './votes.repository';
import { VotesResolver } from './votes.resolver';
import { VotesService } from './votes.service';

/** Vote rounds in meetings (issue 18). The meetings feature imports it for the live state and the protocol. */
@Module({
  imports: [AuditModule],
  providers: [VotesRepository, VotesService, VotesResolver],
  exports: [VotesService],
})
export class VotesModule {}
