import BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDatabase } from 'kysely';
import type { Database } from './schema.ts';

export type Sqlite = BetterSqlite3.Database;

export interface Connection {
  sqlite: Sqlite;
  db: Kysely<Database>;
  /** Set when a call met a damaged page (SQLITE_CORRUPT, SQLITE_NOTADB): the session is not marked closed cleanly. */
  damageSeen: boolean;
  close(): void;
}

export type DatabaseFileErrorKind = 'CORRUPT' | 'UNREADABLE' | 'READ_ONLY' | 'DISK_FULL';

/** Raised when the file cannot be used as it is; the caller shows `message` (Vietnamese). */
export class DatabaseFileError extends Error {
  readonly kind: DatabaseFileErrorKind;
  constructor(kind: DatabaseFileErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseFileError';
    this.kind = kind;
  }
}

/** The error's SQLite or file-system code (SQLITE_READONLY_DIRECTORY, ENOSPC…), when it has one. */
export function errorCode(error: unknown): string | null {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : null;
}

/**
 * What an SQLite error met while opening says about the file. Not being allowed to write (a read-only
 * folder, file or disk: SQLITE_READONLY_DIRECTORY from journal_mode=WAL, SQLITE_CANTOPEN, SQLITE_PERM)
 * and a full disk damage nothing, and must not be called a damaged file.
 */
function openFailureKind(cause: unknown, fallback: DatabaseFileErrorKind): DatabaseFileErrorKind {
  const code = errorCode(cause) ?? '';
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') return 'READ_ONLY';
  if (code === 'SQLITE_FULL') return 'DISK_FULL';
  return fallback;
}

const fileMessages: Record<DatabaseFileErrorKind, string> = {
  CORRUPT: 'Tệp cơ sở dữ liệu bị hỏng hoặc không phải là cơ sở dữ liệu của Sổ Tổ Chức.',
  UNREADABLE: 'Không mở được tệp cơ sở dữ liệu (tệp bị khóa, không có quyền hoặc không tồn tại).',
  READ_ONLY: 'Không có quyền ghi vào thư mục dữ liệu hoặc tệp dữ liệu (thư mục, tệp hoặc ổ đĩa chỉ đọc). Dữ liệu không bị hỏng.',
  DISK_FULL: 'Ổ đĩa chứa dữ liệu đã đầy. Dữ liệu không bị hỏng.',
};

function fileError(cause: unknown, fallback: DatabaseFileErrorKind): DatabaseFileError {
  const kind = openFailureKind(cause, fallback);
  return new DatabaseFileError(kind, fileMessages[kind], { cause });
}

/**
 * The pragmas every connection runs right after opening. synchronous=FULL is re-asserted after
 * journal_mode=WAL because the build defaults WAL databases back to NORMAL.
 */
export function applyPragmas(sqlite: Sqlite): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('temp_store = MEMORY');
  sqlite.pragma('cache_size = -65536'); // 64 MiB page cache
  // Reads of pages outside the cache come straight from the OS file cache instead of a read() each.
  sqlite.pragma('mmap_size = 2147418112'); // SQLite's default upper limit (SQLITE_MAX_MMAP_SIZE)
  // Checkpoints run after the answer, not inside a save (see scheduleCheckpoints); SQLite still
  // checkpoints when the last connection closes.
  sqlite.pragma('wal_autocheckpoint = 0');
  if (sqlite.pragma('synchronous', { simple: true }) !== 2) {
    throw new Error('synchronous=FULL could not be set');
  }
}

/** Most distinct SQL texts kept prepared (queries with IN-lists of varying length make new texts). */
const STATEMENT_CACHE_SIZE = 500;

/**
 * The connection as Kysely sees it, with prepared statements reused by SQL text: preparing costs
 * more than running most of the app's queries. Kysely runs one query at a time on the connection,
 * so a cached statement is never in use twice at once.
 */
function withStatementCache(sqlite: Sqlite): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(source: string) {
      let statement = cache.get(source);
      if (statement) {
        cache.delete(source); // most recently used last
      } else {
        statement = sqlite.prepare(source);
        if (cache.size >= STATEMENT_CACHE_SIZE) {
          const oldest = cache.keys().next().value;
          if (oldest !== undefined) cache.delete(oldest);
        }
      }
      cache.set(source, statement);
      return statement;
    },
  };
}

/**
 * Kysely's SQLite driver with two changes. A write connection begins `BEGIN IMMEDIATE`: the write lock
 * is taken at BEGIN, where the busy timeout can wait for another writer, instead of at the first write
 * inside the transaction, where SQLite must fail at once (SQLITE_BUSY) to avoid a deadlock. And when
 * SQLite has already rolled the transaction back itself (it does on SQLITE_FULL or an I/O error while
 * writing the WAL), the ROLLBACK Kysely sends would fail with "no transaction is active" and hide the
 * real error: it is skipped, so SQLite's own error reaches the caller.
 */
class AppSqliteDriver extends SqliteDriver {
  readonly #sqlite: Sqlite;
  readonly #begin: CompiledQuery;
  constructor(sqlite: Sqlite, database: SqliteDatabase, immediate: boolean) {
    super({ database });
    this.#sqlite = sqlite;
    this.#begin = CompiledQuery.raw(immediate ? 'begin immediate' : 'begin');
  }
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(this.#begin);
  }
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (!this.#sqlite.inTransaction) return;
    try {
      await super.rollbackTransaction(connection);
    } catch (error) {
      // Ended underneath us after all: the error that ended it is the one the caller sees.
      if (this.#sqlite.inTransaction) throw error;
    }
  }
}

class AppSqliteDialect extends SqliteDialect {
  readonly #driver: () => Driver;
  constructor(sqlite: Sqlite, immediate: boolean) {
    const database = withStatementCache(sqlite);
    super({ database });
    this.#driver = () => new AppSqliteDriver(sqlite, database, immediate);
  }
  override createDriver(): Driver {
    return this.#driver();
  }
}

/** Opens (or creates) the database file and applies the pragmas. ':memory:' works for tests. */
export function openConnection(file: string, options: { readonly?: boolean } = {}): Connection {
  let sqlite: Sqlite;
  try {
    sqlite = new BetterSqlite3(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (cause) {
    throw fileError(cause, 'UNREADABLE');
  }
  try {
    if (!options.readonly) applyPragmas(sqlite);
    else sqlite.pragma('foreign_keys = ON');
  } catch (cause) {
    sqlite.close();
    throw fileError(cause, 'CORRUPT');
  }
  const db = new Kysely<Database>({ dialect: new AppSqliteDialect(sqlite, !(options.readonly ?? false)) });
  return {
    sqlite,
    db,
    damageSeen: false,
    close() {
      if (sqlite.open) sqlite.close();
    },
  };
}

/** PRAGMA quick_check: true when the file's structure is sound. */
export function quickCheck(sqlite: Sqlite): { ok: boolean; problems: string[] } {
  try {
    const rows = sqlite.pragma('quick_check(20)') as { quick_check: string }[];
    const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
    return { ok: problems.length === 0, problems };
  } catch (cause) {
    return { ok: false, problems: [String(cause)] };
  }
}

/** Copies committed WAL frames into the database file without waiting for readers (PRAGMA wal_checkpoint(PASSIVE)). */
export function checkpoint(sqlite: Sqlite): { log: number; checkpointed: number } {
  const [row] = sqlite.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
  return { log: row?.log ?? 0, checkpointed: row?.checkpointed ?? 0 };
}

/**
 * Checkpoints off the commit path: a write calls `wrote()`; a checkpoint runs `delayMs` after the
 * last write (or at once, after the answer, after more than `maxWrites` writes without a pause), so a durable
 * save never pays for copying other saves' pages into the database file.
 */
export function scheduleCheckpoints(sqlite: Sqlite, options: { delayMs: number; maxWrites: number; onError?: (error: unknown) => void }) {
  let timer: NodeJS.Timeout | null = null;
  let pending = 0;
  const run = () => {
    timer = null;
    pending = 0;
    if (!sqlite.open) return;
    try {
      checkpoint(sqlite);
    } catch (error) {
      options.onError?.(error);
    }
  };
  return {
    wrote(): void {
      pending += 1;
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, pending > options.maxWrites ? 0 : options.delayMs);
      timer.unref();
    },
    flush(): void {
      if (timer) clearTimeout(timer);
      run();
    },
    cancel(): void {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}

/** A cheap structural read of the schema: throws on a file that is not an SQLite database. */
export function readSchema(sqlite: Sqlite): void {
  sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
}
