import {
  DEFAULT_SCORE_WEIGHTS,
  SCORE_CRITERIA,
  type ScoreBreakdown,
  type ScoreCriterion,
  scoreObject,
  type ScoreScale,
  type ScoreWeights,
  scoreWeightsSchema,
  validate,
} from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { type Actor, type Audience, audienceOf, requireAccess } from '../access';
import { ArenasService } from '../arenas';
import { AuditService } from '../audit';
import { badInput, BadUserInputError } from '../common/graphql/errors';
import { type Connection, decodeCursor, pageSize, toConnection } from '../common/graphql/pagination';
import type { Loaders } from '../graphql-context';
import { objectFromRow, ObjectsService } from '../objects';
import { type InfrastructureObject } from '../objects/infrastructure-object.entity';
import { objectScoreSql } from './score-sql';
import { type ScoreInputRow, ScoringRepository } from './scoring.repository';
import type { RankedObject, ScoringSettings, SetScoreWeightsInput } from './scoring.types';

/** How long an arena's scale serves the scores of single objects. */
const SCALE_TTL_MS = 5_000;

/** What every score of an arena is measured with, for one audience. */
export interface ScoreContext {
  scale: ScoreScale;
  weights: ScoreWeights;
}

/**
 * Scores: the arena's weights (admins set them), one object's score with its reasons, and the
 * arena's ranking. The formula is shared/src/scoring.ts; here only what it reads: the figures of
 * the reader's audience (visitors: the public totals of published objects), so a score says
 * nothing a visitor may not read elsewhere.
 */
@Injectable()
export class ScoringService {
  private readonly scales = new Map<string, { until: number; scale: Promise<ScoreScale> }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scoring: ScoringRepository,
    private readonly arenas: ArenasService,
    private readonly audit: AuditService,
    objects: ObjectsService,
  ) {
    // The register sorts by the score its Poäng column shows: the same weights and cached scale as scoreOf.
    objects.useScoreKey(async (arenaId, audience) => {
      const { scale, weights } = await this.context(arenaId, audience);
      return objectScoreSql(audience, weights, scale);
    });
  }

  /** The arena's weights: every criterion, with its default beside it. Everyone who sees the arena may read them. */
  async settings(arenaId: string | null | undefined): Promise<ScoringSettings> {
    const id = await this.arenas.resolveArenaId(arenaId);
    const weights = await this.weights(id);
    return {
      arenaId: id,
      weights: SCORE_CRITERIA.map((criterion) => ({
        criterion,
        weight: weights[criterion],
        defaultWeight: DEFAULT_SCORE_WEIGHTS[criterion],
      })),
    };
  }

  /** Admins: all six weights at once, whole numbers 0–10, at least one above 0; logged in the audit log. */
  async setWeights(actor: Actor, input: SetScoreWeightsInput): Promise<ScoringSettings> {
    const arenaId = await this.arenas.resolveArenaId(input.arenaId);
    requireAccess(actor, arenaId, 'manageScoring');
    const given = new Map<string, number>();
    input.weights.forEach((w, i) => {
      if (given.has(w.criterion)) throw badInput(`weights.${i}.criterion`, 'duplicateIds');
      given.set(w.criterion, w.weight);
    });
    const parsed = validate(scoreWeightsSchema, { arenaId, weights: Object.fromEntries(given) });
    if (!parsed.ok) throw new BadUserInputError(parsed.errors);
    const before = await this.weights(arenaId);
    await this.db.transaction(async (tx) => {
      await this.scoring.setWeights(tx, arenaId, parsed.value.weights);
      await this.audit.record(tx, actor, {
        arenaId,
        entity: 'arena',
        entityId: arenaId,
        action: 'scoreWeights',
        before,
        after: parsed.value.weights,
      });
    });
    return this.settings(arenaId);
  }

  async weights(arenaId: string): Promise<ScoreWeights> {
    const rows = await this.scoring.weights(arenaId);
    const weights = { ...DEFAULT_SCORE_WEIGHTS };
    for (const row of rows) if (row.criterion in weights) weights[row.criterion as ScoreCriterion] = row.weight;
    return weights;
  }

  async context(arenaId: string, audience: Audience): Promise<ScoreContext> {
    const [scale, weights] = await Promise.all([this.scale(arenaId, audience), this.weights(arenaId)]);
    return { scale, weights };
  }

  /**
   * The arena's largest figures, kept for SCALE_TTL_MS: finding them reads every object of the arena
   * (~0.3 s at 100,000 objects), too much for each object opened. A new largest figure reaches the
   * objects' own scores within seconds; the ranking always measures against the current one.
   */
  private scale(arenaId: string, audience: Audience): Promise<ScoreScale> {
    const key = `${arenaId}|${audience}`;
    const cached = this.scales.get(key);
    if (cached && cached.until > Date.now()) return cached.scale;
    const scale = this.scoring.scale(arenaId, audience);
    this.scales.set(key, { until: Date.now() + SCALE_TTL_MS, scale });
    scale.catch(() => this.scales.delete(key));
    return scale;
  }

  /** The inputs of objects for an audience, by id (for the per-request loader). */
  inputsOf(audience: Audience, ids: readonly string[]): Promise<ScoreInputRow[]> {
    return this.scoring.inputsOf(audience, ids);
  }

  /** The score of an object the reader already sees (a field of the object), with its reasons. */
  async scoreOf(actor: Actor, object: InfrastructureObject, loaders: Loaders): Promise<ScoreBreakdown> {
    // A list reads only the columns its query asks for: the arena may have to come with the inputs.
    let arenaId = object.arenaId as string | undefined;
    let inputs = arenaId ? null : await loaders.scoreInputs.load(`members|${object.id}`);
    arenaId ??= inputs!.arenaId;
    const audience = audienceOf(actor, arenaId);
    if (!inputs || audience !== 'members') inputs = await loaders.scoreInputs.load(`${audience}|${object.id}`);
    const context = await loaders.scoreContext.load(`${audience}|${arenaId}`);
    return scoreObject(inputs, context.scale, context.weights);
  }

  /**
   * The arena's active objects the reader sees, highest score first (equal scores by id, so every
   * object has one place). PostgreSQL scores and orders the whole arena with the formula in SQL
   * (score-sql.ts) and answers the page; each row's breakdown then comes from the shared formula.
   * The cursor is the rank of the last row.
   */
  async ranking(
    actor: Actor,
    arenaId: string | null | undefined,
    weightsOverride: ScoreWeights | null,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<RankedObject>> {
    const id = await this.arenas.resolveArenaId(arenaId);
    const audience = audienceOf(actor, id);
    const size = pageSize(first);
    const cursor = decodeCursor(after, 1);
    const offset = cursor ? Number(cursor[0]) : 0;
    if (!Number.isInteger(offset) || offset < 0) throw badInput('after', 'invalidCursor');
    const weights = weightsOverride ?? (await this.weights(id));
    const page = await this.scoring.rankedPage(id, audience, weights, size + 1, offset);
    const objects = await this.scoring.objects(
      audience,
      page.slice(0, size).map((r) => r.inputs.id),
    );
    const nodes: RankedObject[] = page.map((r, i) => {
      const breakdown = scoreObject(r.inputs, r.scale, weights);
      return {
        rank: offset + i + 1,
        score: breakdown.score,
        shares: breakdown.shares,
        object: objects[i] ? objectFromRow(objects[i]) : (undefined as unknown as InfrastructureObject),
      };
    });
    // A page past the last one has no row to carry the count.
    const totalCount = page[0]?.total ?? (offset > 0 ? (await this.scoring.rankedInputs(id, audience)).length : 0);
    return toConnection(nodes, size, totalCount, (n) => [n.rank]);
  }

  /** Weights an admin is trying out, checked like setWeights (for the preview). */
  previewWeights(actor: Actor, arenaId: string, weights: { criterion: string; weight: number }[]): ScoreWeights {
    requireAccess(actor, arenaId, 'manageScoring');
    const parsed = validate(scoreWeightsSchema, { arenaId, weights: Object.fromEntries(weights.map((w) => [w.criterion, w.weight])) });
    if (!parsed.ok) throw new BadUserInputError(parsed.errors);
    return parsed.value.weights;
  }
}
