#!/usr/bin/env node
// The bundle built by `npm run build` (packages/cli/scripts/bundle.mjs): much faster to load than out/.
import '../dist/revorg.mjs';
