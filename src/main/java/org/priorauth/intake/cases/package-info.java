/** Cases: the prior-authorization case, its patient, and the status lifecycle documents and staff move it through. */
package org.priorauth.intake.cases;
