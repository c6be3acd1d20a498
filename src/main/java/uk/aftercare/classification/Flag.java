package uk.aftercare.classification;

/**
 * A case-level escalation trigger found in the text of an interaction, independent of its {@link CaseType}: a
 * query can come from a vulnerable customer, and a complaint can carry a legal threat. A flag is raised only when
 * the trigger is stated, not when it is denied ("no one was hurt", "not a safety issue").
 */
public enum Flag {

    /** Risk of harm from a product or premises: burning, smoke, sparks, electric shock, fire, overheating, injury,
     *  cuts, allergic reaction, choking. Goes to the product safety team whatever the case type. */
    SAFETY_CONCERN,

    /** The customer mentions a solicitor or lawyer, court or small claims, Trading Standards, an ombudsman, a
     *  chargeback or legal action. */
    LEGAL_THREAT,

    /** The customer threatens public exposure: Twitter/X, Facebook, TikTok, review sites, "tell everyone online",
     *  going to the press. */
    SOCIAL_MEDIA_THREAT,

    /** Clear signs that the customer needs extra care: bereavement, serious illness, disability, being elderly and
     *  confused, a carer, a mental health crisis, not being able to afford food, a hospital stay. */
    VULNERABLE_CUSTOMER
}
