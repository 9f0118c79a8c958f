// The authorisation layer, server side. Pages: requirePageCapability / requirePageReader.
// Route handlers: withAuth(capability, handler) and authorize(user, capability, region).
// Server actions: requireCapability(capability, region?). Queries: scopeForUser(user).
// Changes: recordAudit(tx, entry) inside the change's transaction.
export { canAdminUsers, canDelete, canImport, canReplace, canView, regionOfReport } from './permissions.ts';
export type { Capability, CurrentUser, Principal, RegionLike, RegionRef, Role } from './permissions.ts';
export { getCurrentUser, requireUser } from './current-user.ts';
export { authorize, authorizeRead, authorizeReportRead, requireCapability, requireReader, toActionError, withAuth } from './guard.ts';
export type { ActionError, PrincipalFor } from './guard.ts';
export { requirePageCapability, requirePageReader, signInUrl } from './page-guard.ts';
export { narrowRequestedRegion, scopeForUser } from './read-scope.ts';
export type { ReadScope } from './read-scope.ts';
export { recordAudit } from './audit.ts';
export type { AuditAction, AuditActor, AuditEntry } from './audit.ts';
export { isAnonymousReadEnabled } from './anonymous-read.ts';
