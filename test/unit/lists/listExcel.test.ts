/**
 * The one list writer (electron/services/listExcel.ts): heading lines, the header row, rows streamed a
 * page at a time, numbers kept as numbers with thousands separators, formulas neutralised, progress.
 */
import { describe, expect, it } from 'vitest';
import { neutralise, viNumber, writeListWorkbook, type ListSheet } from '../../../electron/services/listExcel.ts';
import { readXlsx } from '../../support/xlsx.ts';

interface Row {
  name: string;
  count: number;
}

async function* pagesOf(pages: Row[][]) {
  for (const p of pages) yield p;
}

const sheet = (pages: Row[][], total: number | null): ListSheet<Row> => ({
  name: 'Danh sách',
  title: 'Danh sách thử',
  filters: 'Nữ; tuổi Đảng ≥ 40',
  columns: [
    { key: 'index', header: 'STT' },
    { key: 'name', header: 'Họ và tên' },
    { key: 'count', header: 'Số lượng' },
  ],
  value: (r, key, i) => (key === 'index' ? i + 1 : key === 'name' ? r.name : r.count),
  pages: pagesOf(pages),
  total,
});

describe('the list writer', () => {
  it('writes the title, the filters, the date and count, the header row, then every row of every page', async () => {
    const pages = [
      [
        { name: 'Nguyễn Thị Hoa', count: 2162 },
        { name: '=HYPERLINK("x")', count: 3 },
      ],
      [{ name: 'Lê Văn An', count: 1234567 }],
    ];
    const shares: number[] = [];
    const { buffer, rows } = await writeListWorkbook([sheet(pages, 2162)], { today: '2026-11-20', progress: (s) => shares.push(s) });
    expect(rows).toBe(3);
    const x = await readXlsx(buffer.toString('base64'));
    expect(x.texts(1)).toEqual(['Danh sách thử']);
    expect(x.texts(2)).toEqual(['Lọc: Nữ; tuổi Đảng ≥ 40']);
    expect(x.texts(3)).toEqual(['Ngày xuất: 20/11/2026 — 2.162 dòng']);
    expect(x.headerRow('STT')).toBe(5);
    expect(x.texts(5)).toEqual(['STT', 'Họ và tên', 'Số lượng']);
    expect(x.values(6)).toEqual([1, 'Nguyễn Thị Hoa', 2162]);
    expect(x.ws.getCell('C6').numFmt).toBe('#,##0');
    expect(x.values(7)).toEqual([2, `'=HYPERLINK("x")`, 3]);
    expect(x.values(8)).toEqual([3, 'Lê Văn An', 1234567]);
    expect(x.ws.rowCount).toBe(8);
    expect(x.ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(shares.every((s) => s >= 0 && s < 1)).toBe(true);
  });

  it('writes "Lọc: không" without filters and no count when the total is not known', async () => {
    const s = { ...sheet([[{ name: 'A', count: 1 }]], null), filters: '' };
    const x = await readXlsx((await writeListWorkbook([s], { today: '2026-11-20' })).buffer.toString('base64'));
    expect(x.texts(2)).toEqual(['Lọc: không']);
    expect(x.texts(3)).toEqual(['Ngày xuất: 20/11/2026']);
  });

  it('formats numbers the Vietnamese way and neutralises formula-like text only', () => {
    expect(viNumber(2162)).toBe('2.162');
    expect(viNumber(500000)).toBe('500.000');
    expect(neutralise('+84 912')).toBe("'+84 912");
    expect(neutralise('@x')).toBe("'@x");
    expect(neutralise('Nguyễn Văn A')).toBe('Nguyễn Văn A');
  });
});
