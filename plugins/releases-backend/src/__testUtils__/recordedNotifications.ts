import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  NotificationSendOptions,
  notificationService,
} from '@backstage/plugin-notifications-node';

/**
 * A notifications service for a test backend that keeps what it is asked to send in `sent`,
 * in order, instead of delivering it: what a test asserts who would have been told.
 */
export function recordedNotifications() {
  const sent: NotificationSendOptions[] = [];
  const feature = createServiceFactory({
    service: notificationService,
    deps: {},
    factory: () => ({
      send: async (options: NotificationSendOptions) => {
        sent.push(options);
      },
    }),
  });
  return { sent, feature };
}
