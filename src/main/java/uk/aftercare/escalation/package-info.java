/**
 * Escalation: decides what is beyond a front-line member of staff's authority, who must look at it and how urgently.
 */
package uk.aftercare.escalation;
