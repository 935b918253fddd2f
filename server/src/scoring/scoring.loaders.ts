import { Injectable, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';

import type { Audience } from '../access';
import { LoaderRegistry } from '../graphql-context';
import type { ScoreInputRow } from './scoring.repository';
import { type ScoreContext, ScoringService } from './scoring.service';

declare module '../graphql-context' {
  interface Loaders {
    /** Keyed "audience|objectId": a register page's scores read their inputs in one statement. */
    scoreInputs: DataLoader<string, ScoreInputRow>;
    /** Keyed "audience|arenaId": the scale and weights, once per request. */
    scoreContext: DataLoader<string, ScoreContext>;
  }
}

const split = (key: string) => key.split('|') as [Audience, string];

@Injectable()
export class ScoringLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly scoring: ScoringService,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      scoreInputs: () =>
        new DataLoader(async (keys) => {
          const byAudience = new Map<Audience, string[]>();
          for (const [audience, id] of keys.map(split)) byAudience.set(audience, [...(byAudience.get(audience) ?? []), id]);
          const found = new Map<string, ScoreInputRow>();
          for (const [audience, ids] of byAudience) {
            for (const row of await this.scoring.inputsOf(audience, ids)) found.set(`${audience}|${row.id}`, row);
          }
          return keys.map((key) => found.get(key) ?? new Error(`Object ${key} not found`));
        }),
      scoreContext: () =>
        new DataLoader(async (keys) => Promise.all(keys.map((key) => this.scoring.context(split(key)[1], split(key)[0])))),
    });
  }
}
