/**
 * The extension's Getting Started walkthrough and its declared capabilities, read from
 * packages/extension/package.json: every step's media exists and is packaged (an image has its
 * alt text), every command a step links to or completes on is one the extension contributes, and
 * the starter model the first step opens parses and has exactly the one problem the last step
 * fixes.
 */
import { clearDocuments } from 'langium/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lintModel, testServices } from '../packages/language/test/rule-tester.js';
import { EXTENSION_DIR, packagedFiles } from './extension-package.js';

type ThemedPath = string | { light: string; dark: string; hc?: string; hcLight?: string };

interface Step {
    id: string;
    title: string;
    description: string;
    media: { image?: ThemedPath; svg?: string; markdown?: string; altText?: string };
    completionEvents?: string[];
}

interface Manifest {
    capabilities?: {
        untrustedWorkspaces?: { supported: boolean | 'limited'; description?: string; restrictedConfigurations?: string[] };
        virtualWorkspaces?: boolean | { supported: boolean | 'limited'; description?: string };
    };
    contributes: {
        commands: Array<{ command: string }>;
        walkthroughs?: Array<{ id: string; title: string; description: string; steps: Step[] }>;
    };
}

const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'package.json'), 'utf8')) as Manifest;
const contributed = new Set(manifest.contributes.commands.map(command => command.command));
const walkthroughs = manifest.contributes.walkthroughs ?? [];
const steps = walkthroughs.flatMap(walkthrough => walkthrough.steps);

/** The files a step shows: its markdown, its svg, or its image in every theme. */
function mediaFiles(step: Step): string[] {
    const { image, svg, markdown } = step.media;
    const images = image === undefined ? [] : typeof image === 'string' ? [image] : [image.light, image.dark, image.hc, image.hcLight].filter((file): file is string => file !== undefined);
    return [...images, ...(svg ? [svg] : []), ...(markdown ? [markdown] : [])];
}

/** The commands a step runs: `command:` links in its description and `onCommand:` completion events. */
function commandsOf(step: Step): string[] {
    const linked = [...step.description.matchAll(/\(command:([\w.-]+)/g)].map(match => match[1]);
    const completing = (step.completionEvents ?? []).filter(event => event.startsWith('onCommand:')).map(event => event.slice('onCommand:'.length));
    return [...linked, ...completing];
}

afterEach(async () => {
    await clearDocuments(testServices.shared);
});

describe('the Getting Started walkthrough', () => {
    it('is contributed, with steps that each say what to do', () => {
        expect(walkthroughs).toHaveLength(1);
        expect(steps.map(step => step.id)).toEqual(['createModel', 'openPreview', 'fixProblem']);
        for (const step of steps) {
            expect(step.title).not.toBe('');
            expect(commandsOf(step).length, `${step.id} runs a command`).toBeGreaterThan(0);
        }
    });

    it.each(steps.map(step => [step.id, step] as const))('%s: one kind of media, on disk and in the package', (_id, step) => {
        const kinds = (['image', 'svg', 'markdown'] as const).filter(kind => step.media[kind] !== undefined);
        expect(kinds).toHaveLength(1);
        if (step.media.image !== undefined) expect(step.media.altText?.trim()).toBeTruthy();
        const files = mediaFiles(step);
        expect(files.length).toBeGreaterThan(0);
        for (const file of files) {
            expect(existsSync(path.join(EXTENSION_DIR, file)), `${file} exists`).toBe(true);
            expect(packagedFiles(), `${file} is packaged`).toContain(file);
        }
    });

    it.each(steps.map(step => [step.id, step] as const))('%s: runs only commands the extension contributes', (_id, step) => {
        for (const command of commandsOf(step)) expect(contributed, command).toContain(command);
    });

    it('opens a starter model that is packaged, parses, and has the one problem the last step fixes', async () => {
        const starter = 'media/walkthrough/starter.revorg';
        expect(packagedFiles()).toContain(starter);
        const source = readFileSync(path.join(EXTENSION_DIR, starter), 'utf8');
        const { diagnostics } = await lintModel(source);
        expect(diagnostics.map(diagnostic => diagnostic.code)).toEqual(['handoff-sla-required']);
        expect(steps.at(-1)?.description).toContain('%5B%22handoff-sla-required%22%5D');
    });
});

describe('the capabilities the extension declares', () => {
    it('runs in untrusted workspaces: the server runs no code of the workspace, it reads .revorg and JSON', () => {
        expect(manifest.capabilities?.untrustedWorkspaces).toEqual({ supported: true });
    });

    it('runs in virtual workspaces (github.dev), with a browser entry: the server reads the files through the client', () => {
        expect(manifest.capabilities?.virtualWorkspaces).toBe(true);
        expect((manifest as { browser?: string }).browser).toBe('./dist/web/extension.cjs');
    });
});
