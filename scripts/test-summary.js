#!/usr/bin/env node
/* eslint-disable no-console */
// Adds up the counts of the Jest and Playwright JSON reports into one closing line.
const fs = require('fs');

function counts(file) {
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  if ('numPassedTests' in report) {
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests,
      skipped: report.numPendingTests + report.numTodoTests,
    };
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  return { passed: expected + flaky, failed: unexpected, skipped };
}

const total = { passed: 0, failed: 0, skipped: 0 };
for (const file of process.argv.slice(2)) {
  const c = counts(file);
  console.log(
    `${file}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`,
  );
  for (const key of Object.keys(total)) total[key] += c[key];
}
console.log(
  `${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`,
);
process.exit(total.failed > 0 ? 1 : 0);
