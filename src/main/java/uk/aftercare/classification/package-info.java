/**
 * Suggests whether an interaction is a complaint, a query or a return, with the words that decided it and any
 * escalation flags, for staff to confirm or override.
 */
package uk.aftercare.classification;
