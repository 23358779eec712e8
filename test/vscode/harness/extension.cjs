// Activates on start-up; runs the suite only when the test runner asked for it.
const fs = require('node:fs');
const vscode = require('vscode');
const { runSuite } = require('./suite.cjs');

async function activate() {
    const resultsFile = process.env.REVORG_E2E_RESULTS;
    if (!resultsFile) return;
    const results = await runSuite(vscode, message => fs.appendFileSync(`${resultsFile}.log`, `${new Date().toISOString()} ${message}\n`), { webExtensionHost: process.env.REVORG_E2E_WEB_EXTENSION_HOST === '1' });
    fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2));
}

module.exports = { activate, deactivate() {} };
