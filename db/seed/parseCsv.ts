import { parse } from 'csv-parse/sync';
import { primaryKeys, type CatalogueSeed, type CatalogueValue, type ColumnType } from './catalogueSeed.ts';

const INTEGER = /^-?\d+$/;
const REAL = /^-?\d+(\.\d+)?$/;
const YES_NO = new Set(['yes', 'no']);

function columnType(values: string[]): { type: ColumnType; yesNo: boolean } {
  const present = values.filter((v) => v !== '');
  if (present.length > 0 && present.every((v) => YES_NO.has(v))) return { type: 'INTEGER', yesNo: true };
  if (present.length > 0 && present.every((v) => INTEGER.test(v))) return { type: 'INTEGER', yesNo: false };
  if (present.length > 0 && present.every((v) => REAL.test(v))) return { type: 'REAL', yesNo: false };
  return { type: 'TEXT', yesNo: false };
}

/** Parses one catalogue CSV (header row, UTF-8, NFC) into a typed seed; yes/no become 1/0, empty cells null. */
export function parseCatalogueCsv(name: string, csv: string): CatalogueSeed {
  const records: string[][] = parse(csv.normalize('NFC'), { skip_empty_lines: true, trim: true });
  const [header, ...data] = records;
  if (!header) throw new Error(`${name}: empty catalogue`);
  const table = `cat_${name.replace(/-/g, '_')}`;
  // Codes stay text (ethnic group codes are digits, yet members refer to them as codes).
  const types = header.map((h, i) => (h === 'code' ? { type: 'TEXT' as const, yesNo: false } : columnType(data.map((r) => r[i] ?? ''))));
  const rows = data.map((r) =>
    header.map((_, i): CatalogueValue => {
      const v = r[i] ?? '';
      const t = types[i];
      if (v === '' || !t) return null;
      if (t.yesNo) return v === 'yes' ? 1 : 0;
      return t.type === 'TEXT' ? v : Number(v);
    }),
  );
  return {
    table,
    columns: header.map((h, i) => ({ name: h, type: types[i]?.type ?? 'TEXT' })),
    primaryKey: primaryKeys[table] ?? ['code'],
    rows,
  };
}
