/**
 * Tuning: what admins need to change rules safely — a dry run of a draft over past documents, staff's type
 * corrections, and rule changes proposed from them. Nothing here publishes a rule; an admin does.
 */
package org.priorauth.intake.tuning;
