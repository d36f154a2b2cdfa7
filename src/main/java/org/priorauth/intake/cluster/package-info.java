/**
 * Several instances sharing the work (off by default: the single jar does everything itself). A source (a
 * watched folder, the mailbox) and a schedule (escalations, the case calendar) is led by one instance at a time;
 * documents go from the source's leader through a durable queue on the broker to whichever instance is free.
 * A document is one row per content hash and a lease (see {@code intake.IntakeInstance}), so a message delivered
 * twice, or again after its reader died, is still read once.
 */
package org.priorauth.intake.cluster;
