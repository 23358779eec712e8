// Preloaded by the benchmark (`node --import ./scripts/report-max-rss.mjs revorg.js ...`) to learn a
// whole process's peak memory without an external tool: at exit, prints the peak resident set
// size to stderr as `max-rss-kb <n>`. Node reports ru_maxrss in kilobytes on Linux.
process.on('exit', () => {
    process.stderr.write(`max-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
