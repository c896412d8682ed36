import { PermissionCriteria } from '@backstage/plugin-permission-common';
import {
  isAndCriteria,
  isNotCriteria,
  isOrCriteria,
} from '@backstage/plugin-permission-node';
import { Knex } from 'knex';
import { ReleaseFilter } from '../permissions';

function whereFilter(
  db: Knex,
  builder: Knex.QueryBuilder,
  filter: ReleaseFilter,
): void {
  if (filter.key === 'releaseOwner') {
    builder.where(inner =>
      inner
        .whereIn('releases.owner', filter.values)
        .orWhereIn('releases.created_by', filter.values),
    );
    return;
  }
  builder.whereExists(
    db('release_entities')
      .whereRaw('release_entities.release_id = releases.id')
      .whereIn('release_entities.owner_ref', filter.values),
  );
}

/**
 * Adds the conditions of a conditional permission decision to a query on `releases`, so that
 * a list only ever contains what its reader may see and pages stay full.
 *
 * @internal
 */
export function wherePermitted(
  db: Knex,
  builder: Knex.QueryBuilder,
  criteria: PermissionCriteria<ReleaseFilter>,
): void {
  if (isAndCriteria(criteria)) {
    builder.where(inner => {
      for (const part of criteria.allOf) {
        inner.andWhere(sub => wherePermitted(db, sub, part));
      }
    });
  } else if (isOrCriteria(criteria)) {
    builder.where(inner => {
      for (const part of criteria.anyOf) {
        inner.orWhere(sub => wherePermitted(db, sub, part));
      }
    });
  } else if (isNotCriteria(criteria)) {
    builder.whereNot(inner => wherePermitted(db, inner, criteria.not));
  } else {
    whereFilter(db, builder, criteria);
  }
}
