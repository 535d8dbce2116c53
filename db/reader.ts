import { openConnection, type Connection } from './connection.ts';

/**
 * A read-only connection of its own for long reads (a job's export or tally): in WAL mode it reads the
 * last committed state while the app's connection goes on writing, and never blocks it.
 */
export function openReader(file: string): Connection {
  const connection = openConnection(file, { readonly: true });
  connection.sqlite.pragma('busy_timeout = 5000');
  connection.sqlite.pragma('cache_size = -65536');
  connection.sqlite.pragma('mmap_size = 2147418112');
  return connection;
}
