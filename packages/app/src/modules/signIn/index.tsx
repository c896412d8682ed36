import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';

/**
 * DEMO ONLY. Replaces the app's sign-in page with one that lets a visitor act as any of the
 * example users (owner, approver, release manager, ...). It needs the backend's
 * `stagegate-demo` auth provider; a real deployment uses a real sign-in provider instead.
 */
export const demoSignInPage = SignInPageBlueprint.make({
  params: {
    loader: async () => (await import('./DemoSignInPage')).DemoSignInPage,
  },
});

/** Installs the demo sign-in page into the app. */
export const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [demoSignInPage],
});
