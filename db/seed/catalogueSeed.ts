/** The shape of a frozen catalogue edition: one table, typed columns, rows in CSV order. */
export type ColumnType = 'TEXT' | 'INTEGER' | 'REAL';
export type CatalogueValue = string | number | null;

export interface CatalogueSeed {
  /** Table name: cat_<csv name with _>. */
  table: string;
  columns: { name: string; type: ColumnType }[];
  primaryKey: string[];
  rows: CatalogueValue[][];
}

/** Primary keys of catalogues without a plain `code` column. */
export const primaryKeys: Record<string, string[]> = {
  cat_badge_milestones: ['years'],
  cat_education: ['kind', 'code'],
  cat_rating_categories: ['regime', 'applies_to', 'code'],
  cat_rating_regimes: ['regime'],
  cat_report_bands: ['kind', 'code'],
};
