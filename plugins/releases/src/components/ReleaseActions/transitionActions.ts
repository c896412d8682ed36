import {
  MAIN_LINE_STATUSES,
  Release,
  ReleaseStatus,
  TransitionPreview,
  isVeto,
  releaseStatusLabel,
} from '@stagegate/plugin-releases-common';

/**
 * What a move does, from the viewer's side.
 *
 * @internal
 */
export type TransitionActionKind =
  | 'advance'
  | 'resume'
  | 'send-back'
  | 'hold'
  | 'cancel'
  | 'fail'
  | 'back-out';

/**
 * A move the viewer could make, with its button label and the backend's preview of it.
 *
 * @internal
 */
export interface TransitionAction {
  kind: TransitionActionKind;
  label: string;
  preview: TransitionPreview;
}

const ORDER: TransitionActionKind[] = [
  'advance',
  'resume',
  'send-back',
  'hold',
  'cancel',
  'fail',
  'back-out',
];

function actionFor(
  release: Release,
  preview: TransitionPreview,
): TransitionAction {
  const from = release.status;
  const to = preview.to;
  const label = releaseStatusLabel(to);
  if (to === 'cancelled') return { kind: 'cancel', label: 'Cancel', preview };
  if (from === 'on_hold') {
    return { kind: 'resume', label: `Resume in ${label}`, preview };
  }
  if (to === 'on_hold') return { kind: 'hold', label: 'Put on hold', preview };
  if (to === 'failed') return { kind: 'fail', label: 'Mark failed', preview };
  if (to === 'backed_out') {
    return { kind: 'back-out', label: 'Back out', preview };
  }
  if (isVeto(from, to)) {
    return { kind: 'send-back', label: `Send back to ${label}`, preview };
  }
  const emergency = from === 'planning' && to === 'approved';
  return {
    kind: 'advance',
    label: emergency
      ? `Advance to ${label} (emergency)`
      : `Advance to ${label}`,
    preview,
  };
}

/**
 * The moves the backend previewed for a release, as actions in a stable order: advancing
 * first, then resuming, sending back, holding, cancelling, failing and backing out.
 *
 * @internal
 */
export function transitionActions(
  release: Release,
  previews: readonly TransitionPreview[],
): TransitionAction[] {
  return previews
    .map(preview => actionFor(release, preview))
    .sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}

/**
 * The next stage of the main line for a release: the one after its status, or where a
 * release on hold resumes. Undefined at the end of the line and in terminal side states.
 *
 * @internal
 */
export function nextMainLineStatus(
  release: Release,
): ReleaseStatus | undefined {
  if (release.status === 'on_hold') return release.heldFrom ?? 'planning';
  const index = MAIN_LINE_STATUSES.indexOf(release.status);
  if (index < 0 || index === MAIN_LINE_STATUSES.length - 1) return undefined;
  return MAIN_LINE_STATUSES[index + 1];
}

/**
 * The preview of the release's next main-line step, whose failures are the gates still
 * missing.
 *
 * @internal
 */
export function nextStepPreview(
  release: Release,
  previews: readonly TransitionPreview[],
): TransitionPreview | undefined {
  const next = nextMainLineStatus(release);
  return next ? previews.find(preview => preview.to === next) : undefined;
}
