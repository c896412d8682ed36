import { checkScheduleConflicts } from './check';
import {
  chainGraph,
  checkContext,
  ci,
  cisOf,
  item,
} from './__testUtils__/conflictFixtures';

const A = 'component:default/a';
const B = 'component:default/b';
const C = 'component:default/c';

describe('checkScheduleConflicts', () => {
  describe('ci-overlap', () => {
    it('finds another slot on the same CI and environment at an overlapping time', () => {
      const other = item({
        kind: 'change',
        title: 'Patch the host',
        start: '2026-03-02T11:00:00.000Z',
        end: '2026-03-02T13:00:00.000Z',
      });
      const candidate = item();
      const [conflict, ...rest] = checkScheduleConflicts(
        candidate,
        checkContext([other]),
      );
      expect(rest).toEqual([]);
      expect(conflict).toEqual({
        id: `ci-overlap/production/change/${other.id}`,
        type: 'ci-overlap',
        severity: 'medium',
        enforcement: 'approval',
        itemId: candidate.id,
        other: { kind: 'change', id: other.id, title: 'Patch the host' },
        entityRefs: [A],
        environment: 'production',
        interval: {
          start: '2026-03-02T11:00:00.000Z',
          end: '2026-03-02T12:00:00.000Z',
        },
        message: `The change "Patch the host" (${other.id}) also changes ${A} in production from 2026-03-02 11:00 UTC to 2026-03-02 12:00 UTC: move one of the two slots, or combine the changes into one release.`,
      });
    });

    it('ignores other environments and other CIs', () => {
      const schedule = [
        item({ environment: 'sat' }),
        item({ entityRefs: [B] }),
      ];
      expect(checkScheduleConflicts(item(), checkContext(schedule))).toEqual(
        [],
      );
    });

    it('treats intervals as half-open: back-to-back never conflicts, 1 ms of overlap does', () => {
      const before = item({
        start: '2026-03-02T08:00:00.000Z',
        end: '2026-03-02T10:00:00.000Z',
      });
      const after = item({
        start: '2026-03-02T12:00:00.000Z',
        end: '2026-03-02T14:00:00.000Z',
      });
      expect(
        checkScheduleConflicts(item(), checkContext([before, after])),
      ).toEqual([]);
      const touching = item({
        start: '2026-03-02T11:59:59.999Z',
        end: '2026-03-02T14:00:00.000Z',
      });
      const [conflict] = checkScheduleConflicts(
        item(),
        checkContext([touching]),
      );
      expect(conflict.interval).toEqual({
        start: '2026-03-02T11:59:59.999Z',
        end: '2026-03-02T12:00:00.000Z',
      });
    });

    it('ignores cancelled and closed items, on either side', () => {
      const schedule = [
        item({ status: 'cancelled' }),
        item({ status: 'closed' }),
      ];
      expect(checkScheduleConflicts(item(), checkContext(schedule))).toEqual(
        [],
      );
      expect(
        checkScheduleConflicts(
          item({ status: 'cancelled' }),
          checkContext([item()]),
        ),
      ).toEqual([]);
      expect(
        checkScheduleConflicts(
          item({ status: 'approved' }),
          checkContext([item({ status: 'on_hold' })]),
        ),
      ).toHaveLength(1);
    });

    it("skips the candidate's own slots, by kind and id", () => {
      const own = item({ id: 'same' });
      const changeWithSameId = item({ id: 'same', kind: 'change' });
      const conflicts = checkScheduleConflicts(
        item({ id: 'same' }),
        checkContext([own, changeWithSameId]),
      );
      expect(conflicts.map(c => c.other.kind)).toEqual(['change']);
    });

    it('reports one conflict per other item, naming every shared CI', () => {
      const other = item({ entityRefs: [C, A, B] });
      const conflicts = checkScheduleConflicts(
        item({ entityRefs: [A, B, 'component:default/x'] }),
        checkContext([other]),
      );
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0].entityRefs).toEqual([A, B]);
      expect(conflicts[0].message).toContain(`${A} and ${B}`);
    });
  });

  describe('related-ci-overlap', () => {
    const graph = chainGraph();
    const onC = item({ entityRefs: [C] });

    it('finds slots on CIs related within the configured depth, naming both sides', () => {
      expect(
        checkScheduleConflicts(item(), checkContext([onC], { graph })),
      ).toEqual([]);
      const conflicts = checkScheduleConflicts(
        item(),
        checkContext([onC], { graph, relatedDepth: 2 }),
      );
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]).toMatchObject({
        type: 'related-ci-overlap',
        severity: 'low',
        enforcement: 'warn',
        entityRefs: [A, C],
        other: { id: onC.id },
      });
      expect(conflicts[0].message).toContain(
        `changes ${C}, related to ${A} that this release changes`,
      );
    });

    it('uses depth 1 by default, and no graph means no related conflicts', () => {
      const onB = item({ entityRefs: [B] });
      expect(
        checkScheduleConflicts(item(), checkContext([onB], { graph })),
      ).toMatchObject([{ type: 'related-ci-overlap', entityRefs: [A, B] }]);
      expect(checkScheduleConflicts(item(), checkContext([onB]))).toEqual([]);
      expect(
        checkScheduleConflicts(
          item(),
          checkContext([onB], { graph, relatedDepth: 0 }),
        ),
      ).toEqual([]);
    });

    it('does not repeat a shared CI as a related one', () => {
      const other = item({ entityRefs: [A, B] });
      const conflicts = checkScheduleConflicts(
        item({ entityRefs: [A, B] }),
        checkContext([other], { graph }),
      );
      expect(conflicts.map(c => c.type)).toEqual(['ci-overlap']);
    });

    it('needs the same environment', () => {
      const onB = item({ entityRefs: [B], environment: 'sat' });
      expect(
        checkScheduleConflicts(item(), checkContext([onB], { graph })),
      ).toEqual([]);
    });
  });

  describe('owner-overlap', () => {
    const owner = 'group:default/payments';

    it('finds another production slot of the same owner, naming the CIs of both', () => {
      const other = item({ owner, entityRefs: [B] });
      const conflicts = checkScheduleConflicts(
        item({ owner }),
        checkContext([other]),
      );
      expect(conflicts).toMatchObject([
        { type: 'owner-overlap', entityRefs: [A, B], enforcement: 'warn' },
      ]);
      expect(conflicts[0].message).toContain(`${owner} also owns`);
    });

    it('counts only production, the last configured environment', () => {
      const inSat = { owner, environment: 'sat' };
      expect(
        checkScheduleConflicts(
          item({ ...inSat }),
          checkContext([item({ ...inSat, entityRefs: [B] })]),
        ),
      ).toEqual([]);
      expect(
        checkScheduleConflicts(
          item({ ...inSat }),
          checkContext([item({ ...inSat, entityRefs: [B] })], {
            environments: ['sit', 'sat'],
          }),
        ),
      ).toHaveLength(1);
    });

    it('ignores other owners and slots without an owner', () => {
      const schedule = [
        item({ owner: 'group:default/other', entityRefs: [B] }),
        item({ entityRefs: [C] }),
      ];
      expect(
        checkScheduleConflicts(item({ owner }), checkContext(schedule)),
      ).toEqual([]);
    });
  });

  describe('severity', () => {
    it('follows the configured enforcement, raised one level for a critical CI', () => {
      const other = item();
      const plain = checkContext([other]);
      expect(checkScheduleConflicts(item(), plain)[0].severity).toBe('medium');
      const blocking = checkContext([other], {
        enforcements: { 'ci-overlap': 'block' },
      });
      expect(checkScheduleConflicts(item(), blocking)[0]).toMatchObject({
        enforcement: 'block',
        severity: 'high',
      });
      const critical = checkContext([other], {
        enforcements: { 'ci-overlap': 'block' },
        cis: cisOf(ci(A, { criticality: 'critical' })),
      });
      expect(checkScheduleConflicts(item(), critical)[0].severity).toBe(
        'critical',
      );
    });

    it('raises a related conflict when the CI on the other side is critical', () => {
      const conflicts = checkScheduleConflicts(
        item(),
        checkContext([item({ entityRefs: [B] })], {
          graph: chainGraph(),
          cis: cisOf(ci(B, { criticality: 'critical' })),
        }),
      );
      expect(conflicts[0]).toMatchObject({
        enforcement: 'warn',
        severity: 'medium',
      });
    });
  });

  it('refuses times that are not ISO 8601, naming the item', () => {
    expect(() =>
      checkScheduleConflicts(
        item({ id: 'bad', start: 'soon' }),
        checkContext([]),
      ),
    ).toThrow("release bad has start 'soon'");
  });
});
