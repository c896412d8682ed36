import {
  AuthenticationError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  AuthResolverContext,
  createProxyAuthenticator,
  SignInResolver,
} from '@backstage/plugin-auth-node';

/**
 * DEMO ONLY. The id of the demo sign-in provider, as in `auth.providers.stagegate-demo`.
 */
export const DEMO_PROVIDER_ID = 'stagegate-demo';

/** The request header the demo sign-in page sends the chosen user name in. */
export const DEMO_USER_HEADER = 'x-stagegate-demo-user';

/** What the demo authenticator extracts from a request: the chosen user's entity name. */
export type DemoAuthResult = { userName: string };

// A catalog entity name: letters, digits and `-_.` between alphanumerics, at most 63 characters.
const ENTITY_NAME = /^[a-zA-Z0-9]([a-zA-Z0-9._-]{0,61}[a-zA-Z0-9])?$/;

function refusedError(userName: string) {
  return new NotAllowedError(
    `"${userName}" is not a user in the catalog; the Stagegate demo sign-in only accepts ` +
      'User entities that exist in the catalog (see examples/org.yaml)',
  );
}

/** Looks the chosen user up in the default namespace of the catalog, or refuses. */
async function findDemoUser(userName: string, ctx: AuthResolverContext) {
  try {
    return await ctx.findCatalogUser({
      entityRef: { kind: 'User', namespace: 'default', name: userName },
    });
  } catch (error) {
    if (error instanceof Error && error.name === NotFoundError.name) {
      throw refusedError(userName);
    }
    throw error;
  }
}

/**
 * DEMO ONLY, never for production: trusts whoever calls it to say who they are.
 *
 * Reads the user name from the {@link DEMO_USER_HEADER} request header. Like Backstage's guest
 * provider, it refuses to work outside `NODE_ENV=development` unless the provider's config says
 * `dangerouslyAllowOutsideDevelopment: true`.
 */
export const demoAuthenticator = createProxyAuthenticator<
  { enabled: boolean },
  DemoAuthResult,
  undefined
>({
  async defaultProfileTransform(result, ctx) {
    const { entity } = await findDemoUser(result.userName, ctx);
    const profile = (entity.spec?.profile ?? {}) as {
      displayName?: string;
      email?: string;
      picture?: string;
    };
    return {
      profile: {
        displayName: profile.displayName ?? entity.metadata.name,
        email: profile.email,
        picture: profile.picture,
      },
    };
  },
  initialize({ config }) {
    return {
      enabled:
        process.env.NODE_ENV === 'development' ||
        config.getOptionalBoolean('dangerouslyAllowOutsideDevelopment') ===
          true,
    };
  },
  async authenticate({ req }, { enabled }) {
    if (!enabled) {
      throw new NotAllowedError(
        `The ${DEMO_PROVIDER_ID} sign-in lets anyone act as any user and is for demos only. ` +
          `It cannot be used outside of a development environment unless ` +
          `'auth.providers.${DEMO_PROVIDER_ID}.dangerouslyAllowOutsideDevelopment' is enabled`,
      );
    }
    const userName = req.header(DEMO_USER_HEADER)?.trim();
    if (!userName) {
      throw new AuthenticationError(
        `Missing the ${DEMO_USER_HEADER} header; choose a demo user on the sign-in page`,
      );
    }
    if (!ENTITY_NAME.test(userName)) {
      throw new InputError(
        `The ${DEMO_USER_HEADER} header must be a user entity name, got "${userName}"`,
      );
    }
    return { result: { userName } };
  },
});

/**
 * Signs in as the chosen User entity from the catalog, with its group memberships as
 * ownership. Anything that is not a User in the catalog is refused.
 */
export const demoSignInResolver: SignInResolver<DemoAuthResult> = async (
  { result },
  ctx,
) => {
  try {
    return await ctx.signInWithCatalogUser({
      entityRef: { kind: 'User', namespace: 'default', name: result.userName },
    });
  } catch (error) {
    if (error instanceof Error && error.name === NotFoundError.name) {
      throw refusedError(result.userName);
    }
    throw error;
  }
};
