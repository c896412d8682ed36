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
    /** Conflict detection. */
    conflicts?: {
      /**
       * How many catalog relations away a CI still counts as related for related-CI conflicts.
       * 1 to 5; defaults to 1.
       */
      relatedDepth?: number;
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
