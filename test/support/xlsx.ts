import ExcelJS from 'exceljs';

/** A list file read back with exceljs: its first sheet, with the texts of a row and the header row's place. */
export interface ReadSheet {
  ws: ExcelJS.Worksheet;
  /** The values of row `n` (1-based) as texts ('' for an empty cell). */
  texts(n: number): string[];
  /** The raw values of row `n` (numbers stay numbers). */
  values(n: number): unknown[];
  /** The row number of the header row: the first row whose first cell is `first`. */
  headerRow(first: string): number;
}

export async function readXlsx(base64: string, sheet = 0): Promise<ReadSheet> {
  const bytes = Buffer.from(base64, 'base64');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const ws = wb.worksheets[sheet];
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const values = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
  const texts = (n: number) => values(n).map((v) => (v === null || v === undefined ? '' : String(v)));
  return {
    ws,
    texts,
    values,
    headerRow(first) {
      for (let n = 1; n <= 12; n++) if (texts(n)[0] === first) return n;
      throw new Error(`no header row starting with ${first}`);
    },
  };
}
