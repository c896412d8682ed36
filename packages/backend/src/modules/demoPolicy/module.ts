import { createBackendModule } from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { DemoReleasePolicy } from './policy';

/**
 * DEMO ONLY: installs {@link DemoReleasePolicy} as the permission backend's policy. A real
 * portal brings its own policy; see the releases backend's README for the permissions and
 * rules it can use.
 */
export const permissionModuleStagegateDemoPolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'stagegate-demo-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy(new DemoReleasePolicy());
      },
    });
  },
});
