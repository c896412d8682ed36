import { Knex } from 'knex';
import {
  NoticeCandidate,
  NoticeCandidateQuery,
  NoticeKind,
  NoticeStore,
  ReleaseNotice,
  noticeKey,
} from './NoticeStore';
import { toDbTimestamp, toIsoUtc } from './timestamps';

type NoticeRow = {
  release_id: string;
  kind: string;
  crossing_key: string;
};

type CandidateRow = { id: string; at: Date | string | number };

// SQLite limits the variables of one statement.
const BATCH = 500;

/**
 * Stores the stage warnings and prompts sent, with knex, on SQLite or PostgreSQL. The
 * unique index on (release, kind, crossing) makes a claim win once across replicas.
 *
 * @internal
 */
export class DatabaseNoticeStore implements NoticeStore {
  constructor(private readonly db: Knex) {}

  async listCandidates(
    query: NoticeCandidateQuery,
  ): Promise<NoticeCandidate[]> {
    const candidates: NoticeCandidate[] = [];
    const add = (kind: NoticeKind, rows: CandidateRow[]) => {
      for (const row of rows) {
        candidates.push({
          releaseId: row.id,
          kind,
          crossingKey: toIsoUtc(row.at),
        });
      }
    };
    if (query.overdue.length > 0) {
      const overdue = this.db('releases').where(outer => {
        for (const { status, enteredBy } of query.overdue) {
          outer.orWhere(inner =>
            inner
              .where('status', status)
              .andWhere('stage_entered_at', '<=', toDbTimestamp(enteredBy)),
          );
        }
      });
      add('overdue', await overdue.select('id', 'stage_entered_at as at'));
    }
    add(
      'trr',
      await this.db('releases')
        .whereIn('status', query.trrStatuses)
        .whereNotNull('stage_entered_at')
        .select('id', 'stage_entered_at as at'),
    );
    add(
      'pir',
      await this.productionSlots(query.production)
        .whereIn('releases.status', query.pir.statuses)
        .whereNull('releases.pir_outcome')
        .andWhere(
          'release_slots.actual_end_at',
          '<=',
          toDbTimestamp(query.pir.endedBy),
        )
        .select('releases.id', 'release_slots.actual_end_at as at'),
    );
    add(
      'backout-plan',
      await this.productionSlots(query.production)
        .whereIn('releases.status', query.backoutPlan.statuses)
        .andWhere(
          'release_slots.start_at',
          '>',
          toDbTimestamp(query.backoutPlan.from),
        )
        .andWhere(
          'release_slots.start_at',
          '<=',
          toDbTimestamp(query.backoutPlan.to),
        )
        .select('releases.id', 'release_slots.start_at as at'),
    );
    return candidates;
  }

  async listSent(releaseIds: readonly string[]): Promise<Set<string>> {
    const sent = new Set<string>();
    const unique = [...new Set(releaseIds)];
    for (let i = 0; i < unique.length; i += BATCH) {
      const rows: NoticeRow[] = await this.db('release_notices')
        .whereIn('release_id', unique.slice(i, i + BATCH))
        .select('release_id', 'kind', 'crossing_key');
      for (const row of rows) {
        sent.add(
          noticeKey({
            releaseId: row.release_id,
            kind: row.kind as NoticeKind,
            crossingKey: row.crossing_key,
          }),
        );
      }
    }
    return sent;
  }

  async claim(notice: ReleaseNotice): Promise<boolean> {
    return this.db.transaction(async tx => {
      // On PostgreSQL a second inserter of the same key waits for the first to commit, then
      // inserts nothing; SQLite runs one writer at a time.
      const inserted = await tx('release_notices')
        .insert({
          release_id: notice.releaseId,
          kind: notice.kind,
          status: notice.status,
          crossing_key: notice.crossingKey,
          sent_at: toDbTimestamp(notice.sentAt),
        })
        .onConflict(['release_id', 'kind', 'crossing_key'])
        .ignore()
        .returning('release_id');
      return inserted.length === 1;
    });
  }

  async unclaim(notice: NoticeCandidate): Promise<void> {
    await this.db('release_notices')
      .where({
        release_id: notice.releaseId,
        kind: notice.kind,
        crossing_key: notice.crossingKey,
      })
      .delete();
  }

  private productionSlots(production: string) {
    return this.db('releases')
      .join('release_slots', 'release_slots.release_id', 'releases.id')
      .where('release_slots.environment', production);
  }
}
