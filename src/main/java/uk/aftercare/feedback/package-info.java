/**
 * Customer feedback after a case: an e-mailed survey answered on a public page reached by a one-time token, and
 * feedback staff record from a call or in store; a low score gets a supervisor's call-back.
 */
package uk.aftercare.feedback;
