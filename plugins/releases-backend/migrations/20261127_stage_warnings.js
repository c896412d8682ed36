// @ts-check

/**
 * Stage warnings: when each release entered its current status (so overdue releases are
 * found with one indexed comparison), and the warnings and prompts already sent, so each is
 * sent once per occasion however many replicas run the task.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('releases', table => {
    table
      .timestamp('stage_entered_at', { useTz: true })
      .nullable()
      .comment('When the release entered its current status');
    table.index(['status', 'stage_entered_at'], 'releases_stage_entered_idx');
  });
  // Existing releases entered their status at their latest status change, or at creation.
  await knex('releases').update({
    stage_entered_at: knex.raw(
      `coalesce((select max(h.at) from release_history h
        where h.release_id = releases.id and h.to_status is not null), releases.created_at)`,
    ),
  });
  await knex.schema.createTable('release_notices', table => {
    table.comment(
      'Stage warnings and prompts sent about releases: one row per release, kind and occasion',
    );
    table
      .string('release_id', 36)
      .notNullable()
      .references('id')
      .inTable('releases')
      .onDelete('CASCADE');
    table
      .string('kind', 32)
      .notNullable()
      .comment('overdue, trr, pir or backout-plan');
    table
      .string('status', 32)
      .notNullable()
      .comment('The status of the release when it was sent');
    table
      .string('crossing_key', 64)
      .notNullable()
      .comment(
        'The occasion, ISO 8601 UTC: stage entry, slot start or deployment end',
      );
    table.timestamp('sent_at', { useTz: true }).notNullable();
    table.unique(['release_id', 'kind', 'crossing_key'], {
      indexName: 'release_notices_once_idx',
    });
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('release_notices');
  await knex.schema.alterTable('releases', table => {
    table.dropIndex(
      ['status', 'stage_entered_at'],
      'releases_stage_entered_idx',
    );
    table.dropColumn('stage_entered_at');
  });
};
