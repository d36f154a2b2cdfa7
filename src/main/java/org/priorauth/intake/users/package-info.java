/**
 * The desk's people: sign-in users with their roles (the roles {@code staff.yaml} routes tasks to, intake staff
 * and admins), hashed passwords, disabled rather than deleted so the audit trail keeps meaning.
 */
package org.priorauth.intake.users;
