import { DatabaseService } from '@backstage/backend-plugin-api';
import { DatabaseChangeStore } from './DatabaseChangeStore';
import { DatabaseDeploymentStore } from './DatabaseDeploymentStore';
import { DatabaseFeedTokenStore } from './DatabaseFeedTokenStore';
import { DatabaseReleaseStore } from './DatabaseReleaseStore';
import { DatabaseWindowStore } from './DatabaseWindowStore';
import { DatabaseKpiStore } from './DatabaseKpiStore';
import { DatabaseWatchStore } from './DatabaseWatchStore';
import { DatabaseNoticeStore } from './DatabaseNoticeStore';
import { DatabaseScheduleVersionStore } from './DatabaseScheduleVersionStore';

/**
 * Every store of the plugin on its database, after bringing the schema up to date.
 *
 * @internal
 */
export async function createDatabaseStores(options: {
  database: DatabaseService;
}) {
  const releases = await DatabaseReleaseStore.create(options);
  const client = await options.database.getClient();
  return {
    releases,
    changes: new DatabaseChangeStore(client),
    deployments: new DatabaseDeploymentStore(client),
    windows: new DatabaseWindowStore(client),
    kpis: new DatabaseKpiStore(client),
    watches: new DatabaseWatchStore(client),
    notices: new DatabaseNoticeStore(client),
    scheduleVersion: new DatabaseScheduleVersionStore(client),
    feedTokens: await DatabaseFeedTokenStore.create({
      database: options.database,
      skipMigrations: true,
    }),
  };
}
