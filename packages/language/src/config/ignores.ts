/**
 * The `ignores` of revorg.config.json as a test on a file: globs relative to the folder of the
 * config (the model root), matched as ESLint matches its `ignores` (picomatch, `**` across folders,
 * dot files included). The CLI and the language server both ask this one matcher, so a file is
 * left out of the model in the editor exactly when it is in CI. URIs, not paths, so that it works
 * on virtual file systems too.
 */
import picomatch from 'picomatch/posix.js';
import { URI } from 'langium';

export type IgnoreTest = (uri: URI) => boolean;

export const IGNORE_NOTHING: IgnoreTest = () => false;

export function ignoreMatcher(root: URI, globs: readonly string[]): IgnoreTest {
    if (globs.length === 0) return IGNORE_NOTHING;
    const matches = picomatch([...globs], { dot: true });
    const rootPath = root.path.endsWith('/') ? root.path : `${root.path}/`;
    return uri => {
        if (uri.scheme !== root.scheme || uri.authority !== root.authority || !uri.path.startsWith(rootPath)) return false;
        return matches(uri.path.slice(rootPath.length));
    };
}

/** The same test on file system paths, for the CLI. */
export function pathIgnoreMatcher(root: string, globs: readonly string[]): (path: string) => boolean {
    const test = ignoreMatcher(URI.file(root), globs);
    return path => test(URI.file(path));
}
