import {
  ChangeWindowSpec,
  ScheduleWindow,
} from '@stagegate/plugin-releases-common';

/**
 * A window created through the API, as stored.
 *
 * @internal
 */
export type StoredWindow = ScheduleWindow & {
  source: 'api';
  revision: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
};

/**
 * Persistence of change windows created through the API.
 *
 * @internal
 */
export interface WindowStore {
  listWindows(): Promise<StoredWindow[]>;
  getWindow(id: string): Promise<StoredWindow | undefined>;
  insertWindow(window: {
    id: string;
    title: string;
    description: string;
    spec: ChangeWindowSpec;
    createdBy: string;
    createdAt: string;
  }): Promise<StoredWindow>;
  /** Saves a change based on `revision`; ConflictError when the window moved on. */
  updateWindow(
    id: string,
    revision: number,
    fields: { title: string; description: string; spec: ChangeWindowSpec },
    at: string,
  ): Promise<StoredWindow>;
  /** Deletes a window; false when there was none. */
  deleteWindow(id: string): Promise<boolean>;
}
