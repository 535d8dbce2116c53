import { useAppStore } from './appStore.ts';
import { useCatalogueStore } from './catalogueStore.ts';
import { useMemberListStore } from './memberListStore.ts';
import { useOrganisationStore } from './organisationStore.ts';
import { useSystemStore } from './systemStore.ts';

/** Puts every store back in its initial state (tests; a future "switch database"). */
export function resetStores(): void {
  useAppStore.setState(useAppStore.getInitialState(), true);
  useCatalogueStore.setState(useCatalogueStore.getInitialState(), true);
  useMemberListStore.setState(useMemberListStore.getInitialState(), true);
  useOrganisationStore.setState(useOrganisationStore.getInitialState(), true);
  useSystemStore.setState(useSystemStore.getInitialState(), true);
}
