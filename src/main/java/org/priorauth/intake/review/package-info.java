/**
 * A person's decision on a document the system was unsure of: its type, fields and case set by staff, then the
 * same follow-up as an automatic decision (the case moves, the routed task and drafts appear), audited and kept
 * for learning.
 */
package org.priorauth.intake.review;
