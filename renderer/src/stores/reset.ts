import { useAppStore } from './appStore.ts';
import { useBadgeStore } from '../screens/badges/store.ts';
import { useCadreFileStore, useCadreListStore } from '../screens/cadres/store.ts';
import { useCatalogueStore } from './catalogueStore.ts';
import { useDecisionStore } from '../screens/decisions/store.ts';
import { useDeskStore } from '../screens/overview/store.ts';
import { useEventStore } from '../screens/events/store.ts';
import { useMemberListStore } from '../screens/members/store.ts';
import { useOrganisationStore } from '../screens/organisations/store.ts';
import { useRatingStore } from '../screens/ratings/store.ts';
import { useSystemStore } from '../screens/system/store.ts';

/** Puts every store back in its initial state (tests; a future "switch database"). */
export function resetStores(): void {
  useAppStore.setState(useAppStore.getInitialState(), true);
  useBadgeStore.setState(useBadgeStore.getInitialState(), true);
  useCadreFileStore.setState(useCadreFileStore.getInitialState(), true);
  useCadreListStore.setState(useCadreListStore.getInitialState(), true);
  useCatalogueStore.setState(useCatalogueStore.getInitialState(), true);
  useDecisionStore.setState(useDecisionStore.getInitialState(), true);
  useDeskStore.setState(useDeskStore.getInitialState(), true);
  useEventStore.setState(useEventStore.getInitialState(), true);
  useMemberListStore.setState(useMemberListStore.getInitialState(), true);
  useOrganisationStore.setState(useOrganisationStore.getInitialState(), true);
  useRatingStore.setState(useRatingStore.getInitialState(), true);
  useSystemStore.setState(useSystemStore.getInitialState(), true);
}
