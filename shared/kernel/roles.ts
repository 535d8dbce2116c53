/** Roles, weakest first. A method requiring a role admits that role and every stronger one. */
export const roles = ['viewer', 'clerk', 'admin'] as const;
export type Role = (typeof roles)[number];

export function roleAllows(actual: Role, required: Role): boolean {
  return roles.indexOf(actual) >= roles.indexOf(required);
}
