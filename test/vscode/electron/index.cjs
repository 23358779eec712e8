// Entry point for @vscode/test-electron: runs the same suite as the code-server run.
const vscode = require('vscode');
const { runSuite } = require('../harness/suite.cjs');

async function run() {
    const results = await runSuite(vscode, message => console.log(message));
    const failed = results.filter(result => !result.ok);
    console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
    if (failed.length > 0) throw new Error(failed.map(result => `${result.name}: ${result.error}`).join('\n'));
}

module.exports = { run };
