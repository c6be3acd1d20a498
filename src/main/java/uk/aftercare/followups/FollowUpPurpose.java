package uk.aftercare.followups;

/** What a follow-up is for. */
public enum FollowUpPurpose { CALL_BACK, CONFIRM_REFUND_RECEIVED, CHECK_REPAIR, CHASE_GOODS_BACK, OTHER }
