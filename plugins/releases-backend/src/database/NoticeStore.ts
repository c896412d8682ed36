import { StagePromptKind } from '@stagegate/plugin-releases-common';

/**
 * The kinds of notice the stage warning task sends: a stage overdue, or one of the prompts.
 *
 * @internal
 */
export type NoticeKind = 'overdue' | StagePromptKind;

/**
 * One warning or prompt about a release, on one occasion (its crossing).
 *
 * @internal
 */
export type ReleaseNotice = {
  releaseId: string;
  kind: NoticeKind;
  /** The release's status when the notice was sent. */
  status: string;
  /** What makes the occasion: an instant, ISO 8601 UTC (stage entry, slot start, ...). */
  crossingKey: string;
  sentAt: string;
};

/**
 * Where the stage warning task looks for releases that may need a notice. The store narrows
 * the candidates with indexed comparisons; the pure rules in `-common` decide.
 *
 * @internal
 */
export type NoticeCandidateQuery = {
  /** Per limited status, the latest stage entry that is overdue now. */
  overdue: ReadonlyArray<{ status: string; enteredBy: string }>;
  /** The production environment, whose slot the PIR and backout-plan prompts look at. */
  production: string;
  /** Releases in these statuses may be ready for their TRR. */
  trrStatuses: readonly string[];
  /** Releases in these statuses without a PIR outcome, deployed to production by `endedBy`. */
  pir: { statuses: readonly string[]; endedBy: string };
  /** Releases in these statuses whose production slot starts in `(from, to]`. */
  backoutPlan: { statuses: readonly string[]; from: string; to: string };
};

/**
 * A notice a release may be due: the store's narrowing, which the pure rules confirm.
 *
 * @internal
 */
export type NoticeCandidate = Pick<
  ReleaseNotice,
  'releaseId' | 'kind' | 'crossingKey'
>;

/**
 * Persistence of the stage warnings and prompts sent, so each is sent once per occasion.
 *
 * @internal
 */
export interface NoticeStore {
  /** The warnings and prompts that may be due now, sent or not. */
  listCandidates(query: NoticeCandidateQuery): Promise<NoticeCandidate[]>;
  /** The notices already sent about these releases, as `noticeKey`s. */
  listSent(releaseIds: readonly string[]): Promise<Set<string>>;
  /**
   * Records a notice unless one for the same release, kind and crossing is recorded; true
   * when this call recorded it, and so may send it. Concurrent callers on one database,
   * in any process, get true at most once.
   */
  claim(notice: ReleaseNotice): Promise<boolean>;
  /**
   * Takes back a claim whose notice could not be sent, so that a later run (in any process)
   * can claim and send it again.
   */
  unclaim(notice: NoticeCandidate): Promise<void>;
}

/**
 * The identity of a notice: a release, a kind, and a crossing.
 *
 * @internal
 */
export const noticeKey = (notice: NoticeCandidate) =>
  `${notice.releaseId}\u0000${notice.kind}\u0000${notice.crossingKey}`;
