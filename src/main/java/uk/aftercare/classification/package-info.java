/** Sorts logged after-sale interactions into complaints, queries and returns, with evidence and escalation flags. */
package uk.aftercare.classification;
