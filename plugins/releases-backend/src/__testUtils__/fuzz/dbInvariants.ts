import { Knex } from 'knex';

/** Child rows that must belong to a row of their parent table. */
const RELATIONS: Array<[child: string, column: string, parent: string]> = [
  ['release_entities', 'release_id', 'releases'],
  ['release_slots', 'release_id', 'releases'],
  ['release_approvals', 'release_id', 'releases'],
  ['release_history', 'release_id', 'releases'],
  ['release_conflicts', 'release_id', 'releases'],
  ['release_incidents', 'release_id', 'releases'],
  ['release_conflict_catches', 'release_id', 'releases'],
  ['release_notices', 'release_id', 'releases'],
  ['deployments', 'release_id', 'releases'],
  ['releases', 'parent_id', 'releases'],
  ['change_entities', 'change_id', 'changes'],
];

async function orphans(knex: Knex): Promise<string[]> {
  const problems: string[] = [];
  for (const [child, column, parent] of RELATIONS) {
    if (!(await knex.schema.hasTable(child))) continue;
    const [{ count }] = await knex(`${child} as c`)
      .leftJoin(`${parent} as p`, `c.${column}`, 'p.id')
      .whereNotNull(`c.${column}`)
      .whereNull('p.id')
      .count({ count: '*' });
    if (Number(count) > 0) {
      problems.push(`${count} rows of ${child} name a missing ${parent}`);
    }
  }
  return problems;
}

/** Each release's history is exactly revisions 1..revision, the first one its creation. */
async function historyMatchesRevisions(knex: Knex): Promise<string[]> {
  const rows: Array<{
    id: string;
    revision: number;
    entries: number | string;
    highest: number | string | null;
    created: number | string;
  }> = await knex('releases as r')
    .leftJoin('release_history as h', 'h.release_id', 'r.id')
    .groupBy('r.id', 'r.revision')
    .select('r.id', 'r.revision')
    .count({ entries: 'h.id' })
    .max({ highest: 'h.revision' })
    .sum({
      created: knex.raw(
        "case when h.revision = 1 and h.action = 'created' then 1 else 0 end",
      ),
    });
  return rows
    .filter(
      row =>
        Number(row.entries) !== row.revision ||
        Number(row.highest) !== row.revision ||
        Number(row.created) !== 1,
    )
    .map(
      row =>
        `release ${row.id} is at revision ${row.revision} with ${row.entries} history entries (highest ${row.highest})`,
    );
}

/** A release with no CI was half-written: every release names at least one. */
async function releasesWithoutCis(knex: Knex): Promise<string[]> {
  const rows = await knex('releases as r')
    .leftJoin('release_entities as e', 'e.release_id', 'r.id')
    .whereNull('e.release_id')
    .select('r.id');
  return rows.map(row => `release ${row.id} has no CI`);
}

/**
 * Checks what must hold of the releases database whatever requests came before: no orphan
 * rows, history that matches the revisions, no half-written release. Returns the problems.
 */
export async function checkDatabaseInvariants(knex: Knex): Promise<string[]> {
  return [
    ...(await orphans(knex)),
    ...(await historyMatchesRevisions(knex)),
    ...(await releasesWithoutCis(knex)),
  ];
}
