/** The bundled examples (one folder per company under examples/), for tests in any package. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The examples' folder names, sorted. */
export const EXAMPLES = readdirSync(path.join(REPO_ROOT, 'examples'), { withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .map(entry => entry.name)
    .sort();

/** An example's .revorg files by name, in name order. */
export function exampleFiles(name: string): Record<string, string> {
    const dir = path.join(REPO_ROOT, 'examples', name);
    const files: Record<string, string> = {};
    for (const file of readdirSync(dir).filter(file => file.endsWith('.revorg')).sort()) files[file] = readFileSync(path.join(dir, file), 'utf8');
    return files;
}
