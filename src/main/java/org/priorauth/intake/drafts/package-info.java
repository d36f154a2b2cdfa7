/**
 * Drafts: what the desk would otherwise type — a checklist of requested items, an appeal letter, a status
 * message to the patient — built only from facts on file, with a visible placeholder where a fact is
 * missing, each listing its sources. The system never sends them: a staff member approves, and an approved
 * patient message waits in the outbox for staff to send.
 */
package org.priorauth.intake.drafts;
