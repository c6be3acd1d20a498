/**
 * Customer records: one record per person however they contact the shop, found again by email, phone or name; and
 * the customer's rights over that data under UK GDPR (a copy of it, its erasure, the retention period).
 */
package uk.aftercare.customers;
