// @ts-check

/**
 * The schedule's version: one number that every change to releases, changes and change
 * windows raises in its own transaction. A replica keeps answers of read routes (the
 * calendar, the release list) with the version they were built at, and serves them again
 * only while the number is the same, so a write on any replica is seen by all of them at
 * once.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('schedule_version', table => {
    table.comment(
      'One row: raised by every write to the forward schedule of changes',
    );
    table.integer('id').primary().comment('Always 1');
    table
      .bigInteger('version')
      .notNullable()
      .comment('Raised by one in every transaction that changes the schedule');
  });
  await knex('schedule_version').insert({ id: 1, version: 0 });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('schedule_version');
};
