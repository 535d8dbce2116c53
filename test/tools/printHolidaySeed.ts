/**
 * Prints the rows of migration 0008 (the holiday seed), generated once from seedHolidays(2020, 2035):
 *   npx node test/tools/printHolidaySeed.ts > /tmp/rows.txt
 * The migration holds them as literals (frozen: no app imports); test/unit/db/holidaySeed.test.ts
 * checks they still equal the rule's output.
 */
import { seedHolidays } from '../../shared/kernel/dates/holidays.ts';

for (const h of seedHolidays(2020, 2035)) console.log(`  ['${h.date}', ${JSON.stringify(h.name)}],`);
