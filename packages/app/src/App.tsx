import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import notificationsPlugin from '@backstage/plugin-notifications/alpha';
import orgPlugin from '@backstage/plugin-org/alpha';
import signalsPlugin from '@backstage/plugin-signals/alpha';
import userSettingsPlugin from '@backstage/plugin-user-settings/alpha';
import releasesPlugin from '@stagegate/plugin-releases/alpha';
import { navModule } from './modules/nav';
import { signInModule } from './modules/signIn';

/** The Stagegate demo app, on Backstage's new frontend system. */
export default createApp({
  features: [
    catalogPlugin,
    orgPlugin,
    notificationsPlugin,
    signalsPlugin,
    userSettingsPlugin,
    releasesPlugin,
    navModule,
    signInModule,
  ],
});
