/**
 * The ServiceCase aggregate: one after-sale interaction and everything that follows it, with an explicit status
 * lifecycle and an append-only timeline; case search.
 */
package uk.aftercare.cases;
