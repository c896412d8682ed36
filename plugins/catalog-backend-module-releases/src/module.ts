import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { ChangeWindowProcessor, CiAnnotationsProcessor } from './processor';

/**
 * Registers Stagegate's entity model with the catalog: the ChangeWindow kind, and the
 * validation of the CI annotations of the kinds in `releases.ci.kinds`.
 *
 * @public
 */
export const catalogModuleReleases = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'releases',
  register(env) {
    env.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ catalog, config }) {
        catalog.addProcessor(ChangeWindowProcessor.fromConfig(config));
        catalog.addProcessor(CiAnnotationsProcessor.fromConfig(config));
      },
    });
  },
});
