/**
 * New plans without a user interface: the settings a person gives (id, titles, period, status,
 * issuers) and their checks, a blank plan with the standard outline, and the next period's draft
 * as a copy of an existing plan.
 */
package org.planstudio.authoring.plans;
