import { createTheme, type MantineThemeOverride } from '@mantine/core';

/**
 * The app's Mantine theme. Labels that Mantine draws without text of its own come in the interface
 * language: every Modal's × button is named `closeLabel` ("Đóng"), so a screen reader and the
 * keyboard user know what it does.
 */
export function appTheme(closeLabel: string): MantineThemeOverride {
  return createTheme({
    primaryColor: 'red',
    fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
    defaultRadius: 'sm',
    components: {
      Modal: { defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } },
    },
  });
}
