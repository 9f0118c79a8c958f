// The six outcome groups of section 三 that every chart stacks (report-format.md), in order.
// Kept free of database imports so client components can use it.
export const OUTCOME_KEYS = ['granted', 'partiallyGranted', 'denied', 'unavailable', 'notProcessed', 'other'] as const;
export type OutcomeKey = (typeof OUTCOME_KEYS)[number];
