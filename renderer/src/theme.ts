import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'red',
  fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
  defaultRadius: 'sm',
});
