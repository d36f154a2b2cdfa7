/**
 * Intake: the channel-neutral message a fax line, a portal folder or a mailbox hands over, the immutable
 * content-addressed store of originals, duplicate detection, and the record of each received document.
 */
package org.priorauth.intake.intake;
