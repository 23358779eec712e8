/**
 * The project kept in the browser's local storage, so a reload (or coming back tomorrow) finds the
 * text as it was left. Stored as plain JSON under one key; a value that is not a project (another
 * version's, or edited by hand) is ignored rather than trusted.
 */
import { isProject, type Project } from './project.js';

const STORAGE_KEY = 'revorg.playground.project';

/** The part of the Web Storage API used here, so tests can pass a Map-backed one. */
export type ProjectStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function loadStoredProject(storage: ProjectStorage): Project | undefined {
    const text = storage.getItem(STORAGE_KEY);
    if (text === null) return undefined;
    try {
        const value: unknown = JSON.parse(text);
        return isProject(value) ? value : undefined;
    } catch {
        return undefined;
    }
}

/** Saves the project; false when the storage refuses it (full, or disabled in a private window). */
export function storeProject(storage: ProjectStorage, project: Project): boolean {
    try {
        storage.setItem(STORAGE_KEY, JSON.stringify(project));
        return true;
    } catch {
        return false;
    }
}
