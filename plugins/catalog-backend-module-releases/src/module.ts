import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { ChangeWindowProcessor } from './processor';

/**
 * Registers Stagegate's entity model (the ChangeWindow kind) with the catalog.
 *
 * @public
 */
export const catalogModuleReleases = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'releases',
  register(env) {
    env.registerInit({
      deps: { catalog: catalogProcessingExtensionPoint },
      async init({ catalog }) {
        catalog.addProcessor(new ChangeWindowProcessor());
      },
    });
  },
});
