import type { Generated } from 'kysely';

/** Row types of the app's tables, as Kysely sees them. Booleans are 0/1 integers here. */

export interface AppUserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: 'viewer' | 'clerk' | 'admin';
  password_hash: string | null;
  created_at: string;
}

export interface AppSettingTable {
  key: string;
  value: string;
}

export interface OrganisationTable {
  id: Generated<number>;
  parent_id: number | null;
  /** Materialised path of ids, "/1/5/23/": a subtree is a range of paths. */
  path: string;
  depth: number;
  code: string | null;
  name: string;
  short_name: string | null;
  search_text: string;
  type_code: string;
  unit_type_code: string | null;
  display_order: number;
  effective_from: string;
  effective_to: string | null;
  successor_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface OrganisationHistoryTable {
  id: Generated<number>;
  organisation_id: number;
  kind: 'CREATE' | 'RENAME' | 'MOVE' | 'DISSOLVE' | 'MERGE_OUT' | 'MERGE_IN';
  effective_date: string;
  old_name: string | null;
  new_name: string | null;
  other_organisation_id: number | null;
  decision_no: string | null;
  note: string | null;
  created_at: string;
}

export interface MemberTable {
  id: Generated<number>;
  family_name: string;
  middle_name: string;
  given_name: string;
  /** Derived from the parts in the member's name order (shared/kernel/text/names.ts fullName). */
  full_name: string;
  /** Where the family name stands in the full name: 'familyLast' for Ê Đê names ("Y Ngông Niê Kdăm"). */
  name_order: Generated<'familyFirst' | 'familyLast'>;
  other_names: string | null;
  /** First word of the folded given name (lowercase, no marks, đ→d), indexed by member_fts. */
  search_head: string;
  /** The other folded name words: family, middle, rest of the given name, other names. */
  search_rest: string;
  /** Official list order key (shared/kernel/text/sortKey.ts). */
  sort_key: string;
  sex: 'M' | 'F';
  birth_date: string;
  birth_place: string | null;
  home_town: string | null;
  residence: string | null;
  temporary_residence: string | null;
  ethnic_code: string | null;
  religion_code: string | null;
  citizen_id: string | null;
  card_no: string | null;
  record_no: string | null;
  organisation_id: number;
  /** Copy of the organisation's path, so a subtree's members are one index range. */
  org_path: string;
  admission_date: string;
  admission_decision_date: string | null;
  full_member_date: string | null;
  general_education: string | null;
  professional_code: string | null;
  political_theory_code: string | null;
  occupation_code: string | null;
  phone: string | null;
  notes: string | null;
  /** Cached from the events, as of today: 'probationary' | 'full'. */
  membership: 'probationary' | 'full';
  /** Cached from the events: 1 while the member is on an organisation's list. */
  on_list: number;
  /** Cached from the events: the date party age counts from, moved later by interruptions (shared/members/partyAge.ts). */
  party_age_anchor: string | null;
  /** Cached from the events, as of today: exempted from work and activities, suspended, temporarily attached elsewhere. */
  exempted: Generated<number>;
  suspended: Generated<number>;
  temporarily_away: Generated<number>;
  /** Entered by the clerk: gravely ill (a badge may be awarded early). */
  gravely_ill: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface MemberEventTable {
  id: Generated<number>;
  member_id: number;
  type_code: string;
  event_date: string;
  decision_no: string | null;
  decision_date: string | null;
  decision_body: string | null;
  decision_signer: string | null;
  /** The organisation before the event; null: none of this province (a transfer in from another province). */
  org_from_id: number | null;
  /**
   * The organisation after the event; null: none of this province. An admission (ADMIT, READMIT) with
   * null here took place in another province: it does not put the member on this province's list
   * (shared/events/membership.ts, membershipEventOf).
   */
  org_to_id: number | null;
  note: string | null;
  cancelled: number;
  /** Why the event was cancelled (recorded by mistake); null while it stands. */
  cancel_reason: string | null;
  /**
   * 1 only on a TRANSFER_IN_PROVINCE with a decision date: the clerk marked the time from the transfer
   * letter (decision date) to presenting it (event date) as an interruption of party life, left out of
   * party age (shared/members/partyAge.ts). Default 0.
   */
  interrupts_party_age: Generated<number>;
  created_at: string;
  updated_at: string | null;
}

export interface MemberSponsorTable {
  id: Generated<number>;
  member_id: number;
  /** 1: the first admission; 2: a re-admission. */
  admission: number;
  full_name: string;
  position: string | null;
  unit: string | null;
  sort_order: number;
}

export interface MemberDisciplineTable {
  id: Generated<number>;
  member_id: number;
  level_code: string;
  decided_on: string;
  decision_no: string | null;
  decision_body: string | null;
  reason: string | null;
  cancelled: number;
  /** Why the decision was cancelled (annulled or withdrawn); null while it stands. */
  cancel_reason: string | null;
  created_at: string;
  updated_at: string;
}

interface RatingColumns {
  id: Generated<number>;
  year: number;
  regime: number;
  category_code: string;
  score: number | null;
  deciding_body: string | null;
  decision_no: string | null;
  decision_date: string | null;
  note: string | null;
  created_at: string;
  updated_at: string;
}
export interface MemberRatingTable extends RatingColumns {
  member_id: number;
}
export interface OrganisationRatingTable extends RatingColumns {
  organisation_id: number;
}

export interface MemberBadgeTable {
  id: Generated<number>;
  member_id: number;
  milestone: number;
  kind: 'REGULAR' | 'EARLY_ILL' | 'POSTHUMOUS' | 'REPLACEMENT';
  round_date: string;
  status: 'PROPOSED' | 'AWARDED';
  proposed_by: string | null;
  decision_no: string | null;
  decision_date: string | null;
  badge_no: string | null;
  note: string | null;
  created_at: string;
  updated_at: string;
}

export interface MemberWorkHistoryTable {
  id: Generated<number>;
  member_id: number;
  from_date: string;
  to_date: string | null;
  description: string;
  sort_order: number;
}

export interface MemberTrainingTable {
  id: Generated<number>;
  member_id: number;
  school: string;
  subject: string | null;
  from_date: string | null;
  to_date: string | null;
  mode: string | null;
  qualification: string | null;
  sort_order: number;
}

export interface MemberFamilyTable {
  id: Generated<number>;
  member_id: number;
  relation: string;
  full_name: string;
  birth_year: string | null;
  home_town: string | null;
  residence: string | null;
  occupation: string | null;
  position: string | null;
  unit: string | null;
  sort_order: number;
}

export interface MemberAwardTable {
  id: Generated<number>;
  member_id: number;
  awarded_on: string;
  title: string;
  decision_no: string | null;
  deciding_body: string | null;
  note: string | null;
}

export interface MemberPhotoTable {
  member_id: number;
  mime: 'image/jpeg' | 'image/png';
  data: Uint8Array;
  updated_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: number;
  action: string;
  entity: string;
  entity_id: number | null;
  old_values: string | null;
  new_values: string | null;
  prev_hash: string;
  hash: string;
}

/** A cadre file (issue 9). Linked to a member: the personal columns are null (the member row is the copy). */
export interface CadreTable {
  id: Generated<number>;
  member_id: number | null;
  family_name: string | null;
  middle_name: string | null;
  given_name: string | null;
  name_order: 'familyFirst' | 'familyLast' | null;
  full_name: string | null;
  other_names: string | null;
  /** Folded name words (shared/kernel/text/normalise.ts), for a cadre who is not a member. */
  search_text: string | null;
  sort_key: string | null;
  sex: 'M' | 'F' | null;
  birth_date: string | null;
  birth_place: string | null;
  home_town: string | null;
  residence: string | null;
  ethnic_code: string | null;
  religion_code: string | null;
  citizen_id: string | null;
  management_tier: Generated<string>;
  status: Generated<'working' | 'retired' | 'left' | 'deceased'>;
  general_education: string | null;
  professional_code: string | null;
  political_theory_code: string | null;
  state_management_code: string | null;
  retirement_adjust_months: Generated<number>;
  /** Cached from the derived posts: the main post and its unit, as of today. */
  main_post: string | null;
  main_unit: string | null;
  main_org_id: number | null;
  /** JSON of the other CV fields (shared/cadres/schemas.ts cvFields). */
  cv: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface CadrePhotoTable {
  cadre_id: number;
  mime: string;
  bytes: Buffer;
  updated_at: string;
}

/** A row of one of the file's repeating tables; `data` is JSON checked by shared/cadres/schemas.ts. */
export interface CadreRowTable {
  id: Generated<number>;
  cadre_id: number;
  kind: string;
  sort_order: number;
  /** The row's year where queries need it (asset declarations, assessments). */
  year: number | null;
  data: string;
}

export interface CadreScanTable {
  id: Generated<number>;
  owner: 'cadreRow' | 'decision';
  owner_id: number;
  file_name: string;
  mime: string;
  bytes: Buffer;
  created_at: string;
}

export interface CadrePerusalTable {
  id: Generated<number>;
  cadre_id: number;
  kind: 'view' | 'borrow' | 'return';
  on_date: string;
  person: string;
  purpose: string | null;
  due_date: string | null;
  created_at: string;
}

export interface PersonnelDecisionTable {
  id: Generated<number>;
  number: string;
  /** Folded number and body (unique per issuing body and year). */
  number_key: string;
  year: number;
  issuing_body: string;
  issuing_body_key: string;
  issued_on: string;
  effective_on: string;
  /** The date the board received the proposal file (the 60-month rule counts from it). */
  received_on: string | null;
  signer: string | null;
  kind: Generated<'personnel' | 'training'>;
  summary: string | null;
  /** Folded summary (migration 0009); null on rows written without it (matched on `summary` then). */
  summary_key?: string | null;
  created_at: string;
  updated_at: string;
}

export interface PersonnelActionTable {
  id: Generated<number>;
  decision_id: number;
  seq: number;
  type_code: string;
  cadre_id: number;
  effective_on: string;
  post_kind: Generated<'main' | 'concurrent' | 'committee'>;
  post_before: string | null;
  unit_before: string | null;
  post_after: string | null;
  unit_after: string | null;
  org_after_id: number | null;
  term_months: number | null;
  planning_cycle: string | null;
  note: string | null;
  status: Generated<'active' | 'cancelled'>;
  cancel_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface CadrePostTable {
  id: Generated<number>;
  cadre_id: number;
  post_kind: 'main' | 'concurrent' | 'committee';
  title: string;
  unit: string | null;
  org_id: number | null;
  since: string;
  term_end: string | null;
  notice_on: string | null;
  action_id: number;
}

export interface PlanningCycleTable {
  code: string;
  name: string;
  kind: 'party' | 'state';
  from_year: number;
  to_year: number;
}

export interface PlanningEntryTable {
  id: Generated<number>;
  cadre_id: number;
  cycle_code: string;
  post: string;
  post_key: string;
  added_on: string;
  added_action_id: number;
  removed_on: string | null;
  removed_action_id: number | null;
  removal_reason: string | null;
}

export interface CadreTrainingTable {
  id: Generated<number>;
  cadre_id: number;
  decision_id: number | null;
  kind: 'politicalTheory' | 'stateManagement' | 'professional' | 'language' | 'it' | 'short';
  level_code: string | null;
  mode: 'fullTime' | 'partTime';
  institution: string;
  subject: string | null;
  from_date: string;
  to_date: string | null;
  status: 'sent' | 'studying' | 'graduated' | 'notCompleted';
  qualification: string | null;
  created_at: string;
  updated_at: string;
}

export interface CadreOpinionTable {
  id: Generated<number>;
  cadre_id: number | null;
  person_name: string;
  person_post: string | null;
  requesting_body: string;
  request_no: string | null;
  received_on: string;
  subject: string;
  reply: string | null;
  reply_no: string | null;
  replied_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface HolidayTable {
  date: string;
  name: string;
}

export interface CatalogueRow {
  code: string;
  name: string;
  [column: string]: string | number | null;
}

export interface Database {
  app_user: AppUserTable;
  app_setting: AppSettingTable;
  organisation: OrganisationTable;
  organisation_history: OrganisationHistoryTable;
  member: MemberTable;
  member_event: MemberEventTable;
  member_sponsor: MemberSponsorTable;
  member_discipline: MemberDisciplineTable;
  member_rating: MemberRatingTable;
  organisation_rating: OrganisationRatingTable;
  member_badge: MemberBadgeTable;
  member_work_history: MemberWorkHistoryTable;
  member_training: MemberTrainingTable;
  member_family: MemberFamilyTable;
  member_award: MemberAwardTable;
  member_photo: MemberPhotoTable;
  audit_log: AuditLogTable;
  cadre: CadreTable;
  cadre_photo: CadrePhotoTable;
  cadre_row: CadreRowTable;
  cadre_scan: CadreScanTable;
  cadre_perusal: CadrePerusalTable;
  personnel_decision: PersonnelDecisionTable;
  personnel_action: PersonnelActionTable;
  cadre_post: CadrePostTable;
  planning_cycle: PlanningCycleTable;
  planning_entry: PlanningEntryTable;
  cadre_training: CadreTrainingTable;
  cadre_opinion: CadreOpinionTable;
  holiday: HolidayTable;
  cat_action_types: { code: string; name: string; english: string; term_months: number | null; effect: string; active: number };
  cat_ethnic_groups: { code: string; name: string; minority: number };
  cat_religions: { code: string; name: string; english: string };
  cat_organisation_types: { code: string; name: string; english: string; grassroots: number };
  cat_unit_types: { code: string; name: string; english: string };
  cat_education: { kind: string; code: string; name: string; order: number };
  cat_occupations: { code: string; name: string; english: string; group: string };
  cat_member_events: { code: string; name: string; english: string; effect_on_list: string };
  cat_report_bands: { kind: string; code: string; label: string; from: string | null; to: string | null };
  cat_discipline_levels: { code: string; name: string; english: string; applies_to: string; promotion_wait_months: number | null; badge_wait_months: number | null };
  cat_rating_regimes: { regime: number; first_year: number; last_year: number | null; quota_excellent_of_good_pct: number | null; quota_max_pct: number | null };
  cat_rating_categories: { regime: number; applies_to: string; code: string; name: string; order: number; min_score: number | null };
  cat_badge_milestones: { years: number; early_months_ill: number; gift_multiple_of_base_salary: number | null };
}
