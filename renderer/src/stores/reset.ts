import { useAppStore } from './appStore.ts';
import { useBadgeStore } from './badgeStore.ts';
import { useCatalogueStore } from './catalogueStore.ts';
import { useEventStore } from './eventStore.ts';
import { useMemberListStore } from './memberListStore.ts';
import { useOrganisationStore } from './organisationStore.ts';
import { useRatingStore } from './ratingStore.ts';
import { useSystemStore } from './systemStore.ts';

/** Puts every store back in its initial state (tests; a future "switch database"). */
export function resetStores(): void {
  useAppStore.setState(useAppStore.getInitialState(), true);
  useBadgeStore.setState(useBadgeStore.getInitialState(), true);
  useCatalogueStore.setState(useCatalogueStore.getInitialState(), true);
  useEventStore.setState(useEventStore.getInitialState(), true);
  useMemberListStore.setState(useMemberListStore.getInitialState(), true);
  useOrganisationStore.setState(useOrganisationStore.getInitialState(), true);
  useRatingStore.setState(useRatingStore.getInitialState(), true);
  useSystemStore.setState(useSystemStore.getInitialState(), true);
}
