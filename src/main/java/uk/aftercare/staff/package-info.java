/**
 * Staff accounts, roles (STAFF &lt; SUPERVISOR &lt; MANAGER), sign-in for the browser and API tokens for shop systems.
 */
package uk.aftercare.staff;
