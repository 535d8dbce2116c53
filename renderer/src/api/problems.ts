import type { AppError } from '../../../shared/contract/index.ts';
import { i18n, isLanguage } from '../i18n/index.ts';
import { renderFieldProblems, renderProblem, type Problem, type ProblemLanguage } from '../../../shared/kernel/problems.ts';
// Loads every domain's catalogue of problems, so any code the core sends can be rendered here.
import '../../../shared/contract/problems.ts';

/** The interface's language as the problem catalogue knows it. */
export function currentLanguage(): ProblemLanguage {
  return isLanguage(i18n.language) ? i18n.language : 'vi';
}

/** A problem in the interface's language. */
export function problemText(problem: Problem): string {
  return renderProblem(problem, currentLanguage());
}

/**
 * A failure's message and field messages in the interface's language, from its problems; a failure
 * without problems (a transport error, a core older than the catalogue) keeps its text.
 */
export function localised(error: AppError): AppError {
  const language = currentLanguage();
  const out: AppError = { ...error };
  if (error.problem) out.message = renderProblem(error.problem, language);
  if (error.fieldProblems) out.fields = { ...error.fields, ...renderFieldProblems(error.fieldProblems, language) };
  return out;
}
