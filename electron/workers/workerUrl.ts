/**
 * The URL of a worker entry that sits next to the calling code. Run from the sources (Node strips
 * the types: the browser host, the CLI, vitest) the caller is a `.ts` file in electron/workers and
 * the worker is `<name>.ts` beside it; in the Electron main bundle the caller is a chunk in out/main
 * and the worker was built as out/main/<name>.js (a second entry of the main build).
 */
export function workerUrl(name: string, from: string = import.meta.url): URL {
  const source = new URL(from).pathname.endsWith('.ts');
  return new URL(`./${name}.${source ? 'ts' : 'js'}`, from);
}
