// Prints one line "N passed, N failed" from vitest's JSON report. A test file that failed to load (no failed test of
// its own) counts as one failure; a missing or unreadable report counts as a failure too.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
try {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const brokenFiles = report.testResults.filter(
    (result) => result.status === 'failed' && !result.assertionResults.some((test) => test.status === 'failed'),
  ).length;
  console.log(`${report.numPassedTests} passed, ${report.numFailedTests + brokenFiles} failed`);
} catch (error) {
  console.log('0 passed, 1 failed');
  console.error(`${file}: cannot read the test report (${error.message})`);
}
