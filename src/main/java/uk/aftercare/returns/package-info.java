/**
 * Decides what a UK customer is entitled to when they bring something back: statutory rights
 * (Consumer Rights Act 2015, Consumer Contracts Regulations 2013) first, then the shop's goodwill policy.
 */
package uk.aftercare.returns;
