export interface Config {
  /** Configuration of Stagegate release management. */
  releases?: {
    /**
     * Environments in promotion order. Defaults to cinte, sit, sat, production.
     * @visibility frontend
     */
    environments?: string[];
    /** Configuration items (CIs). */
    ci?: {
      /**
       * The entity kinds that are CIs, compared without regard to case. Defaults to Component,
       * Resource, System, API.
       */
      kinds?: string[];
      /**
       * How old, in seconds, the in-memory graph of CIs and their relations may grow before it
       * is read from the catalog again. Defaults to 60.
       */
      graphMaxAgeSeconds?: number;
    };
    /**
     * Answers of the calendar and the release list, kept by each replica and served again
     * until a write to the schedule (on any replica) makes them old.
     */
    readCache?: {
      /**
       * How much answer JSON one replica keeps, in megabytes; the oldest go first. 0 turns
       * the cache off: every request builds its answer. Defaults to 64.
       */
      maxMegabytes?: number;
    };
    /** Conflict detection. */
    conflicts?: {
      /**
       * How many catalog relations away a CI still counts as related for related-CI conflicts.
       * 1 to 5; defaults to 1.
       */
      relatedDepth?: number;
      /**
       * When the stored conflicts of upcoming releases are re-checked (a scheduled task that
       * runs on one replica at a time). Defaults to every 10 minutes, first 20 seconds after
       * start-up.
       */
      refreshSchedule?: {
        frequency: { [unit: string]: number } | string;
        timeout: { [unit: string]: number } | string;
        initialDelay?: { [unit: string]: number } | string;
      };
    };
    /** Stage time limits: a release over its stage's limit is flagged and notified once. */
    stages?: {
      /**
       * How long a release may stay in a status, as an ISO 8601 duration of days, weeks,
       * hours or minutes (months and years are refused), for example `test: P14D`. Keys are
       * planning, build, test, readiness, approved, deploying, deployed, review; statuses
       * without a limit are never overdue. The API carries the flag, so the frontend needs
       * no copy of these.
       */
      timeLimits?: { [status: string]: string };
      /**
       * When the task that sends stage warnings and prompts runs (a Backstage task
       * schedule). Defaults to every 5 minutes, first 1 minute after start-up.
       */
      warningSchedule?: {
        frequency: { [unit: string]: number } | string;
        timeout: { [unit: string]: number } | string;
        initialDelay?: { [unit: string]: number } | string;
      };
    };
    /** Prompts sent to the people who follow a release. */
    prompts?: {
      /**
       * How long after the production deployment ended the post-implementation review is
       * due, ISO 8601 duration. Defaults to P5D.
       */
      pirDueAfter?: string;
      /**
       * How long before the production slot starts a missing backout plan is prompted,
       * ISO 8601 duration. Defaults to P2D.
       */
      backoutPlanLead?: string;
    };
    /** Who hears about releases, besides their owners, creators and CI owners. */
    notifications?: {
      /**
       * Named distribution lists: list name → user and group entity refs, such as
       * `cab-core: [group:default/cab, user:default/rita.release]`. A release chooses lists in
       * its `distributionLists` field, and a System in its `stagegate.dev/distribution-lists`
       * annotation; their members get the notifications of those releases. Names are
       * letters, digits, dots, dashes and underscores.
       * @visibility backend
       */
      distributionLists?: { [name: string]: string[] };
    };
    /** FOR DEMOS ONLY: example data. Leave it out of any real deployment. */
    demo?: {
      /**
       * A file of example releases (see examples/releases.yaml), relative to the backend's
       * working directory, that is stored at start-up when no release is stored yet. Its times
       * are relative to the start, so the demo looks current. With releases present it does
       * nothing.
       * @visibility backend
       */
      seedFile?: string;
    };
  };
}
