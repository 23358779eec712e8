// A guard put in front of the language server's worker bundle (scripts/build.mjs), for a bug of
// the worker as it stands: elkjs's bundled build, the first time it lays a diagram out, sees no
// `document` and a `self`, takes itself for a dedicated ELK worker and sets `self.onmessage` to
// its own dispatcher (elk.bundled.js, `if(typeof document===SCe&&typeof self!==SCe){...
// self.onmessage=j.saveDispatch}`). vscode-jsonrpc's BrowserMessageReader listens through that
// same `onmessage`, so after the first `revorg/diagram` answer the server never hears another
// message: no diagnostics, no completion, no second diagram.
//
// The guard keeps `onmessage` for whoever sets it first (the server's reader, when the
// connection is made) and ignores a later assignment of ELK's dispatcher, recognised by its code
// (`.dispatch(` and `postMessage({id:`, property names that minification keeps). To be removed
// once packages/server's worker entry protects its message channel itself.
export const ELK_ONMESSAGE_GUARD = `(() => {
    const scope = self;
    let handler = null;
    scope.addEventListener('message', event => { if (handler) handler.call(scope, event); });
    const isElkDispatcher = value => typeof value === 'function' && /\\.dispatch\\(/.test(String(value)) && /postMessage\\(\\{id:/.test(String(value));
    Object.defineProperty(scope, 'onmessage', {
        configurable: true,
        get: () => handler,
        set: value => { if (!isElkDispatcher(value)) handler = value; },
    });
})();`;
