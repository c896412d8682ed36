import {
  inStatus,
  aTestResult,
  failuresOf,
} from './__testUtils__/releaseFixtures';

describe('test → readiness (TRR)', () => {
  it('says how many tests fail and which', () => {
    const release = inStatus('test', {
      testResults: [
        aTestResult('login', false),
        aTestResult('search', true),
        aTestResult('checkout', false),
        aTestResult('refund', true),
        aTestResult('report', true),
        aTestResult('login', false, 'production'),
      ],
    });
    expect(failuresOf(release, 'readiness')).toEqual([
      {
        gate: 'trr',
        field: 'testResults',
        message:
          'Record test results: 2 of 5 tests are failing (login, checkout)',
      },
    ]);
  });

  it('counts only the latest result of a test', () => {
    const release = inStatus('test', {
      testResults: [aTestResult('login', false), aTestResult('login', true)],
    });
    expect(failuresOf(release, 'readiness')).toEqual([]);
  });

  it('does not count post-implementation tests as pre-production tests', () => {
    const release = inStatus('test', {
      testResults: [aTestResult('login', true, 'production')],
    });
    expect(failuresOf(release, 'readiness')).toEqual([
      expect.objectContaining({
        message: 'Record test results: none are recorded yet',
      }),
    ]);
  });

  it('needs a tested backout plan for scheduled releases only', () => {
    const untested = { backoutPlan: { steps: 'Redeploy', tested: false } };
    expect(failuresOf(inStatus('test', untested), 'readiness')).toEqual([
      expect.objectContaining({
        field: 'backoutPlan',
        message: expect.stringContaining('mark it tested'),
      }),
    ]);
    const minor = inStatus('test', { ...untested, category: 'unscheduled' });
    expect(failuresOf(minor, 'readiness')).toEqual([]);
  });

  it('names everything missing at once', () => {
    const release = inStatus('test', {
      testPlan: undefined,
      testResults: undefined,
      backoutPlan: undefined,
    });
    expect(failuresOf(release, 'readiness').map(f => f.field)).toEqual([
      'testPlan',
      'testResults',
      'backoutPlan',
    ]);
  });
});

describe('deploying → deployed', () => {
  it('needs post-implementation tests, passing, to be deployed', () => {
    const none = inStatus('deploying', {
      testResults: [aTestResult('login', true)],
    });
    expect(failuresOf(none, 'deployed')).toEqual([
      expect.objectContaining({
        gate: 'post-implementation-tests',
        message: 'Repeat the tests in production and record their results',
      }),
    ]);
    const failing = inStatus('deploying', {
      testResults: [aTestResult('login', false, 'production')],
    });
    expect(failuresOf(failing, 'deployed')[0].message).toBe(
      '1 of 1 tests is failing in production (login): fix them, or mark the release failed or back it out',
    );
  });
});
