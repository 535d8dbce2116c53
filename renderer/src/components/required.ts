/**
 * Props of a required box. The label stays exactly the field's name (no " *" inside it, so screen
 * readers and tests find "Họ", not "Họ *"); the box is marked required and its label is bold.
 */
export const requiredField = {
  required: true,
  withAsterisk: false,
  labelProps: { style: { fontWeight: 700 } },
} as const;
