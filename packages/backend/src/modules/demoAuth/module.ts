import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  authProvidersExtensionPoint,
  createProxyAuthProviderFactory,
} from '@backstage/plugin-auth-node';
import {
  DEMO_PROVIDER_ID,
  demoAuthenticator,
  demoSignInResolver,
} from './authenticator';

/**
 * DEMO ONLY, never for production. Adds the `stagegate-demo` sign-in provider, which lets a
 * visitor act as any User entity in the catalog (for example the users of examples/org.yaml)
 * by naming it in the `x-stagegate-demo-user` header, so that owner, approver and release
 * manager can be tried side by side. There is no password or other proof of identity.
 *
 * The auth backend only mounts it when `auth.providers.stagegate-demo` is configured, and it
 * refuses to sign anyone in outside `NODE_ENV=development` unless
 * `auth.providers.stagegate-demo.dangerouslyAllowOutsideDevelopment: true` is set.
 */
export const authModuleStagegateDemoProvider = createBackendModule({
  pluginId: 'auth',
  moduleId: 'stagegate-demo-provider',
  register(reg) {
    reg.registerInit({
      deps: { providers: authProvidersExtensionPoint },
      async init({ providers }) {
        providers.registerProvider({
          providerId: DEMO_PROVIDER_ID,
          factory: createProxyAuthProviderFactory({
            authenticator: demoAuthenticator,
            signInResolver: demoSignInResolver,
          }),
        });
      },
    });
  },
});
