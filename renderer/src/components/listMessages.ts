import type { Messages } from '../i18n/vi.ts';

/** The words of the lists' shared pieces: the pager and "Xuất Excel" (Pager.tsx, ExportButton.tsx). */
export const listsVi = {
  range: '{{from}}–{{to}} / {{total}}',
  previous: 'Trang trước',
  next: 'Trang sau',
  export: 'Xuất Excel',
  exporting: 'Đang xuất Excel…',
  exported: 'Đã xuất {{file}} ({{n}} dòng).',
  filterNone: 'không lọc',
};

export const listsEn: Messages<typeof listsVi> = {
  range: '{{from}}–{{to}} / {{total}}',
  previous: 'Previous page',
  next: 'Next page',
  export: 'Export to Excel',
  exporting: 'Exporting to Excel…',
  exported: 'Exported {{file}} ({{n}} rows).',
  filterNone: 'no filter',
};
