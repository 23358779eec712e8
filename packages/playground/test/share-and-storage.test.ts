// The playground's model outside the page: a share link decodes to exactly the project it was
// made from (every file, the config, any character), a damaged link to nothing; local storage
// keeps the project and ignores what is not one.
import { describe, expect, it } from 'vitest';
import { fileNameOfUri, normalizeFileName, uriOfFile, type Project } from '../src/project.js';
import { decodeProject, encodeProject } from '../src/share-link.js';
import { loadStoredProject, storeProject, type ProjectStorage } from '../src/storage.js';

const project: Project = {
    files: [
        { name: 'org.revorg', text: 'organization "Acme ✓ “quoted” <b>" {\n    arr: $12M\n}\n' },
        { name: 'pipeline file.revorg', text: 'role SDR "Sales Development Rep" {\n    kind: sdr\n}\n'.repeat(500) },
    ],
    config: '{ "rules": { "handoff-sla-required": "off" } }',
};

function memoryStorage(): ProjectStorage & { values: Map<string, string> } {
    const values = new Map<string, string>();
    return { values, getItem: key => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

describe('share links', () => {
    it('round-trips a project through the URL fragment, compressed and URL-safe', async () => {
        const fragment = await encodeProject(project);
        expect(fragment).toMatch(/^model=[A-Za-z0-9_-]+$/);
        // 500 repeated declarations deflate to far less than their text.
        expect(fragment.length).toBeLessThan(JSON.stringify(project).length / 10);
        expect(await decodeProject(`#${fragment}`)).toEqual(project);
        expect(await decodeProject(fragment)).toEqual(project);
    });

    it('reads a cut, foreign or empty fragment as no model', async () => {
        const fragment = await encodeProject(project);
        expect(await decodeProject(fragment.slice(0, fragment.length / 2))).toBeUndefined();
        expect(await decodeProject('#section-2')).toBeUndefined();
        expect(await decodeProject('')).toBeUndefined();
    });
});

describe('local storage', () => {
    it('keeps the project across a reload', () => {
        const storage = memoryStorage();
        expect(loadStoredProject(storage)).toBeUndefined();
        expect(storeProject(storage, project)).toBe(true);
        expect(loadStoredProject(storage)).toEqual(project);
    });

    it('ignores a stored value that is not a project', () => {
        const storage = memoryStorage();
        storage.setItem('revorg.playground.project', '{"files": "nope"}');
        expect(loadStoredProject(storage)).toBeUndefined();
        storage.setItem('revorg.playground.project', 'not json');
        expect(loadStoredProject(storage)).toBeUndefined();
    });

    it('says so when the storage refuses (full, or a private window)', () => {
        const full: ProjectStorage = { getItem: () => null, setItem: () => { throw new DOMException('quota', 'QuotaExceededError'); } };
        expect(storeProject(full, project)).toBe(false);
    });
});

describe('file names', () => {
    it('maps names to URIs under the playground folder and back', () => {
        expect(uriOfFile('pipeline file.revorg')).toBe('file:///playground/pipeline%20file.revorg');
        expect(fileNameOfUri(uriOfFile('pipeline file.revorg'))).toBe('pipeline file.revorg');
        expect(fileNameOfUri('file:///elsewhere/org.revorg')).toBeUndefined();
        expect(fileNameOfUri('file:///playground/sub/org.revorg')).toBeUndefined();
    });

    it('makes a typed name one .revorg file', () => {
        expect(normalizeFileName(' segments ')).toBe('segments.revorg');
        expect(normalizeFileName('a/b.revorg')).toBe('a-b.revorg');
        expect(normalizeFileName('  ')).toBeUndefined();
    });
});
