// @ts-check

/**
 * KPIs: what the figures count that the release record alone cannot answer in SQL. The
 * incidents and the backout outcome live in the release's details like its other records;
 * these columns and tables mirror them so that periods can be counted in the database.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('releases', table => {
    table
      .string('backout_outcome', 16)
      .nullable()
      .comment('succeeded | failed, when a backout recorded how it ended');
    table
      .boolean('tested_before_approval')
      .nullable()
      .comment(
        'Whether all latest test results passed at the CAB/ECAB approval; null until approved',
      );
  });

  await knex.schema.createTable('release_incidents', table => {
    table.comment(
      'Incidents recorded against releases; mirrors the release details, for counting per period',
    );
    table
      .string('release_id', 36)
      .notNullable()
      .references('id')
      .inTable('releases')
      .onDelete('CASCADE');
    table.string('incident_id', 100).notNullable();
    table.timestamp('recorded_at', { useTz: true }).notNullable();
    table.primary(['release_id', 'incident_id']);
    table.index(['recorded_at'], 'release_incidents_recorded_idx');
  });

  await knex.schema.createTable('release_conflict_catches', table => {
    table.comment(
      'Append-only: each conflict found on a release while it was before approved, first time only',
    );
    table
      .string('release_id', 36)
      .notNullable()
      .references('id')
      .inTable('releases')
      .onDelete('CASCADE');
    table.string('conflict_id', 512).notNullable();
    table.timestamp('caught_at', { useTz: true }).notNullable();
    table.primary(['release_id', 'conflict_id']);
    table.index(['caught_at'], 'release_conflict_catches_caught_idx');
  });

  await backfillTestedBeforeApproval(knex);
  // Conflicts stored on releases still being prepared were caught before CAB.
  await knex.raw(
    `INSERT INTO release_conflict_catches (release_id, conflict_id, caught_at)
     SELECT release_conflicts.release_id, release_conflicts.conflict_id, releases.conflicts_checked_at
     FROM release_conflicts JOIN releases ON releases.id = release_conflicts.release_id
     WHERE releases.status IN ('planning', 'build', 'test', 'readiness')
       AND releases.conflicts_checked_at IS NOT NULL`,
  );
};

/**
 * The same rule as `testedBeforeApproval` in the common package, frozen here so that the
 * migration does not change when the rule does.
 *
 * @param {import('knex').Knex} knex
 */
async function backfillTestedBeforeApproval(knex) {
  const approvals = await knex('release_approvals')
    .whereIn('gate', ['cab', 'ecab'])
    .andWhere('decision', 'approve')
    .orderBy('decided_at', 'asc')
    .select('release_id', 'decided_at');
  /** @type {Map<string, number>} */
  const approvedAt = new Map();
  for (const row of approvals) {
    approvedAt.set(row.release_id, new Date(row.decided_at).getTime());
  }
  for (const [id, at] of approvedAt) {
    const release = await knex('releases').where({ id }).first('details');
    /** @type {{ name: string, environment?: string, passed: boolean, recordedAt: string }[]} */
    const results = JSON.parse(release?.details ?? '{}').testResults ?? [];
    const latest = new Map();
    for (const result of results) {
      if (Date.parse(result.recordedAt) <= at) {
        latest.set(`${result.name}\u0000${result.environment ?? ''}`, result);
      }
    }
    const passed =
      latest.size > 0 && [...latest.values()].every(result => result.passed);
    await knex('releases')
      .where({ id })
      .update({ tested_before_approval: passed });
  }
}

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('release_conflict_catches');
  await knex.schema.dropTable('release_incidents');
  await knex.schema.alterTable('releases', table => {
    table.dropColumn('tested_before_approval');
    table.dropColumn('backout_outcome');
  });
};
