import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));
backend.add(import('@backstage/plugin-proxy-backend'));

// Sign-in for the demo: guest, and the demo-only `stagegate-demo` provider that lets a visitor
// act as any example user (owner, approver, release manager, ...). Each provider is only
// active when configured under auth.providers. Never enable stagegate-demo in production; see
// the README for real providers.
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
backend.add(import('./modules/demoAuth'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
backend.add(import('@stagegate/plugin-catalog-backend-module-releases'));

backend.add(import('@backstage/plugin-permission-backend'));
// The demo's policy: everyone may do everything, except override a conflict (release managers
// only). Replace it with your own policy in a real portal.
backend.add(import('./modules/demoPolicy'));

backend.add(import('@backstage/plugin-user-settings-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

backend.add(import('@stagegate/plugin-releases-backend'));

backend.start();
