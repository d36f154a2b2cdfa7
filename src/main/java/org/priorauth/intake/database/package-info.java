/** Database: the embedded PostgreSQL that runs when no external one is configured. */
package org.priorauth.intake.database;
