// Prints one line "N passed, N failed" from vitest's JSON report. A missing or unreadable report counts as a failure.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
try {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const failed = report.numFailedTests + (report.numFailedTestSuites ?? 0) - countSuitesWithFailedTests(report);
  console.log(`${report.numPassedTests} passed, ${failed} failed`);
} catch (error) {
  console.log(`0 passed, 1 failed`);
  console.error(`${file}: cannot read the test report (${error.message})`);
}

// A suite that fails to load reports no tests; count it once as a failure, without double-counting suites whose
// tests already failed.
function countSuitesWithFailedTests(report) {
  return report.testResults.filter(
    (suite) => suite.status === 'failed' && suite.assertionResults.some((test) => test.status === 'failed'),
  ).length;
}
