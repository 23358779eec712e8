// The playground's service worker, as the source text the build writes to dist/service-worker.js
// with its cache name and file list filled in: it keeps a copy of the page's files so the
// playground opens offline once it has been loaded. Network first, so a new build is seen at once
// when online; the copy when offline. Only this origin's GET requests are touched.

/**
 * @param {string} cacheName a name that changes with the files' content
 * @param {readonly string[]} files the URLs to keep, relative to the worker
 * @returns {string}
 */
export function serviceWorkerSource(cacheName, files) {
    return `// Written by packages/playground/scripts/build.mjs (service-worker-source.mjs).
const CACHE_NAME = ${JSON.stringify(cacheName)};
const FILES = ${JSON.stringify(files)};

self.addEventListener('install', event => {
    event.waitUntil(caches.open(CACHE_NAME).then(cache => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
    event.waitUntil(caches.keys()
        .then(names => Promise.all(names.filter(name => name.startsWith('revorg-playground-') && name !== CACHE_NAME).map(name => caches.delete(name))))
        .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
    if (event.request.method !== 'GET' || new URL(event.request.url).origin !== self.location.origin) return;
    event.respondWith(fetch(event.request)
        .then(response => {
            if (response.ok) {
                const copy = response.clone();
                caches.open(CACHE_NAME).then(cache => cache.put(event.request, copy));
            }
            return response;
        })
        .catch(() => caches.match(event.request, { ignoreSearch: true }).then(found => found || Response.error())));
});
`;
}
