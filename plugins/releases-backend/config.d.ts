export interface Config {
  /** Configuration of Stagegate release management. */
  releases?: {
    /**
     * Environments in promotion order. Defaults to cinte, sit, sat, production.
     * @visibility frontend
     */
    environments?: string[];
  };
}
