import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { setApi } from '../../renderer/src/api/client.ts';
import { App } from '../../renderer/src/App.tsx';
import { AppProviders } from '../../renderer/src/AppProviders.tsx';
import { i18n } from '../../renderer/src/i18n/index.ts';
import { useAppStore } from '../../renderer/src/stores/appStore.ts';
import { resetStores } from '../../renderer/src/stores/reset.ts';
import type { FakeApi } from './fakeApi.ts';
import { FIXED_TODAY } from './fixtures.ts';

/**
 * Renders a piece of the renderer with fresh stores, Vietnamese messages and the given fake api;
 * `arrange` runs after the stores are reset, to put them in the state a test starts from. Today is
 * the fake system:info's (FIXED_TODAY), as if it had answered, so no screen reads the machine's date.
 */
export function renderWith(api: FakeApi, ui: ReactElement, arrange?: () => void) {
  localStorage.clear();
  void i18n.changeLanguage('vi');
  resetStores();
  useAppStore.setState({ today: FIXED_TODAY });
  arrange?.();
  setApi(api);
  const user = userEvent.setup();
  return { user, ...render(<AppProviders env="test">{ui}</AppProviders>) };
}

export function renderApp(api: FakeApi) {
  return renderWith(api, <App />);
}
