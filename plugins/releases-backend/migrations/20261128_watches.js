// @ts-check

/**
 * Watches: a user follows a CI or a system and gets the notifications of its releases. A
 * watch outlives the entity it names (the catalog may drop and re-add it); a watch of an
 * entity that is gone simply matches no release.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('release_watches', table => {
    table.comment(
      'Users who get the release notifications of a CI or a system',
    );
    table
      .string('user_ref', 400)
      .notNullable()
      .comment('The watching user, as a canonical entity ref');
    table
      .string('target_ref', 400)
      .notNullable()
      .comment('The watched CI or system, as a canonical entity ref');
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.unique(['user_ref', 'target_ref'], {
      indexName: 'release_watches_user_target_idx',
    });
    // Notifications look the watchers of a release's CIs up by target.
    table.index(['target_ref'], 'release_watches_target_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('release_watches');
};
