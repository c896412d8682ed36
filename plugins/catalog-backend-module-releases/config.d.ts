export interface Config {
  /**
   * Configuration of Stagegate release management. `releases.environments`, which this module
   * reads too, is declared by the releases backend plugin.
   */
  releases?: {
    /** Configuration items (CIs). */
    ci?: {
      /**
       * The entity kinds that are configuration items, compared without regard to case. The
       * catalog refuses an entity of these kinds whose stagegate.dev/ci-id, ci-class,
       * criticality or environments annotation is invalid, and a System whose
       * stagegate.dev/distribution-lists names a list that
       * releases.notifications.distributionLists does not configure. Defaults to Component,
       * Resource, System, API.
       */
      kinds?: string[];
    };
  };
}
