/**
 * Every domain's catalogue of problems, loaded together: the renderer imports this file so that any
 * code the core sends can be rendered, and the catalogue tests walk it. A new domain with problems
 * adds one line here.
 */
import '../kernel/problems.ts';
import '../badges/problems.ts';
import '../cadres/problems.ts';
import '../cadres/warnings.ts';
import '../catalogues/problems.ts';
import '../decisions/problems.ts';
import '../events/problems.ts';
import '../jobs/problems.ts';
import '../memberFile/problems.ts';
import '../members/problems.ts';
import '../organisations/problems.ts';
import '../ratings/problems.ts';
import '../system/problems.ts';

export { placeholders, problemCatalogue, renderProblem, sentenceOf } from '../kernel/problems.ts';
