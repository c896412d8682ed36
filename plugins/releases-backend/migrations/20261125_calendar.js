// @ts-check

/**
 * The calendar: each release's current scheduling conflicts (derived data, kept apart from
 * the release record and its history), and what a calendar feed token needs to serve a feed
 * without its owner's Backstage session.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('release_conflicts', table => {
    table.comment(
      'The scheduling conflicts of each release, as checked at its last save',
    );
    table
      .string('release_id', 36)
      .notNullable()
      .references('id')
      .inTable('releases')
      .onDelete('CASCADE');
    table.string('conflict_id', 512).notNullable();
    table.string('type', 32).notNullable();
    table.string('enforcement', 16).notNullable();
    table.string('severity', 16).notNullable();
    table.text('body').notNullable().comment('The conflict as JSON');
    table.primary(['release_id', 'conflict_id']);
    table.index(['type'], 'release_conflicts_type_idx');
  });
  await knex.schema.alterTable('releases', table => {
    table
      .timestamp('conflicts_checked_at', { useTz: true })
      .nullable()
      .comment('When release_conflicts was last written for the release');
  });
  await knex.schema.alterTable('feed_tokens', table => {
    table.string('id', 36).nullable().unique('feed_tokens_id_idx');
    table.string('name', 100).notNullable().defaultTo('Calendar feed');
    table
      .text('read_access')
      .nullable()
      .comment(
        'The owner’s read access to releases when the token was made, as JSON',
      );
    table.timestamp('last_used_at', { useTz: true }).nullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('feed_tokens', table => {
    table.dropUnique(['id'], 'feed_tokens_id_idx');
    table.dropColumn('id');
    table.dropColumn('name');
    table.dropColumn('read_access');
    table.dropColumn('last_used_at');
  });
  await knex.schema.alterTable('releases', table => {
    table.dropColumn('conflicts_checked_at');
  });
  await knex.schema.dropTable('release_conflicts');
};
