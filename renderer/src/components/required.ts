import './required.css';

/**
 * Props of a required box: the input carries `required` (read out as required), and its label gets an
 * asterisk drawn by CSS (required.css). The label's text stays exactly the field's name (no " *" in
 * it, the asterisk's alternative text is empty), so screen readers and tests find "Họ", not "Họ *".
 */
export const requiredField = {
  required: true,
  withAsterisk: false,
  labelProps: { 'data-required-mark': true },
} as const;

/** The same mark on a table's column header whose cells are required. */
export const requiredMark = { 'data-required-mark': true } as const;
