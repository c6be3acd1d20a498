package uk.aftercare.cases;

/** How soon a case needs attention. Safety first, then legal risk and vulnerable customers. */
public enum Priority { LOW, NORMAL, HIGH, URGENT }
