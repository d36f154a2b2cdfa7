/** API: the REST API of CONTRACT.md, HTTP Basic over the JDBC user store, and the bootstrap admin. */
package org.priorauth.intake.api;
