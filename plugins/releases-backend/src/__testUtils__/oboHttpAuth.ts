import {
  coreServices,
  createServiceFactory,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';

const SERVICE_TOKEN_PREFIX = 'Bearer mock-service-token:';

/**
 * The test backends' HTTP auth: Backstage's mock, except that a plugin calling another plugin
 * on behalf of a user is seen as that user *with the calling plugin as actor*, as real
 * on-behalf-of tokens are. The mock drops the actor, and the permission backend then refuses
 * conditional queries (lists) that plugins make for their users.
 */
export const oboHttpAuthFactory = createServiceFactory({
  service: coreServices.httpAuth,
  deps: { plugin: coreServices.pluginMetadata },
  factory: ({ plugin }): HttpAuthService => {
    const inner = mockServices.httpAuth({
      pluginId: plugin.getId(),
      defaultCredentials: mockCredentials.none(),
    });
    const credentials: HttpAuthService['credentials'] = async (
      req,
      options,
    ) => {
      const found = await inner.credentials(req, options);
      const principal = found.principal as {
        type: string;
        userEntityRef?: string;
      };
      const header = req.headers.authorization ?? '';
      if (
        principal.type === 'user' &&
        principal.userEntityRef &&
        header.startsWith(SERVICE_TOKEN_PREFIX)
      ) {
        return mockCredentials.user(principal.userEntityRef, {
          actor: { subject: 'plugin:on-behalf-of' },
        }) as typeof found;
      }
      return found;
    };
    return { ...inner, credentials } as HttpAuthService;
  },
});
