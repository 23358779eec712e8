import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
        // End-to-end tests start real processes; give them room on a loaded 2-core CI machine.
        testTimeout: 60_000,
        hookTimeout: 60_000,
    },
});
