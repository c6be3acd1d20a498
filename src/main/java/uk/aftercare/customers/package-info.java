/**
 * Customer records: one record per person however they contact the shop, found again by email, phone or name.
 */
package uk.aftercare.customers;
