package uk.aftercare.followups;

/**
 * Why a follow-up exists: set by hand, or created automatically by another step of the case, so reports can tell
 * which automatic follow-ups pay off.
 */
public enum FollowUpOrigin { MANUAL, APPROVAL_DECISION, REFUND_ISSUED, REPAIR_DUE_BACK, LOW_FEEDBACK_SCORE }
