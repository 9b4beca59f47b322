// The one walk over a build's file graph that the build scripts share (widget.mjs over rolldown's output,
// preload.mjs over the metafile); size.mjs keeps its own over the files on disk, on purpose: it checks
// what was written, not what the bundler says it wrote.

/** Static closure of `files` (the files themselves included), following `importsOf(file)`. */
export function staticClosure(files, importsOf) {
  const seen = new Set();
  const queue = [...files];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file));
  }
  return seen;
}
