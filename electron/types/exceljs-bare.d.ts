/** exceljs's prebuilt bundle without polyfills exports the same API the package declares. */
declare module 'exceljs/dist/exceljs.bare.min.js' {
  import type * as ExcelJS from 'exceljs';
  const bare: typeof ExcelJS;
  export default bare;
}
