/**
 * The follow-up loop after first contact: follow-up tasks, progress e-mails to the customer from editable templates,
 * complaint handling, the final (deadlock) response, professional closing and the case record PDF.
 */
package uk.aftercare.followups;
