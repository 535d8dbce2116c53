/**
 * Problems: what a rule or a service found wrong, as a code with parameters, never as text. One
 * catalogue turns a code into Vietnamese or English (ARCHITECTURE.md, "One catalogue of problems").
 *
 * Each domain declares its problems in `shared/<domain>/problems.ts` with `defineProblems`, as
 * `{ vi, en }` templates whose `{{name}}` placeholders are the problem's parameters; the factories it
 * returns are typed by those placeholders. `shared/contract/problems.ts` loads every domain's
 * catalogue, so the core (the envelope's Vietnamese `message`) and the renderer (the current language)
 * render the same texts.
 *
 * A parameter is a string, a number (written as is: a year stays 2025) or another problem, rendered
 * in the same language ("Dòng 7 (…): {{problem}}").
 */

export const problemLanguages = ['vi', 'en'] as const;
export type ProblemLanguage = (typeof problemLanguages)[number];

export type ProblemParam = string | number | Problem;
export interface Problem {
  code: string;
  params: Record<string, ProblemParam>;
}

export interface ProblemText {
  vi: string;
  en: string;
}

/** The placeholder names of a template: "{{a}} và {{b}}" → 'a' | 'b'. */
export type ParamNames<S extends string> = S extends `${string}{{${infer N}}}${infer Rest}` ? N | ParamNames<Rest> : never;

/** The factory of one problem: no argument when its text has no placeholder. */
export type ProblemFactory<S extends string> = [ParamNames<S>] extends [never] ? () => Problem : (params: Record<ParamNames<S>, ProblemParam>) => Problem;

export type ProblemFactories<T extends Record<string, ProblemText>> = { readonly [K in keyof T & string]: ProblemFactory<T[K]['vi']> };

const catalogue = new Map<string, ProblemText>();

/**
 * Declares a domain's problems: codes are `<domain>.<key>`. Returns one factory per key. Declaring is
 * registering: a service cannot make a problem without loading the module that holds its texts.
 */
export function defineProblems<const T extends Record<string, ProblemText>>(domain: string, texts: T): ProblemFactories<T> {
  const factories: Record<string, (params?: Record<string, ProblemParam>) => Problem> = {};
  for (const [key, text] of Object.entries(texts)) {
    const code = `${domain}.${key}`;
    catalogue.set(code, text);
    factories[key] = (params = {}) => ({ code, params });
  }
  return factories as ProblemFactories<T>;
}

/** Every declared problem code with its texts (the catalogue tests walk it). */
export function problemCatalogue(): ReadonlyMap<string, ProblemText> {
  return catalogue;
}

/** The placeholder names of a template, sorted. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] as string))].sort();
}

export function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  if (!('code' in value) || typeof value.code !== 'string') return false;
  if (!('params' in value) || typeof value.params !== 'object' || value.params === null) return false;
  return Object.values(value.params).every((p) => typeof p === 'string' || typeof p === 'number' || isProblem(p));
}

/** A problem's text in a language; an unknown code shows itself (never an empty message). */
export function renderProblem(problem: Problem, language: ProblemLanguage = 'vi'): string {
  const text = catalogue.get(problem.code);
  if (!text) return problem.code;
  return text[language].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = problem.params[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? renderProblem(value, language) : String(value);
  });
}

/** Per-field problems rendered in a language. */
export function renderFieldProblems(fields: Readonly<Record<string, Problem>>, language: ProblemLanguage = 'vi'): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([key, p]) => [key, renderProblem(p, language)]));
}

/** Problems shared by every domain (the envelope's generic failures). */
export const kernelProblems = defineProblems('kernel', {
  badInput: { vi: 'Dữ liệu chưa hợp lệ: {{detail}}', en: 'The data is not valid: {{detail}}' },
  badInputBare: { vi: 'Dữ liệu chưa hợp lệ.', en: 'The data is not valid.' },
  /** A schema's own message (Vietnamese, from zod or the schema): the English interface says it is not valid. */
  invalidField: { vi: '{{detail}}', en: 'Not valid ({{detail}})' },
  unknownMethod: { vi: 'Không có chức năng "{{method}}".', en: 'There is no function "{{method}}".' },
  forbidden: { vi: 'Tài khoản của bạn không có quyền thực hiện thao tác này.', en: 'Your account is not allowed to do this.' },
  /** A phrase made a sentence. */
  sentence: { vi: '{{text}}.', en: '{{text}}.' },
  /** Two phrases of one sentence. */
  join: { vi: '{{first}}; {{rest}}', en: '{{first}}; {{rest}}' },
  futureDate: { vi: 'Ngày ở tương lai', en: 'Date in the future' },
  futureDecisionDate: { vi: 'Ngày quyết định ở tương lai.', en: 'The decision date is in the future.' },
  notInCatalogue: { vi: 'Không có trong danh mục', en: 'Not in the catalogue' },
  // What SQLite's errors mean to the clerk (electron/core/dispatch.ts, failureOf).
  corrupt: {
    vi: 'Tệp dữ liệu bị hỏng ở phần vừa đọc, nên thao tác này không thực hiện được; thay đổi chưa được lưu. Hãy đóng ứng dụng: lần mở sau sẽ kiểm tra toàn bộ tệp. Nếu kiểm tra báo hỏng, hãy liên hệ quản trị viên để khôi phục từ bản sao lưu gần nhất. {{backup}}',
    en: 'The data file is damaged in the part just read, so this could not be done; the change was not saved. Close the application: the next start checks the whole file. If the check finds damage, ask the administrator to restore the latest backup. {{backup}}',
  },
  latestBackup: { vi: 'Bản sao lưu gần nhất: {{path}}.', en: 'Latest backup: {{path}}.' },
  noBackup: { vi: 'Không tìm thấy bản sao lưu nào.', en: 'No backup was found.' },
  diskFull: {
    vi: 'Ổ đĩa đã đầy: chưa lưu được thay đổi, dữ liệu cũ vẫn nguyên vẹn. Hãy giải phóng dung lượng rồi lưu lại.',
    en: 'The disk is full: the change was not saved, the earlier data is intact. Free some space and save again.',
  },
  readOnly: {
    vi: 'Không ghi được vào tệp dữ liệu (tệp chỉ đọc hoặc không có quyền). Thay đổi chưa được lưu.',
    en: 'The data file cannot be written (it is read-only or not permitted). The change was not saved.',
  },
  busy: { vi: 'Cơ sở dữ liệu đang bận; hãy thử lại sau giây lát.', en: 'The database is busy; try again in a moment.' },
  constraint: {
    vi: 'Dữ liệu vi phạm ràng buộc của cơ sở dữ liệu (mã danh mục hoặc liên kết không hợp lệ). Thay đổi chưa được lưu.',
    en: "The data breaks a constraint of the database (a catalogue code or a link is not valid). The change was not saved.",
  },
  unexpected: { vi: 'Đã xảy ra lỗi không mong muốn; thay đổi chưa được lưu.', en: 'An unexpected error occurred; the change was not saved.' },
  coreGone: {
    vi: 'Bộ xử lý dữ liệu đã dừng bất thường; thay đổi chưa được lưu. Hãy đóng và mở lại ứng dụng.',
    en: 'The data processor stopped unexpectedly; the change was not saved. Close and reopen the application.',
  },
  batchRolledBack: {
    vi: 'Không lưu: một lệnh khác trong cùng lô bị từ chối nên cả lô được hủy.',
    en: 'Not saved: another call in the same batch was refused, so the whole batch was cancelled.',
  },
  batchNotRun: { vi: 'Không chạy: một lệnh trước đó trong cùng lô bị từ chối.', en: 'Not run: an earlier call in the same batch was refused.' },
  /** Text not (yet) in the catalogue: shown as written, in every language. */
  text: { vi: '{{text}}', en: '{{text}}' },
});

/** Phrases joined with "; " in one sentence ending with a full stop; null for none. */
export function sentenceOf(phrases: readonly Problem[]): Problem | null {
  const last = phrases.at(-1);
  if (!last) return null;
  const joined = phrases.slice(0, -1).reduceRight<Problem>((rest, first) => kernelProblems.join({ first, rest }), last);
  return kernelProblems.sentence({ text: joined });
}

/** The phrase of a sentence (its text without the full stop); any other problem as it is. */
export function phraseOf(problem: Problem): Problem {
  const text = problem.params.text;
  return problem.code === 'kernel.sentence' && typeof text === 'object' ? text : problem;
}
