/**
 * The stable diagnostic codes of the specification (LANGUAGE.md §3), plus the few this project
 * adds (documented in docs/LANGUAGE-REFERENCE.md). Tests, quick fixes and the CLI use these values.
 */
export const IssueCodes = {
    BracketOverlap: 'bracket-overlap',
    BracketGap: 'bracket-gap',
    BracketAboveTarget: 'bracket-above-target',
    BracketEmpty: 'bracket-empty',
    CreditNotMonotonic: 'credit-not-monotonic',
    CreditOverCap: 'credit-over-cap',
    CapRange: 'cap-range',
    PercentRange: 'percent-range',
    UnrealisticNines: 'unrealistic-nines',
    FourNinesUnsupported: 'four-nines-unsupported',
    AboveObserved: 'above-observed',
    LittleHeadroom: 'little-headroom',
    ResponseAfterResolution: 'response-after-resolution',
    SeverityOrder: 'severity-order',
    UnstaffedResponse: 'unstaffed-response',
    TierWeaker: 'tier-weaker',
    MaintenanceOverBudget: 'maintenance-over-budget',
    MissingPeriod: 'missing-period',
    MissingClaims: 'missing-claims',
    AmbiguousUnit: 'ambiguous-unit',
    DuplicateName: 'duplicate-name',
    UnresolvedReference: 'unresolved-reference',
    InheritanceCycle: 'inheritance-cycle',
    HiddenCharacters: 'hidden-characters',
    // Added by this project.
    DuplicateClause: 'duplicate-clause',
    MissingBlock: 'missing-block',
    InvalidValue: 'invalid-value',
    SyntaxError: 'syntax-error',
    ConflictingClause: 'conflicting-clause',
    ScheduleFloor: 'schedule-floor',
    UncappedCredits: 'uncapped-credits',
    ClaimWindow: 'claim-window',
    EscalationOrder: 'escalation-order',
    ResponseEqualsResolution: 'response-equals-resolution',
    LatencyOrder: 'latency-order',
} as const;

export type IssueCode = (typeof IssueCodes)[keyof typeof IssueCodes];
