import { TransitionPreview } from '@stagegate/plugin-releases-common';
import { makeRelease } from '../../__testUtils__/releases';
import {
  nextMainLineStatus,
  nextStepPreview,
  transitionActions,
} from './transitionActions';

const preview = (
  to: TransitionPreview['to'],
  overrides: Partial<TransitionPreview> = {},
): TransitionPreview => ({
  to,
  allowed: true,
  needsReason: false,
  failures: [],
  ...overrides,
});

describe('transitionActions', () => {
  it('names every move and puts advancing first', () => {
    const release = makeRelease({ status: 'readiness' });
    const actions = transitionActions(release, [
      preview('cancelled', { needsReason: true }),
      preview('build', { needsReason: true }),
      preview('on_hold', { needsReason: true }),
      preview('approved'),
    ]);

    expect(actions.map(a => [a.kind, a.label])).toEqual([
      ['advance', 'Advance to approved'],
      ['send-back', 'Send back to build'],
      ['hold', 'Put on hold'],
      ['cancel', 'Cancel'],
    ]);
  });

  it('offers resuming a release on hold', () => {
    const release = makeRelease({ status: 'on_hold', heldFrom: 'test' });

    expect(
      transitionActions(release, [preview('cancelled'), preview('test')]).map(
        a => a.label,
      ),
    ).toEqual(['Resume in test', 'Cancel']);
  });

  it('names the emergency path, failing and backing out', () => {
    expect(
      transitionActions(makeRelease({ category: 'emergency' }), [
        preview('approved'),
      ])[0].label,
    ).toBe('Advance to approved (emergency)');
    expect(
      transitionActions(makeRelease({ status: 'deploying' }), [
        preview('backed_out'),
        preview('failed'),
        preview('deployed'),
      ]).map(a => a.kind),
    ).toEqual(['advance', 'fail', 'back-out']);
  });
});

describe('next step', () => {
  it('is the next main-line stage, or where a held release resumes', () => {
    expect(nextMainLineStatus(makeRelease({ status: 'build' }))).toBe('test');
    expect(
      nextMainLineStatus(makeRelease({ status: 'on_hold', heldFrom: 'test' })),
    ).toBe('test');
    expect(nextMainLineStatus(makeRelease({ status: 'closed' }))).toBe(
      undefined,
    );
    expect(nextMainLineStatus(makeRelease({ status: 'cancelled' }))).toBe(
      undefined,
    );
  });

  it("takes the next stage's preview, not the emergency path's", () => {
    const build = preview('build', {
      allowed: false,
      failures: [{ gate: 'planning', message: 'Name a release owner' }],
    });

    expect(nextStepPreview(makeRelease(), [preview('approved'), build])).toBe(
      build,
    );
  });
});
