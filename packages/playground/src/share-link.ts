/**
 * The whole model as a link: the project as JSON, deflated and written in base64url into the URL
 * fragment. A fragment never reaches the server, so sharing needs none, and a static host serves
 * the link like any other visit. CompressionStream is built into browsers (and Node), so this
 * costs no dependency.
 */
import { isProject, type Project } from './project.js';

/** Marks a fragment as a shared model, so other fragments (none today) cannot be mistaken for one. */
const PREFIX = 'model=';

export async function encodeProject(project: Project): Promise<string> {
    const json = new TextEncoder().encode(JSON.stringify(project));
    const deflated = await pipeThrough(json, new CompressionStream('deflate-raw'));
    return PREFIX + toBase64Url(deflated);
}

/** The project in a fragment (with or without its `#`), or undefined if it holds none or is damaged. */
export async function decodeProject(fragment: string): Promise<Project | undefined> {
    const body = fragment.replace(/^#/, '');
    if (!body.startsWith(PREFIX)) return undefined;
    try {
        const inflated = await pipeThrough(fromBase64Url(body.slice(PREFIX.length)), new DecompressionStream('deflate-raw'));
        const value: unknown = JSON.parse(new TextDecoder().decode(inflated));
        return isProject(value) ? value : undefined;
    } catch {
        // A link cut short by a chat client or typed by hand: treat it as no model rather than fail.
        return undefined;
    }
}

async function pipeThrough(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform);
    return new Uint8Array(await new Response(stream).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
    let binary = '';
    // Chunked: String.fromCharCode with a whole large model as arguments overflows the stack.
    for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    return bytes;
}
