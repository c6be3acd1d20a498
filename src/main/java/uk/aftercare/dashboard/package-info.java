/**
 * Read-only views for managers: the open-case dashboard, reports and CSV exports, computed by SQL aggregates and
 * streamed queries built for them, never by loading entities.
 */
package uk.aftercare.dashboard;
