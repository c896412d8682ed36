import { GateFailure } from './gateTypes';
import { Release } from './release';
import { TestResult } from './releaseFields';

// Test gates: the test readiness review before approval, and the post-implementation tests
// that repeat them in production.

const blank = (value: string | undefined) => !value || value.trim() === '';

const failure = (
  gate: GateFailure['gate'],
  field: string,
  message: string,
): GateFailure => ({ gate, field, message });

/**
 * The latest result per test name and environment, in the order they were first recorded. A
 * re-run after a fix supersedes the failure it repeats.
 *
 * @public
 */
export function latestTestResults(
  results: readonly TestResult[],
): TestResult[] {
  const latest = new Map<string, TestResult>();
  for (const result of results) {
    latest.set(`${result.name}\u0000${result.environment ?? ''}`, result);
  }
  return [...latest.values()];
}

// "2 of 5 tests are failing (login, checkout)"; `where` names one environment for all of them.
function describeFailing(results: TestResult[], where?: string): string {
  const failing = results.filter(r => !r.passed);
  const names = failing
    .map(r =>
      r.environment && !where ? `${r.name} in ${r.environment}` : r.name,
    )
    .join(', ');
  const verb = failing.length === 1 ? 'is' : 'are';
  return `${failing.length} of ${results.length} tests ${verb} failing${
    where ? ` in ${where}` : ''
  } (${names})`;
}

/**
 * Gate test → readiness, the test readiness review (TRR): a test plan; pre-production test
 * results, all passing; a backout plan, tested for scheduled releases.
 *
 * @param production - The production environment; its results are post-implementation tests.
 *
 * @public
 */
export function checkTestReadiness(
  release: Release,
  production: string,
): GateFailure[] {
  const failures: GateFailure[] = [];
  if (blank(release.testPlan)) {
    failures.push(failure('trr', 'testPlan', 'Write the test plan'));
  }
  const results = latestTestResults(
    (release.testResults ?? []).filter(r => r.environment !== production),
  );
  if (results.length === 0) {
    failures.push(
      failure(
        'trr',
        'testResults',
        'Record test results: none are recorded yet',
      ),
    );
  } else if (results.some(r => !r.passed)) {
    failures.push(
      failure(
        'trr',
        'testResults',
        `Record test results: ${describeFailing(results)}`,
      ),
    );
  }
  if (!release.backoutPlan || blank(release.backoutPlan.steps)) {
    failures.push(
      failure(
        'trr',
        'backoutPlan',
        'Write a backout plan: how to restore the previous state',
      ),
    );
  } else if (release.category === 'scheduled' && !release.backoutPlan.tested) {
    failures.push(
      failure(
        'trr',
        'backoutPlan',
        'Test the backout plan and mark it tested: scheduled releases need a rehearsed way back',
      ),
    );
  }
  return failures;
}

/**
 * Gate deploying → deployed: the tests were repeated in production, and the latest result of
 * each passes.
 *
 * @public
 */
export function checkPostImplementationTests(
  release: Release,
  production: string,
): GateFailure[] {
  const results = latestTestResults(
    (release.testResults ?? []).filter(r => r.environment === production),
  );
  if (results.length === 0) {
    return [
      failure(
        'post-implementation-tests',
        'testResults',
        `Repeat the tests in ${production} and record their results`,
      ),
    ];
  }
  if (results.every(r => r.passed)) return [];
  return [
    failure(
      'post-implementation-tests',
      'testResults',
      `${describeFailing(
        results,
        production,
      )}: fix them, or mark the release failed or back it out`,
    ),
  ];
}
