import { aCompleteRelease } from './__testUtils__/releaseFixtures';
import { checkEditableFields } from './editRules';
import {
  incidentListSchema,
  recordIncidents,
  testedBeforeApproval,
} from './kpiFields';
import { Approval } from './approvalFields';
import { Release } from './release';

const approval = (
  gate: Approval['gate'],
  at: string,
  decision: Approval['decision'] = 'approve',
): Approval => ({ gate, decision, by: 'user:default/andy.approver', at });
const result = (name: string, passed: boolean, recordedAt: string) => ({
  name,
  passed,
  recordedAt,
  recordedBy: 'user:default/tess.tester',
});

describe('testedBeforeApproval', () => {
  const release = (fields: Partial<Release>) =>
    aCompleteRelease({ approvals: [], testResults: [], ...fields });

  it('is undefined until a CAB or ECAB approves', () => {
    expect(
      testedBeforeApproval(
        release({
          approvals: [approval('trr', '2026-03-02T00:00:00Z')],
          testResults: [result('smoke', true, '2026-03-01T00:00:00Z')],
        }),
      ),
    ).toBeUndefined();
  });

  it('holds when the latest results recorded by the approval all passed', () => {
    expect(
      testedBeforeApproval(
        release({
          approvals: [approval('cab', '2026-03-02T00:00:00Z')],
          testResults: [
            result('smoke', false, '2026-03-01T00:00:00Z'),
            result('smoke', true, '2026-03-01T06:00:00Z'),
            // A production check after the approval does not undo the evidence before it.
            result('smoke', false, '2026-03-03T00:00:00Z'),
          ],
        }),
      ),
    ).toBe(true);
  });

  it('fails without results by the approval, as for an emergency that skipped the TRR', () => {
    expect(
      testedBeforeApproval(
        release({
          category: 'emergency',
          approvals: [approval('ecab', '2026-03-02T00:00:00Z')],
          testResults: [result('smoke', true, '2026-03-03T00:00:00Z')],
        }),
      ),
    ).toBe(false);
  });

  it('judges at the latest approval, the one the release went ahead on', () => {
    expect(
      testedBeforeApproval(
        release({
          approvals: [
            approval('cab', '2026-03-02T00:00:00Z'),
            approval('cab', '2026-03-04T00:00:00Z', 'reject'),
            approval('cab', '2026-03-06T00:00:00Z'),
          ],
          testResults: [
            result('smoke', true, '2026-03-01T00:00:00Z'),
            result('load', false, '2026-03-05T00:00:00Z'),
          ],
        }),
      ),
    ).toBe(false);
  });
});

describe('recordIncidents', () => {
  it('keeps when known incidents were recorded and stamps new ones now', () => {
    const before = [
      { id: 'INC-1', recordedAt: '2026-03-01T00:00:00Z' },
      { id: 'INC-2', recordedAt: '2026-03-02T00:00:00Z' },
    ];
    expect(
      recordIncidents(
        before,
        [
          { id: 'INC-2', url: 'https://itsm.example.com/INC-2' },
          { id: 'INC-3' },
        ],
        '2026-03-05T00:00:00Z',
      ),
    ).toEqual([
      {
        id: 'INC-2',
        url: 'https://itsm.example.com/INC-2',
        recordedAt: '2026-03-02T00:00:00Z',
      },
      { id: 'INC-3', recordedAt: '2026-03-05T00:00:00Z' },
    ]);
  });
});

describe('incidentListSchema', () => {
  const paths = (input: unknown) => {
    const parsed = incidentListSchema.safeParse(input);
    return parsed.success
      ? []
      : parsed.error.issues.map(issue => issue.path.join('.'));
  };

  it('takes http and https links only, and each id once', () => {
    expect(
      paths([
        { id: 'INC-1', url: 'https://itsm.example.com/INC-1' },
        { id: 'INC-2', url: 'http://itsm.example.com/INC-2' },
      ]),
    ).toEqual([]);
    expect(
      paths([{ id: 'INC-1', url: 'ftp://itsm.example.com/INC-10' }]),
    ).toEqual(['0.url']);
    expect(paths([{ id: 'INC-1' }, { id: 'INC-1' }])).toEqual(['1.id']);
    expect(paths([{ id: ' ' }])).toEqual(['0.id']);
  });
});

describe('incidents in the edit rules', () => {
  it('may be recorded once something reached production, even after the release ended', () => {
    for (const status of [
      'deployed',
      'closed',
      'backed_out',
      'failed',
    ] as const) {
      expect(checkEditableFields(status, ['incidents'])).toEqual([]);
    }
    expect(checkEditableFields('build', ['incidents'])).toEqual([
      expect.objectContaining({ field: 'incidents' }),
    ]);
    expect(checkEditableFields('closed', ['incidents', 'title'])).toEqual([
      expect.objectContaining({ field: 'title' }),
    ]);
  });
});
