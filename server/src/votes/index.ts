/** What this feature offers the others; they import it from here, never another file inside. */
export { VotesModule } from './votes.module';
export { VotesService } from './votes.service';
export { VoteRound } from './votes.types';
