/**
 * The demo set-up: realistic cases loaded through the real services when aftercare.demo=true, never by migration.
 */
package uk.aftercare.demo;
