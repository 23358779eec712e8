#!/usr/bin/env node
// `npm run check:quotes`: checks that every sentence the org-health report attributes to article 003
// (its section quotes and each stage need's quote) is in the article, word for word. The articles
// live beside the repository (../shared/seeds, or the folder given as the first argument), not in
// it, so this is a maintainer's check run after `npm run build`, not part of `npm test`, which
// never reads outside the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const seeds = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'seeds'));
const articleFile = existsSync(seeds) ? readdirSync(seeds).find(name => name.startsWith('003_')) : undefined;
if (!articleFile) {
    console.error(`check:quotes: no article 003 (003_*.txt) in ${seeds}; give the seeds folder as an argument`);
    process.exit(2);
}
const article = readFileSync(path.join(seeds, articleFile), 'utf8');
const { articleQuotes } = await import('../packages/insights/out/report/article.js');
const { STAGE_NEEDS } = await import('../packages/insights/out/report/stage-needs.js');
/** @type {string[]} */
const quotes = [...articleQuotes(), ...Object.values(STAGE_NEEDS).flatMap(needs => needs.map(/** @param {{ quote: string }} need */ need => need.quote))];
const missing = quotes.filter(quote => !article.includes(quote));
for (const quote of missing) console.error(`not in ${articleFile}: "${quote}"`);
console.log(`${quotes.length - missing.length} of ${quotes.length} quotes are the article's exact words`);
process.exit(missing.length > 0 ? 1 : 0);
