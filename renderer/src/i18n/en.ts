import { admissionsEn } from '../screens/members/admissionMessages.ts';
import { auditEn } from '../screens/system/auditMessages.ts';
import { badgesEn } from '../screens/badges/messages.ts';
import { decisionsEn } from '../screens/decisions/messages.ts';
import { eventsEn } from '../screens/events/messages.ts';
import { memberFileEn } from '../screens/memberFile/messages.ts';
import { ratingsEn } from '../screens/ratings/messages.ts';
import { cadresEn } from '../screens/cadres/messages.ts';
import type { Messages } from './vi.ts';
import { memberFormEn, membersEn, membersTabEn, membershipEn, sexEn } from '../screens/members/messages.ts';
import { orgEn } from '../screens/organisations/messages.ts';
import { listsEn } from '../components/listMessages.ts';
import { overviewEn } from '../screens/overview/messages.ts';
import { cataloguesEn } from '../screens/catalogues/messages.ts';
import { backupEn, firstRunEn, systemEn } from '../screens/system/messages.ts';

/** English messages; the keys are checked against the Vietnamese catalogue. */
export const en: Messages = {
  events: eventsEn,
  admissions: admissionsEn,
  ratings: ratingsEn,
  badges: badgesEn,
  cadres: cadresEn,
  memberFile: memberFileEn,
  audit: auditEn,
  catalogues: cataloguesEn,
  decisions: decisionsEn,
  app: {
    title: 'Sổ Tổ Chức',
    crashed: 'An unexpected error occurred in the interface.',
    reload: 'Reload',
    retry: 'Try again',
    user: 'User: {{name}}',
    searchShortcut: 'Search (Ctrl+F or /)',
  },
  tabs: {
    overview: 'Overview',
    organisations: 'Party organisations',
    members: 'Party members',
    cadres: 'Cadres',
    awards: 'Awards',
    statistics: 'Statistics',
    system: 'System',
  },
  membersTab: membersTabEn,
  comingSoon: 'This feature will come in a later version.',
  lists: listsEn,
  jobs: {
    cancel: 'Stop',
    progress: 'Progress: {{percent}} %',
  },
  units: {
    years_one: '{{count}} year',
    years_other: '{{count}} years',
    months_one: '{{count}} month',
    months_other: '{{count}} months',
    yearsMonths: '{{years}} {{months}}',
  },
  common: {
    clear: 'Clear the choice',
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    loading: 'Loading…',
    noResults: 'Nothing found',
    typeToSearch: 'Type a name to search',
    errorTitle: 'Could not complete the action',
    none: '—',
    datePlaceholder: 'dd/mm/yyyy',
    noMatch: 'No option matches “{{text}}”. Choose one from the list.',
    requiredHint: 'Boxes marked * are required',
    unsaved: {
      title: 'Discard what was typed?',
      body: 'What was typed is not saved. Closing now loses it.',
      stay: 'Stay',
      discard: 'Discard what was typed',
    },
  },
  errors: {
    transport: 'Could not reach the application core. Please try again.',
    badResponse: 'The application core sent an invalid answer (status {{status}}).',
    invalidDate: 'Invalid date',
    fullDateRequired: 'Invalid date (type day/month/year)',
    required: 'Required',
    chooseOrganisation: 'Choose a party organisation',
    wholeNumber: 'Type a whole number, zero or more',
    number: 'Type a number',
  },
  firstRun: firstRunEn,
  overview: overviewEn,
  backup: backupEn,
  org: orgEn,
  members: membersEn,
  sex: sexEn,
  membership: membershipEn,
  memberForm: memberFormEn,
  system: systemEn,
};
