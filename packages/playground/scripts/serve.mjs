#!/usr/bin/env node
// Serves the built playground (packages/playground/dist/) on http://localhost:PORT (env PORT,
// default 4173): a static file server on node:http, no dependency, as any static host would
// serve the folder. Also used by the Chromium test (test/browser/run-playground.mjs).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CONTENT_TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.map': 'application/json; charset=utf-8',
};

/**
 * Starts the server on `port` (0: any free port) over `folder`; resolves with its base URL and a close function.
 * @param {string} folder
 * @param {number} port
 * @returns {Promise<{ url: string; close: () => Promise<void> }>}
 */
export function serveFolder(folder, port) {
    const server = createServer((request, response) => {
        const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
        const file = path.join(folder, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
        // Nothing outside the folder, whatever `..` the path holds.
        if (!file.startsWith(folder + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
            response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
            return;
        }
        const type = CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (path.extname(file))] ?? 'application/octet-stream';
        response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
        createReadStream(file).pipe(response);
    });
    return new Promise(resolve => server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        const actual = typeof address === 'object' && address ? address.port : port;
        resolve({ url: `http://localhost:${actual}/`, close: () => new Promise(done => server.close(() => done(undefined))) });
    }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const folder = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'dist');
    if (!existsSync(path.join(folder, 'index.html'))) {
        console.error('No built playground: run `npm run build:playground` first.');
        process.exit(1);
    }
    const { url } = await serveFolder(folder, Number(process.env.PORT ?? 4173));
    console.log(`revorg playground: ${url}`);
}
