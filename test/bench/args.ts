import { parseArgs } from 'node:util';

export interface BenchArgs {
  members: number;
  dataDir: string | null;
  reuse: boolean;
  seed: number;
  searches: number;
  pages: number;
  saves: number;
  coldStarts: number;
  /** Exit with status 1 when a target is missed (errors always exit 1). */
  strict: boolean;
  /** Leave out the demo-as-a-job scenario (it builds the province twice more). */
  skipDemoJob: boolean;
  /** Run only these report keys (e.g. ui), after checking the database; null: every scenario. */
  only: ReadonlySet<BenchScenario> | null;
  /** How many times each interaction of the ui scenario is measured. */
  uiRuns: number;
}

/** The report keys --only can name. */
export const benchScenarios = ['search', 'subtreePage', 'save', 'statusAsOf', 'badges', 'ratings', 'backup', 'duringJobs', 'demoJob', 'coldStart', 'ui', 'cadreOpen', 'digest', 'decisionSave', 'cadreSearch'] as const;
export type BenchScenario = (typeof benchScenarios)[number];

export const BENCH_USAGE = `Usage: npm run bench -- [--members N] [--data-dir D] [--reuse] [--seed S]
                         [--searches 1000] [--pages 300] [--saves 200] [--cold-starts 3] [--strict]
                         [--only ui,coldStart,…] [--ui-runs 20]
  --members N     demo province size (default 500000)
  --data-dir D    where so-to-chuc.db lives (default: a new temporary folder)
  --reuse         keep the database in D when it already holds the N demo members
  --strict        exit 1 when a target is missed
  --no-demo-job   leave out building the demo province as a job (twice more)
  --only K,…      run only these scenarios (report keys: ${benchScenarios.join(', ')}); the database is checked first
  --ui-runs N     times each screen interaction is measured in Chromium (default 20)`;

function positiveInt(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text)) throw new Error(`--${name} must be a whole number, got "${text}"`);
  return Number(text);
}

function parseOnly(text: string): ReadonlySet<BenchScenario> {
  const names = text.split(',').map((n) => n.trim()).filter(Boolean);
  const unknown = names.filter((n) => !benchScenarios.some((k) => k === n));
  if (names.length === 0 || unknown.length > 0) throw new Error(`--only takes report keys among ${benchScenarios.join(', ')}; got "${text}"`);
  return new Set(names as BenchScenario[]);
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      members: { type: 'string' },
      'data-dir': { type: 'string' },
      reuse: { type: 'boolean' },
      seed: { type: 'string' },
      searches: { type: 'string' },
      pages: { type: 'string' },
      saves: { type: 'string' },
      'cold-starts': { type: 'string' },
      'no-demo-job': { type: 'boolean' },
      strict: { type: 'boolean' },
      only: { type: 'string' },
      'ui-runs': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) throw new Error(BENCH_USAGE);
  return {
    members: positiveInt('members', values.members, 500_000),
    dataDir: values['data-dir'] ?? null,
    reuse: values.reuse === true,
    seed: positiveInt('seed', values.seed, 2025),
    searches: positiveInt('searches', values.searches, 1000),
    pages: positiveInt('pages', values.pages, 300),
    saves: positiveInt('saves', values.saves, 200),
    coldStarts: positiveInt('cold-starts', values['cold-starts'], 3),
    strict: values.strict === true,
    skipDemoJob: values['no-demo-job'] === true,
    only: values.only === undefined ? null : parseOnly(values.only),
    uiRuns: positiveInt('ui-runs', values['ui-runs'], 20),
  };
}
